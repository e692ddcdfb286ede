/**
 * HTTP interactions mode over loopback, with real Ed25519 signatures: PING/PONG; every command,
 * autocomplete and button clicks answered exactly as the gateway mode answers them (both run
 * side by side against one fake Discord); 1,000+ tampered or random signatures refused; bodies
 * over the limit refused; concurrent load; replies in flight finished on stop.
 */
import { randomBytes, sign } from "node:crypto";
import { request } from "node:http";
import { InteractionResponseType, InteractionType, MessageFlags, type APIInteraction } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask as realAsk } from "../src/answer/ask.js";
import type { AskRequest } from "../src/answer/types.js";
import { startBot, type Bot } from "../src/bot.js";
import { loadCorpus, type Corpus } from "../src/corpus/index.js";
import { fixedCorpus } from "../src/corpus/store.js";
import { createLogger } from "../src/discord/log.js";
import { DEFAULT_MAX_BODY_BYTES, startInteractionsServer, type InteractionsServer } from "../src/http/server.js";
import { publicKeyFromHex, verifyRequest } from "../src/http/verify.js";
import { ALICE, APP_ID, BOB, autocomplete, buttonClick, chatInput } from "./helpers/fake-discord/payloads.js";
import { FakeDiscord, type RecordedRequest } from "./helpers/fake-discord/server.js";
import { agent, keyPair, post, signatureHeaders, type HttpResult } from "./helpers/signed.js";
import { SEED_DIR } from "./helpers/tmp-corpus.js";

const TOKEN = "MTIwMDAwMDAwMDAwMDAwMDAwMQ.HtTpMd.verbatim-http-secret-token-0123456789abcdef";
const { privateKey, publicKeyHex } = keyPair();
const logs: string[] = [];
const log = createLogger({ level: "debug", write: (line) => logs.push(line) });

let fake: FakeDiscord;
let corpus: Corpus;
let server: InteractionsServer;
let bot: Bot;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN, logUnknown: true });
  corpus = await loadCorpus(SEED_DIR);
  server = await startInteractionsServer({ publicKey: publicKeyHex, port: 0, host: "127.0.0.1", corpus: fixedCorpus(corpus), log, apiUrl: fake.apiUrl, pageIdleMs: 60_000 });
  bot = await startBot({ token: TOKEN, corpus, log, apiUrl: fake.apiUrl, pageIdleMs: 60_000, loginTimeoutMs: 10_000 });
}, 20_000);

afterAll(async () => {
  await server?.stop();
  await bot?.stop();
  await fake?.close();
  agent.destroy();
});

/** Sends an interaction the way Discord does in HTTP mode, signed with the application's key. */
async function deliver(interaction: object, url = server.url): Promise<HttpResult> {
  const body = JSON.stringify(interaction);
  if ("token" in interaction) fake.expectHttpInteraction(interaction as APIInteraction);
  const result = await post(url, body, signatureHeaders(privateKey, body));
  if ("token" in interaction && result.status === 200) fake.httpResponded(interaction as APIInteraction, result.body);
  return result;
}

function editOf(interaction: APIInteraction, timeoutMs = 5_000): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => r.method === "PATCH" && r.path === `/webhooks/${APP_ID}/${interaction.token}/messages/@original`, timeoutMs);
}

/** Paging session ids are random: compare replies without them. */
const normal = (value: unknown) => JSON.parse(JSON.stringify(value).replace(/vb:pg:[A-Za-z0-9_-]+:/g, "vb:pg:<session>:"));

/** The same question asked over the gateway and over HTTP: first response and edit, side by side. */
async function bothWays(make: () => APIInteraction, expectEdit: boolean) {
  const overGateway = make();
  const gatewayEdit = expectEdit ? editOf(overGateway) : null;
  const { callback } = await fake.interact(overGateway);
  const overHttp = make();
  const httpEdit = expectEdit ? editOf(overHttp) : null;
  const http = await deliver(overHttp);
  expect(http.status).toBe(200);
  return {
    gateway: { first: callback.body, edit: (await gatewayEdit)?.body },
    http: { first: http.body, edit: (await httpEdit)?.body },
    overHttp,
  };
}

describe("HTTP interactions mode", () => {
  it("answers PING with PONG", async () => {
    const result = await deliver({ type: InteractionType.Ping, id: "1", application_id: APP_ID, version: 1 });
    expect(result).toMatchObject({ status: 200, body: { type: InteractionResponseType.Pong } });
  });

  it("answers /quote, /when and /sources exactly as the gateway mode does", async () => {
    const questions: [string, Record<string, string>][] = [
      ["quote", { leader: "Xi", topic: "Palestinian" }],
      ["quote", { leader: "Nobody Atall" }],
      ["when", { event: "Iran joined the SCO" }],
      ["sources", {}],
    ];
    for (const [name, options] of questions) {
      const { gateway, http } = await bothWays(() => chatInput(name, options), true);
      expect(http.first).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
      expect(normal(http.first)).toEqual(normal(gateway.first));
      expect(normal(http.edit)).toEqual(normal(gateway.edit));
      expect(http.edit.allowed_mentions).toEqual({ parse: [] });
      if (name === "sources") expect(http.edit.embeds[0].title).toBe("Articles loaded: 5");
      if (name === "quote" && options.topic) expect(http.edit.embeds[0].fields[0].name).toBe("Source");
    }
  });

  it("answers autocomplete, /help and a bad argument exactly as the gateway mode does", async () => {
    const auto = await bothWays(() => autocomplete("quote", { leader: "pezeshkain" }, "leader"), false);
    expect(auto.http.first.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(auto.http.first.data.choices[0]).toEqual({ name: "Masoud Pezeshkian", value: "Masoud Pezeshkian" });
    expect(auto.http.first).toEqual(auto.gateway.first);

    const help = await bothWays(() => chatInput("help"), false);
    expect(help.http.first.data.flags).toBe(MessageFlags.Ephemeral);
    expect(help.http.first).toEqual(help.gateway.first);

    const bad = await bothWays(() => chatInput("when", { event: "   " }), false);
    expect(bad.http.first.data.content).toMatch(/must not be blank/);
    expect(bad.http.first).toEqual(bad.gateway.first);
  });

  it("pages with button clicks: Next for the asker, a note for anyone else, 'expired' for unknown sessions", async () => {
    const question = chatInput("quote", { leader: "Xi" });
    const edit = editOf(question);
    expect((await deliver(question)).body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const shown = { ...fake.originalOf(question)!, ...(await edit).body };
    const buttons = shown.components[0].components as { custom_id: string; disabled: boolean }[];
    expect(buttons).toHaveLength(2);
    const next = await deliver(buttonClick(shown, buttons[1]!.custom_id, ALICE));
    expect(next.body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(next.body.data.embeds[0].footer.text).toMatch(/^2 of \d+$/);
    expect(next.body.data.allowed_mentions).toEqual({ parse: [] });
    const stranger = await deliver(buttonClick(shown, buttons[1]!.custom_id, BOB));
    expect(stranger.body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } });
    const expired = await deliver(buttonClick(shown, "vb:pg:unknown:1", ALICE));
    expect(expired.body.data.content).toMatch(/expired/);
  });

  it("refuses 1,000+ tampered, random, stale or missing signatures with 401, every one", async () => {
    const good = JSON.stringify(chatInput("sources"));
    const now = () => String(Math.floor(Date.now() / 1000));
    const other = keyPair();
    const cases: { body: string; headers: Record<string, string>; why: string }[] = [];
    const flipBit = (hex: string, bit: number) => {
      const bytes = Buffer.from(hex, "hex");
      bytes[bit >> 3]! ^= 1 << (bit & 7);
      return bytes.toString("hex");
    };
    for (let i = 0; i < 1_100; i++) {
      const valid = signatureHeaders(privateKey, good);
      switch (i % 11) {
        case 0: // random signature
          cases.push({ body: good, headers: { ...valid, "x-signature-ed25519": randomBytes(64).toString("hex") }, why: "random" });
          break;
        case 1: // one bit of a valid signature flipped
          cases.push({ body: good, headers: { ...valid, "x-signature-ed25519": flipBit(valid["x-signature-ed25519"]!, i % 512) }, why: "bit flip" });
          break;
        case 2: {
          // the body changed after signing (one byte)
          const at = i % good.length;
          const tampered = good.slice(0, at) + String.fromCharCode(good.charCodeAt(at) ^ 1) + good.slice(at + 1);
          cases.push({ body: tampered, headers: valid, why: "body tampered" });
          break;
        }
        case 3: // the timestamp changed after signing
          cases.push({ body: good, headers: { ...valid, "x-signature-timestamp": String(Number(valid["x-signature-timestamp"]) - 1 - (i % 100)) }, why: "timestamp tampered" });
          break;
        case 4: // signed by someone else's key
          cases.push({ body: good, headers: signatureHeaders(other.privateKey, good), why: "other key" });
          break;
        case 5: // correctly signed, but stale (or from the future)
          cases.push({ body: good, headers: signatureHeaders(privateKey, good, String(Number(now()) + (i % 2 ? -1 : 1) * (301 + i))), why: "stale" });
          break;
        case 6: // missing headers
          cases.push({ body: good, headers: i % 2 ? { "x-signature-timestamp": now() } : { "x-signature-ed25519": valid["x-signature-ed25519"]! }, why: "missing" });
          break;
        case 7: // malformed: wrong length, not hex, empty
          cases.push({
            body: good,
            headers: { ...valid, "x-signature-ed25519": [valid["x-signature-ed25519"]!.slice(0, 126), "zz" + valid["x-signature-ed25519"]!.slice(2), "", valid["x-signature-ed25519"]! + "00"][i % 4]! },
            why: "malformed",
          });
          break;
        case 8: // malformed timestamp
          cases.push({ body: good, headers: { ...valid, "x-signature-timestamp": ["", "abc", "-5", "1e9", now() + "x", "9".repeat(20)][i % 6]! }, why: "bad timestamp" });
          break;
        case 9: // signature of an empty body / of the body alone (no timestamp)
          cases.push({ body: good, headers: { ...valid, "x-signature-ed25519": sign(null, Buffer.from(good), privateKey).toString("hex") }, why: "no timestamp in signed message" });
          break;
        default: // random bytes as the body, valid-looking headers
          cases.push({ body: randomBytes(50 + (i % 200)).toString("base64"), headers: valid, why: "random body" });
      }
    }
    expect(cases.length).toBeGreaterThanOrEqual(1_000);
    const started = Date.now();
    const statuses: number[] = [];
    for (let i = 0; i < cases.length; i += 50) {
      const batch = await Promise.all(cases.slice(i, i + 50).map((c) => post(server.url, c.body, c.headers)));
      statuses.push(...batch.map((r) => r.status));
    }
    const accepted = cases.flatMap((c, i) => (statuses[i] === 401 ? [] : [`${c.why} (${JSON.stringify(c.headers)}): ${statuses[i]}`]));
    expect(accepted).toEqual([]);
    expect(Date.now() - started).toBeLessThan(15_000);
    // And the same request, correctly signed, is answered.
    expect((await deliver(JSON.parse(good))).status).toBe(200);
  }, 30_000);

  it("verifies with the raw key: a valid signature passes, anything else fails (unit)", () => {
    const key = publicKeyFromHex(publicKeyHex);
    const body = Buffer.from('{"type":1}');
    const headers = signatureHeaders(privateKey, body);
    expect(verifyRequest(key, headers["x-signature-ed25519"], headers["x-signature-timestamp"], body)).toEqual({ ok: true });
    expect(verifyRequest(key, undefined, headers["x-signature-timestamp"], body)).toEqual({ ok: false, reason: "missing signature" });
    expect(verifyRequest(key, headers["x-signature-ed25519"], headers["x-signature-timestamp"], body, Date.now() + 301_000)).toEqual({ ok: false, reason: "stale timestamp" });
    expect(() => publicKeyFromHex("abc")).toThrow(/64 hex digits/);
  });

  it("refuses a body over the size limit with 413, declared or streamed, and keeps serving", async () => {
    const huge = Buffer.alloc(DEFAULT_MAX_BODY_BYTES + 1, 0x20);
    const declared = await post(server.url, huge, signatureHeaders(privateKey, huge), { useAgent: false });
    expect(declared.status).toBe(413);
    // Chunked, with no length declared: cut off once it passes the limit.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(server.url, { method: "POST", agent: false, headers: { "content-type": "application/json", ...signatureHeaders(privateKey, "x") } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNRESET" || error.code === "EPIPE" ? resolve(413) : reject(error)));
      for (let i = 0; i < 40; i++) req.write(Buffer.alloc(16 * 1024, 0x20));
      req.end();
    });
    expect(streamed).toBe(413);
    expect((await deliver({ type: InteractionType.Ping, id: "2", application_id: APP_ID, version: 1 })).status).toBe(200);
  });

  it("answers only POST /interactions, and GET /health for load balancers", async () => {
    const get = (path: string) =>
      new Promise<number>((resolve, reject) => {
        request(server.url.replace("/interactions", path), { agent: false }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on("error", reject)
          .end();
      });
    expect(await get("/interactions")).toBe(405);
    expect(await get("/elsewhere")).toBe(404);
    expect(await get("/health")).toBe(200);
    const body = '{"type":1}';
    expect((await post(server.url.replace("/interactions", "/other"), body, signatureHeaders(privateKey, body))).status).toBe(404);
    const notJson = "this is not json";
    expect((await post(server.url, notJson, signatureHeaders(privateKey, notJson))).status).toBe(400);
  });

  it("refuses a body that is not JSON with 415, an interaction without data with 400", async () => {
    const body = JSON.stringify(chatInput("sources"));
    expect((await post(server.url, body, { ...signatureHeaders(privateKey, body), "content-type": "text/plain" })).status).toBe(415);
    for (const make of [() => chatInput("sources"), () => autocomplete("quote", { leader: "Xi" }, "leader"), () => buttonClick({ id: "1", channel_id: "2" } as unknown as Parameters<typeof buttonClick>[0], "vb:pg:x:1")]) {
      for (const data of [null, undefined]) {
        const interaction = { ...make(), data } as object;
        const text = JSON.stringify(interaction);
        const result = await post(server.url, text, signatureHeaders(privateKey, text));
        expect(result.status).toBe(400);
        expect(result.body).toEqual({ error: "interaction without data" });
      }
    }
  });

  it("answers a replayed interaction with its first response, without running it again", async () => {
    const question = chatInput("sources");
    const first = await deliver(question);
    expect(first.status).toBe(200);
    await editOf(question as APIInteraction);
    const text = JSON.stringify(question);
    const replay = await post(server.url, text, signatureHeaders(privateKey, text));
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const edits = fake.requests.filter((r) => r.method === "PATCH" && r.path === `/webhooks/${APP_ID}/${question.token}/messages/@original`);
    expect(edits).toHaveLength(1);
  });

  it("keeps answering under concurrent load (valid and hostile requests mixed)", async () => {
    const jobs = Array.from({ length: 300 }, (_, i) => {
      if (i % 3 === 0) return deliver(autocomplete("quote", { leader: "xi" }, "leader")).then((r) => ["auto", r] as const);
      if (i % 3 === 1) return deliver({ type: InteractionType.Ping, id: String(i), application_id: APP_ID, version: 1 }).then((r) => ["ping", r] as const);
      return post(server.url, '{"type":1}', { "x-signature-ed25519": randomBytes(64).toString("hex"), "x-signature-timestamp": String(Math.floor(Date.now() / 1000)) }).then((r) => ["bad", r] as const);
    });
    const results = await Promise.all(jobs);
    for (const [kind, result] of results) {
      if (kind === "bad") expect(result.status).toBe(401);
      else expect(result.status).toBe(200);
      if (kind === "auto") expect(result.body.data.choices[0].name).toBe("Xi Jinping");
    }
  });
});

describe("after all that", () => {
  it("made no request the fake Discord does not know, failed no handler, and logged no token", () => {
    expect(fake.unknownRequests).toEqual([]);
    expect(logs.filter((line) => / ERROR /.test(line))).toEqual([]);
    expect(logs.join("\n")).not.toContain(TOKEN);
  });
});

describe("stopping the HTTP endpoint", () => {
  it("finishes the replies in flight before closing", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowAsk = async (c: Corpus, request: AskRequest) => {
      await gate;
      return realAsk(c, request);
    };
    const own = await startInteractionsServer({ publicKey: publicKeyHex, port: 0, host: "127.0.0.1", corpus: corpus, log, apiUrl: fake.apiUrl, ask: slowAsk, drainMs: 5_000 });
    const question = chatInput("sources");
    const edit = editOf(question);
    const first = await deliver(question, own.url);
    expect(first.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(own.inFlight).toBe(1);
    const stopped = own.stop();
    let stoppedYet = false;
    void stopped.then(() => (stoppedYet = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stoppedYet).toBe(false); // still waiting for the reply
    release();
    await stopped;
    expect((await edit).body.embeds[0].title).toBe("Articles loaded: 5"); // the answer went out before the close
    expect(own.inFlight).toBe(0);
  });
});
