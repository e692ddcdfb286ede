import { describe, expect, it } from "vitest";
import { participlePattern } from "../../src/extract/quotes/attribution/patterns/participle.js";
import { read, sentence, statementsOf } from "./helpers.js";

describe("pattern: participle", () => {
  it("gives the sentence's subject the words after '…, saying:'", () => {
    const text = "Ruiz repeated her call for calm, saying: “Nobody wins a trade war.”";
    const [found] = participlePattern.find(sentence(text));
    expect(read(text, found)).toMatchObject({ speaker: "Ruiz", words: "“Nobody wins a trade war.”", form: "participle" });
  });

  it("makes the outlet of 'quoted by … as saying' a relay", () => {
    const text = "Ruiz was quoted by the BBC as saying the deal was dead.";
    const found = participlePattern.find(sentence(text)).map((a) => read(text, a));
    expect(found).toMatchObject([{ speaker: "Ruiz", relay: false }, { speaker: "BBC", relay: true }]);
  });

  it("finds nothing without a participle of saying", () => {
    expect(participlePattern.find(sentence("Ruiz left the meeting early."))).toEqual([]);
  });

  it("gives the quotation to the subject, end to end", () => {
    expect(statementsOf("Finance Minister Ana Ruiz repeated her call for calm, saying: “Nobody wins a trade war.”")).toContainEqual(
      expect.objectContaining({ speaker: "Ana Ruiz", quote: "Nobody wins a trade war." }),
    );
  });
});
