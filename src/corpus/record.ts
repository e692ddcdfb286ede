/**
 * What one article file yields on its own — the cleaned article, its people, its statements and
 * its dated-fact drafts — as plain data. It is what the extraction cache stores and what worker
 * threads send back; `hydrate` turns it into the objects `assembleCorpus` takes. Everything that
 * depends on other articles (canonical speaker names) is left out and recomputed on every load.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ArticleError } from "../ingest/errors.js";
import type { FactDraft } from "../extract/facts/facts.js";
import { extractArticle, type ExtractedArticle } from "../extract/index.js";
import { parseArticle } from "../ingest/parse-article.js";
import { ArticlePeople, type ArticlePerson, type PersonMention } from "../extract/people/article-people.js";
import type { ArticleSpeaker, ArticleStatement } from "../extract/quotes/types.js";
import type { Article, ArticleMeta, Paragraph, ParagraphKind, Sentence } from "../ingest/types.js";
import type { DateMention } from "../extract/types.js";

/**
 * Cached records of another version are never used. The version is the record format number
 * plus a fingerprint of the code that makes a record — every file under src/ingest and
 * src/extract, and this file — so a change to cleaning, segmenting or extraction invalidates the
 * cache without anyone having to remember to bump a number, while an edit elsewhere (the watcher,
 * the answer code, search) keeps every user's cache. Bump RECORD_FORMAT when the shape of
 * ArticleRecord changes.
 */
const RECORD_FORMAT = 4;
/** The folders whose code makes a record, relative to this file. */
const EXTRACTOR_FOLDERS = ["../lexicon/", "../ingest/", "../extract/"];

export const EXTRACTOR_VERSION = `${RECORD_FORMAT}-${sourceFingerprint(new URL(import.meta.url))}`;

function sourceFingerprint(self: URL): string {
  const hash = createHash("sha256");
  for (const folder of EXTRACTOR_FOLDERS) {
    const dir = fileURLToPath(new URL(folder, self));
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((file) => /\.(?:ts|js|mjs)$/.test(file))
      .sort();
    for (const file of files) hash.update(folder).update(file).update("\u0000").update(readFileSync(join(dir, file))).update("\u0000");
  }
  hash.update(readFileSync(fileURLToPath(self)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * The record is laid out for a fast restart, which reads 10,000 of them: besides its metadata and
 * text, an article is two flat arrays — numbers and strings — read in step by `hydrate`, rather
 * than hundreds of small objects and arrays. The words of statements and facts are offsets into
 * the text (they are spans of it; the rare quotation stitched across an ellipsis is a string).
 *
 * `ints`, in order (each count followed by its items; a string is taken from `strings` in turn):
 * - paragraphs: count, then per paragraph kind (PARAGRAPH_KINDS index), start, end;
 * - sentences: count, then per sentence paragraph, start, end, duplicateOf (-1: none);
 * - persons: count, then per person its token and title counts (strings: name, tokens, titles);
 * - mentions: count, then per mention sentence, person, start, end, possessive (0/1);
 * - statements: count, then per statement speaker (a person, or -1: an institution, string),
 *   start and end of the words in the text (-1 -1: the words are a string), kind (0 direct,
 *   1 reported), has via (0/1: string), paragraph, sentence count, the sentences;
 * - facts: count, then per fact sentence, start and end of the event in the text (-1 -1: string),
 *   precision (PRECISIONS index), qualifier (QUALIFIERS index, -1: none), start and end of the
 *   date expression in the sentence (0 0 for a carried date), source (0 text, 1 publication fallback,
 *   2 carried from the sentence before), expression given (0/1: string, when it is
 *   not that span); the date's value is always a string.
 */
export interface ArticleRecord {
  meta: ArticleMeta;
  text: string;
  ints: number[];
  strings: string[];
}

const PARAGRAPH_KINDS: readonly ParagraphKind[] = ["headline", "summary", "body"];
const PRECISIONS: readonly DateMention["precision"][] = ["year", "month", "day"];
const QUALIFIERS: readonly NonNullable<DateMention["qualifier"]>[] = ["early", "mid", "late"];

/**
 * A file that could not be used, and why. `cacheable` is false for an unexpected error (not an
 * ArticleError): it is reported like the original loader did, but never stored.
 */
export interface SkipRecord {
  skip: string;
  cacheable: boolean;
}

/** Parses and extracts one file. A file that cannot be parsed gives a SkipRecord; extraction errors are thrown. */
export function extractFile(file: string, bytes: Uint8Array): ArticleRecord | SkipRecord {
  return extractArticleFile(file, bytes).record;
}

/** One file's record, with its extraction when it was made in this thread (it then needs no hydrating). */
export interface ExtractedFile {
  record: ArticleRecord | SkipRecord;
  extracted?: ExtractedArticle;
}

/** As extractFile, keeping the extraction as well as its record. */
export function extractArticleFile(file: string, bytes: Uint8Array): ExtractedFile {
  let article: Article;
  try {
    article = parseArticle(file, bytes);
  } catch (error) {
    return { record: { skip: error instanceof Error ? error.message : String(error), cacheable: error instanceof ArticleError } };
  }
  const extracted = extractArticle(article);
  return { record: toRecord(extracted), extracted };
}

export function toRecord({ article, people, statements, facts }: ExtractedArticle): ArticleRecord {
  const { id, title, outlet, url, published, file, text } = article;
  const ints: number[] = [];
  const strings: string[] = [];
  ints.push(article.paragraphs.length);
  for (const p of article.paragraphs) ints.push(PARAGRAPH_KINDS.indexOf(p.kind), p.start, p.end);
  ints.push(article.sentences.length);
  for (const s of article.sentences) ints.push(s.paragraph, s.start, s.end, s.duplicateOf ?? -1);
  const { persons, mentions } = people.toRecord();
  ints.push(persons.length);
  for (const p of persons) {
    ints.push(p.tokens.length, p.titles.length);
    strings.push(p.name, ...p.tokens, ...p.titles);
  }
  ints.push(mentions.length);
  for (const m of mentions) ints.push(...m);
  ints.push(statements.length);
  for (const s of statements) {
    if (s.speaker.type === "person") ints.push(s.speaker.person.id);
    else ints.push(-1), strings.push(s.speaker.name);
    const first = article.sentences[s.sentences[0]!]!;
    const last = article.sentences[s.sentences.at(-1)!]!;
    const at = spanOf(text, s.quote, first.start, last.end);
    if (at < 0) ints.push(-1, -1), strings.push(s.quote);
    else ints.push(at, at + s.quote.length);
    ints.push(s.kind === "direct" ? 0 : 1, s.via === null ? 0 : 1);
    if (s.via !== null) strings.push(s.via);
    ints.push(s.paragraph, s.sentences.length, ...s.sentences);
  }
  ints.push(facts.length);
  for (const f of facts) {
    const sentence = article.sentences[f.sentence]!;
    const at = spanOf(text, f.event, sentence.start, sentence.end);
    ints.push(f.sentence);
    if (at < 0) ints.push(-1, -1), strings.push(f.event);
    else ints.push(at, at + f.event.length);
    const { date } = f;
    strings.push(date.value);
    ints.push(PRECISIONS.indexOf(date.precision), date.qualifier === null ? -1 : QUALIFIERS.indexOf(date.qualifier), date.start, date.end, f.fallback ? 1 : f.carried ? 2 : 0);
    const spanned = sentence.text.slice(date.start, date.end) === date.expression;
    ints.push(spanned ? 0 : 1);
    if (!spanned) strings.push(date.expression);
  }
  return { meta: { id, title, outlet, url, published, file }, text, ints, strings };
}

/** Where `words` stand in `text` between `from` and `to`, or -1. */
function spanOf(text: string, words: string, from: number, to: number): number {
  const at = text.indexOf(words, from);
  return at >= 0 && at + words.length <= to ? at : -1;
}

/** A record that is not one this version writes (a damaged or forged cache entry). */
export class RecordError extends Error {
  override name = "RecordError";
}

/** Reads a record's numbers and strings in step, checking each number's range as it goes. */
class RecordReader {
  private i = 0;
  private s = 0;
  constructor(
    private readonly ints: readonly unknown[],
    private readonly strings: readonly unknown[],
  ) {}

  /** The next number, an integer in [min, limit); else the record is bad (`what` says where). */
  int(min: number, limit: number, what: string): number {
    const value = this.ints[this.i++];
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value >= limit) throw new RecordError(`bad ${what}`);
    return value;
  }

  string(what: string): string {
    const value = this.strings[this.s++];
    if (typeof value !== "string") throw new RecordError(`bad ${what}`);
    return value;
  }

  /** Start and end of a span within [0, length], or null for (-1, -1). */
  span(length: number, what: string): [number, number] | null {
    const start = this.int(-1, length + 1, what);
    const end = this.int(-1, length + 1, what);
    if (start === -1 && end === -1) return null;
    if (start < 0 || end < start) throw new RecordError(`bad ${what}`);
    return [start, end];
  }

  finish(): void {
    if (this.i !== this.ints.length || this.s !== this.strings.length) throw new RecordError("trailing data");
  }
}

const MAX_INT = 2 ** 31;

/**
 * The article and what it yields, from its record. Every number is checked as it is read (an
 * index within its list, an offset within its text), so a record that is not one this version
 * writes throws a RecordError, never gives a corpus that points nowhere.
 */
export function hydrate(record: ArticleRecord): ExtractedArticle {
  const { meta, text } = record;
  if (typeof meta !== "object" || meta === null || typeof meta.id !== "string" || typeof meta.title !== "string" || typeof meta.file !== "string") {
    throw new RecordError("bad meta");
  }
  if (![meta.outlet, meta.url, meta.published].every((v) => v === null || typeof v === "string")) throw new RecordError("bad meta");
  if (typeof text !== "string" || !Array.isArray(record.ints) || !Array.isArray(record.strings)) throw new RecordError("missing parts");
  const r = new RecordReader(record.ints, record.strings);
  const length = text.length;

  const paragraphs: Paragraph[] = [];
  for (let index = 0, n = r.int(0, MAX_INT, "paragraph"); index < n; index++) {
    const kind = PARAGRAPH_KINDS[r.int(0, PARAGRAPH_KINDS.length, "paragraph")]!;
    const start = r.int(0, length + 1, "paragraph");
    paragraphs.push({ index, kind, start, end: r.int(start, length + 1, "paragraph") });
  }
  const sentenceCount = r.int(0, MAX_INT, "sentence");
  const sentences: Sentence[] = [];
  for (let index = 0; index < sentenceCount; index++) {
    const paragraph = r.int(0, paragraphs.length, "sentence");
    const start = r.int(0, length + 1, "sentence");
    const end = r.int(start, length + 1, "sentence");
    const duplicateOf = r.int(-1, sentenceCount, "sentence");
    sentences.push({ index, paragraph, start, end, text: text.slice(start, end), duplicateOf: duplicateOf < 0 ? null : duplicateOf });
  }
  const article: Article = { id: meta.id, title: meta.title, outlet: meta.outlet, url: meta.url, published: meta.published, file: meta.file, text, paragraphs, sentences };

  const persons: ArticlePerson[] = [];
  for (let id = 0, n = r.int(0, MAX_INT, "person"); id < n; id++) {
    const tokenCount = r.int(0, MAX_INT, "person");
    const titleCount = r.int(0, MAX_INT, "person");
    const name = r.string("person");
    const tokens: string[] = [];
    for (let t = 0; t < tokenCount; t++) tokens.push(r.string("person"));
    const titles = new Set<string>();
    for (let t = 0; t < titleCount; t++) titles.add(r.string("person"));
    persons.push({ id, name, tokens, titles });
  }
  const mentions: PersonMention[] = [];
  for (let m = 0, n = r.int(0, MAX_INT, "mention"); m < n; m++) {
    const sentence = r.int(0, sentenceCount, "mention");
    const person = r.int(0, persons.length, "mention");
    const start = r.int(0, MAX_INT, "mention");
    const end = r.int(0, MAX_INT, "mention");
    mentions.push({ person, sentence, start, end, possessive: r.int(0, 2, "mention") === 1 });
  }
  const people = ArticlePeople.of(persons, mentions);

  const statements: ArticleStatement[] = [];
  for (let k = 0, n = r.int(0, MAX_INT, "statement"); k < n; k++) {
    const who = r.int(-1, persons.length, "statement");
    const speaker: ArticleSpeaker = who >= 0 ? { type: "person", person: persons[who]! } : { type: "institution", name: r.string("statement") };
    const span = r.span(length, "statement");
    const quote = span ? text.slice(span[0], span[1]) : r.string("statement");
    const kind = r.int(0, 2, "statement") === 0 ? "direct" : "reported";
    const via = r.int(0, 2, "statement") === 1 ? r.string("statement") : null;
    const paragraph = r.int(0, paragraphs.length, "statement");
    const sentenceList: number[] = [];
    for (let t = r.int(1, MAX_INT, "statement"); t > 0; t--) sentenceList.push(r.int(0, sentenceCount, "statement"));
    statements.push({ speaker, quote, kind, via, sentences: sentenceList, paragraph });
  }

  const facts: FactDraft[] = [];
  for (let f = 0, n = r.int(0, MAX_INT, "fact"); f < n; f++) {
    const sentence = sentences[r.int(0, sentenceCount, "fact")]!;
    const span = r.span(length, "fact");
    const event = span ? text.slice(span[0], span[1]) : r.string("fact");
    const value = r.string("fact date");
    const precision = PRECISIONS[r.int(0, PRECISIONS.length, "fact date")]!;
    const qualifier = QUALIFIERS[r.int(-1, QUALIFIERS.length, "fact date")] ?? null;
    const start = r.int(0, sentence.text.length + 1, "fact date");
    const end = r.int(start, sentence.text.length + 1, "fact date");
    const source = r.int(0, 3, "fact");
    const expression = r.int(0, 2, "fact date") === 1 ? r.string("fact date") : sentence.text.slice(start, end);
    facts.push({ sentence: sentence.index, event, date: { value, precision, qualifier, expression, start, end }, fallback: source === 1, carried: source === 2 });
  }
  r.finish();
  return { article, people, statements, facts };
}

export const isSkip = <T extends object>(record: T | SkipRecord): record is SkipRecord => "skip" in record;
