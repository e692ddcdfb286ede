import Fuse, { type FuseIndex } from "fuse.js";
import { GramIndex, maxErrors } from "../../search/approx.js";
import type { Corpus } from "../../corpus/corpus.js";
import { SLICE, runSteps, runStepsAsync, type Steps } from "../../corpus/steps.js";
import type { Sentence } from "../../ingest/types.js";
import type { DatedFact } from "../../extract/types.js";
import { citationFor } from "../citation.js";
import { indexVersion, readStoredIndex, storePath, writeStoredIndex } from "../index-store.js";
import { resolveLeader } from "../leader.js";
import { describeCitation, describeDate } from "../render-text.js";
import { DEFAULT_LIMIT, MAX_LIMIT, type WhenQuery, type WhenResponse, type WhenResult } from "../types.js";
import { MONTHS, WEEKDAYS_FROM_MONDAY } from "../../lexicon/calendar.js";

/**
 * `when --event <words> [--leader <name>]`: the dated facts that match the words, best first.
 *
 * Matching is word by word. Each query word is looked up with Fuse.js in the vocabulary of the
 * facts (typo-tolerant for longer words, so "Rohani" finds "Rouhani"), together with a few news
 * synonyms ("joined" → "member", "call" → "telephone"). A fact scores for each word found in its
 * event, in its people, or, at a discount, in the rest of its paragraph (news sentences lean on
 * the one before: "… through the SCO. Iran became the ninth member of the regional group in July.").
 * Rare words weigh more than common ones. Facts dated only by their article's publication date
 * (fallback) are discounted so that they rank below facts with a date of their own.
 *
 * Facts that tell the same event (mostly the same words, no conflicting people) are grouped: the
 * group ranks by its best match, and inside it the most precise date comes first, so "in July"
 * outranks "earlier this year". When a group holds different dates from different articles, both
 * are shown and the message says the sources differ.
 */
export function answerWhen(corpus: Corpus, query: WhenQuery): WhenResponse {
  const limit = Math.min(Math.max(query.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  // The query as asked (only its own fields: the caller may pass the whole request object).
  const asked = { event: query.event, ...(query.leader !== undefined ? { leader: query.leader } : {}), limit };
  const base = { command: "when" as const, query: asked };
  const notes: string[] = [];

  let allowed: Set<string> | null = null;
  if (query.leader !== undefined) {
    const leader = resolveLeader(corpus, query.leader);
    if (leader.names.length === 0) {
      return { ...base, results: [], message: leader.message ?? `No one called “${query.leader}” appears in the articles.` };
    }
    if (leader.message) notes.push(leader.message);
    allowed = new Set(leader.names);
  }
  const admits = (fact: DatedFact) => allowed === null || fact.people.some((person) => allowed.has(person));

  const index = indexFor(corpus);
  const terms = queryTerms(query.event);
  if (terms.length === 0) {
    return { ...base, results: [], message: joinNotes([...notes, `Give some words that describe the event, e.g. ${suggestions(corpus, admits)}.`]) };
  }

  // Only the hits that can be shown: admitted, and scoring at least the cutoff (see below).
  const { hits, matched, unmatched } = search(index, terms, admits);
  if (matched === 0) {
    const who = allowed ? ` involving ${[...allowed].join(" or ")}` : "";
    const known = suggestions(corpus, admits);
    const hint = known ? ` Dated events${who} in the articles include ${known}.` : who ? ` The articles date no event${who}.` : "";
    return { ...base, results: [], message: joinNotes([...notes, `No dated event${who} matches “${query.event}”.${hint}`]) };
  }

  // Words of the question no dated event holds ("Fed" in "Fed rate cut"): the results answer the rest of it.
  if (unmatched.length > 0) {
    // Each word as the question wrote it ("Fed", not "fed").
    const asWritten = (word: string) => piecesOf(query.event).find((piece) => wordsOf(piece)[0] === word) ?? word;
    const list = unmatched.map((word) => `“${asWritten(word)}”`).join(unmatched.length === 2 ? " or " : ", ");
    notes.push(`No dated event mentions ${list}; these match the other words.`);
  }
  const groups = groupSameEvents(hits, limit);
  const ordered = groups.flatMap((group) => group.members).slice(0, limit);
  const results = ordered.map((hit) => toResult(corpus, hit.fact));

  const shown = new Set(ordered);
  for (const group of groups) {
    const differing = differingSources(group.members.filter((hit) => shown.has(hit)), terms.length);
    if (differing) {
      notes.push(`The sources differ on the date: ${differing.map((hit) => `${describeCitation(citationFor(corpus.byId.get(hit.fact.article)!, null))} gives ${describeDate(hit.fact.date)}`).join("; ")}.`);
      break;
    }
  }
  const fallbacks = results.map((_, i) => i).filter((i) => ordered[i]!.fact.fallback);
  if (fallbacks.length > 0) {
    const which = fallbacks.map((i) => i + 1).join(", ");
    notes.push(`${fallbacks.length === 1 ? `Result ${which} gives` : `Results ${which} give`} no date in the text; dated by the article’s publication date instead.`);
  }
  return { ...base, results, ...(notes.length > 0 ? { message: joinNotes(notes) } : {}) };
}

function toResult(corpus: Corpus, fact: DatedFact): WhenResult {
  const article = corpus.byId.get(fact.article)!;
  const sentence = article.sentences[fact.sentence]!;
  const { value, precision, qualifier, expression } = fact.date;
  return { event: fact.event, date: { value, precision, qualifier, expression }, excerpt: sentence.text, citation: citationFor(article, fact.paragraph) };
}

const joinNotes = (notes: string[]) => notes.join(" ");

// ---------------------------------------------------------------------------------------------
// The index: built once per corpus.

/** A fact as the index holds it. */
class FactEntry {
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

interface FactIndex {
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

const VOCABULARY_OPTIONS = { includeScore: true, threshold: 0.3, location: 0, distance: 4, minMatchCharLength: 2 };

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
function indexFor(corpus: Corpus): FactIndex {
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
 * Version of the stored fact index: its layout, and a fingerprint of this file (which words an
 * index holds is decided here), so an index built by other code is never used.
 */
const WHEN_INDEX_VERSION = indexVersion(1, import.meta.url);

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

/**
 * What an event says, apart from who and when: its words written in lower case (names, titles
 * and places are capitalised), without stop words and date words. Two reports of one event share
 * these ("became the ninth member"); two different meetings of the same leaders do not.
 */
function contentWords(text: string, normal?: Map<string, string>, memo?: Map<string, string[]>): Set<string> {
  // As wordsOf(lower-case-initial pieces joined by spaces): the words of each such piece, in order.
  const out = new Set<string>();
  for (const piece of piecesOf(text)) {
    let words = memo?.get(piece);
    if (words === undefined) {
      words = startsLowerCase(piece) ? wordsOf(piece, normal).filter((w) => w.length > 2 && !STOPWORDS.has(w) && !DATE_WORDS.has(w)) : [];
      memo?.set(piece, words);
    }
    for (const w of words) out.add(w);
  }
  return out;
}

/**
 * The non-empty pieces of `text` between runs of characters other than letters, digits,
 * apostrophes and hyphens: `text.split(/[^\p{L}\p{N}'’-]+/u)` without the empty strings, read
 * character by character (the regular expression is several times slower on long texts).
 */
function piecesOf(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let inWord: boolean;
    let width = 1;
    if (code < 128) {
      inWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39 || code === 45;
    } else {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) width = 2;
      inWord = isWordPoint(point);
    }
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

const wordPoints = new Map<number, boolean>();
function isWordPoint(point: number): boolean {
  let known = wordPoints.get(point);
  if (known === undefined) wordPoints.set(point, (known = /^[\p{L}\p{N}'’-]$/u.test(String.fromCodePoint(point))));
  return known;
}

const startsLowerCase = (piece: string) => {
  const code = piece.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(piece);
};

/**
 * Lower-case words, possessives and edge punctuation removed ("Rouhani’s" → "rouhani"), accents
 * folded so that a name typed without them matches ("Lodz" → "łódź" → "lodz").
 */
function wordsOf(text: string, normal?: Map<string, string>): string[] {
  const out: string[] = [];
  for (const raw of piecesOf(text.toLowerCase())) {
    let word = normal?.get(raw);
    if (word === undefined) {
      word = normalWord(raw);
      normal?.set(raw, word);
    }
    if (word.length > 0) out.push(word);
  }
  return out;
}

/** One lower-case piece of text as an index word ("" when nothing is left). */
const normalWord = (raw: string) => foldAccents(raw.replace(/['’]s$/, "").replace(/^['’-]+|['’-]+$/g, ""));

/** A lower-case word without diacritics (only words with non-ASCII letters are touched). */
function foldAccents(word: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(word)) return word;
  return word.normalize("NFKD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/đ/g, "d").replace(/ø/g, "o").replace(/ð/g, "d").replace(/ı/g, "i").replace(/ß/g, "ss").replace(/æ/g, "ae").replace(/œ/g, "oe");
}

const STOPWORDS = new Set(
  (
    "a an the of in on at to for from by with and or but as is are was were be been being has have had do does did " +
    "that this these those it its their his her he she they them we our you your i when what where which who whom " +
    "whose why how did happen happened date about into over after before during between than then there here so " +
    "not no also said says say will would can could may might should"
  ).split(" "),
);
const DATE_WORDS = new Set(
  (
    "today yesterday tomorrow week weekend month year years months last next earlier later early late mid ago since past"
  ).split(" ").concat(MONTHS, WEEKDAYS_FROM_MONDAY),
);

/** Words of news events that stand for one another. Keys and values are lower-case words. */
const SYNONYMS: Record<string, string[]> = {
  join: ["joined", "joins", "member", "membership", "accession", "admitted"],
  joined: ["join", "joins", "member", "membership", "accession", "admitted"],
  call: ["phone", "telephone", "conversation", "spoke"],
  phone: ["telephone", "call", "conversation"],
  telephone: ["phone", "call", "conversation"],
  talks: ["met", "meeting", "talked", "conversation"],
  meeting: ["met", "meet", "talks", "summit"],
  met: ["meeting", "meet", "talks"],
  meet: ["met", "meeting", "talks"],
  summit: ["meeting", "talks"],
  attack: ["assault", "raid", "strike", "attacked"],
  assault: ["attack", "raid", "strike"],
  deal: ["agreement", "accord", "pact", "treaty"],
  agreement: ["deal", "accord", "pact", "treaty"],
  sign: ["signed", "signing"],
  signed: ["sign", "signing"],
  war: ["conflict"],
  visit: ["visited", "trip", "travelled", "traveled"],
  trip: ["visit", "visited"],
  elected: ["election", "won"],
  election: ["elected", "vote"],
};
const SYNONYM_WEIGHT = 0.8;

/** The query's words worth matching, each with its synonyms. */
function queryTerms(event: string): { word: string; variants: Map<string, number> }[] {
  const seen = new Set<string>();
  const terms: { word: string; variants: Map<string, number> }[] = [];
  for (const word of wordsOf(event)) {
    if (STOPWORDS.has(word) || seen.has(word)) continue;
    seen.add(word);
    const variants = new Map<string, number>([[word, 1]]);
    for (const synonym of SYNONYMS[word] ?? []) if (!variants.has(synonym)) variants.set(synonym, SYNONYM_WEIGHT);
    terms.push({ word, variants });
  }
  return terms;
}

// ---------------------------------------------------------------------------------------------
// Search.

interface Hit {
  fact: DatedFact;
  entry: FactEntry;
  /** Position of the entry in the index (the last tie-break). */
  at: number;
  score: number;
  /** Query words found in the event or its people (not only in the paragraph around it). */
  covered: number;
  /** Which query words it matches anywhere (bit t for term t). */
  terms: number;
}

const FIELD_WEIGHT = { event: 1, people: 1, context: 0.6 } as const;
const FALLBACK_DISCOUNT = 0.7;
/** A hit must score at least this, and at least this share of the best hit, to be shown. */
const MIN_SCORE = 0.2;
const RELATIVE_CUTOFF = 0.5;

/**
 * Vocabulary words that match one query word, with how well (0-1). Fuse finds the fuzzy matches;
 * a match much longer than the query word is a different word ("xi" is not "xinhua"), and a word
 * of three letters or fewer must match exactly.
 */
function matchingWords(index: FactIndex, word: string): Map<string, number> {
  const found = new Map<string, number>();
  if (word.length <= 3) {
    found.set(word, 1);
    return found;
  }
  // Short words tolerate no typo ("moon" is not "month"); longer ones about one in four letters.
  const worst = word.length <= 5 ? 0.05 : 0.3;
  for (const hit of vocabularyCandidates(index, word, worst).search(word)) {
    const candidate = hit.item;
    const score = hit.score ?? 0;
    if (score > worst || candidate.length > word.length + 4 || candidate.length < word.length - 2) continue;
    found.set(candidate, 1 - score);
  }
  found.set(word, 1);
  return found;
}

/**
 * The vocabulary's Fuse restricted to the words that can pass the filter above: within the
 * length bounds and holding the query word within the errors a score of `worst` allows (a
 * Fuse score is at least errors / length). Scores are Fuse's own, so the result is the same
 * as searching the whole vocabulary; only the words that could not pass are never scored.
 */
function vocabularyCandidates(index: FactIndex, word: string, worst: number): Fuse<string> {
  if (word.length > 31) return index.vocabulary;
  const k = maxErrors(word.length, worst);
  const ids = index.grams.matching(word.toLowerCase(), k, word.length - 2, word.length + 4);
  const records = ids.map((id) => index.recordOf[id]).filter((r) => r !== undefined);
  return new Fuse(index.words, VOCABULARY_OPTIONS, Fuse.parseIndex<string>({ keys: [], records }));
}

/**
 * The facts matching the terms that `admits` lets through (`matched` counts them) and, of those,
 * the ones scoring at least MIN_SCORE and RELATIVE_CUTOFF of the best, best first. (Only the
 * facts holding a matched word are scored; the others score 0 on every term.)
 */
function search(index: FactIndex, terms: ReturnType<typeof queryTerms>, admits: (fact: DatedFact) => boolean): { hits: Hit[]; matched: number; unmatched: string[] } {
  const total = index.entries.length;
  // Only the entries holding a matching word can score; the rest score 0 for every term.
  const { scratch } = index;
  const touched: number[] = [];
  // One word must match; of two, both; of more, at least half (and never fewer than two).
  const needed = terms.length <= 1 ? terms.length : Math.max(2, Math.ceil(terms.length / 2));
  const termWords = terms.map((term) => {
    const words = new Map<string, number>();
    for (const [variant, weight] of term.variants) {
      for (const [word, similarity] of matchingWords(index, variant)) {
        words.set(word, Math.max(words.get(word) ?? 0, similarity * weight));
      }
    }
    let size = 0;
    for (const word of words.keys()) size += index.postings.get(word)?.length ?? 0;
    return { words, size };
  });
  // A fact matching `needed` of the terms matches one of the terms - needed + 1 rarest: only
  // those terms' postings can add a fact; the others only score the facts already found (and
  // count their frequency).
  const finders = new Set(
    termWords
      .map((w, t) => ({ t, size: w.size }))
      .sort((a, b) => a.size - b.size || a.t - b.t)
      .slice(0, terms.length - needed + 1)
      .map((x) => x.t),
  );
  const stamp = (scratch.stamp ??= new Int32Array(total));
  // Finders first, so that the others see every fact found.
  const perTerm: { best: Float64Array; direct: Uint8Array; weight: number }[] = [];
  for (const t of [...finders, ...termWords.keys()].filter((t, i, all) => all.indexOf(t) === i)) perTerm[t] = scoreTerm(t);
  function scoreTerm(t: number) {
    const { words } = termWords[t]!;
    const best = (scratch.best[t] ??= new Float64Array(total));
    const direct = (scratch.direct[t] ??= new Uint8Array(total));
    const finder = finders.has(t);
    // Facts holding one of the term's words in their event or people, each counted once.
    const generation = (scratch.generation = (scratch.generation ?? 0) + 1);
    let frequency = 0;
    for (const [word, similarity] of words) {
      const list = index.postings.get(word);
      if (!list) continue;
      const event = similarity * FIELD_WEIGHT.event;
      const people = similarity * FIELD_WEIGHT.people;
      const context = similarity * FIELD_WEIGHT.context;
      for (let j = 0; j < list.length; j += 2) {
        const entry = list[j]!;
        const mask = list[j + 1]!;
        if (mask & 3 && stamp[entry] !== generation) {
          stamp[entry] = generation;
          frequency += 1;
        }
        if (!scratch.touched[entry]) {
          if (!finder) continue;
          scratch.touched[entry] = 1;
          touched.push(entry);
        }
        if (mask & 1 && event > best[entry]!) best[entry] = event;
        if (mask & 2 && people > best[entry]!) best[entry] = people;
        if (mask & 4 && context > best[entry]!) best[entry] = context;
        if (mask & 3) direct[entry] = 1;
      }
    }
    const weight = Math.log(1 + total / (1 + frequency));
    return { best, direct, weight };
  }

  const totalWeight = perTerm.reduce((sum, t) => sum + t.weight, 0);
  // Any order: hits are sorted below, ties broken by entry position.
  const order = Int32Array.from(touched);
  const scores = (scratch.score ??= new Float64Array(total));
  let scored = 0;
  let best = -Infinity;
  for (let n = 0; n < order.length; n++) {
    const i = order[n]!;
    let score = 0;
    let matched = 0;
    let covered = 0;
    for (let t = 0; t < perTerm.length; t++) {
      const term = perTerm[t]!;
      const value = term.best[i]!;
      score += term.weight * value;
      if (value > 0) matched += 1;
      if (term.direct[i]) covered += 1;
    }
    scratch.touched[i] = 0;
    // The paragraph around a fact can complete a match, not make one.
    if (matched < needed || covered === 0 || totalWeight === 0) {
      order[n] = -1;
      continue;
    }
    const entry = index.entries[i]!;
    score /= totalWeight;
    if (entry.fact.fallback) score *= FALLBACK_DISCOUNT;
    if (!admits(entry.fact)) {
      order[n] = -1;
      continue;
    }
    if (score > best) best = score;
    scored += 1;
    scores[i] = score;
  }
  const cutoff = Math.max(MIN_SCORE, best * RELATIVE_CUTOFF);
  const hits: Hit[] = [];
  for (let n = 0; n < order.length; n++) {
    const i = order[n]!;
    if (i >= 0 && scores[i]! >= cutoff) {
      // Which query words it matches (bit t for term t; terms past the 52nd are not told apart).
      let mask = 0;
      let covered = 0;
      for (let t = 0; t < perTerm.length; t++) {
        const term = perTerm[t]!;
        if (term.best[i]! > 0 && t < 52) mask += 2 ** t;
        if (term.direct[i]) covered += 1;
      }
      const entry = index.entries[i]!;
      hits.push({ fact: entry.fact, entry, at: i, score: scores[i]!, covered, terms: mask });
    }
  }
  // Leave the scratch space clean for the next search.
  for (let n = 0; n < touched.length; n++) {
    const i = touched[n]!;
    scores[i] = 0;
    for (const term of perTerm) {
      term.best[i] = 0;
      term.direct[i] = 0;
    }
  }
  const unmatched = terms.filter((_, t) => termWords[t]!.size === 0).map((term) => term.word);
  return { hits: hits.sort(byScore), matched: scored, unmatched };
}

/** Best first; ties by article id (localeCompare order, precomputed as ranks), then sentence, then position. */
function byScore(a: Hit, b: Hit): number {
  return b.score - a.score || a.entry.rank - b.entry.rank || a.fact.sentence - b.fact.sentence || a.at - b.at;
}


// ---------------------------------------------------------------------------------------------
// Same event, different reports.

const SAME_EVENT_OVERLAP = 0.5;
const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;

function sameEvent(a: FactEntry, b: FactEntry): boolean {
  if (a.fact.article === b.fact.article && a.fact.sentence === b.fact.sentence) return false;
  if (!peopleWithin(a.fact.people, b.fact.people) && !peopleWithin(b.fact.people, a.fact.people)) return false;
  const smaller = Math.min(a.content.size, b.content.size);
  if (smaller === 0) return false;
  let shared = 0;
  for (const word of a.content) if (b.content.has(word)) shared += 1;
  return shared / smaller >= SAME_EVENT_OVERLAP;
}

function peopleWithin(x: string[], y: string[]): boolean {
  for (const p of x) if (!y.includes(p)) return false;
  return true;
}

/**
 * Groups hits (best first) that tell the same event; the most precise date leads each group, and
 * the group takes the place of its best hit. A hit joins a group only when it tells the same event
 * as the group's first (best) hit *and* matches the same query words: the precise date of one
 * report may come ahead of a vaguer one of the same event, but a fact that matches the question
 * worse ("alpine tunnel deal" for "alpine tunnel corridor") is never lifted above one that matches
 * it better. Only the first `limit` groups are formed (the rest could not be shown). Not transitive: each hit is compared with group leaders only, so a chain of
 * half-similar sentences cannot pull unrelated events together. A leader shares a content word
 * with any hit telling the same event, so only the groups whose leader holds one are tried.
 */
function groupSameEvents(hits: Hit[], limit: number): { members: Hit[] }[] {
  const groups: { members: Hit[] }[] = [];
  const groupsWith = new Map<string, number[]>();
  // Query-word sets of the group leaders: a hit with another set joins no group.
  const leaderTerms = new Set<number>();
  for (const hit of hits) {
    // Once `limit` groups exist, the shown results come from them alone: a later hit either joins
    // one of them (the first that fits, as always) or would start a group that is never shown.
    const full = groups.length >= limit;
    if (full && !leaderTerms.has(hit.terms)) continue;
    const candidates: number[] = [];
    for (const word of hit.entry.content) for (const g of groupsWith.get(word) ?? []) candidates.push(g);
    candidates.sort((a, b) => a - b);
    let joined = -1;
    for (let c = 0; c < candidates.length && joined < 0; c++) {
      const g = candidates[c]!;
      if (c > 0 && g === candidates[c - 1]) continue;
      const leader = groups[g]!.members[0]!;
      if (leader.terms === hit.terms && sameEvent(leader.entry, hit.entry)) joined = g;
    }
    if (joined >= 0) {
      groups[joined]!.members.push(hit);
      continue;
    }
    if (full) continue;
    groups.push({ members: [hit] });
    leaderTerms.add(hit.terms);
    for (const word of hit.entry.content) {
      let list = groupsWith.get(word);
      if (!list) groupsWith.set(word, (list = []));
      list.push(groups.length - 1);
    }
  }
  for (const group of groups) group.members.sort(precisionFirst);
  return groups;
}

function precisionFirst(a: Hit, b: Hit): number {
  return (
    Number(a.fact.fallback) - Number(b.fact.fallback) ||
    PRECISION_RANK[b.fact.date.precision] - PRECISION_RANK[a.fact.date.precision] ||
    b.score - a.score
  );
}

const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** Two reports of one event, from different articles, with dates that cannot both be right; else null. */
function differingSources(members: Hit[], termCount: number): Hit[] | null {
  const own = members.filter((m) => !m.fact.fallback && m.covered === termCount);
  for (let i = 0; i < own.length; i++) {
    for (let j = i + 1; j < own.length; j++) {
      const [a, b] = [own[i]!, own[j]!];
      if (a.fact.article !== b.fact.article && !compatible(a.fact.date.value, b.fact.date.value)) return [a, b];
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Suggestions when nothing matches.

function suggestions(corpus: Corpus, admits: (fact: DatedFact) => boolean): string {
  const picked: DatedFact[] = [];
  const articles = new Set<string>();
  const candidates = corpus.facts.filter((f) => !f.fallback && admits(f)).sort((a, b) => b.date.value.localeCompare(a.date.value));
  for (const fact of candidates) {
    if (articles.has(fact.article)) continue;
    articles.add(fact.article);
    picked.push(fact);
    if (picked.length === 3) break;
  }
  return picked.map((fact) => `“${shorten(fact.event)}” (${describeDate(fact.date)})`).join(", ");
}

function shorten(text: string, max = 70): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:]$/, "")}…`;
}
