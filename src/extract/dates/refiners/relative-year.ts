/**
 * "on January 20 last year", "20 January of this year", "on February 2 next year": a day and month
 * followed by the year they fall in, named relative to publication. chrono reads the day and month
 * and, apart, "last year"; here the year joins the date (which then needs no year by tense) and the
 * separate "last year" goes, so the words give one date, not two competing ones.
 */
import type { ParsingResult, Refiner } from "chrono-node";
import { dayOf } from "../calendar.js";
import { RELATIVE_YEAR, RELATIVE_YEAR_OFFSET } from "../parsers/month.js";
import { RELATIVE } from "../tags.js";

/** The relative year right after a date, not "last year's" (which belongs to the words after it). */
const RELATIVE_YEAR_AFTER = new RegExp(`^${RELATIVE_YEAR}`, "i");

const endOf = (result: ParsingResult) => result.index + result.text.length;

export const relativeYearRefiner: Refiner = {
  refine(context, results) {
    const ref = dayOf(context.refDate);
    const joined: ParsingResult[] = [];
    for (const result of results) {
      const start = result.start;
      if (start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
      const after = RELATIVE_YEAR_AFTER.exec(context.text.slice(endOf(result)));
      if (!after) continue;
      start.assign("year", ref.year + RELATIVE_YEAR_OFFSET[after[1]!.toLowerCase()]!);
      result.text += after[0];
      result.addTag(RELATIVE);
      joined.push(result);
    }
    if (joined.length === 0) return results;
    // The "last year" now inside a joined date is no date of its own.
    return results.filter((other) => joined.includes(other) || !joined.some((date) => other.index >= date.index && endOf(other) <= endOf(date)));
  },
};
