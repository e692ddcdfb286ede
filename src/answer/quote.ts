import type { Corpus } from "../corpus/corpus.js";
import { citationFor } from "./citation.js";
import { resolveLeader } from "./leader.js";
import { quotePartitions, type Searchable } from "./quote-index.js";
import { DEFAULT_LIMIT, type AskResponse, type QuoteQuery, type QuoteResult } from "./types.js";

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

  const partition = quotePartitions(corpus).get(name);
  if (!partition) {
    const count = leader.entry?.articles.size ?? 0;
    return { ...base, results: [], message: `${name} is mentioned in ${count} article${count === 1 ? "" : "s"}, but no quote is attributed to them with certainty.` };
  }
  let ranked: Searchable[];
  if (query.topic) {
    ranked = partition.index.search(query.topic, limit).map((hit) => hit.item);
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

/** Builds the /quote index now rather than at the first question. */
export function prepareQuotes(corpus: Corpus): void {
  quotePartitions(corpus);
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
