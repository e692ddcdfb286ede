/** Invisible characters that could disguise a quotation are taken out of what is shown, not out of the article. */
import { describe, expect, it } from "vitest";
import { renderText } from "../src/answer/render-text.js";
import { visibleText } from "../src/answer/visible-text.js";
import { escapeText } from "../src/discord/limits.js";

const DISGUISED = "We \u202Eecnerefnoc\u202C will \u200Bwin\uFEFF";

describe("text shown to a user", () => {
  it("loses bidirectional controls, zero-width spaces and stray byte-order marks", () => {
    expect(visibleText(DISGUISED)).toBe("We ecnerefnoc will win");
    expect(escapeText(DISGUISED)).toBe("We ecnerefnoc will win");
  });

  it("keeps the zero-width joiner and non-joiner that Persian names and emoji need", () => {
    expect(visibleText("می\u200Cخواهم 👨\u200D👩\u200D👧")).toBe("می\u200Cخواهم 👨\u200D👩\u200D👧");
  });

  it("in the console and the command line too, while the stored words keep them", () => {
    const citation = { article: "a", title: "T", outlet: null, published: null, url: null, paragraph: 2 };
    const response = { command: "quote" as const, query: { leader: "Ruiz", limit: 5 }, results: [{ speaker: "Ana Ruiz", quote: DISGUISED, kind: "direct" as const, via: null, excerpt: DISGUISED, citation }] };
    expect(renderText(response)).toContain("“We ecnerefnoc will win”");
    expect(response.results[0]!.quote).toContain("\u202E");
  });
});
