import { describe, expect, it } from "vitest";
import { reportedByPattern } from "../../src/extract/quotes/attribution/patterns/reported-by.js";
import { atCue, read, statementsOf } from "./helpers.js";

describe("pattern: reported by", () => {
  it("makes an agency that reports a relay of the words before it", () => {
    const text = "Talks will resume in March, Xinhua reported.";
    expect(read(text, atCue(reportedByPattern, text, "reported"))).toMatchObject({ speaker: "Xinhua", words: "Talks will resume in March,", relay: true });
  });

  it("relays nothing when a person is the one reporting", () => {
    expect(atCue(reportedByPattern, "Talks will resume, Ruiz reported.", "reported")).toBeNull();
  });

  it("keeps the agency as the relay of a named speaker's words, end to end", () => {
    expect(statementsOf("Finance Minister Ana Ruiz said talks would resume in March, Xinhua reported.")).toEqual([
      { speaker: "Ana Ruiz", quote: "talks would resume in March", kind: "reported", via: "Xinhua" },
    ]);
  });
});
