import type { Corpus } from "../corpus/corpus.js";
import type { Statement } from "../corpus/types.js";
import { citationFor } from "./citation.js";
import { resolveLeader } from "./leader.js";
import { TopicIndex, Vocabulary } from "./index-topic.js";
import { topicFuseOptions } from "./topic-search.js";
import { DEFAULT_LIMIT, type AskResponse, type QuoteQuery, type QuoteResult } from "./types.js";

interface Searchable {
  statement: Statement;
  quote: string;
  excerpt: string;
}

interface SpeakerPartition {
  records: Searchable[];
  /** Candidates by token, ranked by Fuse with a prebuilt index; built on first use (or by `prepareQuotes`). */
  index: TopicIndex<Searchable> | null;
}

/** Statements partitioned by speaker, each partition with its own topic index. */
const partitions = new WeakMap<Corpus, { bySpeaker: Map<string, SpeakerPartition>; vocabulary: Vocabulary }>();

const FUSE_OPTIONS = topicFuseOptions<Searchable>([{ name: "quote", weight: 2 }, { name: "excerpt", weight: 1 }]);

/**
 * `/quote leader:<name> [topic:<words>]`: the leader's statements, ranked by Fuse.js match of the
 * topic against the statement and its sentence; without a topic, newest article first.
 */
export function answerQuote(corpus: Corpus, query: QuoteQuery): AskResponse<QuoteResult> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const base = { command: "quote" as const, query: { leader: query.leader, ...(query.topic ? { topic: query.topic } : {}), limit } };
  const leader = resolveLeader(corpus, query.leader);
  const name = leader.names[0];
  if (!name) return { ...base, results: [], message: leader.message ?? `No one called “${query.leader}” appears in the articles.` };

  const partition = partitionFor(corpus, name);
  if (partition.records.length === 0) {
    const count = leader.entry?.articles.size ?? 0;
    return { ...base, results: [], message: `${name} is mentioned in ${count} article${count === 1 ? "" : "s"} but never quoted.` };
  }
  let ranked: Searchable[];
  if (query.topic) {
    ranked = indexOf(corpus, partition).search(query.topic).map((hit) => hit.item);
    if (ranked.length === 0) {
      const n = partition.records.length;
      return {
        ...base,
        results: [],
        message: `${name} is quoted ${n} time${n === 1 ? "" : "s"} in the articles, but not about “${query.topic}”. Try without a topic to see them all.`,
      };
    }
  } else {
    ranked = partition.records;
  }
  const results = ranked.slice(0, limit).map((record) => toResult(corpus, record));
  return { ...base, results, ...(leader.message ? { message: leader.message } : {}) };
}

function partitionsOf(corpus: Corpus): { bySpeaker: Map<string, SpeakerPartition>; vocabulary: Vocabulary } {
  let built = partitions.get(corpus);
  if (!built) {
    const bySpeaker = new Map<string, SpeakerPartition>();
    for (const statement of corpus.statements) {
      const partition = bySpeaker.get(statement.speaker) ?? { records: [], index: null };
      partition.records.push({ statement, quote: statement.quote, excerpt: excerptOf(corpus, statement) });
      bySpeaker.set(statement.speaker, partition);
    }
    for (const partition of bySpeaker.values()) partition.records.sort((a, b) => newestFirst(corpus, a.statement, b.statement));
    built = { bySpeaker, vocabulary: new Vocabulary() };
    partitions.set(corpus, built);
  }
  return built;
}

function partitionFor(corpus: Corpus, speaker: string): SpeakerPartition {
  return partitionsOf(corpus).bySpeaker.get(speaker) ?? { records: [], index: null };
}

function indexOf(corpus: Corpus, partition: SpeakerPartition): TopicIndex<Searchable> {
  partition.index ??= new TopicIndex(partition.records, FUSE_OPTIONS, (r) => [r.quote, r.excerpt], partitionsOf(corpus).vocabulary);
  return partition.index;
}

/** Builds every speaker's index now rather than at the first question. */
export function prepareQuotes(corpus: Corpus): void {
  for (const partition of partitionsOf(corpus).bySpeaker.values()) indexOf(corpus, partition);
}

function newestFirst(corpus: Corpus, a: Statement, b: Statement): number {
  const da = corpus.byId.get(a.article)?.published ?? "";
  const db = corpus.byId.get(b.article)?.published ?? "";
  return db.localeCompare(da) || a.article.localeCompare(b.article) || a.sentences[0]! - b.sentences[0]!;
}

/** The sentence(s) of a statement exactly as in the cleaned article. */
export function excerptOf(corpus: Corpus, statement: Statement): string {
  const article = corpus.byId.get(statement.article)!;
  const first = article.sentences[statement.sentences[0]!]!;
  const last = article.sentences[statement.sentences.at(-1)!]!;
  return article.text.slice(first.start, last.end);
}

function toResult(corpus: Corpus, record: Searchable): QuoteResult {
  const { statement } = record;
  return {
    speaker: statement.speaker,
    quote: statement.quote,
    kind: statement.kind,
    via: statement.via,
    excerpt: record.excerpt,
    citation: citationFor(corpus.byId.get(statement.article)!, statement.paragraph),
  };
}
