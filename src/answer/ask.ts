import type { Corpus } from "../corpus/corpus.js";
import { answerQuote } from "./quote/quote.js";
import { answerSources } from "./sources.js";
import type { AskRequest, AskResponse } from "./types.js";
import { answerWhen } from "./when/when.js";

/** Runs one request against the corpus. */
export function ask(corpus: Corpus, request: AskRequest): AskResponse {
  switch (request.command) {
    case "quote":
      return answerQuote(corpus, request);
    case "when":
      return answerWhen(corpus, request);
    case "sources":
      return answerSources(corpus);
  }
}
