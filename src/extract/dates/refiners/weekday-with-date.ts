/**
 * "Saturday, November 11" or "on Saturday, Nov. 11": the calendar date decides; the weekday before
 * it joins the expression instead of standing as a second, separately resolved date.
 */
import type { Refiner } from "chrono-node";

export const weekdayWithDateRefiner: Refiner = {
  refine(context, results) {
    const kept = [];
    for (let i = 0; i < results.length; i++) {
      const weekday = results[i]!;
      const date = results[i + 1];
      const between = date ? context.text.slice(weekday.index + weekday.text.length, date.index) : "";
      if (date && weekday.start.isCertain("weekday") && date.start.isCertain("day") && !date.start.isCertain("weekday") && /^,?\s*$/.test(between)) {
        date.text = context.text.slice(weekday.index, date.index + date.text.length);
        date.index = weekday.index;
        // The weekday tells the year when the text does not (yearByTenseRefiner reads it).
        date.start.assign("weekday", weekday.start.get("weekday")!);
        continue;
      }
      kept.push(weekday);
    }
    return kept;
  },
};
