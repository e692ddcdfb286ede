/**
 * "the past 10 consecutive years", "the last two months", "the past decade": a stretch of time that
 * ends at publication. Its value is where it starts (publication year minus N), tagged as a span,
 * as the seed's hand labels read it. That start is not when anything in the sentence happened ("had
 * moved final assembly out of China over the past 18 months"): such a span dates no fact
 * (`isPastSpan`, used by `facts.ts`).
 */
import type { Parser } from "chrono-node";
import { addMonths } from "../calendar.js";
import { RELATIVE, SPAN } from "../tags.js";
import { COUNT_PATTERN, countOf, dateResult, referenceDay } from "./common.js";

const PATTERN = new RegExp(
  String.raw`(?<![\w-])the\s+(?:past|last|previous)\s+(?:(${COUNT_PATTERN})\s+)?(?:(?:consecutive|straight|full)\s+)?(years?|months?|decades?)(?![\w-])`,
  "i",
);

export const pastSpanParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index ?? 0;
    const unit = match[2]!.toLowerCase().replace(/s$/, "");
    const count = match[1] === undefined ? 1 : countOf(match[1]);
    if (count === null || count === 0) return null;
    // Without a count the unit must be singular ("the past year", not "the past years").
    if (match[1] === undefined && /s$/i.test(match[2]!)) return null;
    const ref = referenceDay(context);
    const tags = [RELATIVE, SPAN];
    if (unit === "month") return dateResult(context, index, match[0], addMonths(ref, -count), tags);
    const years = unit === "decade" ? count * 10 : count;
    return dateResult(context, index, match[0], { year: ref.year - years }, tags);
  },
};

/** How every expression this parser reads begins (and none of the other parsers' does). */
const SPAN_START = /^the\s+(?:past|last|previous)\s/i;

/** True for an expression this parser read: a span up to publication, whose start is no event's date. */
export function isPastSpan(expression: string): boolean {
  return SPAN_START.test(expression);
}
