import { describe, expect, it } from "vitest";
import { findAttributions } from "../../src/extract/quotes/attribution/index.js";
import { labelledWordsPattern } from "../../src/extract/quotes/attribution/patterns/labelled-words.js";
import { atCue, statementsOf } from "./helpers.js";

describe("pattern: labelled words", () => {
  it("stops 'what he called' from being read as a second attribution", () => {
    const text = "Ruiz criticised what he called “a reckless gamble”.";
    expect(atCue(labelledWordsPattern, text, "called")).toBeNull();
    expect(findAttributions(text).map((a) => a.speaker.map((t) => t.text).join(" "))).toEqual(["Ruiz"]);
  });

  it("is not its cue for a verb with its own subject", () => {
    expect(atCue(labelledWordsPattern, "Ruiz called for calm.", "called")).toBeUndefined();
  });

  it("keeps the label inside the speaker's statement, end to end", () => {
    const [statement] = statementsOf("Finance Minister Ana Ruiz criticised what she called “a reckless gamble”.");
    expect(statement).toMatchObject({ speaker: "Ana Ruiz", kind: "reported" });
    expect(statement!.quote).toContain("a reckless gamble");
  });
});
