/**
 * Operations: errors nobody caught are logged with context and never end the process; a
 * SIGTERM-style stop of the gateway bot finishes the replies in flight before disconnecting.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask as realAsk } from "../../src/answer/ask.js";
import type { AskRequest } from "../../src/answer/types.js";
import { startBot } from "../../src/bot.js";
import { loadCorpus, type Corpus } from "../../src/corpus/index.js";
import { createLogger, guardProcess } from "../../src/discord/log.js";
import { APP_ID, chatInput } from "../helpers/fake-discord/payloads.js";
import { FakeDiscord } from "../helpers/fake-discord/server.js";
import { SEED_DIR } from "../helpers/tmp-corpus.js";

const TOKEN = "MTIwMDAwMDAwMDAwMDAwMDAwMQ.OpErAt.verbatim-ops-secret-token-0123456789abcdef";

describe("errors nobody caught", () => {
  it("are logged with their context and the process carries on", async () => {
    const lines: string[] = [];
    const unguard = guardProcess(createLogger({ level: "debug", write: (line) => lines.push(line) }));
    try {
      process.emit("unhandledRejection", new Error("a promise nobody awaited"), Promise.resolve());
      (process.emit as (event: string, ...args: unknown[]) => boolean)("uncaughtException", new Error("thrown from a timer"), "uncaughtException");
      expect(lines[0]).toMatch(/ERROR unhandled promise rejection \(kept running\) .*a promise nobody awaited/);
      expect(lines[0]).toContain('"stack":');
      expect(lines[1]).toMatch(/ERROR uncaught exception \(kept running\) .*"origin":"uncaughtException".*thrown from a timer/);
    } finally {
      unguard();
    }
  });
});

describe("stopping the gateway bot", () => {
  let fake: FakeDiscord;
  let corpus: Corpus;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN, logUnknown: true });
    corpus = await loadCorpus(SEED_DIR);
  });
  afterAll(async () => {
    await fake?.close();
  });

  it("finishes the replies in flight, then disconnects", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowAsk = async (c: Corpus, request: AskRequest) => {
      await gate;
      return realAsk(c, request);
    };
    const lines: string[] = [];
    const bot = await startBot({ token: TOKEN, corpus, log: createLogger({ level: "info", write: (line) => lines.push(line) }), ask: slowAsk, apiUrl: fake.apiUrl, loginTimeoutMs: 10_000, drainMs: 5_000 });
    const question = chatInput("sources");
    const edit = fake.waitForRequest((r) => r.method === "PATCH" && r.path === `/webhooks/${APP_ID}/${question.token}/messages/@original`);
    await fake.interact(question); // deferred: "thinking…"
    expect(bot.inFlight).toBe(1);
    let stopped = false;
    const stopping = bot.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stopped).toBe(false);
    expect(bot.client.isReady()).toBe(true); // still connected while the reply is unfinished
    release();
    await stopping;
    expect((await edit).body.embeds[0].title).toBe("Articles loaded: 5");
    expect(lines.some((line) => line.includes("disconnected from Discord"))).toBe(true);
    expect(fake.unknownRequests).toEqual([]);
  });
});
