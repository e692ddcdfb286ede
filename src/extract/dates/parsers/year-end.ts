/**
 * "by year-end", "at the end of the year", "around year end", "by the year's end", "by the end of
 * the month": the end of the publication's year or month (late in it), or, after "since", of the
 * one before ("up 5% since year-end").
 */
import type { Parser } from "chrono-node";
import { addMonths } from "../calendar.js";
import { RELATIVE, qualifierTag } from "../tags.js";
import { dateResult, referenceDay } from "./common.js";

const PATTERN = /(?<![\w-])(?:(since)\s+)?(?:the\s+)?(?:(?:year|month)[\s-]end|(year|month)['’]s\s+end|end\s+of\s+the\s+(year|month))(?![\w-])/i;

export const yearEndParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const unit = (match[2] ?? match[3] ?? match[0].match(/year|month/i)![0]).toLowerCase();
    const ref = referenceDay(context);
    const back = match[1] ? -1 : 0;
    const tags = [RELATIVE, qualifierTag("late")];
    if (unit === "year") return dateResult(context, match.index ?? 0, match[0], { year: ref.year + back }, tags);
    const month = addMonths(ref, back);
    return dateResult(context, match.index ?? 0, match[0], { year: month.year, month: month.month }, tags);
  },
};
