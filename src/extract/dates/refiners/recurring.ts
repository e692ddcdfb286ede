/**
 * Drops dates that recur rather than happen once: "on May 9 each year", "on November 11 every
 * year", "annually on June 4", "every Sunday", "each Saturday", "on Sundays". They say how often,
 * not when: no one day of the calendar is meant.
 */
import type { ParsingResult, Refiner } from "chrono-node";

/** Right after the expression: "… each year", "… every year", "… annually". */
const RECURS_AFTER = /^\s*(?:,\s*)?(?:each|every)\s+(?:year|month|week)\b|^\s*annually\b|^s\b/i;
/** Right before it: "every Sunday", "each Saturday", "annually on …". */
const RECURS_BEFORE = /\b(?:every|each|annually(?:\s+on)?)\s+$/i;

function recurs(text: string, result: ParsingResult): boolean {
  const end = result.index + result.text.length;
  return RECURS_AFTER.test(text.slice(end, end + 24)) || RECURS_BEFORE.test(text.slice(Math.max(0, result.index - 16), result.index));
}

export const dropRecurringRefiner: Refiner = {
  refine: (context, results) => results.filter((result) => !recurs(context.text, result)),
};
