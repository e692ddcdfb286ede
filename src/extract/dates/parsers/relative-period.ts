/**
 * "last month", "this year", "next week", "earlier this year", "late last year", "the end of this
 * month", "over the weekend": a calendar period counted from the publication date, never more
 * precise than the period itself ("last month" is a month, "last week" the month it fell in).
 */
import type { Parser } from "chrono-node";
import { addDays, addMonths, coarsestCover, weekAround, weekdayOf, type DayRange } from "../calendar.js";
import { QUALIFIER_WORDS, RELATIVE, SPAN, qualifierFromWords, qualifierTag } from "../tags.js";
import { directionAt, laterWeekdayOffset } from "../tense.js";
import { dateResult, referenceDay } from "./common.js";

const PATTERN = new RegExp(
  String.raw`(?<![\w-])(?<!\bthe\s)(?:(since)\s+)?(?:(${QUALIFIER_WORDS}|earlier|later)[\s-]+(?:in\s+)?)?` +
    String.raw`(last|this|next|this\s+past|this\s+coming|current|the)\s+(week|weekend|month|year)(?![\w-])`,
  "i",
);

export const relativePeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index ?? 0;
    const modifier = match[3]!.toLowerCase().replace(/\s+/g, " ");
    const unit = match[4]!.toLowerCase();
    // "the week" / "the month" is too vague; only "the weekend" is a common news period.
    if (modifier === "the" && unit !== "weekend") return null;
    const ref = referenceDay(context);
    const qualifier = qualifierFromWords(match[2]?.replace(/\s+/g, " "));
    const tags = [RELATIVE];
    if (match[1]) tags.push(SPAN);
    const offset = modifier === "last" || modifier === "this past" ? -1 : modifier === "next" || modifier === "this coming" ? 1 : 0;

    if (unit === "year") {
      if (qualifier) tags.push(qualifierTag(qualifier));
      return dateResult(context, index, match[0], { year: ref.year + offset }, tags);
    }
    if (unit === "month") {
      if (qualifier) tags.push(qualifierTag(qualifier));
      return dateResult(context, index, match[0], addMonths(ref, offset), tags);
    }
    // A week or a weekend spans several days: label it with the month (or year) that holds it all.
    // A qualifier ("early last week") would then read as "early in the month", so it is dropped.
    let range: DayRange;
    if (unit === "week") range = weekAround(ref, offset);
    else {
      const sinceSaturday = (weekdayOf(ref) + 1) % 7; // Saturday 0, Sunday 1, Monday 2 …
      const previous = addDays(ref, -(sinceSaturday === 0 ? 7 : sinceSaturday));
      const inWeekend = sinceSaturday <= 1;
      let saturday = previous;
      if (offset === 1) saturday = addDays(ref, 7 - sinceSaturday);
      else if (offset === 0) {
        if (inWeekend) saturday = addDays(ref, -sinceSaturday);
        else {
          const direction = directionAt(context.text, index, index + match[0].length);
          // After a past saying: the coming weekend, unless the last one ended only yesterday (see laterWeekdayOffset).
          if (direction === "future-in-past" && laterWeekdayOffset(sinceSaturday - 1, 7 - sinceSaturday) === null) return null;
          if (direction !== "past") saturday = addDays(ref, 7 - sinceSaturday);
        }
      }
      range = { from: saturday, to: addDays(saturday, 1) };
    }
    const cover = coarsestCover(range);
    if (!cover) return null;
    return dateResult(context, index, match[0], cover, tags);
  },
};
