/**
 * "two years ago", "three months ago", "10 days ago", "a week ago": the publication date moved back,
 * at the precision of the unit. Hedged counts ("about a year ago", "more than two years ago") and
 * vague ones ("decades ago", "a few weeks ago") give no date at all.
 */
import type { Parser } from "chrono-node";
import { addDays, addMonths, coarsestCover, weekAround } from "../calendar.js";
import { RELATIVE } from "../tags.js";
import { COUNT_PATTERN, countOf, dateResult, referenceDay } from "./common.js";

const PATTERN = new RegExp(String.raw`(?<![\w-])(${COUNT_PATTERN})\s+(day|week|month|year)s?\s+ago(?![\w-])`, "i");
const HEDGE = /\b(?:about|around|almost|nearly|roughly|some|over|more\s+than|less\s+than|under|at\s+least|up\s+to|just\s+over|just\s+under|approximately|several|few)\s*$/i;

export const agoParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index ?? 0;
    if (HEDGE.test(context.text.slice(0, index))) return null;
    const count = countOf(match[1]!);
    if (count === null) return null;
    const ref = referenceDay(context);
    const unit = match[2]!.toLowerCase();
    if (unit === "day") return dateResult(context, index, match[0], addDays(ref, -count), [RELATIVE]);
    if (unit === "month") return dateResult(context, index, match[0], addMonths(ref, -count), [RELATIVE]);
    if (unit === "year") return dateResult(context, index, match[0], { year: ref.year - count }, [RELATIVE]);
    const cover = coarsestCover(weekAround(ref, -count));
    if (!cover) return null;
    return dateResult(context, index, match[0], cover, [RELATIVE]);
  },
};
