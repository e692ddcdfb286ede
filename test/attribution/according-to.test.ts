import { describe, expect, it } from "vitest";
import { accordingToPattern } from "../../src/extract/quotes/attribution/patterns/according-to.js";
import { atCue, read, statementsOf } from "./helpers.js";

describe("pattern: according to", () => {
  it("takes the words after 'According to X,' as X's", () => {
    const text = "According to Finance Minister Ana Ruiz, the deal will create jobs.";
    expect(read(text, atCue(accordingToPattern, text, "According"))).toMatchObject({ speaker: "Finance Minister Ana Ruiz", words: "the deal will create jobs.", form: "according" });
  });

  it("takes the words before '…, according to X'", () => {
    const text = "The talks will resume next week, according to Xinhua.";
    expect(read(text, atCue(accordingToPattern, text, "according"))).toMatchObject({ speaker: "Xinhua", words: "The talks will resume next week," });
  });

  it("names the body, not the kind of body, before its name", () => {
    const text = "Shipments fell 5%, according to market research firm Canalys.";
    expect(read(text, atCue(accordingToPattern, text, "according"))).toMatchObject({ speaker: "Canalys" });
  });

  it("is not its cue elsewhere", () => {
    const text = "The minister said the plan would go ahead.";
    expect(atCue(accordingToPattern, text, "said")).toBeUndefined();
  });

  it("gives the words to the source, end to end", () => {
    expect(statementsOf("According to Finance Minister Ana Ruiz, the deal will create jobs.")).toEqual([
      { speaker: "Ana Ruiz", quote: "the deal will create jobs", kind: "reported", via: null },
    ]);
  });
});
