/**
 * A comparison's base dates no event: in "net rose to $108 million from $90 million a year ago",
 * "compared with $361 million a year ago", "lower than a year ago", the year-ago figure is a
 * yardstick (usually a quarter or fiscal period the text does not name), not when anything
 * happened.
 */
import type { Refiner } from "chrono-node";

/** A comparison's word before the expression, in the same clause ("$361.8 million" inside it): "from", "than", "compared with", "versus". */
export const COMPARISON_BEFORE = /\b(?:from|than|compared|versus|vs\.?|against|over)\b(?:[^.;:]|\.(?=\d)){0,80}$/i;

/** "a year ago", "one year earlier": what a comparison counts back to. */
const BASE = /^(?:about\s+|nearly\s+)?(?:a|one)\s+year\s+(?:ago|earlier)$/i;

export const dropComparisonBasesRefiner: Refiner = {
  refine: (context, results) =>
    results.filter((result) => !(BASE.test(result.text.trim()) && COMPARISON_BEFORE.test(context.text.slice(Math.max(0, result.index - 100), result.index)))),
};
