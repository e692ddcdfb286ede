import type { Corpus } from "../corpus/corpus.js";
import { prepareQuotes } from "./quote.js";
import { suggestSpeakers } from "./speakers.js";
import { prepareWhen } from "./when.js";

/**
 * Builds every answering index now (speaker partitions with their topic indexes, the dated-fact
 * index, autocomplete and name lookup) instead of at the first question of each kind. Optional:
 * the answers are the same either way; only the first question's latency differs.
 */
export function prepareAnswers(corpus: Corpus): void {
  prepareQuotes(corpus);
  prepareWhen(corpus);
  suggestSpeakers(corpus, "a", 1);
  corpus.speakers.suggest("a", 1);
}
