/**
 * End to end: the real discord.js client, started by the bot's own start-up code, against a fake
 * Discord on 127.0.0.1 (REST + gateway). Asserts what the bot sends back to Discord.
 */
import { ButtonStyle, ComponentType, InteractionResponseType, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIInteraction, type APIMessage } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask as realAsk } from "../../src/answer/ask.js";
import type { AskRequest, AskResponse, QuoteResult } from "../../src/answer/types.js";
import { startBot, type Bot } from "../../src/bot.js";
import { loadCorpus, type Corpus, type Statement } from "../../src/corpus/index.js";
import { NOTE_FAILED } from "../../src/commands/dispatch.js";
import { LIMITS } from "../../src/discord/limits.js";
import { createLogger } from "../../src/discord/log.js";
import { NOTE_EXPIRED, NOTE_NOT_YOURS } from "../../src/discord/pager.js";
import { SEED_DIR } from "../helpers/tmp-corpus.js";
import { APP_ID, ALICE, BOB, autocomplete, buttonClick, chatInput } from "../helpers/fake-discord/payloads.js";
import { FakeDiscord, type RecordedRequest } from "../helpers/fake-discord/server.js";

const TOKEN = "MTIwMDAwMDAwMDAwMDAwMDAwMQ.GsEcRt.verbatim-e2e-secret-token-0123456789abcdef";
/** Long enough that paging tests never race the timeout; the timeout has its own bot below. */
const PAGE_IDLE_MS = 60_000;
const SHORT_IDLE_MS = 500;

/** Hand-made results, so these tests exercise rendering and protocol, not extraction. */
const citation = (paragraph: number) => ({
  article: "000_5c651fea640e4d61",
  title: "Xi pledges to boost Iran ties in talks with Pezeshkian",
  outlet: "Arab News",
  published: "2024-10-23",
  url: "https://www.arabnews.com/node/2576709",
  paragraph,
});
const QUOTES: QuoteResult[] = [
  {
    speaker: "Xi Jinping",
    quote: "We need to... stop the killing and work tirelessly for a comprehensive, just and lasting settlement of the Palestinian issue.",
    kind: "direct",
    via: null,
    excerpt: "…",
    citation: citation(10),
  },
  {
    speaker: "Xi Jinping",
    quote: "Hello @everyone, this is **not bold** and <@123> is no ping",
    kind: "direct",
    via: "Xinhua",
    excerpt: "…",
    citation: citation(11),
  },
  {
    speaker: "Xi Jinping",
    quote: "China is ready to work with Iran " + "on many things ".repeat(600),
    kind: "reported",
    via: null,
    excerpt: "…",
    citation: { ...citation(12), url: null },
  },
];

function fakeAsk(corpus: Corpus, request: AskRequest): AskResponse {
  if (request.command === "quote" && request.leader === "boom") throw new Error("the answering core blew up");
  if (request.command === "quote" && request.leader.startsWith("Xi")) return { command: "quote", query: { leader: request.leader, limit: 10 }, results: QUOTES };
  if (request.command === "when" && request.event === "nothing") {
    return { command: "when", query: { event: request.event, limit: 10 }, results: [], message: "Nothing dated matches “nothing”. Try: Iran joined the SCO." };
  }
  return realAsk(corpus, request);
}

const statement = (speaker: string): Statement => ({ speaker, quote: "…", kind: "direct", via: null, article: "000_5c651fea640e4d61", sentences: [0], paragraph: 0 });

let fake: FakeDiscord;
let bot: Bot;
const logs: string[] = [];
const acknowledgedIn: number[] = [];

async function interact(interaction: APIInteraction) {
  const result = await fake.interact(interaction);
  acknowledgedIn.push(result.ms);
  return result;
}

function waitForEdit(interaction: APIInteraction): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => r.method === "PATCH" && r.path === `/webhooks/${APP_ID}/${interaction.token}/messages/@original`);
}

function buttonsOf(message: { components?: unknown }): APIButtonComponent[] {
  const rows = (message.components ?? []) as APIActionRowComponent<APIButtonComponent>[];
  return rows.flatMap((row) => row.components);
}

function messageWith(body: { embeds?: APIEmbed[]; components?: unknown; content?: string }): APIMessage {
  return { ...(fake.originalOf(lastQuote!) as APIMessage), ...(body as Partial<APIMessage>) };
}

let lastQuote: APIInteraction | undefined;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN, heartbeatIntervalMs: 200 });
  const corpus = await loadCorpus(SEED_DIR);
  corpus.statements.push(
    ...["Xi Jinping", "Xi Jinping", "Ebrahim Raisi", "Masoud Pezeshkian", "Hossein Amir-Abdollahian", "Wang Yi"].map(statement),
  );
  const log = createLogger({ level: "debug", write: (line) => logs.push(line) });
  bot = await startBot({ token: TOKEN, corpus, log, ask: fakeAsk, apiUrl: fake.apiUrl, pageIdleMs: PAGE_IDLE_MS, loginTimeoutMs: 10_000 });
}, 15_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe("the bot against a fake Discord", () => {
  it("logs in over the gateway with the Guilds intent only and keeps heartbeating", async () => {
    expect(bot.client.isReady()).toBe(true);
    expect(fake.identify?.token).toBe(TOKEN);
    expect(fake.identify?.intents).toBe(1); // GatewayIntentBits.Guilds
    expect(bot.client.guilds.cache.has("1200000000000000002")).toBe(true);
    const deadline = Date.now() + 3_000;
    while (fake.heartbeatAcks < 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.heartbeatAcks).toBeGreaterThan(0);
    // Commands are never registered at start-up.
    expect(fake.requests.some((r) => r.method === "PUT")).toBe(false);
  });

  it("answers /quote with a cited embed, paging buttons and no mentions", async () => {
    const interaction = chatInput("quote", { leader: "Xi", topic: "ceasefire" });
    lastQuote = interaction;
    const edit = waitForEdit(interaction);
    const { callback } = await interact(interaction);
    expect(callback.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect((callback.body.data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    const { body } = await edit;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds).toHaveLength(1);
    const embed = body.embeds[0] as APIEmbed;
    expect(embed.author?.name).toBe("Xi Jinping (quoted)");
    expect(embed.description).toContain("stop the killing and work tirelessly");
    expect(embed.fields?.[0]).toEqual({
      name: "Source",
      value: "Arab News · [Xi pledges to boost Iran ties in talks with Pezeshkian](https://www.arabnews.com/node/2576709) · 2024-10-23 · paragraph 10",
    });
    expect(embed.footer?.text).toBe("1 of 3");
    const [previous, next] = buttonsOf(body);
    expect(previous).toMatchObject({ type: ComponentType.Button, style: ButtonStyle.Secondary, disabled: true });
    expect(next).toMatchObject({ disabled: false });
    for (const button of [previous!, next!]) expect("custom_id" in button && button.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
    // Exactly one acknowledgement, then one edit.
    expect(fake.requestsFor(interaction).map((r) => `${r.method} ${r.path.split("/").slice(-1)[0]}`)).toEqual(["POST callback", "PATCH @original"]);
  });

  it("pages with Next/Previous for the asker, escaping markdown and pinging nobody", async () => {
    const shown = fake.originalOf(lastQuote!)!;
    const next = buttonsOf(shown)[1] as APIButtonComponent & { custom_id: string };
    const click = buttonClick(shown, next.custom_id, ALICE);
    const { callback } = await interact(click);
    expect(callback.body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
    const embed = callback.body.data.embeds[0] as APIEmbed;
    expect(embed.footer?.text).toBe("2 of 3");
    expect(embed.author?.name).toBe("Xi Jinping (quoted, via Xinhua)");
    expect(embed.description).toContain("@everyone");
    expect(embed.description).toContain("\\*\\*not bold\\*\\*");
    const [previous, nextAgain] = buttonsOf(callback.body.data);
    expect(previous?.disabled).toBe(false);
    expect(nextAgain?.disabled).toBe(false);

    // Last page: a long reported statement is cut to the limits; no link without a URL.
    const third = buttonClick(messageWith(callback.body.data), (nextAgain as { custom_id: string }).custom_id, ALICE);
    const { callback: last } = await interact(third);
    const lastEmbed = last.body.data.embeds[0] as APIEmbed;
    expect(lastEmbed.footer?.text).toBe("3 of 3");
    expect(lastEmbed.author?.name).toBe("Xi Jinping (reported)");
    expect(lastEmbed.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(lastEmbed.description!.endsWith("…")).toBe(true);
    expect(lastEmbed.fields?.[0]?.value).toBe("Arab News · “Xi pledges to boost Iran ties in talks with Pezeshkian” · 2024-10-23 · paragraph 12");
    expect(buttonsOf(last.body.data)[1]?.disabled).toBe(true);
  });

  it("refuses a stranger's click with an ephemeral note", async () => {
    const shown = fake.originalOf(lastQuote!)!;
    const next = buttonsOf(shown)[1] as { custom_id: string };
    const { callback } = await interact(buttonClick(shown, next.custom_id, BOB));
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toBe(NOTE_NOT_YOURS);
  });

  it("answers a button from before a restart with an ephemeral 'expired' note", async () => {
    const shown = fake.originalOf(lastQuote!)!;
    const { callback } = await interact(buttonClick(shown, "vb:pg:gone1234:1", ALICE));
    expect(callback.body.data).toMatchObject({ content: NOTE_EXPIRED, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } });
    const { callback: foreign } = await interact(buttonClick(shown, "something-else", ALICE));
    expect(foreign.body.data).toMatchObject({ content: NOTE_EXPIRED, flags: MessageFlags.Ephemeral });
  });

  it("offers speakers while typing: typo-tolerant, best first, at most 25", async () => {
    const { callback } = await interact(autocomplete("quote", { leader: "pezeshkain" }, "leader"));
    expect(callback.body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices[0]).toEqual({ name: "Masoud Pezeshkian", value: "Masoud Pezeshkian" });
    const { callback: empty } = await interact(autocomplete("when", { event: "SCO", leader: "" }, "leader"));
    const all = empty.body.data.choices as { name: string }[];
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThanOrEqual(LIMITS.autocompleteChoices);
    expect(all[0]?.name).toBe("Xi Jinping"); // the most quoted first
    for (const choice of all) expect(choice.name.length).toBeLessThanOrEqual(LIMITS.autocompleteChoiceName);
  });

  it("answers a bad argument ephemerally, without deferring", async () => {
    const blank = chatInput("quote", { leader: "   " });
    const { callback } = await interact(blank);
    expect(callback.body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toMatch(/leader:.*must not be blank/);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });

    const { callback: long } = await interact(chatInput("quote", { leader: "Xi", topic: "x".repeat(300) }));
    expect(long.body.data.content).toMatch(/topic:.*300 characters.*at most 200/);
    expect(long.body.data.flags).toBe(MessageFlags.Ephemeral);
  });

  it("shows the response message plainly when nothing is found", async () => {
    const interaction = chatInput("when", { event: "nothing" });
    const edit = waitForEdit(interaction);
    await interact(interaction);
    const { body } = await edit;
    expect(body.content).toBe("Nothing dated matches “nothing”. Try: Iran joined the SCO.");
    expect(body.embeds).toEqual([]);
    expect(body.components).toEqual([]);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it("answers /when through the real answering core (whatever it finds, it is cited or explained)", async () => {
    const interaction = chatInput("when", { event: "Iran joined the SCO" });
    const edit = waitForEdit(interaction);
    await interact(interaction);
    const { body } = await edit;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    if (body.embeds.length === 0) {
      expect(body.content.length).toBeGreaterThan(0);
    } else {
      const embed = body.embeds[0] as APIEmbed;
      expect(embed.title?.length).toBeGreaterThan(0);
      expect(embed.fields?.find((field) => field.name === "Source")?.value).toMatch(/ · \d{4}-\d{2}-\d{2}|undated/);
      expect(embed.footer?.text).toMatch(/^1 of \d+$/);
    }
  });

  it("lists /sources with outlet, date and link", async () => {
    const interaction = chatInput("sources");
    const edit = waitForEdit(interaction);
    await interact(interaction);
    const embed = (await edit).body.embeds[0] as APIEmbed;
    expect(embed.title).toBe("Articles loaded: 5");
    expect(embed.description).toContain("[Xi pledges to boost Iran ties in talks with Pezeshkian](https://www.arabnews.com/node/2576709)");
    expect(embed.description).toContain("Arab News · 2024-10-23");
  });

  it("answers /help ephemerally", async () => {
    const { callback } = await interact(chatInput("help"));
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toContain("/quote leader:<name> [topic:<words>]");
  });

  it("gets a handler error to the user as an ephemeral note and logs it with context", async () => {
    const interaction = chatInput("quote", { leader: "boom" });
    const followUp = fake.waitForRequest((r) => r.method === "POST" && r.path === `/webhooks/${APP_ID}/${interaction.token}`);
    await interact(interaction);
    const { body } = await followUp;
    expect(body).toMatchObject({ content: NOTE_FAILED, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } });
    // The public "thinking…" message was closed before the ephemeral follow-up.
    const steps = fake.requestsFor(interaction).map((r) => r.method);
    expect(steps).toEqual(["POST", "PATCH", "POST"]);
    const logged = logs.find((line) => line.includes("interaction failed"));
    expect(logged).toContain("the answering core blew up");
    expect(logged).toContain(interaction.id);
    expect(logged).toContain('"command":"quote"');
  });

  it("acknowledged every interaction once, within 3 s, and never logged the token", () => {
    expect(acknowledgedIn.length).toBeGreaterThan(10);
    for (const ms of acknowledgedIn) expect(ms).toBeLessThan(3_000);
    const callbacks = fake.requests.filter((r) => r.path.endsWith("/callback")).map((r) => r.path);
    expect(new Set(callbacks).size).toBe(callbacks.length);
    expect(fake.requests.every((r) => r.path.endsWith("/callback") || !r.path.includes("interactions"))).toBe(true);
    expect(fake.unknownRequests).toEqual([]);
    expect(logs.length).toBeGreaterThan(0);
    const all = logs.join("\n");
    expect(all).not.toContain(TOKEN);
    for (const part of TOKEN.split(".")) expect(all).not.toContain(part);
  });
});

describe("paging buttons after the idle timeout", () => {
  let shortFake: FakeDiscord;
  let shortBot: Bot;

  beforeAll(async () => {
    shortFake = await FakeDiscord.start({ token: TOKEN });
    const corpus = await loadCorpus(SEED_DIR);
    const log = createLogger({ level: "debug", write: (line) => logs.push(line) });
    shortBot = await startBot({ token: TOKEN, corpus, log, ask: fakeAsk, apiUrl: shortFake.apiUrl, pageIdleMs: SHORT_IDLE_MS, loginTimeoutMs: 10_000 });
  }, 15_000);

  afterAll(async () => {
    await shortBot?.stop();
    await shortFake?.close();
  });

  it("are removed after the idle timeout, and a later click is 'expired'", async () => {
    const interaction = chatInput("quote", { leader: "Xi Jinping" });
    const firstEdit = shortFake.waitForRequest((r) => r.method === "PATCH" && r.path.endsWith(`/${interaction.token}/messages/@original`));
    const removal = shortFake.waitForRequest(
      (r) =>
        r.method === "PATCH" &&
        r.path.endsWith(`/${interaction.token}/messages/@original`) &&
        Array.isArray(r.body?.components) &&
        r.body.components.length === 0,
      SHORT_IDLE_MS + 5_000,
    );
    await shortFake.interact(interaction);
    await firstEdit;
    const withButtons = shortFake.originalOf(interaction)!;
    expect(buttonsOf(withButtons)).toHaveLength(2);
    await removal;
    expect(buttonsOf(shortFake.originalOf(interaction)!)).toHaveLength(0);
    const stale = buttonsOf(withButtons)[1] as { custom_id: string };
    const { callback } = await shortFake.interact(buttonClick(withButtons, stale.custom_id, ALICE));
    expect(callback.body.data).toMatchObject({ content: NOTE_EXPIRED, flags: MessageFlags.Ephemeral });
  });
});
