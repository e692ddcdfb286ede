/**
 * The /quote index: statements partitioned by speaker, newest first, each partition with the
 * postings of its topic index (index-topic.ts), over one vocabulary.
 *
 * Built once per corpus, at the first /quote or by `prepareQuotes`. With a cache (a load with
 * `cacheDir`), the postings are stored next to the extraction pack (index-store.ts) under the
 * corpus key and read back on the next start instead of tokenising every statement again; what
 * is read is checked number by number before it is trusted, and anything wrong is rebuilt.
 */
import { extname } from "node:path";
import type { Corpus } from "../../corpus/corpus.js";
import { SLICE, runSteps, runStepsAsync, type Steps } from "../../corpus/steps.js";
import type { Statement } from "../../extract/types.js";
import { indexVersion, readStoredIndex, storePath, writeStoredIndex } from "../index-store.js";
import { TopicIndex, Vocabulary, buildPostings, type Postings } from "../../search/topic-index.js";
import { topicFuseOptions } from "../../search/topic-search.js";

/** A statement as /quote searches it: its words (weight 2) and the sentence(s) they are in (weight 1). */
export interface Searchable {
  statement: Statement;
  quote: string;
  excerpt: string;
}

export interface SpeakerPartition {
  /** The speaker's statements, newest article first. */
  records: Searchable[];
  index: TopicIndex<Searchable>;
}

const FUSE_OPTIONS = topicFuseOptions<Searchable>([{ name: "quote", weight: 2 }, { name: "excerpt", weight: 1 }]);
const textsOf = (record: Searchable) => [record.quote, record.excerpt];

const built = new WeakMap<Corpus, Map<string, SpeakerPartition>>();

/**
 * Version of the stored index: its layout, and a fingerprint of the code that decides what it
 * holds (this file and the tokeniser), so postings made by other code are never used.
 */
const QUOTE_INDEX_VERSION = indexVersion(1, import.meta.url, new URL(`../../search/topic-index${extname(import.meta.url)}`, import.meta.url));

/** Every speaker's partition, by canonical name. */
export function quotePartitions(corpus: Corpus): Map<string, SpeakerPartition> {
  return built.get(corpus) ?? runSteps(partitionSteps(corpus));
}

/** Builds the partitions a slice at a time, letting a serving bot answer in between. */
export async function prepareQuotePartitions(corpus: Corpus): Promise<void> {
  if (!built.has(corpus)) await runStepsAsync(partitionSteps(corpus));
}

function* partitionSteps(corpus: Corpus): Steps<Map<string, SpeakerPartition>> {
  const grouped = groupBySpeaker(corpus);
  const speakers = [...grouped.keys()];
  const stored = corpus.cache ? readPostings(corpus.cache, grouped) : null;
  let vocabulary: Vocabulary;
  let postings: Postings[];
  if (stored) {
    ({ vocabulary, postings } = stored);
  } else {
    yield;
    vocabulary = new Vocabulary();
    postings = [];
    let sinceYield = 0;
    for (const speaker of speakers) {
      const records = grouped.get(speaker)!;
      postings.push(buildPostings(records, textsOf, vocabulary));
      sinceYield += records.length;
      if (sinceYield >= SLICE) {
        sinceYield = 0;
        yield;
      }
    }
    if (corpus.cache) writePostings(corpus.cache, grouped, vocabulary, postings);
  }
  const partitions = new Map<string, SpeakerPartition>();
  speakers.forEach((speaker, i) => {
    const records = grouped.get(speaker)!;
    partitions.set(speaker, { records, index: new TopicIndex(records, FUSE_OPTIONS, postings[i]!, vocabulary, textsOf) });
  });
  built.set(corpus, partitions);
  return partitions;
}

/** Statements by speaker (in order of first statement), each speaker's newest article first. */
function groupBySpeaker(corpus: Corpus): Map<string, Searchable[]> {
  // Articles newest first, then by id: one rank per article. Statements are put in that order
  // once (by a numeric key), then dealt out to their speakers, who keep it.
  const order = [...corpus.articles].sort((a, b) => (b.published ?? "").localeCompare(a.published ?? "") || a.id.localeCompare(b.id));
  const rank = new Map(order.map((article, i) => [article.id, i]));
  const { statements } = corpus;
  const key = new Float64Array(statements.length);
  statements.forEach((s, i) => (key[i] = rank.get(s.article)! * 1e6 + s.sentences[0]!));
  const sorted = Array.from(statements.keys()).sort((a, b) => key[a]! - key[b]! || a - b);
  const grouped = new Map<string, Searchable[]>();
  for (const statement of corpus.statements) if (!grouped.has(statement.speaker)) grouped.set(statement.speaker, []);
  for (const i of sorted) {
    const statement = statements[i]!;
    grouped.get(statement.speaker)!.push({ statement, quote: statement.quote, excerpt: excerptOf(corpus, statement) });
  }
  return grouped;
}

/** The sentence(s) of a statement exactly as in the cleaned article. */
export function excerptOf(corpus: Corpus, statement: Statement): string {
  const article = corpus.byId.get(statement.article)!;
  const first = article.sentences[statement.sentences[0]!]!;
  const last = article.sentences[statement.sentences.at(-1)!]!;
  return article.text.slice(first.start, last.end);
}

// ---------------------------------------------------------------------------------------------
// Stored postings. Strings: [speakers in partition order, vocabulary tokens by id]. Integers,
// partition after partition: record count, token count t, then the tokens (t), starts (t + 1)
// and positions (starts[t]) of its Postings.

function writePostings(cache: NonNullable<Corpus["cache"]>, grouped: Map<string, Searchable[]>, vocabulary: Vocabulary, postings: Postings[]): void {
  const speakers = [...grouped.keys()];
  const parts = postings.flatMap((p, i) => [Int32Array.of(grouped.get(speakers[i]!)!.length, p.tokens.length), p.tokens, p.starts, p.positions]);
  writeStoredIndex(cache, "quote", QUOTE_INDEX_VERSION, [speakers, vocabulary.tokens], parts);
}

function readPostings(cache: NonNullable<Corpus["cache"]>, grouped: Map<string, Searchable[]>): { vocabulary: Vocabulary; postings: Postings[] } | null {
  const stored = readStoredIndex(cache, "quote", QUOTE_INDEX_VERSION);
  if (!stored) return null;
  const checked = checkPostings(stored.strings, stored.ints, grouped);
  if (typeof checked === "string") {
    cache.warn(`quote index ${storePath(cache, "quote")} ignored: ${checked}; rebuilding it`);
    return null;
  }
  return checked;
}

function checkPostings(strings: unknown, ints: Int32Array, grouped: Map<string, Searchable[]>): { vocabulary: Vocabulary; postings: Postings[] } | string {
  if (!Array.isArray(strings) || strings.length !== 2) return "bad strings";
  const [speakers, tokens] = strings as unknown[];
  const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
  if (!isStrings(speakers) || !isStrings(tokens)) return "bad strings";
  const expected = [...grouped.keys()];
  if (speakers.length !== expected.length || speakers.some((s, i) => s !== expected[i])) return "not this corpus's speakers";
  if (new Set(tokens).size !== tokens.length) return "repeated tokens";
  const postings: Postings[] = [];
  let at = 0;
  for (const speaker of speakers) {
    const records = grouped.get(speaker)!.length;
    if (at + 2 > ints.length || ints[at] !== records) return "bad partition header";
    const t = ints[at + 1]!;
    if (t < 0 || at + 2 + 2 * t + 1 > ints.length) return "bad partition header";
    const tokenIds = ints.subarray(at + 2, at + 2 + t);
    const starts = ints.subarray(at + 2 + t, at + 3 + 2 * t);
    const count = starts[t]!;
    if (starts[0] !== 0 || count < 0 || at + 3 + 2 * t + count > ints.length) return "bad postings";
    const positions = ints.subarray(at + 3 + 2 * t, at + 3 + 2 * t + count);
    for (let i = 0; i < t; i++) {
      if (tokenIds[i]! < 0 || tokenIds[i]! >= tokens.length || (i > 0 && tokenIds[i]! <= tokenIds[i - 1]!)) return "bad tokens";
      const from = starts[i]!;
      const to = starts[i + 1]!;
      if (to <= from || to > count) return "bad postings";
      for (let j = from; j < to; j++) {
        if (positions[j]! < 0 || positions[j]! >= records || (j > from && positions[j]! <= positions[j - 1]!)) return "bad postings";
      }
    }
    postings.push({ tokens: tokenIds, starts, positions });
    at += 3 + 2 * t + count;
  }
  if (at !== ints.length) return "trailing integers";
  return { vocabulary: Vocabulary.of(tokens), postings };
}
