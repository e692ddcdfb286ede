import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../scripts/bench/generate.js";
import { loadArticles } from "../src/corpus/index.js";
import { isCapitalised, lettersAndDigits, scanTokens, startsLowerCase, tokenize, TOKEN_PATTERN } from "../src/extract/people/tokens.js";

/** [start, end) of every match of the pattern: what the hand scanner must find. */
const byPattern = (text: string) => [...text.matchAll(TOKEN_PATTERN)].map((m): [number, number] => [m.index, m.index + m[0].length]);

describe("the token scanner", () => {
  it("finds exactly the matches of TOKEN_PATTERN in random text", () => {
    const piece = fc.constantFrom(
      "a", "B", "s", "S", "’", "'", "‘", "-", ".", " ", "\u00a0", "\t", "\n", "\u2028", "\u3000", "\ufeff", "é", "e\u0301", "\u0301", "1", "²", "٣",
      "Ⅷ", "_", "x", "U", "’s", "'s", "𝐀", "😀", "\ud800", "\udc00", "—", "“", "ß", "İ", "ǅ", "\u200b", "s_", "s1", "sé", "U.S.", "al-", "O'",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join("");
        expect(scanTokens(text), JSON.stringify(text)).toEqual(byPattern(text));
      }),
      { numRuns: 20000 },
    );
  });

  it("finds exactly the matches of TOKEN_PATTERN in the seed, fixture and generated articles", async () => {
    const texts: string[] = [];
    for (const dir of ["../data/articles", "./fixtures/articles", "./fixtures/news"]) {
      const { articles } = await loadArticles(new URL(dir, import.meta.url).pathname);
      for (const article of articles) texts.push(article.text);
    }
    for (const article of generateCorpus(100).articles) texts.push(article.text);
    for (const text of texts) expect(scanTokens(text)).toEqual(byPattern(text));
  });

  it("splits off a sentence's final dot but keeps it in abbreviations", () => {
    expect(tokenize("Mr. Wang met U.S. officials in St. Louis.").map((t) => t.text)).toEqual([
      "Mr.", "Wang", "met", "U.S.", "officials", "in", "St.", "Louis", ".",
    ]);
    expect(tokenize("Xi’s aides and O'Brien’s al-Assad ’s").map((t) => [t.text, t.key])).toEqual([
      ["Xi", "xi"], ["’s", "'s"], ["aides", "aides"], ["and", "and"], ["O'Brien", "o'brien"], ["’s", "'s"], ["al-Assad", "al-assad"], ["’s", "'s"],
    ]);
  });

  it("tells upper- and lower-case initials as \\p{Lu} and \\p{Ll} do, for every first code point", () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp += cp <= 0xffff ? 1 : 31) {
      const word = `${String.fromCodePoint(cp)}x`;
      if (isCapitalised(word) !== /^\p{Lu}/u.test(word) || startsLowerCase(word) !== /^\p{Ll}/u.test(word)) wrong.push(word);
    }
    expect(wrong).toEqual([]);
    expect([isCapitalised(""), startsLowerCase("")]).toEqual([false, false]);
  });

  it("joins the runs of letters and digits as the \\p{L}\\p{N} regex replacement does", () => {
    const piece = fc.constantFrom("a", "B", " ", "  ", ",", "’", "“", "—", "…", "é", "e\u0301", "\u0301", "1", "²", "٣", "𝐀", "😀", "\ud800", "\udc00", "_", "\u00a0", "\n", "ß");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join("");
        expect(lettersAndDigits(text), JSON.stringify(text)).toBe(text.replace(/[^\p{L}\p{N}]+/gu, " ").trim());
      }),
      { numRuns: 20000 },
    );
  });
});
