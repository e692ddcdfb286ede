import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { article, tmpCorpus } from "./helpers/tmp-corpus.js";
import { cleanArticle } from "../src/ingest/clean.js";
import { loadCorpus } from "../src/corpus/corpus.js";
import { segmentBlocks, sentenceSegments, splitSentences } from "../src/ingest/segment.js";

const split = (text: string) => splitSentences(text).map(([start, end]) => text.slice(start, end));

describe("sentence splitting", () => {
  it("does not split after titles and initials", () => {
    expect(split("Mr. Smith met Gen. Milley and Dr. Ruth Westheimer. Then they left.")).toEqual([
      "Mr. Smith met Gen. Milley and Dr. Ruth Westheimer.",
      "Then they left.",
    ]);
    expect(split("He spoke with J. Trump and Donald J. Trump Jr. about it. Nothing came of it.")).toEqual([
      "He spoke with J. Trump and Donald J. Trump Jr. about it.",
      "Nothing came of it.",
    ]);
  });

  it("does not split inside 'U.S.' before a name, but does at a sentence end", () => {
    expect(split("The U.S. Treasury imposed sanctions. Iran objected.")).toEqual(["The U.S. Treasury imposed sanctions.", "Iran objected."]);
    expect(split("He flew to the U.S. The trip took a day.")).toEqual(["He flew to the U.S.", "The trip took a day."]);
  });

  it("keeps month abbreviations with their day", () => {
    expect(split("The talks began on Jan. 5 in Geneva. They ended on Sept. 12.")).toEqual([
      "The talks began on Jan. 5 in Geneva.",
      "They ended on Sept. 12.",
    ]);
  });

  it("keeps an ellipsis inside an open quotation in the same sentence", () => {
    expect(split("Xi repeated his call, saying: “We need to... Stop the killing now.” He left.")).toEqual([
      "Xi repeated his call, saying: “We need to... Stop the killing now.”",
      "He left.",
    ]);
    expect(split("“We need to… stop the killing,” he said. Talks resumed.")).toEqual([
      "“We need to… stop the killing,” he said.",
      "Talks resumed.",
    ]);
  });

  it("splits quoted sentences that follow one another", () => {
    expect(split("“Today we choose trade,” Ana said. “Our farmers have waited.”")).toEqual([
      "“Today we choose trade,” Ana said.",
      "“Our farmers have waited.”",
    ]);
  });

  it("joins a sentence wrongly cut before a lower-case word", () => {
    expect(split("Talks began at 3 p.m. on Friday in St. Louis. Gen. Milley spoke.")).toEqual([
      "Talks began at 3 p.m. on Friday in St. Louis.",
      "Gen. Milley spoke.",
    ]);
  });
});

describe("paragraph layout", () => {
  it("gives each paragraph and sentence offsets into one cleaned text", () => {
    const { blocks } = cleanArticle("Headline here\n• A bullet point.\nFirst body sentence. Second one.\n\nAnother paragraph.\n");
    const { text, paragraphs, sentences } = segmentBlocks(blocks);
    expect(text).toBe("Headline here\n\nA bullet point.\n\nFirst body sentence. Second one.\n\nAnother paragraph.");
    expect(paragraphs.map((p) => p.kind)).toEqual(["headline", "summary", "body", "body"]);
    expect(sentences.map((s) => [s.paragraph, text.slice(s.start, s.end)])).toEqual([
      [0, "Headline here"],
      [1, "A bullet point."],
      [2, "First body sentence."],
      [2, "Second one."],
      [3, "Another paragraph."],
    ]);
  });

  it("re-joins the lines of a hard-wrapped Markdown file into paragraphs", () => {
    const body = [
      "# Port deal signed",
      "",
      "The port authority signed a forty-year concession with the operator on",
      "Tuesday, ending months of negotiations over the terms of the lease and the",
      "fees it will pay to the city for the use of the harbour and its cranes.",
      "",
      "The mayor said the agreement would bring hundreds of jobs to the waterfront",
      "district and that work on the new terminal would begin early next year, well",
      "ahead of the schedule the council had set when the talks began last spring.",
    ].join("\n");
    const { blocks } = cleanArticle(body);
    expect(blocks.map((b) => b.kind)).toEqual(["headline", "body", "body"]);
    expect(blocks[1]!.text).toMatch(/^The port authority .* cranes\.$/);
  });
});

describe("cleaning", () => {
  it("drops navigation, breadcrumbs, share widgets, section labels and credits", () => {
    const raw = [
      "Home News Sport Business Culture Weather",
      "World > Asia > China",
      "Diplomacy",
      "Leaders meet in Kazan",
      "Share this article",
      "Short Url",
      "The leaders met on Wednesday. (Photo: AFP)",
      "Advertisement",
      "They agreed to meet again.",
      "Suggest to a friend",
      "(Reporting by Jane Doe; Editing by John Roe)",
    ].join("\n");
    expect(cleanArticle(raw).blocks).toEqual([
      { kind: "headline", text: "Leaders meet in Kazan" },
      { kind: "body", text: "The leaders met on Wednesday." },
      { kind: "body", text: "They agreed to meet again." },
    ]);
  });

  it("keeps a short headline and short body lines", () => {
    const { blocks } = cleanArticle("Peace talks\n\nThey agreed.\n");
    expect(blocks.map((b) => b.text)).toEqual(["Peace talks", "They agreed."]);
  });

  it("reads a first line written as a sentence as the lede when the front matter gives the title", () => {
    const body = "A man has been arrested over a raid on a jewellery shop, police said on Sunday.\n\nThe investigation was continuing, officers said.\n";
    expect(cleanArticle(body, "Police arrest man over jewellery raid").blocks.map((b) => b.kind)).toEqual(["body", "body"]);
    // Without a title, or when the first line is headline-like, repeats the title or is a heading, it is the headline.
    expect(cleanArticle(body).blocks.map((b) => b.kind)).toEqual(["headline", "body"]);
    expect(cleanArticle("Police arrest man over raid\n\nThey said so.\n", "Jewellery raid").blocks.map((b) => b.kind)).toEqual(["headline", "body"]);
    expect(cleanArticle("Is the city ready for the games?\n\nThey said so.\n", "Games").blocks.map((b) => b.kind)).toEqual(["headline", "body"]);
    expect(cleanArticle("# Police arrest a man over the jewellery raid.\n\nThey said so.\n", "Raid").blocks.map((b) => b.kind)).toEqual(["headline", "body"]);
  });

  it("keeps the lede's statement when the body does not repeat the title", async () => {
    const dir = await tmpCorpus({
      "a.md": article({ title: "Police arrest man over jewellery raid", published: "2024-11-04" }, "A man has been arrested over a raid on a jewellery shop, West Midlands Police said on Sunday.\n\nDet Insp Sarah Jones said the investigation was continuing.\n"),
    });
    const corpus = await loadCorpus(dir, { workers: 0 });
    expect(corpus.statements.map((s) => [s.speaker, s.quote, s.paragraph])[0]).toEqual(["West Midlands Police", "A man has been arrested over a raid on a jewellery shop", 0]);
    expect(corpus.statements.map((s) => s.quote)).toContain("the investigation was continuing");
  });

  it("keeps a one-word headline that repeats the front matter's title, which alone would read as a section label", () => {
    const body = "Briefing\n\nSpokesperson Guo Jiakun told reporters that China opposed the sanctions.\n";
    expect(cleanArticle(body, "Briefing").blocks).toEqual([
      { kind: "headline", text: "Briefing" },
      { kind: "body", text: "Spokesperson Guo Jiakun told reporters that China opposed the sanctions." },
    ]);
    expect(cleanArticle("Politics\n\nBriefing\n\nThey met.\n", "Briefing").blocks.map((b) => b.kind)).toEqual(["headline", "body"]);
  });
});

describe("Markdown's inline marks", () => {
  it("are reduced to their words: emphasis, links, images and code; a block quotation's marks are dropped", () => {
    const body = [
      "Mayor on the floods",
      "**POLITICO: Where is Valencia today?**",
      "**Castellanos:** Physically, we are in a *much* better place.",
      "[Rahul Gandhi](https://example.com/rahul_(politician)) said the budget had __failed__.",
      "![A flooded street](https://example.com/flood.jpg) The water rose quickly.",
      "> The alert came too late, the `judge` said.",
      "* A bullet point.",
      "Shares rose 5%* on the_news, and 2 * 3 = 6.",
    ].join("\n\n");
    expect(cleanArticle(body).blocks).toEqual([
      { kind: "headline", text: "Mayor on the floods" },
      { kind: "body", text: "POLITICO: Where is Valencia today?" },
      { kind: "body", text: "Castellanos: Physically, we are in a much better place." },
      { kind: "body", text: "Rahul Gandhi said the budget had failed." },
      { kind: "body", text: "The water rose quickly." },
      { kind: "body", text: "The alert came too late, the judge said." },
      { kind: "summary", text: "A bullet point." },
      { kind: "body", text: "Shares rose 5%* on the_news, and 2 * 3 = 6." },
    ]);
  });

  it("an interview's answers under bold labels are the speaker's words", async () => {
    const dir = await tmpCorpus({
      "a.md": article(
        { title: "Valencia's mayor on life after the floods", published: "2026-01-21" },
        "The city's mayor, Sofía Castellanos, spoke to POLITICO in her office.\n\n**POLITICO: Where is Valencia today?**\n\n**Castellanos:** Physically, we are in a much better place. But people are still living with the fear.\n",
      ),
    });
    const corpus = await loadCorpus(dir, { workers: 0 });
    expect(corpus.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Sofía Castellanos", "Physically, we are in a much better place."],
      ["Sofía Castellanos", "But people are still living with the fear."],
    ]);
  });
});

describe("one-sentence texts without the segmenter", () => {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const starts = (iterable: Iterable<{ segment: string; index: number }>) => [...iterable].map(({ segment, index }) => `${index}:${segment.length}`).join(" ");
  const differs = (text: string) => starts(sentenceSegments(text)) !== starts(segmenter.segment(text));

  it("gives the segmenter's segments next to every code point of the BMP (and some beyond)", () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp += cp <= 0xffff ? 1 : 97) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      for (const text of [`a${c} B`, `He said${c}`, `He said.${c}`, `He said. ${c}`]) if (differs(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it("gives the segmenter's segments on random texts of sentence punctuation", () => {
    const piece = fc.constantFrom(
      "He", " ", "said", ".", "!", "?", "‼", "。", "”", "“", "’", "‘", "'", '"', ")", "(", "]", "»", "Mr", "U.S", "a", "B", "…",
      "\u2028", "\n", "\r", "\u0085", "1", "—", ",", ";", ":", "\u00ad", "\u200d", "é", "\u00a0", "\t",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join("");
        expect(differs(text), JSON.stringify(text)).toBe(false);
      }),
      { numRuns: 20000 },
    );
  });
});
