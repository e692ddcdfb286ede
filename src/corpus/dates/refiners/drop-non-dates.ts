/**
 * Drops what chrono found that is not a calendar date: times of day alone, "now", and numeric
 * dates without a year ("9/11", "24/7"), which in news prose are names and figures, not dates.
 */
import type { Refiner } from "chrono-node";

export const dropNonDatesRefiner: Refiner = {
  refine: (_context, results) =>
    results.filter((result) => {
      const start = result.start;
      if (!["year", "month", "day", "weekday"].some((c) => start.isCertain(c as "year"))) return false;
      if (/^now$/i.test(result.text.trim())) return false;
      if (/^\d{1,2}[/.-]\d{1,2}$/.test(result.text.trim())) return false;
      return true;
    }),
};
