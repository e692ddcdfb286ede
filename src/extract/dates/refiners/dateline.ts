/** Drops a date in a wire dateline (see text/dateline.ts): it says when the story was filed, not when its event happened. */
import type { Refiner } from "chrono-node";
import { datelineEnd } from "../../text/dateline.js";

export const dropDatelineRefiner: Refiner = {
  refine(context, results) {
    const end = datelineEnd(context.text);
    return end === 0 ? results : results.filter((result) => result.index >= end);
  },
};
