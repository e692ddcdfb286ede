/** Quotation marks typed as two characters (newspaper archives, Penn Treebank wire copy). */
import { describe, expect, it } from "vitest";
import { withPairedMarksAsQuotes } from "../src/ingest/clean.js";
import { statementsOf } from "./attribution/helpers.js";

describe("quotation marks typed as two characters", () => {
  it("become the straight double mark, but not a height", () => {
    expect(withPairedMarksAsQuotes("''It's anti-reform,'' she said.")).toBe('"It\'s anti-reform," she said.');
    expect(withPairedMarksAsQuotes("``We are ready,'' he said.")).toBe('"We are ready," he said.');
    expect(withPairedMarksAsQuotes("The centre is 6'2'' tall.")).toBe("The centre is 6'2'' tall.");
  });

  it("are read as quotations: the words are the speaker's own", () => {
    expect(statementsOf("Senator Ana Ruiz spoke in Ohio.\n\n''It's anti-reform. It raises taxes on families,'' Ruiz said.")).toEqual([
      { speaker: "Ana Ruiz", quote: "It's anti-reform. It raises taxes on families", kind: "direct", via: null },
    ]);
  });
});

describe("a quotation that ends in '?' or '!' before its attribution", () => {
  it("is one sentence with it, and the speaker's words", () => {
    expect(statementsOf("Senator Ana Ruiz spoke in Ohio.\n\n“Who will pay for it?” Ms. Ruiz asked. The answer came fast.")).toEqual([
      { speaker: "Ana Ruiz", quote: "Who will pay for it?", kind: "direct", via: null },
    ]);
    expect(statementsOf("Senator Ana Ruiz spoke in Ohio.\n\n“This is wrong!” she said.")).toEqual([{ speaker: "Ana Ruiz", quote: "This is wrong!", kind: "direct", via: null }]);
  });
});

describe("a quotation resumed in the next paragraph", () => {
  it("is the speaker's whose quoted words closed the paragraph before", () => {
    expect(statementsOf("Senator Ana Ruiz spoke in Ohio.\n\n“We will win this state,” Ruiz said.\n\n“Nobody should doubt it.”")).toEqual([
      { speaker: "Ana Ruiz", quote: "We will win this state", kind: "direct", via: null },
      { speaker: "Ana Ruiz", quote: "Nobody should doubt it.", kind: "direct", via: null },
    ]);
  });

  it("but not when the paragraph names its own speaker, or when another paragraph came between", () => {
    expect(statementsOf("Senator Ana Ruiz spoke in Ohio.\n\n“We will win this state,” Ruiz said.\n\n“Nobody should doubt it,” said Tom Kale, her rival.")).toEqual([
      { speaker: "Ana Ruiz", quote: "We will win this state", kind: "direct", via: null },
      { speaker: "Tom Kale", quote: "Nobody should doubt it", kind: "direct", via: null },
    ]);
    expect(statementsOf("Senator Ana Ruiz spoke in Ohio.\n\n“We will win this state,” Ruiz said.\n\nKale disagreed.\n\n“Nobody believes that.”")).toEqual([
      { speaker: "Ana Ruiz", quote: "We will win this state", kind: "direct", via: null },
    ]);
  });
});

describe("a quotation resumed after its attribution in the same paragraph", () => {
  it("is one statement, its pieces joined by an ellipsis ('“X,” she said. “Y.”')", () => {
    expect(statementsOf("Senator Ana Ruiz spoke in Ohio.\n\n“We will win this state,” Ruiz said. “Nobody should doubt it. The voters are with us.”")).toEqual([
      { speaker: "Ana Ruiz", quote: "We will win this state … Nobody should doubt it. The voters are with us.", kind: "direct", via: null },
    ]);
  });
});

describe("a quotation left open at the end of the file", () => {
  it("is not shown as a complete quotation: its words are dropped, what was closed before it stays", () => {
    expect(statementsOf("Senator Ana Ruiz spoke in Ohio.\n\n“We will win this state,” Ruiz said. “Nobody should doubt")).toEqual([
      { speaker: "Ana Ruiz", quote: "We will win this state", kind: "direct", via: null },
    ]);
    expect(statementsOf("Senator Ana Ruiz spoke in Ohio.\n\nRuiz said the race was close.\n\nRuiz said: “We will win this state and nobody")).toEqual([
      { speaker: "Ana Ruiz", quote: "the race was close", kind: "reported", via: null },
    ]);
  });

  it("but a quotation over several paragraphs, each opened and only the last closed, stays", () => {
    expect(statementsOf("Senator Ana Ruiz spoke in Ohio.\n\nRuiz said: “We will win.\n\n“Nobody should doubt it.”")).toEqual([
      { speaker: "Ana Ruiz", quote: "We will win.", kind: "direct", via: null },
      { speaker: "Ana Ruiz", quote: "Nobody should doubt it.", kind: "direct", via: null },
    ]);
  });
});
