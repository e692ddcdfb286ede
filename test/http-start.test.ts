/**
 * `npm start` in HTTP interactions mode: no bot token, no gateway; PING/PONG and a command
 * answered with a webhook edit to (fake) Discord; SIGTERM exits 0. src/index.ts runs in this
 * process (test/helpers/in-process.ts: own environment, stdout, stderr, exit code and signals);
 * the entry point's one smoke test as a process is in console.test.ts.
 */
import { InteractionResponseType, InteractionType } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APP_ID, chatInput } from "./helpers/fake-discord/payloads.js";
import { FakeDiscord } from "./helpers/fake-discord/server.js";
import { runInProcess, type InProcessRun } from "./helpers/in-process.js";
import { agent, keyPair, post, signatureHeaders } from "./helpers/signed.js";
import { SEED_DIR } from "./helpers/tmp-corpus.js";

let fake: FakeDiscord;
let running: InProcessRun | null = null;

beforeEach(async () => {
  fake = await FakeDiscord.start({ token: "unused", logUnknown: false });
});

afterEach(async () => {
  running?.kill();
  running = null;
  agent.destroy();
  await fake.close();
});

describe("npm start with DISCORD_PUBLIC_KEY and INTERACTIONS_PORT", () => {
  it("serves signed interactions over HTTP without a token or a gateway, and exits 0 on SIGTERM", async () => {
    const { privateKey, publicKeyHex } = keyPair();
    running = runInProcess("src/index.ts", {
      env: {
        DISCORD_PUBLIC_KEY: publicKeyHex,
        INTERACTIONS_PORT: "0",
        INTERACTIONS_HOST: "127.0.0.1",
        DISCORD_API_URL: fake.apiUrl,
        VERBATIM_DATA_DIR: SEED_DIR,
      },
    });
    await running.waitForOutput(/listening on 127\.0\.0\.1:\d+/);
    const port = /listening on 127\.0\.0\.1:(\d+)/.exec(running.stderr())![1];
    const url = `http://127.0.0.1:${port}/interactions`;

    const ping = JSON.stringify({ type: InteractionType.Ping, id: "1", application_id: APP_ID, version: 1 });
    expect((await post(url, ping, signatureHeaders(privateKey, ping))).body).toEqual({ type: InteractionResponseType.Pong });
    expect((await post(url, ping, { "x-signature-ed25519": "00".repeat(64), "x-signature-timestamp": "1" })).status).toBe(401);

    const question = chatInput("sources");
    fake.expectHttpInteraction(question);
    const body = JSON.stringify(question);
    const first = await post(url, body, signatureHeaders(privateKey, body));
    expect(first.body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    const edit = await fake.waitForRequest((r) => r.method === "PATCH" && r.path === `/webhooks/${APP_ID}/${question.token}/messages/@original`);
    expect(edit.body.embeds[0].title).toBe("Articles loaded: 5");
    expect(edit.body.embeds[0].description).toMatch(/^Corpus last changed <t:\d+:f>/);
    expect(edit.authorization).toBeUndefined(); // webhook edits need no bot token

    expect(fake.identify).toBeNull(); // never connected to a gateway
    running.signal("SIGTERM");
    expect(await running.exited).toBe(0);
    expect(running.stderr()).toContain("SIGTERM received");
    expect(running.stderr()).toContain("HTTP interactions endpoint closed");
  });

  it("delivers every answer it accepted from a burst of 100 across SIGTERM, and exits 0 within 10 s", async () => {
    await fake.close();
    fake = await FakeDiscord.start({ token: "unused", logUnknown: false, editDelayMs: 300 }); // every reply is still in flight at SIGTERM
    const { privateKey, publicKeyHex } = keyPair();
    running = runInProcess("src/index.ts", {
      env: { DISCORD_PUBLIC_KEY: publicKeyHex, INTERACTIONS_PORT: "0", INTERACTIONS_HOST: "127.0.0.1", DISCORD_API_URL: fake.apiUrl, VERBATIM_DATA_DIR: SEED_DIR },
    });
    await running.waitForOutput(/listening on 127\.0\.0\.1:\d+/);
    const url = `http://127.0.0.1:${/listening on 127\.0\.0\.1:(\d+)/.exec(running.stderr())![1]}/interactions`;

    const questions = Array.from({ length: 100 }, (_, i) =>
      i % 3 === 0 ? chatInput("quote", { leader: "Xi Jinping" }) : i % 3 === 1 ? chatInput("when", { event: "summit" }) : chatInput("sources"),
    );
    let answered = 0;
    let signalledAt = 0;
    const results = await Promise.allSettled(
      questions.map(async (question) => {
        fake.expectHttpInteraction(question);
        const body = JSON.stringify(question);
        const result = await post(url, body, signatureHeaders(privateKey, body));
        if (++answered === 50) {
          signalledAt = performance.now();
          running!.signal("SIGTERM"); // mid-burst: half answered, the rest still arriving
        }
        return result;
      }),
    );
    const accepted = questions.filter((_, i) => {
      const result = results[i]!;
      return result.status === "fulfilled" && result.value.status === 200 && result.value.body?.type === InteractionResponseType.DeferredChannelMessageWithSource;
    });
    expect(signalledAt).toBeGreaterThan(0);
    expect(accepted.length).toBeGreaterThanOrEqual(50);

    expect(await running.exited).toBe(0);
    expect(performance.now() - signalledAt).toBeLessThan(10_000);
    const delivered = new Set(fake.answered.filter((r) => r.method === "PATCH").map((r) => r.path));
    const missing = accepted.filter((question) => !delivered.has(`/webhooks/${APP_ID}/${question.token}/messages/@original`));
    expect(missing.map((question) => question.data.name)).toEqual([]);
    expect(running.stderr()).not.toMatch(/unfinished/);
    expect(running.stderr()).toContain("HTTP interactions endpoint closed");
  });

  it("names the missing half of the HTTP settings", async () => {
    running = runInProcess("src/index.ts", { env: { INTERACTIONS_PORT: "8080", VERBATIM_DATA_DIR: SEED_DIR } });
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toMatch(/DISCORD_PUBLIC_KEY: HTTP interactions mode needs both/);
  });
});
