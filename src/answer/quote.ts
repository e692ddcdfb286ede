import type { Corpus } from "../corpus/corpus.js";
import type { AskResponse, QuoteQuery, QuoteResult } from "./types.js";

/** Statements by the leader, ranked by topic. (Attribution arrives with the /quote issue.) */
export function answerQuote(_corpus: Corpus, query: QuoteQuery): AskResponse<QuoteResult> {
  return { command: "quote", query: { ...query }, results: [], message: "Quote extraction is not available yet." };
}
