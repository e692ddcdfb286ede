/** "what he called “a betrayal”": the words are a label the writer quotes, not a second attribution. */
import { SUBJECT_PRONOUNS } from "../../../../lexicon/function-words.js";
import { startsLowerCase } from "../../../people/tokens.js";
import type { CuePattern } from "../types.js";

export const labelledWordsPattern: CuePattern = {
  name: "labelled words",
  at({ tokens }, v) {
    if (!startsLowerCase(tokens[v]!.text)) return undefined;
    return ["what", "which"].includes(tokens[v - 2]?.key ?? "") && SUBJECT_PRONOUNS.has(tokens[v - 1]?.key ?? "") ? null : undefined;
  },
};
