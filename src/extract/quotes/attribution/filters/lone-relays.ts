/** An outlet that only reports (no one else speaks in the sentence) is not a speaker. */
import { namesSpeaker } from "../speaker-kind.js";
import type { AttributionFilter } from "../types.js";

export const dropLoneRelaysFilter: AttributionFilter = {
  name: "drop lone relays",
  apply(_sentence, found) {
    return found.filter((a) => a.relay === false || found.some(namesSpeaker));
  },
};
