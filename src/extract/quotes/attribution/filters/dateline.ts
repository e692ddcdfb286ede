/** A wire dateline ("GENEVA, Feb 20 (Reuters) -") opening the sentence is no one's words: cut from the words that start with it. */
import { datelineEnd } from "../../../text/dateline.js";
import type { AttributionFilter } from "../types.js";

/** A dash of a dateline ("-", "--", "–", "—"). */
const DASH = /[-–—]/;

export const dropDatelineFilter: AttributionFilter = {
  name: "drop dateline",
  apply({ text }, found) {
    if (!found.some((a) => a.content[0] === 0 && a.content[1] > 0) || !DASH.test(text)) return found;
    const dateline = datelineEnd(text);
    for (const a of found) if (a.content[0] < dateline && a.content[1] > dateline) a.content = [dateline, a.content[1]];
    return found;
  },
};
