/** "…, Xinhua reported.", "the state news agency IRNA reports": an institution that reports relays the words before it. */
import { startsLowerCase } from "../../../people/tokens.js";
import { subjectBefore } from "../phrases.js";
import { speakerKind } from "../speaker-kind.js";
import type { CuePattern } from "../types.js";

export const reportedByPattern: CuePattern = {
  name: "reported by",
  at({ tokens }, v) {
    const cue = tokens[v]!;
    if (!startsLowerCase(cue.text) || (cue.key !== "reported" && cue.key !== "reports") || v === 0 || tokens[v - 1]!.text === ",") return undefined;
    const subject = subjectBefore(tokens, v);
    if (!Array.isArray(subject) || speakerKind(subject) !== "institution") return null;
    return { speaker: subject, content: [0, subject[0]!.start], phrase: [subject[0]!.start, cue.end], readout: false, relay: true, form: "subject" };
  },
};
