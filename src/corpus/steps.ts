/**
 * Long builds (hydrating a corpus, building an answer index) written once, as generators that
 * yield between slices of work, and run either to the end at once (`runSteps`: a test, the
 * command line, a first question) or one slice per turn of the event loop (`runStepsAsync`: a
 * reload in a serving bot, which keeps answering between slices instead of freezing for seconds).
 */
import { setImmediate as nextTurn } from "node:timers/promises";

export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runStepsAsync<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}

/** Items handled between two yields: a few milliseconds of work for the loops that use it. */
export const SLICE = 2_000;
