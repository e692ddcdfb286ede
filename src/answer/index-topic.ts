/**
 * Topic search over many records, fast: Fuse.js still ranks, but only the records that can match.
 *
 * Every record's texts are cut into whitespace-separated tokens (lower-cased, as Fuse compares).
 * A query word can only match a record through a token that holds it within Fuse's error budget
 * (threshold 0.34 of its length), so each word is looked up in the shared vocabulary of tokens
 * with a bit-parallel approximate search (src/corpus/approx.ts), and the postings of the tokens found
 * give the candidates: all words (AND) or, failing that, any word (OR), as `searchTopic` asks.
 * Fuse then searches the candidates only, kept in their original order, so scores and ties come
 * out exactly as over the whole set (Fuse scores each record on its own and breaks ties by order).
 *
 * Cost per query: one pass over the vocabulary per word (short strings), the postings of the
 * tokens that match, and Fuse (index and search) over the candidates only — instead of Fuse
 * over every record. What is given up: a query word matched only across a space ("newyork" in
 * "new york") is not found; the tests compare the top results with plain Fuse.js on samples.
 * The postings are plain integer arrays, so they can be stored and read back (quote-index.ts).
 */
import Fuse, { type IFuseOptions } from "fuse.js";
import { GramIndex, MAX_PATTERN, maxErrors } from "../corpus/approx.js";
import { extendedQuery, topicTerms } from "./topic-search.js";

/** Distinct tokens of many texts, shared by the partitions that index them; a token's id is its position. */
export class Vocabulary {
  private readonly grams = new GramIndex();
  private readonly ids = new Map<string, number>();

  /** A vocabulary of these tokens (distinct), with ids in this order. */
  static of(tokens: readonly string[]): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const token of tokens) vocabulary.id(token);
    return vocabulary;
  }

  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.grams.add(token);
      this.ids.set(token, id);
    }
    return id;
  }

  /** Every token, by id. */
  get tokens(): readonly string[] {
    return this.grams.texts;
  }

  /** Ids of the tokens holding `word` within `k` edits (among those `among` keeps). */
  matching(word: string, k: number, among?: (id: number) => boolean): number[] {
    return this.grams.matching(word, k, 0, Infinity, among);
  }
}

/**
 * Which records hold which tokens, as three integer arrays: the token ids held, ascending; the
 * records of `tokens[t]` at `positions[starts[t] .. starts[t + 1])`, ascending.
 */
export interface Postings {
  tokens: Int32Array;
  starts: Int32Array;
  positions: Int32Array;
}

/**
 * Lower-cased whitespace-separated tokens of a text, as Fuse sees its characters:
 * `text.toLowerCase().split(/\s+/)` without empty strings, read character by character.
 */
export function tokensOf(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || (code >= 0xa0 && isWideSpace(code))) {
      if (start >= 0) out.push(lower.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) out.push(lower.slice(start));
  return out;
}

/** The characters above U+009F that `\s` matches. */
const isWideSpace = (code: number) =>
  code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/** Integers by token id, scratch space of buildPostings (grown with the vocabulary; one build at a time). */
class Scratch {
  private at = new Int32Array(1024);

  get(id: number): number {
    return this.at[id]!;
  }

  set(id: number, value: number): void {
    if (id >= this.at.length) {
      const grown = new Int32Array(Math.max(id + 1, this.at.length * 2));
      grown.set(this.at);
      this.at = grown;
    }
    this.at[id] = value;
  }

  /** Sets `id` to `mark` and says whether it held another value. */
  first(id: number, mark: number): boolean {
    if (id < this.at.length && this.at[id] === mark) return false;
    this.set(id, mark);
    return true;
  }
}
const inRecord = new Scratch();
const inRecords = new Scratch();
const placeOf = new Scratch();
let marks = 0;

/** The postings of records whose searchable texts are `texts(record)`, their tokens added to the vocabulary. */
export function buildPostings<T>(records: readonly T[], texts: (record: T) => string[], vocabulary: Vocabulary): Postings {
  // Each record's distinct tokens, record after record, and the distinct tokens of all of them.
  const held: number[] = [];
  const recordStarts = new Int32Array(records.length + 1);
  const distinct: number[] = [];
  const all = ++marks;
  for (let position = 0; position < records.length; position++) {
    const mark = ++marks;
    for (const text of texts(records[position]!)) {
      for (const token of tokensOf(text)) {
        const id = vocabulary.id(token);
        if (inRecord.first(id, mark)) held.push(id);
        if (inRecords.first(id, all)) distinct.push(id);
      }
    }
    recordStarts[position + 1] = held.length;
  }
  // Tokens ascending; then each token's records counted, and filled in record order (so ascending).
  const tokens = Int32Array.from(distinct).sort();
  for (let t = 0; t < tokens.length; t++) placeOf.set(tokens[t]!, t);
  const heldPlaces = new Int32Array(held.length);
  for (let k = 0; k < held.length; k++) heldPlaces[k] = placeOf.get(held[k]!);
  const starts = new Int32Array(tokens.length + 1);
  for (let k = 0; k < heldPlaces.length; k++) starts[heldPlaces[k]! + 1]! += 1;
  for (let t = 0; t < tokens.length; t++) starts[t + 1]! += starts[t]!;
  const positions = new Int32Array(held.length);
  const fill = starts.slice(0, tokens.length);
  for (let position = 0; position < records.length; position++) {
    for (let k = recordStarts[position]!; k < recordStarts[position + 1]!; k++) positions[fill[heldPlaces[k]!]!++] = position;
  }
  return { tokens, starts, positions };
}

export class TopicIndex<T> {
  constructor(
    readonly records: readonly T[],
    private readonly options: IFuseOptions<T>,
    private readonly postings: Postings,
    private readonly vocabulary: Vocabulary,
  ) {}

  /** Indexes `records`, whose searchable texts are `texts(record)`. */
  static build<T>(records: readonly T[], options: IFuseOptions<T>, texts: (record: T) => string[], vocabulary: Vocabulary): TopicIndex<T> {
    return new TopicIndex(records, options, buildPostings(records, texts, vocabulary), vocabulary);
  }

  /** The same hits as `searchTopic(new Fuse(records, options), topic)`. */
  search(topic: string): Array<{ item: T; score: number }> {
    const terms = topicTerms(topic);
    if (terms.length === 0) return [];
    if (terms.some((t) => t.length > MAX_PATTERN)) return this.searchAmong(this.records, terms);
    const threshold = this.options.threshold ?? 0.6;
    const perTerm = terms.map((term) => this.recordsWith(term, maxErrors(term.length, threshold)));
    for (const mode of ["all", "any"] as const) {
      const candidates = mode === "all" ? intersect(perTerm) : union(perTerm);
      if (candidates.length === 0) continue;
      const hits = new Fuse(candidates.map((p) => this.records[p]!), this.options).search(extendedQuery(terms, mode));
      if (hits.length > 0) return hits.map((h) => ({ item: h.item, score: h.score ?? 1 }));
      if (terms.length === 1) break;
    }
    return [];
  }

  /** Positions of the records with a token holding `term` within k edits, ascending. */
  private recordsWith(term: string, k: number): number[] {
    const { tokens, starts, positions } = this.postings;
    const lists: ArrayLike<number>[] = [];
    // Only the tokens of this partition: the vocabulary is shared by every speaker's statements.
    for (const id of this.vocabulary.matching(term, k, (candidate) => binarySearch(tokens, candidate) >= 0)) {
      const t = binarySearch(tokens, id);
      lists.push(positions.subarray(starts[t]!, starts[t + 1]!));
    }
    return union(lists);
  }

  /** Plain Fuse over the given records (for words too long for the approximate index). */
  private searchAmong(records: readonly T[], terms: string[]): Array<{ item: T; score: number }> {
    const fuse = new Fuse(records as T[], this.options);
    for (const mode of ["all", "any"] as const) {
      const hits = fuse.search(extendedQuery(terms, mode));
      if (hits.length > 0) return hits.map((h) => ({ item: h.item, score: h.score ?? 1 }));
      if (terms.length === 1) break;
    }
    return [];
  }
}

/** Where `value` is in the ascending `sorted`, or -1. */
function binarySearch(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = sorted[middle]!;
    if (at === value) return middle;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function union(lists: ArrayLike<number>[]): number[] {
  if (lists.length === 1) return Array.from(lists[0]!);
  const seen = new Set<number>();
  for (const list of lists) for (let i = 0; i < list.length; i++) seen.add(list[i]!);
  return [...seen].sort((a, b) => a - b);
}

function intersect(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  let out = lists[0]!;
  for (const list of lists.slice(1)) {
    const other = new Set(list);
    out = out.filter((p) => other.has(p));
  }
  return out;
}
