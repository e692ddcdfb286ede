/** The /when fact index: built once per corpus (or read back from the cache), the words of every dated fact with their fields. */
import { extname } from "node:path";
import Fuse, { type FuseIndex } from "fuse.js";
import type { Corpus } from "../../corpus/corpus.js";
import { runSteps, runStepsAsync, SLICE, type Steps } from "../../corpus/steps.js";
import type { DatedFact } from "../../extract/types.js";
import type { Sentence } from "../../ingest/types.js";
import { GramIndex } from "../../search/approx.js";
import { indexVersion, readStoredIndex, storePath, writeStoredIndex } from "../index-store.js";
import { contentWords, DATE_WORDS, normalWord, piecesOf, startsLowerCase, STOPWORDS, wordsOf } from "./words.js";

/** A fact as the index holds it. */
export class FactEntry {
  /** Position of the fact's article id in localeCompare order (equal ids, equal ranks). */
  rank = 0;
  private words: Set<string> | null = null;

  constructor(
    readonly fact: DatedFact,
    /** The fact's position in the index data. */
    private readonly position: number,
    private readonly data: Pick<IndexData, "contentStarts" | "contentIds" | "contentWords">,
  ) {}

  /** Content words of the event, for telling whether two facts tell the same event (made when first needed: only hits are compared). */
  get content(): Set<string> {
    if (!this.words) {
      const { contentStarts, contentIds, contentWords } = this.data;
      this.words = new Set<string>();
      for (let j = contentStarts[this.position]!; j < contentStarts[this.position + 1]!; j++) this.words.add(contentWords[contentIds[j]!]!);
    }
    return this.words;
  }
}

export interface FactIndex {
  entries: FactEntry[];
  vocabulary: Fuse<string>;
  /** The vocabulary's words, in index order, with its prebuilt Fuse index (records by word position) and n-grams. */
  words: string[];
  wordIndex: FuseIndex<string>;
  recordOf: Array<FuseIndex<string>["records"][number]>;
  grams: GramIndex;
  /** Word → the entries holding it, each with the fields it is in: [entry, mask, entry, mask, …] (bit 1 event, 2 people, 4 context). */
  postings: Map<string, Int32Array>;
  /** Scratch space for one search (answers are computed one at a time). */
  scratch: { best: Float64Array[]; direct: Uint8Array[]; touched: Uint8Array; score?: Float64Array; stamp?: Int32Array; generation?: number };
}

const indexes = new WeakMap<Corpus, FactIndex>();

export const VOCABULARY_OPTIONS = { includeScore: true, threshold: 0.3, location: 0, distance: 4, minMatchCharLength: 2 };

/** Builds the index of dated facts now rather than at the first question. */
export function prepareWhen(corpus: Corpus): void {
  indexFor(corpus);
}

/**
 * The fact index. Each fact holds the words of its event (field bit 1), of its people's names (2)
 * and of the other sentences of its paragraph (4); the postings list, by word, the facts holding
 * it with the fields it is in. Built in one pass without a set of words per fact: a word's id is
 * stamped with the fact it was last seen in, so each fact adds one posting per distinct word.
 * Words of a text (sentence, event, name) are read once however many facts share it.
 */
export function indexFor(corpus: Corpus): FactIndex {
  return indexes.get(corpus) ?? runSteps(indexSteps(corpus));
}

/** Builds the index of dated facts a slice at a time, letting a serving bot answer in between. */
export async function prepareWhenAsync(corpus: Corpus): Promise<void> {
  if (!indexes.has(corpus)) await runStepsAsync(indexSteps(corpus));
}

function* indexSteps(corpus: Corpus): Steps<FactIndex> {
  let data = corpus.cache ? storedIndexData(corpus, corpus.cache) : null;
  if (!data) {
    data = yield* buildIndexData(corpus);
    if (corpus.cache) writeStoredIndex(corpus.cache, "when", WHEN_INDEX_VERSION, [data.words, data.contentWords], [data.postingStarts, data.postings, data.contentStarts, data.contentIds]);
    yield;
  }
  const index = assembleIndex(corpus, data);
  indexes.set(corpus, index);
  return index;
}

/**
 * What the fact index is made of, as plain arrays (what the cache keeps): the vocabulary; the
 * postings of word `w` at postings[postingStarts[w] .. postingStarts[w + 1]) as [fact, mask, …]
 * (mask: bit 1 event, 2 people, 4 context), facts ascending; the content words of fact `f` at
 * contentIds[contentStarts[f] .. contentStarts[f + 1]) (ids into contentWords).
 */
interface IndexData {
  words: string[];
  postingStarts: Int32Array;
  postings: Int32Array;
  contentWords: string[];
  contentStarts: Int32Array;
  contentIds: Int32Array;
}

/**
 * Version of the stored fact index: its layout, and a fingerprint of this file and of words.ts
 * (which words an index holds is decided there), so an index built by other code is never used.
 */
const WHEN_INDEX_VERSION = indexVersion(1, import.meta.url, new URL(`./words${extname(import.meta.url)}`, import.meta.url));

/**
 * The fact index data. Each fact holds the words of its event (field bit 1), of its people's
 * names (2) and of the other sentences of its paragraph (4). Built in one pass without a set of
 * words per fact: a word's id is stamped with the fact it was last seen in, so each fact adds one
 * posting per distinct word. Words of a text (sentence, event, name) are read once however many
 * facts share it, and each piece of text is normalised and looked up once (`FactWords`).
 */
function* buildIndexData(corpus: Corpus): Steps<IndexData> {
  // The sentences of each paragraph of an article, in order.
  const paragraphsOf = new Map<string, Sentence[][]>();
  const sentencesIn = (articleId: string, paragraph: number): Sentence[] => {
    let byParagraph = paragraphsOf.get(articleId);
    if (!byParagraph) {
      byParagraph = [];
      for (const s of corpus.byId.get(articleId)?.sentences ?? []) (byParagraph[s.paragraph] ??= []).push(s);
      paragraphsOf.set(articleId, byParagraph);
    }
    return byParagraph[paragraph] ?? [];
  };

  // Word ids in order of first appearance (fact by fact: event, people, context), as the vocabulary lists them.
  const words = new FactWords();
  const factCount = corpus.facts.length;
  // Each fact's (word, mask) pairs, fact after fact, then turned into postings by word.
  let pairs: Int32Array = new Int32Array(1 << 16);
  let pairCount = 0;
  const factStarts = new Int32Array(factCount + 1);
  let lastFact: Int32Array = new Int32Array(1024).fill(-1);
  let maskOf: Int32Array = new Int32Array(1024);
  const contentIds: number[] = [];
  const contentStarts = new Int32Array(factCount + 1);
  let current = -1;
  // Adds the words of one text of the current fact with the field bit `bit`.
  const add = (ids: ArrayLike<number>, bit: number) => {
    if (words.size > lastFact.length) [lastFact, maskOf] = [grown(lastFact, words.size, -1), grown(maskOf, words.size, 0)];
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (lastFact[id] !== current) {
        lastFact[id] = current;
        maskOf[id] = bit;
        if (pairCount === pairs.length) pairs = grown(pairs, pairCount * 2, 0);
        pairs[pairCount++] = id;
      } else {
        maskOf[id]! |= bit;
      }
    }
  };
  for (let i = 0; i < factCount; i++) {
    if (i > 0 && i % SLICE === 0) yield;
    const fact = corpus.facts[i]!;
    const first = pairCount;
    current = i;
    add(words.eventIds(fact.event, contentIds), 1);
    for (const person of fact.people) add(words.idsOf(person), 2);
    for (const s of sentencesIn(fact.article, fact.paragraph)) if (s.index !== fact.sentence) add(words.idsOf(s.text), 4);
    factStarts[i + 1] = pairCount;
    // The fact is read, so its masks are final: each pair keeps its word id, the mask above it.
    for (let k = first; k < pairCount; k++) pairs[k] = pairs[k]! | (maskOf[pairs[k]!]! << 28);
    contentStarts[i + 1] = contentIds.length;
  }
  // Postings by word: counted, then filled fact by fact (so facts ascend within each word).
  const wordCount = words.size;
  const postingStarts = new Int32Array(wordCount + 1);
  for (let k = 0; k < pairCount; k++) postingStarts[(pairs[k]! & ID_BITS) + 1]! += 2;
  for (let w = 0; w < wordCount; w++) postingStarts[w + 1]! += postingStarts[w]!;
  const postings = new Int32Array(postingStarts[wordCount]!);
  const fill = postingStarts.slice(0, wordCount);
  for (let i = 0; i < factCount; i++) {
    for (let k = factStarts[i]!; k < factStarts[i + 1]!; k++) {
      const id = pairs[k]! & ID_BITS;
      postings[fill[id]!++] = i;
      postings[fill[id]!++] = pairs[k]! >>> 28;
    }
  }
  return { words: words.words, postingStarts, postings, contentWords: words.contentWords, contentStarts, contentIds: Int32Array.from(contentIds) };
}

/** Word ids live in the low 28 bits of a pair, the fields mask (3 bits) above them. */
const ID_BITS = (1 << 28) - 1;

/** A copy of `array` at least `size` long, the new places set to `fill`. */
function grown(array: Int32Array, size: number, fill: number): Int32Array {
  const out = new Int32Array(Math.max(size, array.length * 2)).fill(fill);
  out.set(array);
  return out;
}

/** What one piece of text, as written, gives: its index words and (made when an event first holds it) its content words, as ids. */
interface PieceWords {
  ids: number[];
  content: number[] | null;
}

/**
 * The words of the fact index and the content words of events, as ids in order of first
 * appearance, read in one pass over each text: a text is cut into pieces as written, and each
 * distinct piece is lower-cased, normalised and looked up once. `idsOf(text)` is the distinct ids
 * of `wordsOf(text)`, in order (kept per text: names and sentences are read for many facts);
 * `eventIds` also appends the event's distinct content words (see contentWords).
 */
class FactWords {
  readonly words: string[] = [];
  readonly contentWords: string[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly contentIds = new Map<string, number>();
  private readonly pieces = new Map<string, PieceWords>();
  private readonly texts = new Map<string, Int32Array>();
  private stamp: Int32Array = new Int32Array(1024);
  private contentStamp: Int32Array = new Int32Array(1024);
  private textsRead = 0;

  get size(): number {
    return this.words.length;
  }

  idsOf(text: string): Int32Array {
    let out = this.texts.get(text);
    if (!out) this.texts.set(text, (out = Int32Array.from(this.read(text, null))));
    return out;
  }

  /** The event's distinct word ids; its distinct content word ids are appended to `content`. */
  eventIds(text: string, content: number[]): number[] {
    return this.read(text, content);
  }

  private read(text: string, content: number[] | null): number[] {
    const mark = ++this.textsRead;
    const found: number[] = [];
    for (const piece of piecesOf(text)) {
      const words = this.piece(piece);
      for (const id of words.ids) {
        if (this.stamp[id] !== mark) {
          this.stamp[id] = mark;
          found.push(id);
        }
      }
      if (content === null) continue;
      for (const id of (words.content ??= this.contentOf(piece))) {
        if (this.contentStamp[id] !== mark) {
          this.contentStamp[id] = mark;
          content.push(id);
        }
      }
    }
    return found;
  }

  private piece(piece: string): PieceWords {
    let words = this.pieces.get(piece);
    if (words) return words;
    // As the pieces of the lower-cased text: lower-casing can split a piece ("İ" gains a combining dot).
    const ids: number[] = [];
    for (const raw of piecesOf(piece.toLowerCase())) {
      const word = normalWord(raw);
      if (word.length === 0) continue;
      ids.push(idOf(this.wordIds, this.words, word));
      if (this.words.length > this.stamp.length) this.stamp = grown(this.stamp, this.words.length, 0);
    }
    this.pieces.set(piece, (words = { ids, content: null }));
    return words;
  }

  /** The content word ids of a piece (none unless it starts in lower case), new words numbered as they come. */
  private contentOf(piece: string): number[] {
    const ids: number[] = [];
    if (!startsLowerCase(piece)) return ids;
    for (const w of wordsOf(piece)) {
      if (w.length <= 2 || STOPWORDS.has(w) || DATE_WORDS.has(w)) continue;
      ids.push(idOf(this.contentIds, this.contentWords, w));
      if (this.contentWords.length > this.contentStamp.length) this.contentStamp = grown(this.contentStamp, this.contentWords.length, 0);
    }
    return ids;
  }
}

/** The id of `word` in a list of distinct words (its position), added at the end when new. */
function idOf(ids: Map<string, number>, list: string[], word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = list.length;
    ids.set(word, id);
    list.push(word);
  }
  return id;
}

/** The cached data of this corpus's fact index, when it is there and every number in it is in range. */
function storedIndexData(corpus: Corpus, cache: NonNullable<Corpus["cache"]>): IndexData | null {
  const stored = readStoredIndex(cache, "when", WHEN_INDEX_VERSION);
  if (!stored) return null;
  const data = checkIndexData(stored.strings, stored.ints, corpus.facts.length);
  if (typeof data === "string") {
    cache.warn(`when index ${storePath(cache, "when")} ignored: ${data}; rebuilding it`);
    return null;
  }
  return data;
}

/** The data read back, or why it cannot be an index of `factCount` facts. */
function checkIndexData(strings: unknown, ints: Int32Array, factCount: number): IndexData | string {
  if (!Array.isArray(strings) || strings.length !== 2) return "bad strings";
  const [words, contentWords] = strings as unknown[];
  const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
  if (!isStrings(words) || !isStrings(contentWords)) return "bad strings";
  if (new Set(words).size !== words.length) return "repeated words";
  const w = words.length;
  if (ints.length < w + 1 + factCount + 1) return "integers cut short";
  const postingStarts = ints.subarray(0, w + 1);
  const postingCount = postingStarts[w]!;
  if (postingStarts[0] !== 0 || postingCount < 0 || ints.length < w + 1 + postingCount + factCount + 1) return "bad postings";
  const postings = ints.subarray(w + 1, w + 1 + postingCount);
  for (let id = 0; id < w; id++) {
    const from = postingStarts[id]!;
    const to = postingStarts[id + 1]!;
    if (to < from || to > postingCount || (to - from) % 2 !== 0) return "bad postings";
    let previous = -1;
    for (let j = from; j < to; j += 2) {
      const fact = postings[j]!;
      const mask = postings[j + 1]!;
      if (fact <= previous || fact >= factCount || mask < 1 || mask > 7) return "bad postings";
      previous = fact;
    }
  }
  const contentStarts = ints.subarray(w + 1 + postingCount, w + 1 + postingCount + factCount + 1);
  const contentIds = ints.subarray(w + 1 + postingCount + factCount + 1);
  if (contentStarts[0] !== 0 || contentStarts[factCount] !== contentIds.length) return "bad content words";
  for (let f = 0; f < factCount; f++) if (contentStarts[f + 1]! < contentStarts[f]!) return "bad content words";
  for (const id of contentIds) if (id < 0 || id >= contentWords.length) return "bad content words";
  return { words, postingStarts, postings, contentWords, contentStarts, contentIds };
}

/** The searchable index from its data (built now or read from the cache: the same either way). */
function assembleIndex(corpus: Corpus, data: IndexData): FactIndex {
  const { words: list, postingStarts, postings: flat } = data;
  const entries = corpus.facts.map((fact, i) => new FactEntry(fact, i, data));
  // Sorting hits by article id compares ranks computed once, in the order localeCompare gives.
  const articleIds = [...new Set(corpus.facts.map((f) => f.article))].sort((a, b) => a.localeCompare(b));
  const rankOf = new Map<string, number>();
  articleIds.forEach((id, i) => rankOf.set(id, i > 0 && articleIds[i - 1]!.localeCompare(id) === 0 ? rankOf.get(articleIds[i - 1]!)! : i));
  for (const entry of entries) entry.rank = rankOf.get(entry.fact.article)!;

  // Matches are anchored at the start of a word: "landing" must not match inside "standing".
  const wordIndex = Fuse.createIndex<string>([], list);
  const vocabulary = new Fuse(list, VOCABULARY_OPTIONS, wordIndex);
  const postings = new Map<string, Int32Array>();
  list.forEach((word, id) => postings.set(word, flat.subarray(postingStarts[id]!, postingStarts[id + 1]!)));
  const scratch = { best: [], direct: [], touched: new Uint8Array(entries.length) };
  const recordOf: FactIndex["recordOf"] = [];
  for (const record of wordIndex.records) recordOf[record.i!] = record;
  const grams = new GramIndex();
  for (const word of list) grams.add(word.toLowerCase());
  return { entries, vocabulary, words: list, wordIndex, recordOf, grams, postings, scratch };
}
