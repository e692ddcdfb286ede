import { describe, expect, it } from "vitest";
import { actVerbPattern } from "../../src/extract/quotes/attribution/patterns/act-verb.js";
import { atCue, read, statementsOf } from "./helpers.js";

describe("pattern: act verb", () => {
  it("reads 'X pledged …' as a statement that starts at the verb", () => {
    const text = "Ruiz pledged to double the port's capacity by 2030.";
    expect(read(text, atCue(actVerbPattern, text, "pledged"))).toMatchObject({ speaker: "Ruiz", words: "pledged to double the port's capacity by 2030." });
  });

  it("ends the words before a comment on the whole clause", () => {
    const text = "Ruiz urged lenders to act, a move that critics called reckless.";
    expect(read(text, atCue(actVerbPattern, text, "urged"))).toMatchObject({ words: "urged lenders to act" });
  });

  it("takes 'called' only as 'called for' or 'called on'", () => {
    expect(read("Ruiz called for calm.", atCue(actVerbPattern, "Ruiz called for calm.", "called"))).toMatchObject({ speaker: "Ruiz" });
    expect(atCue(actVerbPattern, "Ruiz called the meeting.", "called")).toBeUndefined();
  });

  it("is no statement when a guest is welcomed", () => {
    expect(atCue(actVerbPattern, "Ruiz welcomed Minister Tom Kale to Lisbon.", "welcomed")).toBeUndefined();
  });

  it("gives the act to its speaker, end to end", () => {
    expect(statementsOf("Finance Minister Ana Ruiz pledged to double the port's capacity by 2030.")).toEqual([
      { speaker: "Ana Ruiz", quote: "pledged to double the port's capacity by 2030", kind: "reported", via: null },
    ]);
  });
});

describe("pattern: a verb that carries quoted words", () => {
  it("'blasted the media for being “unbelievably dishonest”' is a statement; 'blasted the media' alone is not", () => {
    expect(statementsOf("Donald Trump blasted the media for being “unbelievably dishonest.”")).toEqual([
      { speaker: "Donald Trump", quote: "blasted the media for being “unbelievably dishonest.”", kind: "reported", via: null },
    ]);
    expect(statementsOf("Donald Trump blasted the media on Monday. Donald Trump said the polls were wrong.")).toEqual([
      { speaker: "Donald Trump", quote: "the polls were wrong", kind: "reported", via: null },
    ]);
  });
});
