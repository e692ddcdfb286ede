/** Where several speakers share a sentence, each one's words end where the next attribution starts. */
import { speakerKind } from "../speaker-kind.js";
import type { Attribution, AttributionFilter } from "../types.js";

/** Where several speakers share a sentence, each one's words end where the next attribution starts. */
function trimContents(text: string, found: Attribution[]): void {
  const main = found.filter((a) => !a.relay && speakerKind(a.speaker) !== "none");
  for (const a of found) {
    if (speakerKind(a.speaker) === "none" || speakerKind(a.speaker) === "aide") continue; // unnamed speakers keep all their words
    for (const other of found) {
      if (other === a) continue;
      const [start, end] = a.content;
      if (other.phrase[0] > start && other.phrase[0] < end && (other.relay || main.includes(other))) {
        // Cut before the other attribution, and before the clause joiner that introduces it.
        const cut = text.slice(start, other.phrase[0]).replace(/(?:,?\s*(?:while|and|but|as|whereas|though|although|yet)?\s*(?:according to\s*)?)$/i, "");
        a.content = [start, start + cut.length];
      }
    }
  }
}

export const trimContentsFilter: AttributionFilter = {
  name: "trim contents",
  apply({ text }, found) {
    trimContents(text, found);
    return found;
  },
};
