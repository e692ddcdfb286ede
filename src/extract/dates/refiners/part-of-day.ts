/**
 * "On the afternoon of July 29, 2022": the date is July 29, 2022; the part of the day only widens
 * the expression. (Stock chrono merged "afternoon" with the date and lost the date's certainty.)
 */
import type { Refiner } from "chrono-node";

const PREFIX = /(?:\b(?:on|in|during)\s+)?\bthe\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of\s+$/i;

export const partOfDayRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) {
      if (!result.start.isCertain("day")) continue;
      const prefix = PREFIX.exec(context.text.slice(0, result.index));
      if (!prefix) continue;
      result.index -= prefix[0].length;
      result.text = prefix[0] + result.text;
    }
    return results;
  },
};
