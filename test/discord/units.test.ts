/** Units of the Discord edge: limits and truncation, rendering, speaker suggestions, the pager's ids. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggestSpeakers } from "../../src/answer/speakers.js";
import type { AskResponse, QuoteResult, SourceResult, WhenResult } from "../../src/answer/types.js";
import { COMMANDS } from "../../src/commands/index.js";
import { buildCorpus, type Corpus, type Statement } from "../../src/corpus/index.js";
import { embedLength, escapeLinkLabel, fitEmbed, LIMITS, safeUrl, truncate } from "../../src/discord/limits.js";
import { renderReply } from "../../src/discord/render.js";

describe("limits", () => {
  it("truncates to the limit with an ellipsis, never splitting a surrogate pair", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("abcdefghij", 5)).toBe("abcd…");
    expect(truncate("ab😀cd", 4)).toBe("ab…");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(/[\uD800-\uDBFF]$/.test(cut.replace(/…$/, ""))).toBe(false);
      }),
    );
  });

  it("fits any embed within every limit, 6000 in total", () => {
    const text = (max: number) => fc.string({ maxLength: max });
    fc.assert(
      fc.property(
        fc.record({
          title: text(400),
          description: text(6000),
          footer: text(3000),
          author: text(400),
          fields: fc.array(fc.record({ name: text(300), value: text(1500) }), { maxLength: 30 }),
        }),
        (raw) => {
          const embed = fitEmbed({ title: raw.title, description: raw.description, footer: { text: raw.footer }, author: { name: raw.author }, fields: raw.fields });
          expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
          expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
          expect(embed.footer!.text.length).toBeLessThanOrEqual(LIMITS.embedFooter);
          expect(embed.author!.name.length).toBeLessThanOrEqual(LIMITS.embedAuthorName);
          expect(embed.fields!.length).toBeLessThanOrEqual(LIMITS.embedFields);
          for (const field of embed.fields!) {
            expect(field.name.length).toBeLessThanOrEqual(LIMITS.embedFieldName);
            expect(field.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
          }
          expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("escapes link labels and accepts only http(s) URLs", () => {
    expect(escapeLinkLabel("A [b] *c*")).toBe("A \\[b\\] \\*c\\*");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("not a url")).toBeNull();
    expect(safeUrl("https://example.com/a_(b)")).toBe("https://example.com/a_%28b%29");
  });
});

const citation = { article: "a", title: "T", outlet: "O", published: "2024-01-02", url: "https://example.com/t", paragraph: 3 };

describe("rendering answers as embeds", () => {
  it("renders a date answer with the words as written and the citation", () => {
    const fact: WhenResult = {
      event: "Iran joined the *SCO*",
      date: { value: "2023-07", precision: "month", qualifier: null, expression: "last July", source: "text" },
      excerpt: "…",
      citation,
    };
    const reply = renderReply({ command: "when", query: { event: "Iran joined the SCO", limit: 10 }, results: [fact] });
    expect(reply.content).toBeNull();
    expect(reply.pages[0]).toMatchObject({
      title: "2023-07 (month)",
      description: "Iran joined the \\*SCO\\*",
      fields: [
        { name: "Date as written", value: "“last July”", inline: true },
        { name: "Source", value: "O · [T](https://example.com/t) · 2024-01-02 · paragraph 3" },
      ],
      footer: { text: "1 of 1" },
    });
  });

  it("pages sources and keeps the message above the embeds", () => {
    const sources: SourceResult[] = Array.from({ length: 20 }, (_, i) => ({
      article: `id${i}`,
      title: `Title ${i}`,
      outlet: null,
      published: null,
      url: null,
      paragraphs: 1,
      sentences: 1,
    }));
    const reply = renderReply({ command: "sources", query: {}, results: sources, message: "note" } as AskResponse);
    expect(reply.content).toBe("note");
    expect(reply.pages.map((page) => page.footer?.text)).toEqual(["1 of 3", "2 of 3", "3 of 3"]);
    expect(reply.pages[0]?.description).toContain("Unknown outlet · undated");
  });

  it("shows a plain message (or 'No results.') when nothing is found", () => {
    expect(renderReply({ command: "quote", query: { leader: "X", limit: 10 }, results: [], message: "No one called **X**." })).toEqual({ content: "No one called \\*\\*X\\*\\*.", pages: [] });
    expect(renderReply({ command: "quote", query: { leader: "X", limit: 10 }, results: [] })).toEqual({ content: "No results.", pages: [] });
  });

  it("keeps any quote within the limits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 9000 }), fc.string({ maxLength: 600 }), fc.string({ maxLength: 600 }), (words, speaker, title) => {
        const quote: QuoteResult = { speaker, quote: words, kind: "direct", via: speaker, excerpt: words, citation: { ...citation, title } };
        const [page] = renderReply({ command: "quote", query: { leader: "X", limit: 10 }, results: [quote] }).pages;
        expect(embedLength(page!)).toBeLessThanOrEqual(LIMITS.embedTotal);
        expect(page!.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
        for (const field of page!.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
      }),
      { numRuns: 100 },
    );
  });
});

describe("speaker suggestions", () => {
  const speakers = ["Xi Jinping", "Xi Jinping", "Xi Jinping", "Ebrahim Raisi", "Ebrahim Raisi", "Masoud Pezeshkian", "Wang Yi", "Hossein Amir-Abdollahian"];
  const corpus: Corpus = buildCorpus([]);
  corpus.statements.push(...speakers.map((speaker): Statement => ({ speaker, quote: "", kind: "direct", via: null, article: "a", sentences: [0], paragraph: 0 })));
  corpus.facts.push({ article: "a", sentence: 0, paragraph: 0, event: "", date: { value: "2023", precision: "year", qualifier: null, expression: "", start: 0, end: 0 }, people: ["Vladimir Putin"], fallback: false, carried: false });

  it("offers the most mentioned first when nothing is typed, at most `limit`", () => {
    expect(suggestSpeakers(corpus, "")).toEqual(["Xi Jinping", "Ebrahim Raisi", "Hossein Amir-Abdollahian", "Masoud Pezeshkian", "Vladimir Putin", "Wang Yi"]);
    expect(suggestSpeakers(corpus, "", 2)).toHaveLength(2);
    expect(suggestSpeakers(corpus, "x", 0)).toEqual([]);
  });

  it("ranks prefixes first and tolerates typos", () => {
    expect(suggestSpeakers(corpus, "rai")[0]).toBe("Ebrahim Raisi");
    expect(suggestSpeakers(corpus, "abdoll")[0]).toBe("Hossein Amir-Abdollahian");
    expect(suggestSpeakers(corpus, "pezeshkain")[0]).toBe("Masoud Pezeshkian");
    expect(suggestSpeakers(corpus, "putn")[0]).toBe("Vladimir Putin");
    expect(suggestSpeakers(corpus, "zzzzqqq")).toEqual([]);
    expect(suggestSpeakers(corpus, "x".repeat(500)).length).toBeLessThanOrEqual(25);
  });
});

describe("command definitions", () => {
  it("fit Discord's rules for names, descriptions and options", () => {
    for (const { definition } of COMMANDS) {
      expect(definition.name).toMatch(/^[a-z]{1,32}$/);
      expect(definition.description.length).toBeLessThanOrEqual(100);
      for (const option of definition.options ?? []) {
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
    }
  });
});
