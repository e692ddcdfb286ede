/**
 * Topic search over many records, fast: Fuse.js still ranks, but only the records that can match.
 *
 * Every record's texts are cut into whitespace-separated tokens (lower-cased, as Fuse compares).
 * A query word can only match a record through a token that holds it within Fuse's error budget
 * (threshold 0.34 of its length), so each word is looked up in the shared vocabulary of tokens
 * with a bit-parallel approximate search (src/search/approx.ts), and the postings of the tokens found
 * give the candidates: all words (AND) or, failing that, any word (OR), as `searchTopic` asks.
 * Fuse then searches the candidates only, kept in their original order, so scores and ties come
 * out exactly as over the whole set (Fuse scores each record on its own and breaks ties by order).
 *
 * When only the first results are wanted (`search(topic, limit)`, as /quote asks), Fuse scores
 * only the candidates whose lower bounds of a score (from the field norms and whether a token
 * holds the word exactly, then from each word's least edit distance in the text) can reach the
 * first `limit`: the same first results (see `topHits`). With several words, the records left
 * by the first are few enough, as a rule, to check a later word in their tokens.
 *
 * Cost per query: one pass over the vocabulary per word (short strings), the postings of the
 * tokens that match, and Fuse (index and search) over the candidates that can rank — instead
 * of Fuse over every record. What is given up: a query word matched only across a space ("newyork" in
 * "new york") is not found; the tests compare the top results with plain Fuse.js on samples.
 * The postings are plain integer arrays, so they can be stored and read back (quote-index.ts).
 */
import Fuse, { type IFuseOptions } from "fuse.js";
import { GramIndex, MAX_PATTERN, approxContains, compilePattern, leastDistance, maxErrors, type Pattern } from "./approx.js";
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

  /** About what `matchingIn` costs for a set of `count` tokens, in postings read. */
  lookupWork(word: string, k: number, count: number): number {
    return Math.min(this.grams.work(word, k), count * SCAN_RATIO);
  }

  /** Which token ids are in the set `matchingIn` was last given, and where (by stamp; scratch). */
  private readonly stamps = new Scratch();
  private readonly places = new Scratch();
  private stamp = 0;

  /**
   * Places (ascending) in `ids` — token ids, ascending — of the tokens holding `word` within `k`
   * edits, as `matching` finds them: each of `ids` checked when they are fewer than what the
   * n-gram lookup would read (a small partition's tokens), else the n-gram lookup, keeping ids
   * of the set (a stamp per id: no binary search).
   */
  matchingIn(word: string, k: number, ids: Int32Array): number[] {
    const out: number[] = [];
    const texts = this.grams.texts;
    if (ids.length * SCAN_RATIO <= this.grams.work(word, k)) {
      const compiled = compilePattern(word);
      for (let t = 0; t < ids.length; t++) {
        const text = texts[ids[t]!]!;
        if (text.length >= word.length - k && approxContains(compiled, text, k)) out.push(t);
      }
      return out;
    }
    if (this.stamp === 0x7fffffff) {
      this.stamps.clear();
      this.stamp = 0;
    }
    const { stamps, places } = this;
    const stamp = ++this.stamp;
    for (let t = 0; t < ids.length; t++) {
      stamps.set(ids[t]!, stamp);
      places.set(ids[t]!, t);
    }
    for (const id of this.grams.matching(word, k, 0, Infinity, (id) => stamps.get(id) === stamp)) out.push(places.get(id));
    return out;
  }
}

/** How many postings the n-gram lookup reads in the time of one edit-distance check of a token (about). */
const SCAN_RATIO = 16;
/** About how many postings the n-gram lookup reads in the time a record's tokens are cut and checked. */
const VERIFY_RATIO = 160;

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

  /** The value set for `id` (0 if none). */
  get(id: number): number {
    return id < this.at.length ? this.at[id]! : 0;
  }

  clear(): void {
    this.at.fill(0);
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

/** A ranked record and its Fuse.js score. */
export interface TopicHit<T> {
  item: T;
  score: number;
}

/** A key of the Fuse options read as Fuse reads it: a property name and its normalised weight. */
interface RankedKey {
  name: string;
  weight: number;
}

export class TopicIndex<T> {
  /** The keys, when the options let hits be bounded before Fuse scores them (see `topHits`); else null. */
  private readonly keys: RankedKey[] | null;
  /** Fuse's field-length norm of each record's keys (record × keys), computed at first need; NaN until then. */
  private norms: Float64Array | null = null;

  constructor(
    readonly records: readonly T[],
    private readonly options: IFuseOptions<T>,
    private readonly postings: Postings,
    private readonly vocabulary: Vocabulary,
    /** The searchable texts of a record, as its postings were built (lets a word be checked in a few records' tokens). */
    private readonly texts?: (record: T) => string[],
  ) {
    this.keys = boundableKeys(options);
  }

  /** Indexes `records`, whose searchable texts are `texts(record)`. */
  static build<T>(records: readonly T[], options: IFuseOptions<T>, texts: (record: T) => string[], vocabulary: Vocabulary): TopicIndex<T> {
    return new TopicIndex(records, options, buildPostings(records, texts, vocabulary), vocabulary, texts);
  }

  /**
   * The same hits as `searchTopic(new Fuse(records, options), topic)`, or the first `limit` of
   * them (then Fuse scores only the candidates that can be among them: see `topHits`).
   */
  search(topic: string, limit = Infinity): Array<TopicHit<T>> {
    // Anything but a whole number of results from 1 asks for them all (callers slice as they like).
    if (!(Number.isInteger(limit) && limit >= 1)) limit = Infinity;
    const terms = topicTerms(topic);
    if (terms.length === 0) return [];
    if (terms.some((t) => t.length > MAX_PATTERN)) return this.searchAmong(this.records, terms).slice(0, limit);
    const threshold = this.options.threshold ?? 0.6;
    const words = terms.map((term) => ({ term, k: maxErrors(term.length, threshold) }));
    const held: Array<Uint8Array | null> = terms.map(() => null);
    // All words (AND): the cheapest word's records first; a later word is looked up in the
    // vocabulary, or, when fewer records are left than that would cost, checked in their tokens.
    const work = words.map(({ term, k }) => this.vocabulary.lookupWork(term, k, this.postings.tokens.length));
    const complete = terms.map(() => false);
    let candidates: number[] | null = null;
    for (const t of [...terms.keys()].sort((a, b) => work[a]! - work[b]!)) {
      const { term, k } = words[t]!;
      if (candidates && this.texts && candidates.length * VERIFY_RATIO < work[t]!) {
        const flags = this.checkedIn(candidates, term, k);
        held[t] = flags;
        candidates = candidates.filter((p) => flags[p] !== 0);
      } else {
        const flags = (held[t] = this.recordsWith(term, k));
        complete[t] = true;
        candidates = candidates ? candidates.filter((p) => flags[p] !== 0) : holdingAny([flags]);
      }
      if (candidates.length === 0) break;
    }
    for (const mode of ["all", "any"] as const) {
      if (mode === "any") {
        // Any word (OR): every word's records, in full.
        words.forEach(({ term, k }, t) => {
          if (!complete[t]) held[t] = this.recordsWith(term, k);
        });
        candidates = holdingAny(held as Uint8Array[]);
      }
      if (candidates!.length === 0) continue;
      const hits =
        this.keys && candidates!.length > limit
          ? this.topHits(candidates!, terms, held as Uint8Array[], mode, limit, this.keys)
          : this.rank(candidates!, terms, mode).slice(0, limit);
      if (hits.length > 0) return hits;
      if (terms.length === 1) break;
    }
    return [];
  }

  /**
   * Flags as `recordsWith` gives them, but only for these records (0 for the others): each
   * record's tokens cut from its texts as the postings were built, and checked as the
   * vocabulary lookup checks them (length, then edit distance), each distinct token once.
   */
  private checkedIn(candidates: number[], term: string, k: number): Uint8Array {
    const flags = new Uint8Array(this.records.length);
    const pattern = compilePattern(term);
    const known = new Map<string, number>();
    for (const p of candidates) {
      let flag = 0;
      for (const text of this.texts!(this.records[p]!)) {
        for (const token of tokensOf(text)) {
          let f = known.get(token);
          if (f === undefined) {
            f = token.length >= term.length - k && approxContains(pattern, token, k) ? (token.includes(term) ? 2 : 1) : 0;
            known.set(token, f);
          }
          if (f > flag) flag = f;
        }
        if (flag === 2) break;
      }
      flags[p] = flag;
    }
    return flags;
  }

  /** Fuse over these records (positions, ascending), as it would rank them among all the records. */
  private rank(positions: readonly number[], terms: string[], mode: "all" | "any"): Array<TopicHit<T> & { at: number }> {
    const hits = new Fuse(positions.map((p) => this.records[p]!), this.options).search(extendedQuery(terms, mode));
    return hits.map((h) => ({ item: h.item, score: h.score ?? 1, at: positions[h.refIndex]! }));
  }

  /**
   * The first `limit` hits Fuse would give over `candidates`, with Fuse scoring only the few
   * that can be among them. Fuse's score of a record is a product over the keys it matches of
   * `score ^ (weight × norm)`, each factor below 1, where a key's score is its words' (their mean
   * for all words, the first word found for any), and a word's score its errors over its
   * length, at least 0.001 (0 only for a text equal to the word). Two lower bounds of it:
   *
   * - rough, from the postings alone: every key matching, each word 0.001 where the record
   *   holds a token containing it exactly (an occurrence without errors lies inside one token),
   *   else one error at least (1 / length);
   * - close, from each key's text (`textBound`): each word's least edit distance to a substring
   *   of the text (Fuse finds a word with no fewer errors), and no factor for a key where a word
   *   it needs is further than Fuse's error budget (Fuse cannot match it there).
   *
   * Candidates are taken lowest rough bound first, their close bound computed, and Fuse scores
   * them in batches, lowest close bound first, until no bound left is below the `limit`-th best
   * score found: every record left scores worse, so the first `limit` hits, in Fuse's order
   * (score, then position), are exactly Fuse's. Bounds are compared with a small margin, so
   * rounding can only make more candidates scored.
   */
  private topHits(candidates: number[], terms: string[], held: Uint8Array[], mode: "all" | "any", limit: number, keys: RankedKey[]): Array<TopicHit<T>> {
    const n = candidates.length;
    const rough = new Float64Array(n);
    for (let i = 0; i < n; i++) rough[i] = this.roughBound(candidates[i]!, terms, held, mode, keys);
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => rough[a]! - rough[b]! || a - b);
    const threshold = this.options.threshold ?? 0.6;
    const words = terms.map((term) => ({ term, pattern: compilePattern(term), k: maxErrors(term.length, threshold) }));
    const close = new BoundHeap();
    let top: Array<TopicHit<T> & { at: number }> = [];
    let next = 0;
    let batch = limit;
    for (;;) {
      const cutoff = top.length < limit ? Infinity : top[limit - 1]!.score * (1 + 1e-9);
      // Close bounds for the candidates whose rough bound is below every close bound so far.
      while (next < n && rough[order[next]!]! <= cutoff && (close.size === 0 || rough[order[next]!]! < close.least)) {
        const i = order[next++]!;
        const bound = this.textBound(candidates[i]!, words, mode, keys);
        if (bound < Infinity && bound <= cutoff) close.push(bound, i);
      }
      // Fuse scores the lowest close bounds, none above a rough bound not yet made close.
      const positions: number[] = [];
      const roughNext = next < n ? rough[order[next]!]! : Infinity;
      while (close.size > 0 && positions.length < batch && close.least <= cutoff && close.least <= roughNext) positions.push(candidates[close.pop()]!);
      if (positions.length === 0) break;
      positions.sort((a, b) => a - b);
      top = top.concat(this.rank(positions, terms, mode)).sort((a, b) => a.score - b.score || a.at - b.at);
      if (top.length > limit) top.length = limit;
      batch *= 2;
    }
    return top.map(({ item, score }) => ({ item, score }));
  }

  /** The rough lower bound of Fuse's score of the record at `position` (see `topHits`). */
  private roughBound(position: number, terms: string[], held: Uint8Array[], mode: "all" | "any", keys: RankedKey[]): number {
    const record = this.records[position] as Record<string, unknown>;
    let bound = 1;
    for (let k = 0; k < keys.length; k++) {
      const value = record[keys[k]!.name];
      if (typeof value !== "string") return 0;
      let base = mode === "all" ? 0 : 1;
      for (let t = 0; t < terms.length; t++) {
        const term = terms[t]!;
        // Held exactly (flag 2): 0.001, or 0 where the whole text is the word; else one error at least.
        const least = held[t]![position] === 2 ? (value.length <= 4 * term.length && value.toLowerCase() === term ? 0 : 0.001) : 1 / term.length;
        base = mode === "all" ? base + least : Math.min(base, least);
      }
      if (mode === "all") base /= terms.length;
      bound *= Math.pow(base === 0 ? Number.EPSILON : base, keys[k]!.weight * this.norm(position, k, value, keys.length));
    }
    return bound;
  }

  /** The close lower bound of Fuse's score of the record at `position` (see `topHits`); Infinity where Fuse cannot match it. */
  private textBound(position: number, words: Array<{ term: string; pattern: Pattern; k: number }>, mode: "all" | "any", keys: RankedKey[]): number {
    const record = this.records[position] as Record<string, unknown>;
    let bound = 1;
    let matched = false;
    for (let k = 0; k < keys.length; k++) {
      const value = record[keys[k]!.name];
      if (typeof value !== "string") return 0;
      const text = value.toLowerCase();
      let base = mode === "all" ? 0 : Infinity;
      for (const word of words) {
        const distance = text === word.term ? -1 : leastDistance(word.pattern, text, word.k);
        // Fuse's score of the word: 0 for the text itself, else errors / length, at least 0.001.
        const least = distance < 0 ? 0 : distance > word.k ? Infinity : distance === 0 ? 0.001 : distance / word.term.length;
        base = mode === "all" ? base + least : Math.min(base, least);
      }
      if (base === Infinity) continue;
      if (mode === "all") base /= words.length;
      matched = true;
      bound *= Math.pow(base === 0 ? Number.EPSILON : base, keys[k]!.weight * this.norm(position, k, value, keys.length));
    }
    return matched ? bound : Infinity;
  }

  /** Fuse's norm of a record's key, kept once computed. */
  private norm(position: number, key: number, value: string, keys: number): number {
    if (!this.norms) this.norms = new Float64Array(this.records.length * keys).fill(NaN);
    const at = position * keys + key;
    let norm = this.norms[at]!;
    if (Number.isNaN(norm)) this.norms[at] = norm = fieldNorm(value);
    return norm;
  }

  /**
   * For each record, by position: 2 if it holds a token containing `term` exactly, 1 if only
   * tokens holding it within k edits, 0 if none.
   */
  private recordsWith(term: string, k: number): Uint8Array {
    const { tokens, starts, positions } = this.postings;
    const held = new Uint8Array(this.records.length);
    const texts = this.vocabulary.tokens;
    // Only the tokens of this partition: the vocabulary is shared by every speaker's statements.
    for (const t of this.vocabulary.matchingIn(term, k, tokens)) {
      const flag = texts[tokens[t]!]!.includes(term) ? 2 : 1;
      for (let j = starts[t]!; j < starts[t + 1]!; j++) {
        const p = positions[j]!;
        if (held[p]! < flag) held[p] = flag;
      }
    }
    return held;
  }

  /** Plain Fuse over the given records (for words too long for the approximate index). */
  private searchAmong(records: readonly T[], terms: string[]): Array<TopicHit<T>> {
    const fuse = new Fuse(records as T[], this.options);
    for (const mode of ["all", "any"] as const) {
      const hits = fuse.search(extendedQuery(terms, mode));
      if (hits.length > 0) return hits.map((h) => ({ item: h.item, score: h.score ?? 1 }));
      if (terms.length === 1) break;
    }
    return [];
  }
}

/**
 * The keys with their weights normalised as Fuse.js does, when Fuse would score with the
 * formula `topHits` bounds: keys are plain property names, the field norm is on (weight 1),
 * matching ignores location and case, results are sorted by Fuse's default order. Else null.
 */
function boundableKeys<T>(options: IFuseOptions<T>): RankedKey[] | null {
  const o = options as IFuseOptions<T> & Record<string, unknown>;
  const plain =
    o.useExtendedSearch === true && o.ignoreLocation === true && o.includeScore === true && !o.isCaseSensitive && !o.ignoreDiacritics && !o.ignoreFieldNorm &&
    (o.fieldNormWeight ?? 1) === 1 && o.shouldSort !== false && o.sortFn === undefined && o.getFn === undefined && !o.useTokenSearch && !o.includeMatches && !o.findAllMatches;
  if (!plain || !o.keys || o.keys.length === 0) return null;
  const keys: RankedKey[] = [];
  for (const key of o.keys) {
    if (typeof key === "string" && !key.includes(".")) keys.push({ name: key, weight: 1 });
    else if (typeof key === "object" && !Array.isArray(key) && typeof key.name === "string" && !key.name.includes(".") && !key.getFn) keys.push({ name: key.name, weight: key.weight ?? 1 });
    else return null;
  }
  let total = 0;
  for (const key of keys) total += key.weight;
  for (const key of keys) key.weight /= total;
  return keys;
}

/**
 * Fuse.js's field-length norm (fieldNormWeight 1, three decimals): one over the square root of
 * the number of words, words separated by \t–\r, space or U+00A0 (Fuse's `norm`).
 */
export function fieldNorm(value: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!((code >= 9 && code <= 13) || code === 32 || code === 160)) {
      if (!inWord) {
        words++;
        inWord = true;
      }
    } else inWord = false;
  }
  if (words === 0) words = 1;
  return Math.round(1000 / Math.pow(words, 0.5)) / 1000;
}

/** Positions (ascending) of the records every term is held by. */
function holdingAll(held: Uint8Array[]): number[] {
  const out: number[] = [];
  const first = held[0]!;
  for (let p = 0; p < first.length; p++) {
    if (first[p] === 0) continue;
    let all = true;
    for (let t = 1; t < held.length && all; t++) all = held[t]![p] !== 0;
    if (all) out.push(p);
  }
  return out;
}

/** Positions (ascending) of the records some term is held by. */
function holdingAny(held: Uint8Array[]): number[] {
  const out: number[] = [];
  const first = held[0]!;
  for (let p = 0; p < first.length; p++) {
    let any = false;
    for (let t = 0; t < held.length && !any; t++) any = held[t]![p] !== 0;
    if (any) out.push(p);
  }
  return out;
}

/** A min-heap of (bound, candidate) pairs, ties by candidate. */
class BoundHeap {
  private readonly bounds: number[] = [];
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  /** The lowest bound (the heap must not be empty). */
  get least(): number {
    return this.bounds[0]!;
  }

  push(bound: number, item: number): void {
    const { bounds, items } = this;
    let i = items.length;
    bounds.push(bound);
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(bound, item, bounds[parent]!, items[parent]!)) break;
      bounds[i] = bounds[parent]!;
      items[i] = items[parent]!;
      i = parent;
    }
    bounds[i] = bound;
    items[i] = item;
  }

  /** Removes the lowest pair and gives its candidate. */
  pop(): number {
    const { bounds, items } = this;
    const top = items[0]!;
    const bound = bounds.pop()!;
    const item = items.pop()!;
    const size = items.length;
    if (size > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && this.before(bounds[child + 1]!, items[child + 1]!, bounds[child]!, items[child]!)) child++;
        if (!this.before(bounds[child]!, items[child]!, bound, item)) break;
        bounds[i] = bounds[child]!;
        items[i] = items[child]!;
        i = child;
      }
      bounds[i] = bound;
      items[i] = item;
    }
    return top;
  }

  private before(bound: number, item: number, otherBound: number, otherItem: number): boolean {
    return bound < otherBound || (bound === otherBound && item < otherItem);
  }
}
