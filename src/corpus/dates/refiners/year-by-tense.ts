/**
 * A day or month named without its year ("October 7", "7 October") takes the year that puts it on or
 * before the publication date, or on or after it when the verb is future ("will be signed on March
 * 21"). Stock chrono took the year closest to the reference, so "March" in November became next March.
 */
import type { ParsingComponents, Refiner } from "chrono-node";
import { compareDays, dayOf } from "../calendar.js";
import { RELATIVE } from "../tags.js";
import { directionAt } from "../tense.js";

function setYear(components: ParsingComponents, year: number): void {
  components.assign("year", year);
}

export const yearByTenseRefiner: Refiner = {
  refine(context, results) {
    const ref = dayOf(context.refDate);
    for (const result of results) {
      const start = result.start;
      if (start.isCertain("year") || !start.isCertain("month")) continue;
      const month = start.get("month")!;
      const day = start.isCertain("day") ? start.get("day")! : 1;
      const direction = directionAt(context.text, result.index, result.index + result.text.length);
      const sameYear = { year: ref.year, month, day };
      let year = ref.year;
      if (start.isCertain("day")) {
        const order = compareDays(sameYear, ref);
        if (direction === "past" && order > 0) year -= 1;
        if (direction === "future" && order < 0) year += 1;
      } else {
        if (direction === "past" && month > ref.month) year -= 1;
        if (direction === "future" && month < ref.month) year += 1;
      }
      setYear(start, year);
      if (result.end && !result.end.isCertain("year")) {
        const endMonth = result.end.get("month") ?? month;
        setYear(result.end, endMonth < month ? year + 1 : year);
      }
      result.addTag(RELATIVE);
    }
    return results;
  },
};
