import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuoteSpans, type QuoteSpan } from "../src/extract/text/quote-spans.js";

/** findQuoteSpans as first written (character strings instead of char codes): the reference. */
function referenceSpans(text: string): QuoteSpan[] {
  const closer: Record<string, string> = { "“": "”", "‘": "’", "«": "»", '"': '"' };
  const spans: QuoteSpan[] = [];
  const stack: Array<{ mark: string; start: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const top = stack.at(-1);
    if (top && ch === closer[top.mark] && (ch !== "’" || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ""))) {
      stack.pop();
      spans.push({ start: top.start, end: i, depth: stack.length + 1, open: false });
      continue;
    }
    if (ch === "“" || ch === "«" || (ch === '"' && top?.mark !== '"')) stack.push({ mark: ch, start: i + 1 });
    else if (ch === "‘" && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? "")) stack.push({ mark: ch, start: i + 1 });
  }
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.mark === "‘") continue;
    spans.push({ start: top.start, end: text.length, depth: stack.length + 1, open: true });
  }
  return spans.sort((a, b) => a.start - b.start);
}

describe("quote spans", () => {
  it("are found as the character-string version found them", () => {
    const piece = fc.constantFrom("“", "”", "‘", "’", "«", "»", '"', "'", "a", "s", " ", "1", "é", "𝐀", "\ud835", ",", "Xi", ".");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join("");
        expect(findQuoteSpans(text), JSON.stringify(text)).toEqual(referenceSpans(text));
      }),
      { numRuns: 20000 },
    );
  });

  it("tell a closing ’ from an apostrophe and nest quotes", () => {
    expect(findQuoteSpans("“Xi’s plan is ‘bold’,” he said.")).toEqual([
      { start: 1, end: 21, depth: 1, open: false },
      { start: 15, end: 19, depth: 2, open: false },
    ]);
    expect(findQuoteSpans("“We go on")).toEqual([{ start: 1, end: 9, depth: 1, open: true }]);
  });
});
