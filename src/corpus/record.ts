/**
 * What one article file yields on its own — the cleaned article, its people, its statements and
 * its dated-fact drafts — as plain data. It is what the extraction cache stores and what worker
 * threads send back; `hydrate` turns it into the objects `assembleCorpus` takes. Everything that
 * depends on other articles (canonical speaker names) is left out and recomputed on every load.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ArticleError } from "./errors.js";
import { draftFacts, type FactDraft } from "./facts.js";
import { parseArticle } from "./parse-article.js";
import { ArticlePeople, type ArticlePeopleRecord } from "./people/article-people.js";
import { extractStatements, type ArticleStatement } from "./quotes/extract.js";
import type { Article, ArticleMeta, DateMention, ParagraphKind } from "./types.js";

/**
 * Cached records of another version are never used. The version is the record format number
 * plus a fingerprint of the extractor's own source (every file of src/corpus), so a change to
 * cleaning, segmenting or extraction invalidates the cache without anyone having to remember to
 * bump a number. Bump RECORD_FORMAT when the shape of ArticleRecord changes.
 */
const RECORD_FORMAT = 1;
export const EXTRACTOR_VERSION = `${RECORD_FORMAT}-${sourceFingerprint(dirname(fileURLToPath(import.meta.url)))}`;

function sourceFingerprint(dir: string): string {
  const hash = createHash("sha256");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(?:ts|js|mjs)$/.test(file))
    .sort();
  for (const file of files) hash.update(file).update("\u0000").update(readFileSync(join(dir, file))).update("\u0000");
  return hash.digest("hex").slice(0, 16);
}

export interface ArticleRecord {
  meta: ArticleMeta;
  text: string;
  /** [kind, start, end] by paragraph index. */
  paragraphs: Array<[ParagraphKind, number, number]>;
  /** [paragraph, start, end, duplicateOf (-1: none)] by sentence index. */
  sentences: Array<[number, number, number, number]>;
  people: ArticlePeopleRecord;
  statements: Array<{
    /** A person of the article (by id) or an institution (by name). */
    speaker: number | string;
    quote: string;
    kind: "direct" | "reported";
    via: string | null;
    sentences: number[];
    paragraph: number;
  }>;
  facts: Array<{ sentence: number; event: string; date: DateMention; fallback: boolean }>;
}

/**
 * A file that could not be used, and why. `cacheable` is false for an unexpected error (not an
 * ArticleError): it is reported like the original loader did, but never stored.
 */
export interface SkipRecord {
  skip: string;
  cacheable: boolean;
}

/** An article with everything extracted from it alone. */
export interface ExtractedArticle {
  article: Article;
  people: ArticlePeople;
  statements: ArticleStatement[];
  facts: FactDraft[];
}

/** Parses and extracts one file. A file that cannot be parsed gives a SkipRecord; extraction errors are thrown. */
export function extractFile(file: string, bytes: Uint8Array): ArticleRecord | SkipRecord {
  let article: Article;
  try {
    article = parseArticle(file, bytes);
  } catch (error) {
    const cacheable = error instanceof ArticleError;
    return { skip: error instanceof Error ? error.message : String(error), cacheable };
  }
  return toRecord(extractArticle(article));
}

/** Everything one article yields on its own. */
export function extractArticle(article: Article): ExtractedArticle {
  const { people, statements } = extractStatements(article);
  return { article, people, statements, facts: draftFacts(article) };
}

export function toRecord({ article, people, statements, facts }: ExtractedArticle): ArticleRecord {
  const { id, title, outlet, url, published, file } = article;
  return {
    meta: { id, title, outlet, url, published, file },
    text: article.text,
    paragraphs: article.paragraphs.map((p) => [p.kind, p.start, p.end]),
    sentences: article.sentences.map((s) => [s.paragraph, s.start, s.end, s.duplicateOf ?? -1]),
    people: people.toRecord(),
    statements: statements.map((s) => ({
      speaker: s.speaker.type === "person" ? s.speaker.person.id : s.speaker.name,
      quote: s.quote,
      kind: s.kind,
      via: s.via,
      sentences: s.sentences,
      paragraph: s.paragraph,
    })),
    facts: facts.map((f) => ({ sentence: f.sentence, event: f.event, date: f.date, fallback: f.fallback })),
  };
}

export function hydrate(record: ArticleRecord): ExtractedArticle {
  const { meta, text } = record;
  const article: Article = {
    id: meta.id,
    title: meta.title,
    outlet: meta.outlet,
    url: meta.url,
    published: meta.published,
    file: meta.file,
    text,
    paragraphs: record.paragraphs.map(([kind, start, end], index) => ({ index, kind, start, end })),
    sentences: record.sentences.map(([paragraph, start, end, duplicateOf], index) => ({
      index,
      paragraph,
      start,
      end,
      text: text.slice(start, end),
      duplicateOf: duplicateOf < 0 ? null : duplicateOf,
    })),
  };
  const people = ArticlePeople.fromRecord(record.people);
  const statements: ArticleStatement[] = record.statements.map((s) => ({
    speaker: typeof s.speaker === "number" ? { type: "person", person: people.persons[s.speaker]! } : { type: "institution", name: s.speaker },
    quote: s.quote,
    kind: s.kind,
    via: s.via,
    sentences: s.sentences,
    paragraph: s.paragraph,
  }));
  return { article, people, statements, facts: record.facts };
}

export const isSkip = (record: ArticleRecord | SkipRecord): record is SkipRecord => "skip" in record;
