/**
 * Hostile input, property-based: arbitrary Unicode up to 6,000 characters (Discord's option
 * maximum) with zero-width and right-to-left characters, markdown, code fences, @everyone,
 * <@123>, <@&456>, lone surrogates and mass emoji, through the answering core, the commands,
 * the dispatcher and the rendering. Never an exception, every reply within Discord's limits,
 * article text escaped, no mention resolvable. Over 10,000 generated cases in all (see RUNS).
 */
import fc from "fast-check";
import type { APIEmbed, APIInteraction } from "discord.js";
import { beforeAll, describe, expect, it } from "vitest";
import { ask } from "../src/answer/ask.js";
import type { AskResponse, QuoteResult, SourceResult, WhenResult } from "../src/answer/types.js";
import { answerLine } from "../src/console/console.js";
import { loadCorpus, type Corpus } from "../src/corpus/index.js";
import { fixedCorpus } from "../src/corpus/store.js";
import { createLogger } from "../src/discord/log.js";
import { AUTOLINK, embedLength, escapeLinkLabel, escapeText, LIMITS } from "../src/discord/limits.js";
import { renderReply } from "../src/discord/render.js";
import { ALICE, autocomplete, buttonClick, chatInput } from "./helpers/fake-discord/payloads.js";
import { offlineBot, type Sent } from "./helpers/recording-transport.js";
import { SEED_DIR } from "./helpers/tmp-corpus.js";
import { visibleText } from "../src/answer/visible-text.js";

/** Cases per property; the total is asserted below to stay over 10,000. */
const RUNS = { escape: 2_500, render: 2_000, ask: 1_200, askLongNames: 30, dispatch: 3_000, autocomplete: 1_500, console: 800 } as const;

const FRAGMENTS = [
  // zero-width and direction controls, right-to-left scripts
  "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2067", "\u2069", "\u061c",
  "مرحبا بالعالم", "שלום", "\u202eevil.exe\u202c",
  // markdown and code fences
  "**", "*", "__", "_", "~~", "||", "`", "```", "```js\n", "\n```\n", "> ", ">>> ", "\n> ", "# ", "## ", "-# ", "- ", "* ", "1. ", "\n- ", "\\", "\\*", "\\\\",
  "[click](https://evil.example/x)", "[", "](", ")", "<https://a.example>", "https://x.example/a_b*c*", "](javascript:alert(1))",
  // mentions of every kind
  "@everyone", "@here", "<@123>", "<@!123>", "<@&456>", "<#789>", "</quote:1200000000000000001>", "<:emoji:123>", "<a:anim:456>", "<t:1700000000:R>", "@", "<", ">",
  // emoji, including ZWJ sequences, flags and skin tones
  "😀", "👨‍👩‍👧‍👦", "🇺🇳", "👍🏽", "🏳️‍🌈", "😀".repeat(200), "🔥".repeat(50),
  // controls, whitespace, lone surrogates, combining marks
  "\u0000", "\u0007", "\r\n", "\n", "\t", "\u00a0", "\u2028", "\u2029", "\ud800", "\udfff", "e\u0301", "\u0301".repeat(30), "Z̸̢͉̈́a̷̛l̶g̵o̴",
  // things that look like our own syntax
  "leader:", "topic:", "event:", "vb:pg:abc:1", "/quote", "Xi", "Xi Jinping", "Raisi", "ceasefire", "SCO",
];

const fragment = fc.constantFrom(...FRAGMENTS);
const anyText = (max: number) =>
  fc.oneof(
    fc.string({ unit: "grapheme", maxLength: Math.min(max, 300) }),
    fc.string({ unit: "binary", maxLength: Math.min(max, 300) }),
    fc.array(fc.oneof(fragment, fragment, fc.string({ maxLength: 20 })), { maxLength: 60 }).map((parts) => parts.join("")),
  );
/** Mostly short, sometimes up to `max` (6,000 by default), built from hostile pieces. */
const hostile = (max: number = LIMITS.optionValue) =>
  fc.oneof(
    { weight: 4, arbitrary: anyText(max) },
    { weight: 1, arbitrary: fc.tuple(anyText(300), fc.integer({ min: 1, max: 40 })).map(([text, times]) => text.repeat(times).slice(0, max)) },
    { weight: 1, arbitrary: fc.constantFrom(...FRAGMENTS).map((f) => f.repeat(Math.ceil(max / Math.max(1, f.length))).slice(0, max)) },
  );

/** Discord shows `\x` (x punctuation) as x: what a reader sees of escaped text. */
const unescape = (text: string) => text.replace(/\\([^0-9A-Za-z\s])/g, "$1");

/** Markdown or mention syntax still active in escaped text (autolinked URLs aside), or null. */
function activeSyntax(text: string): string | null {
  const masked = text.replace(/\\[^0-9A-Za-z\s]/g, "§").replace(AUTOLINK, "URL");
  const checks: [RegExp, string][] = [
    [/\*|~~|\|\||`|_/, "emphasis, strike, spoiler or code"],
    [/<[@#/:]|<a:|<t:/, "mention, emoji or timestamp"],
    [/@(everyone|here)/, "@everyone/@here"],
    [/^[ \t]*(>|#{1,3} |-# |[-*] |\d+\. )/m, "block quote, heading, subtext or list"],
    [/\[[^\]]*\]\(/, "masked link"],
  ];
  for (const [pattern, what] of checks) if (pattern.test(masked)) return `${what} in ${JSON.stringify(text.slice(0, 200))}`;
  return null;
}

/** Every limit Discord puts on what we send, and mentions off. */
function expectWithinLimits(sent: Sent[]): void {
  for (const item of sent) {
    const body = (item.kind === "callback" ? (item.body as { data?: any }).data : item.body) as any;
    if (!body) continue;
    if ("choices" in body) {
      expect(body.choices.length).toBeLessThanOrEqual(LIMITS.autocompleteChoices);
      for (const choice of body.choices) {
        expect(choice.name.length).toBeGreaterThanOrEqual(1);
        expect(choice.name.length).toBeLessThanOrEqual(LIMITS.autocompleteChoiceName);
        expect(String(choice.value).length).toBeLessThanOrEqual(LIMITS.autocompleteChoiceValue);
      }
      continue;
    }
    expect(body.allowed_mentions).toEqual({ parse: [] });
    if (typeof body.content === "string") expect(body.content.length).toBeLessThanOrEqual(LIMITS.messageContent);
    expect((body.embeds ?? []).length).toBeLessThanOrEqual(10);
    for (const embed of (body.embeds ?? []) as APIEmbed[]) expectEmbedWithinLimits(embed);
    for (const row of body.components ?? []) for (const button of row.components) expect(button.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  }
}

function expectEmbedWithinLimits(embed: APIEmbed): void {
  expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(LIMITS.embedAuthorName);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFooter);
  expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeGreaterThan(0);
    expect(field.value.length).toBeGreaterThan(0);
    expect(field.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
  }
}

let corpus: Corpus;
const errors: string[] = [];
let bot: ReturnType<typeof offlineBot>;

beforeAll(async () => {
  corpus = await loadCorpus(SEED_DIR);
  bot = offlineBot(fixedCorpus(corpus), { log: createLogger({ level: "warn", write: (line) => errors.push(line) }) });
});

describe("escaping article text", () => {
  it("shows any text as written (round trip) and leaves no markdown or mention active", () => {
    fc.assert(
      fc.property(hostile(), (text) => {
        // As written, the invisible characters that could disguise it aside (visible-text.ts).
        const escaped = escapeText(text);
        expect(unescape(escaped)).toBe(visibleText(text));
        expect(activeSyntax(escaped)).toBeNull();
        const label = escapeLinkLabel(text);
        expect(unescape(label)).toBe(visibleText(text));
        expect(activeSyntax(label)).toBeNull();
        expect(/(^|[^\\])[[\]]/.test(label.replace(/\\\\/g, ""))).toBe(false);
      }),
      { numRuns: RUNS.escape },
    );
  });
});

describe("rendering hostile answers", () => {
  const citation = (title: string, outlet: string, url: string) =>
    fc.record({
      article: fc.string({ maxLength: 80 }),
      title: fc.constant(title),
      outlet: fc.option(fc.constant(outlet)),
      published: fc.option(fc.constantFrom("2024-01-02", "2023", "not a date <@1>")),
      url: fc.option(fc.constantFrom(url, "https://example.com/a_(b)", "javascript:alert(1)", `https://x.example/${"a".repeat(3000)}`)),
      paragraph: fc.option(fc.integer({ min: 1, max: 10_000 })),
    });
  const quote = fc
    .tuple(hostile(), hostile(300), hostile(600), hostile(300), fc.webUrl())
    .chain(([words, speaker, title, outlet, url]) =>
      fc.record({
        speaker: fc.constant(speaker),
        quote: fc.constant(words),
        kind: fc.constantFrom("direct" as const, "reported" as const),
        via: fc.option(fc.constant(outlet)),
        excerpt: fc.constant(words),
        citation: citation(title, outlet, url),
      }),
    ) as fc.Arbitrary<QuoteResult>;
  const when = fc
    .tuple(hostile(), hostile(300), hostile(600), hostile(300), fc.webUrl())
    .chain(([event, expression, title, outlet, url]) =>
      fc.record({
        event: fc.constant(event),
        date: fc.record({
          value: fc.constantFrom("2023", "2023-07", "2023-07-14"),
          precision: fc.constantFrom("year" as const, "month" as const, "day" as const),
          qualifier: fc.constantFrom(null, "early" as const, "mid" as const, "late" as const),
          expression: fc.constant(expression),
        }),
        excerpt: fc.constant(event),
        citation: citation(title, outlet, url),
      }),
    ) as fc.Arbitrary<WhenResult>;
  const source = fc.record({
    article: hostile(200),
    title: hostile(600),
    outlet: fc.option(hostile(300)),
    published: fc.option(fc.constant("2024-01-02")),
    url: fc.option(fc.webUrl()),
    paragraphs: fc.nat(),
    sentences: fc.nat(),
  }) as fc.Arbitrary<SourceResult>;
  const response = fc.oneof(
    fc.record({ command: fc.constant("quote" as const), results: fc.array(quote, { maxLength: 3 }) }),
    fc.record({ command: fc.constant("when" as const), results: fc.array(when, { maxLength: 3 }) }),
    fc.record({ command: fc.constant("sources" as const), results: fc.array(source, { maxLength: 12 }) }),
  );

  it("fits every page within Discord's limits, escapes the words and resolves no mention", () => {
    fc.assert(
      fc.property(response, fc.option(hostile()), (partial, message) => {
        const answer = { ...partial, query: {}, ...(message === null ? {} : { message }) } as AskResponse;
        const reply = renderReply(answer);
        if (reply.content !== null) {
          expect(reply.content.length).toBeLessThanOrEqual(LIMITS.messageContent);
          expect(activeSyntax(reply.content)).toBeNull();
        }
        for (const page of reply.pages) expectEmbedWithinLimits(page);
        // The quoted words, the event and the date as written are escaped: no markdown or
        // mention of theirs is active (the ">>> " quote block is our own).
        if (partial.command === "quote") for (const page of reply.pages) expect(activeSyntax(page.description!.replace(/^>>> ?/, ""))).toBeNull();
        if (partial.command === "when") {
          for (const page of reply.pages) {
            expect(activeSyntax(page.description!)).toBeNull();
            expect(activeSyntax(page.fields![0]!.value)).toBeNull();
          }
        }
        if (partial.command === "quote") {
          partial.results.forEach((result, i) => {
            const page = reply.pages[i]!;
            const shown = unescape(page.description!.replace(/^>>> ?/, "")).replace(/…$/, "");
            const written = visibleText(result.kind === "direct" ? `“${result.quote}”` : result.quote);
            // Shown as written (a long one cut with "…").
            expect(written.startsWith(shown.slice(0, Math.max(0, shown.length - 2)))).toBe(true);
          });
        }
      }),
      { numRuns: RUNS.render },
    );
  });
});

describe("the answering core with hostile questions", () => {
  const request = (command: "quote" | "when" | "sources", first: string, second: string | null, limit: number, leaderMax: number) =>
    command === "quote"
      ? { command, leader: first.slice(0, leaderMax), limit, ...(second === null ? {} : { topic: second }) }
      : command === "when"
        ? { command, event: first, limit, ...(second === null ? {} : { leader: second.slice(0, leaderMax) }) }
        : { command };
  const check = (command: string, limit: number, response: AskResponse) => {
    expect(response.command).toBe(command);
    expect(response.results.length).toBeLessThanOrEqual(command === "sources" ? 1_000 : limit);
    expect(() => JSON.stringify(response)).not.toThrow();
    const reply = renderReply(response);
    expectWithinLimits([{ kind: "edit", body: { content: reply.content, embeds: reply.pages.slice(0, 1), allowed_mentions: { parse: [] } } }]);
  };

  it("answers any question up to 6,000 characters (names up to Discord's 100) without an exception, as JSON-safe data", () => {
    fc.assert(
      fc.property(fc.constantFrom("quote", "when", "sources" as const), hostile(), fc.option(hostile()), fc.integer({ min: 1, max: 50 }), (command, first, second, limit) => {
        check(command, limit, ask(corpus, request(command, first, second, limit, 100) as never));
      }),
      { numRuns: RUNS.ask },
    );
  }, 60_000);

  it("answers names of up to 6,000 characters too (the command line has no length limit)", () => {
    fc.assert(
      fc.property(fc.constantFrom("quote", "when" as const), hostile(), hostile(), (command, first, second) => {
        check(command, 5, ask(corpus, request(command, command === "quote" ? second : first, command === "quote" ? first : second, 5, LIMITS.optionValue) as never));
      }),
      { numRuns: RUNS.askLongNames },
    );
  }, 60_000);
});

describe("the bot's handlers with hostile interactions", () => {
  it("answers every slash command once, within the limits, with mentions off", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("quote", "when", "sources", "help", "nonexistent"),
        fc.dictionary(fc.constantFrom("leader", "topic", "event", "bogus"), hostile(), { maxKeys: 3 }),
        async (name, options) => {
          const sent = await bot.answer(chatInput(name, options));
          const callbacks = sent.filter((s) => s.kind === "callback");
          expect(callbacks).toHaveLength(1);
          expectWithinLimits(sent);
          // Paging through the answer stays within the limits too.
          const edit = sent.find((s) => s.kind === "edit");
          const next = (edit?.body.components?.[0]?.components[1] as { custom_id?: string } | undefined)?.custom_id;
          if (next) {
            const click = await bot.answer(buttonClick({ id: "1", components: edit!.body.components } as never, next, ALICE) as APIInteraction);
            expect(click.filter((s) => s.kind === "callback")).toHaveLength(1);
            expectWithinLimits(click);
          }
        },
      ),
      { numRuns: RUNS.dispatch },
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it("offers at most 25 valid choices for any text typed, and clicks on forged buttons get a note", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("quote", "when", "nonexistent"), hostile(), hostile(120), async (name, typed, customId) => {
        const sent = await bot.answer(autocomplete(name, { leader: typed }, "leader"));
        expect(sent).toHaveLength(1);
        expectWithinLimits(sent);
        const click = await bot.answer(buttonClick({ id: "1", components: [] } as never, customId, ALICE) as APIInteraction);
        expect(click).toHaveLength(1);
        expectWithinLimits(click);
      }),
      { numRuns: RUNS.autocomplete },
    );
    expect(errors).toEqual([]);
  }, 60_000);
});

describe("the local console with hostile lines", () => {
  it("answers any line with text and never throws", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("", "/quote leader:", "/when event:", "/quote leader:Xi topic:", "/sources ", "/"), hostile(), async (prefix, rest) => {
        const out = await answerLine(prefix + rest, corpus, ask);
        expect(typeof out).toBe("string");
        expect(out).not.toMatch(/^! Something went wrong/);
      }),
      { numRuns: RUNS.console },
    );
  }, 60_000);

  it("runs over 10,000 generated cases in all", () => {
    expect(Object.values(RUNS).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10_000);
  });
});
