import type { Corpus } from "../corpus/corpus.js";
import { setImmediate as nextTurn } from "node:timers/promises";
import { prepareQuotePartitions } from "./quote/quote-index.js";
import { prepareQuotes } from "./quote/quote.js";
import { suggestSpeakers } from "./speakers.js";
import { prepareWhen, prepareWhenAsync } from "./when/when.js";

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

/**
 * The same, a slice at a time (each a few milliseconds to about a hundred), yielding to the event
 * loop in between: how a serving bot prepares a reloaded corpus without freezing its answers.
 */
export async function prepareAnswersAsync(corpus: Corpus): Promise<void> {
  await prepareQuotePartitions(corpus);
  await nextTurn();
  await prepareWhenAsync(corpus);
  await nextTurn();
  suggestSpeakers(corpus, "a", 1);
  await nextTurn();
  corpus.speakers.suggest("a", 1);
}
