/**
 * Drops the date a thing was moved away from: "postponed from June to October", "moved the vote
 * from Tuesday to Thursday", "delayed from 2025". It is when the thing was once planned, not when
 * anything happened, and its tense is the rescheduling's ("was postponed" reads June as last June).
 */
import type { ParsingResult, Refiner } from "chrono-node";

/** A verb of rescheduling, a few words, then "from" right before the date (or opening it). */
const MOVED_FROM = /\b(?:moved|postponed|delayed|deferred|rescheduled|shifted|switched|pushed\s+back|brought\s+forward|put\s+off)\s+(?:[\w'’-]+\s+){0,4}?from\s+$/i;
/** Enough of the text before the date to hold the verb, four words and "from". */
const LOOKBACK = 80;

function movedFrom(text: string, result: ParsingResult): boolean {
  const opensWithFrom = /^from\s+/i.exec(result.text);
  const end = result.index + (opensWithFrom ? opensWithFrom[0].length : 0);
  return MOVED_FROM.test(text.slice(Math.max(0, result.index - LOOKBACK), end));
}

export const dropRescheduledRefiner: Refiner = {
  refine: (context, results) => results.filter((result) => !movedFrom(context.text, result)),
};
