import type { Corpus } from "../corpus/corpus.js";
import { answerQuote } from "./quote/quote.js";
import { answerSources } from "./sources.js";
import type { AskRequest, AskResponse, QuoteResponse, SourcesResponse, WhenResponse } from "./types.js";
import { answerWhen } from "./when/when.js";

/** Runs one request against the corpus; the answer's type follows the request's command. */
export function ask(corpus: Corpus, request: Extract<AskRequest, { command: "quote" }>): QuoteResponse;
export function ask(corpus: Corpus, request: Extract<AskRequest, { command: "when" }>): WhenResponse;
export function ask(corpus: Corpus, request: Extract<AskRequest, { command: "sources" }>): SourcesResponse;
export function ask(corpus: Corpus, request: AskRequest): AskResponse;
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
