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

  it("names the missing half of the HTTP settings", async () => {
    running = runInProcess("src/index.ts", { env: { INTERACTIONS_PORT: "8080", VERBATIM_DATA_DIR: SEED_DIR } });
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toMatch(/DISCORD_PUBLIC_KEY: HTTP interactions mode needs both/);
  });
});
