import type { Corpus } from "../corpus/corpus.js";
import type { AskResponse, WhenQuery, WhenResult } from "./types.js";

/** Dated facts matching the event words. (Date resolution arrives with the /when issue.) */
export function answerWhen(_corpus: Corpus, query: WhenQuery): AskResponse<WhenResult> {
  return { command: "when", query: { ...query }, results: [], message: "Date extraction is not available yet." };
}
