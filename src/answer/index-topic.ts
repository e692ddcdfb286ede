/**
 * Topic search over many records, fast: Fuse.js still ranks, but only the records that can match.
 *
 * Every record's texts are cut into whitespace-separated tokens (lower-cased, as Fuse compares).
 * A query word can only match a record through a token that holds it within Fuse's error budget
 * (threshold 0.34 of its length), so each word is looked up in the shared vocabulary of tokens
 * with a bit-parallel approximate search (src/corpus/approx.ts), and the postings of the tokens found
 * give the candidates: all words (AND) or, failing that, any word (OR), as `searchTopic` asks.
 * Fuse then searches the candidates with a prebuilt index (`Fuse.createIndex`, records keeping
 * their original positions), so scores and ties come out exactly as over the whole set.
 *
 * Cost per query: one pass over the vocabulary per word (short strings), the postings of the
 * tokens that match, and Fuse over the candidates only — instead of Fuse over every record.
 * What is given up: a query word matched only across a space ("newyork" in "new york") is not
 * found; the tests compare the top results with plain Fuse.js on samples.
 */
import Fuse, { type FuseIndex, type IFuseOptions } from "fuse.js";
import { GramIndex, MAX_PATTERN, maxErrors } from "../corpus/approx.js";
import { extendedQuery, topicTerms } from "./topic-search.js";

/** Distinct tokens of many texts, shared by the partitions that index them. */
export class Vocabulary {
  private readonly grams = new GramIndex();
  private readonly ids = new Map<string, number>();

  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.grams.add(token);
      this.ids.set(token, id);
    }
    return id;
  }

  /** Ids of the tokens holding `word` within `k` edits. */
  matching(word: string, k: number): number[] {
    return this.grams.matching(word, k);
  }
}

/** Lower-cased whitespace-separated tokens of a text, as Fuse sees its characters. */
export function tokensOf(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter((t) => t.length > 0);
}

export class TopicIndex<T> {
  private readonly index: FuseIndex<T>;
  private readonly keys: ReturnType<FuseIndex<T>["toJSON"]>["keys"];
  /** Token id → positions of the records holding it, ascending. */
  private readonly postings = new Map<number, number[]>();

  constructor(
    readonly records: readonly T[],
    private readonly options: IFuseOptions<T>,
    texts: (record: T) => string[],
    private readonly vocabulary: Vocabulary,
  ) {
    this.index = Fuse.createIndex(options.keys ?? [], records as T[]);
    this.keys = this.index.toJSON().keys;
    records.forEach((record, position) => {
      for (const text of texts(record)) {
        for (const token of tokensOf(text)) {
          const id = vocabulary.id(token);
          let list = this.postings.get(id);
          if (!list) this.postings.set(id, (list = []));
          if (list.at(-1) !== position) list.push(position);
        }
      }
    });
  }

  /** The same hits as `searchTopic(new Fuse(records, options), topic)`. */
  search(topic: string): Array<{ item: T; score: number }> {
    const terms = topicTerms(topic);
    if (terms.length === 0) return [];
    if (terms.some((t) => t.length > MAX_PATTERN)) return this.searchAll(terms);
    const threshold = this.options.threshold ?? 0.6;
    const perTerm = terms.map((term) => this.recordsWith(term, maxErrors(term.length, threshold)));
    for (const mode of ["all", "any"] as const) {
      const candidates = mode === "all" ? intersect(perTerm) : union(perTerm);
      const hits = this.fuseOver(candidates).search(extendedQuery(terms, mode));
      if (hits.length > 0) return hits.map((h) => ({ item: h.item, score: h.score ?? 1 }));
      if (terms.length === 1) break;
    }
    return [];
  }

  /** Positions of the records with a token holding `term` within k edits, ascending. */
  private recordsWith(term: string, k: number): number[] {
    const lists: number[][] = [];
    for (const id of this.vocabulary.matching(term, k)) {
      const list = this.postings.get(id);
      if (list) lists.push(list);
    }
    return union(lists);
  }

  private fuseOver(positions: number[]): Fuse<T> {
    const all = this.index.records;
    const subset = Fuse.parseIndex<T>({ keys: this.keys, records: positions.map((p) => all[p]!) });
    return new Fuse(this.records as T[], this.options, subset);
  }

  /** Plain Fuse over every record (for words too long for the approximate index). */
  private searchAll(terms: string[]): Array<{ item: T; score: number }> {
    const fuse = new Fuse(this.records as T[], this.options, this.index);
    for (const mode of ["all", "any"] as const) {
      const hits = fuse.search(extendedQuery(terms, mode));
      if (hits.length > 0) return hits.map((h) => ({ item: h.item, score: h.score ?? 1 }));
      if (terms.length === 1) break;
    }
    return [];
  }
}

function union(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0]!;
  const seen = new Set<number>();
  for (const list of lists) for (const p of list) seen.add(p);
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
