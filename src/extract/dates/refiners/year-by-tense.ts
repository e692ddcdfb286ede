/**
 * A day or month named without its year ("October 7", "7 October") takes the year that puts it on or
 * before the publication date, or on or after it when the verb is future ("will be signed on March
 * 21"). Stock chrono took the year closest to the reference, so "March" in November became next March.
 * With no tense cue at all ("Carney faces an election on April 28") the occurrence nearest to
 * publication is the honest reading, and only when it is near enough (`nearestYearOf`); otherwise
 * the date is dropped.
 */
import type { ParsingComponents, Refiner } from "chrono-node";
import { addMonths, compareDays, dayOf, daysBetween, isValidDay, weekdayOf, type Day } from "../calendar.js";
import { RELATIVE } from "../tags.js";
import { cueAt, laterMonthOffset, laterYearOf, namesOtherYear, nearestMonthOffset, nearestYearOf, type Direction } from "../tense.js";

function setYear(components: ParsingComponents, year: number): void {
  components.assign("year", year);
}

/** The year of a day (or, `day` null, a month) without one, by the tense cue; null when it cannot be told. */
function yearFor(ref: Day, cue: Direction | null, month: number, day: number | null): number | null {
  if (cue === "future-in-past") {
    if (day !== null) return laterYearOf(ref, month, day);
    const offset = laterMonthOffset(ref, month);
    return offset === null ? null : addMonths(ref, offset).year;
  }
  if (cue === null) {
    if (day !== null) return nearestYearOf(ref, month, day);
    const offset = nearestMonthOffset(ref, month);
    return offset === null ? null : addMonths(ref, offset).year;
  }
  let year = ref.year;
  if (day !== null) {
    const order = compareDays({ year: ref.year, month, day }, ref);
    if (cue === "past" && order > 0) year -= 1;
    if (cue === "future" && order < 0) year += 1;
  } else {
    if (cue === "past" && month > ref.month) year -= 1;
    if (cue === "future" && month < ref.month) year += 1;
  }
  return year;
}

/**
 * "Saturday, April 25": of the years around publication, the one in which that day is that
 * weekday (the nearest, within a year either way); none when no year fits.
 */
function yearOfWeekday(ref: Day, month: number, day: number, weekday: number): number | null {
  let best: { year: number; distance: number } | null = null;
  for (let year = ref.year - 1; year <= ref.year + 1; year++) {
    const candidate = { year, month, day };
    if (!isValidDay(candidate) || weekdayOf(candidate) !== weekday) continue;
    const distance = Math.abs(daysBetween(ref, candidate));
    if (distance <= 366 && (!best || distance < best.distance)) best = { year, distance };
  }
  return best?.year ?? null;
}

export const yearByTenseRefiner: Refiner = {
  refine(context, results) {
    const ref = dayOf(context.refDate);
    return results.filter((result) => {
      const start = result.start;
      if (start.isCertain("year") || !start.isCertain("month")) return true;
      const month = start.get("month")!;
      const day = start.isCertain("day") ? start.get("day")! : null;
      const weekday = day !== null && start.isCertain("weekday") ? start.get("weekday")! : null;
      const year = weekday !== null ? yearOfWeekday(ref, month, day!, weekday) : yearFor(ref, cueAt(context.text, result.index, result.index + result.text.length, day !== null), month, day);
      if (year === null || namesOtherYear(context.text, result, year)) return false;
      setYear(start, year);
      if (result.end && !result.end.isCertain("year")) {
        const endMonth = result.end.get("month") ?? month;
        setYear(result.end, endMonth < month ? year + 1 : year);
      }
      result.addTag(RELATIVE);
      return true;
    });
  },
};
