import type { Corpus } from "../../corpus/corpus.js";
import { editDistance } from "../../search/approx.js";
import { citationFor } from "../citation.js";
import { resolveLeader } from "../leader.js";
import { quotePartitions, type Searchable } from "./quote-index.js";
import { topicTerms } from "../../search/topic-search.js";
import { DEFAULT_LIMIT, type QuoteQuery, type QuoteResponse, type QuoteResult } from "../types.js";

/**
 * `/quote leader:<name> [topic:<words>]`: the leader's statements, ranked by Fuse.js match of the
 * topic against the statement and its sentence; without a topic, newest article first.
 */
export function answerQuote(corpus: Corpus, query: QuoteQuery): QuoteResponse {
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
    // Fuse.js ranks; a hit that holds none of the topic's words, as written or nearly, is no answer
    // ("oil" meets "soil" within Fuse's budget). A few more are ranked so that the limit is still met.
    const terms = topicTerms(query.topic);
    ranked = partition.index
      .search(query.topic, limit * TOPIC_OVERFETCH)
      .map((hit) => hit.item)
      .filter((record) => mentionsTopic(terms, record))
      .slice(0, limit);
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

/** Hits ranked for each one shown, before those that do not hold the topic are dropped. */
const TOPIC_OVERFETCH = 3;

/**
 * True when the statement's words (quote or excerpt) hold a topic word as written, as the start of
 * a word ("oil" in "oilfield", "negotiat" in "negotiations"), or — for a word of five letters or
 * more — nearly: within one edit of a word (two from seven letters), or of a word's start ("negotation"
 * in "negotiations"). A short word is never matched with an edit: "oil" is not "soil".
 */
export function mentionsTopic(terms: readonly string[], record: Searchable): boolean {
  if (terms.length === 0) return true;
  const words = new Set(topicTerms(`${record.statement.quote} ${record.excerpt}`));
  for (const term of terms) {
    const budget = term.length >= 7 ? 2 : term.length >= 5 ? 1 : 0;
    const stem = stemOf(term);
    for (const word of words) {
      if (word.startsWith(term)) return true;
      if (budget === 0) continue;
      if (editDistance(term, word) <= budget || (word.length > term.length && editDistance(term, word.slice(0, term.length)) <= 1)) return true;
      // Another form of the word: "negotiation" for "negotiate", "sanctioned" for "sanctions".
      if (stem.length >= 4 && editDistance(stem, stemOf(word)) <= 1) return true;
    }
  }
  return false;
}

/** A word without its commonest English endings: "negotiation", "negotiate", "negotiating" → "negot…". */
const stemOf = (word: string): string => word.replace(/(?:ations?|tions?|ments?|ings?|ates?|ated|ed|es|s|ly)$/, "");

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
