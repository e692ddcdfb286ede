/** An outlet that closes or frames another speaker's words ("…,” Xinhua said", "…, according to Xinhua") relays them. */
import { speakerKind } from "../speaker-kind.js";
import type { Attribution, AttributionFilter } from "../types.js";

/** Later attributions naming an outlet or agency relay the earlier speaker's words. */
function markRelays(found: Attribution[]): void {
  for (const a of found) {
    const others = found.filter((b) => b !== a && b.phrase[0] !== a.phrase[0] && speakerKind(b.speaker) !== "none");
    if (others.length === 0) continue;
    const endsSentence = a.content[1] <= a.phrase[0] && others.some((b) => b.phrase[0] < a.phrase[0]);
    // Whoever's account closes the sentence ("…,” Xinhua said", "Xi told Biden the talks were
    // useful, a US official said") or frames it ("…, according to Xinhua", "According to Biden,
    // Xi said …") relays the other speaker's words.
    if (a.speaker.length > 0 && (a.form === "according" || endsSentence)) a.relay = true;
  }
}

export const markRelaysFilter: AttributionFilter = {
  name: "mark relays",
  apply(_sentence, found) {
    markRelays(found);
    return found;
  },
};
