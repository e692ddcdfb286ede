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
import type { Article, ArticleMeta, DateMention, Paragraph, ParagraphKind, Sentence } from "./types.js";

/**
 * Cached records of another version are never used. The version is the record format number
 * plus a fingerprint of the extractor's own source (every file of src/corpus), so a change to
 * cleaning, segmenting or extraction invalidates the cache without anyone having to remember to
 * bump a number. Bump RECORD_FORMAT when the shape of ArticleRecord changes.
 */
const RECORD_FORMAT = 2;
export const EXTRACTOR_VERSION = `${RECORD_FORMAT}-${sourceFingerprint(dirname(fileURLToPath(import.meta.url)))}`;

function sourceFingerprint(dir: string): string {
  const hash = createHash("sha256");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(?:ts|js|mjs)$/.test(file))
    .sort();
  for (const file of files) hash.update(file).update("\u0000").update(readFileSync(join(dir, file))).update("\u0000");
  return hash.digest("hex").slice(0, 16);
}

/**
 * The record is compact, because a restart parses 10,000 of them: flat arrays of numbers rather
 * than an object per sentence, and the words of statements and facts as offsets into the text
 * (they are spans of it; the rare quotation stitched across an ellipsis is kept as a string).
 */
export interface ArticleRecord {
  meta: ArticleMeta;
  text: string;
  /** Per paragraph, flat: kind (PARAGRAPH_KINDS index), start, end. */
  paragraphs: number[];
  /** Per sentence, flat: paragraph, start, end, duplicateOf (-1: none). */
  sentences: number[];
  people: ArticlePeopleRecord;
  statements: StatementRecord[];
  facts: FactRecord[];
}

/**
 * [speaker (a person of the article by id, or an institution by name), start, end of the words in
 * the text, kind (0 direct, 1 reported), via, paragraph, sentences, the words when they are not
 * the text from start to end (then start = end = -1)].
 */
export type StatementRecord = [number | string, number, number, 0 | 1, string | null, number, number[]] | [number | string, number, number, 0 | 1, string | null, number, number[], string];

/**
 * [sentence, start, end of the event in the text, date value, precision (PRECISIONS index),
 * qualifier, start, end of the date expression in the sentence, fallback (0 or 1)], then, only
 * when they are not those spans, the event's words (else null) and the expression's.
 */
export type FactRecord =
  | [number, number, number, string, number, DateMention["qualifier"], number, number, 0 | 1]
  | [number, number, number, string, number, DateMention["qualifier"], number, number, 0 | 1, string | null, string?];

export const PARAGRAPH_KINDS: readonly ParagraphKind[] = ["headline", "summary", "body"];
export const PRECISIONS: readonly DateMention["precision"][] = ["year", "month", "day"];

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
  const { id, title, outlet, url, published, file, text } = article;
  return {
    meta: { id, title, outlet, url, published, file },
    text,
    paragraphs: article.paragraphs.flatMap((p) => [PARAGRAPH_KINDS.indexOf(p.kind), p.start, p.end]),
    sentences: article.sentences.flatMap((s) => [s.paragraph, s.start, s.end, s.duplicateOf ?? -1]),
    people: people.toRecord(),
    statements: statements.map((s): StatementRecord => {
      const speaker = s.speaker.type === "person" ? s.speaker.person.id : s.speaker.name;
      const kind = s.kind === "direct" ? 0 : 1;
      const first = article.sentences[s.sentences[0]!]!;
      const last = article.sentences[s.sentences.at(-1)!]!;
      const at = spanOf(text, s.quote, first.start, last.end);
      return at < 0 ? [speaker, -1, -1, kind, s.via, s.paragraph, s.sentences, s.quote] : [speaker, at, at + s.quote.length, kind, s.via, s.paragraph, s.sentences];
    }),
    facts: facts.map((f): FactRecord => {
      const sentence = article.sentences[f.sentence]!;
      const at = spanOf(text, f.event, sentence.start, sentence.end);
      const { date } = f;
      const fact: FactRecord = [f.sentence, at, at < 0 ? -1 : at + f.event.length, date.value, PRECISIONS.indexOf(date.precision), date.qualifier, date.start, date.end, f.fallback ? 1 : 0];
      if (sentence.text.slice(date.start, date.end) !== date.expression) return [...fact, at < 0 ? f.event : null, date.expression];
      return at < 0 ? [...fact, f.event] : fact;
    }),
  };
}

/** Where `words` stand in `text` between `from` and `to`, or -1. */
function spanOf(text: string, words: string, from: number, to: number): number {
  const at = text.indexOf(words, from);
  return at >= 0 && at + words.length <= to ? at : -1;
}

export function hydrate(record: ArticleRecord): ExtractedArticle {
  const { meta, text } = record;
  const paragraphs: Paragraph[] = [];
  for (let i = 0, p = record.paragraphs; i < p.length; i += 3) {
    paragraphs.push({ index: i / 3, kind: PARAGRAPH_KINDS[p[i]!]!, start: p[i + 1]!, end: p[i + 2]! });
  }
  const sentences: Sentence[] = [];
  for (let i = 0, s = record.sentences; i < s.length; i += 4) {
    const start = s[i + 1]!;
    const end = s[i + 2]!;
    const duplicateOf = s[i + 3]!;
    sentences.push({ index: i / 4, paragraph: s[i]!, start, end, text: text.slice(start, end), duplicateOf: duplicateOf < 0 ? null : duplicateOf });
  }
  const article: Article = { id: meta.id, title: meta.title, outlet: meta.outlet, url: meta.url, published: meta.published, file: meta.file, text, paragraphs, sentences };
  const people = ArticlePeople.fromRecord(record.people);
  // Read by index, not destructured: a restart hydrates some 150,000 of these.
  const statements = record.statements.map((s): ArticleStatement => {
    const speaker = s[0];
    return {
      speaker: typeof speaker === "number" ? { type: "person", person: people.persons[speaker]! } : { type: "institution", name: speaker },
      quote: s[7] ?? text.slice(s[1], s[2]),
      kind: s[3] === 0 ? "direct" : "reported",
      via: s[4],
      sentences: s[6],
      paragraph: s[5],
    };
  });
  const facts = record.facts.map((f): FactDraft => {
    const sentence = f[0];
    const date: DateMention = { value: f[3], precision: PRECISIONS[f[4]]!, qualifier: f[5], expression: f[10] ?? sentences[sentence]!.text.slice(f[6], f[7]), start: f[6], end: f[7] };
    return { sentence, event: f[9] ?? text.slice(f[1], f[2]), date, fallback: f[8] === 1 };
  });
  return { article, people, statements, facts };
}

export const isSkip = (record: ArticleRecord | SkipRecord): record is SkipRecord => "skip" in record;
