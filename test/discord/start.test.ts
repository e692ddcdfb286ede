/**
 * `npm start` and `npm run deploy-commands` against the fake Discord: start-up summary, login, one
 * answered interaction, SIGTERM → exit 0, and the token in no output. The entry points run in
 * this process (test/helpers/in-process.ts: own environment, stdout, stderr, exit code and
 * signals); `npm run deploy-commands` has its one smoke test as a process (tsx), and `npm start`
 * has its own in console.test.ts.
 */
import { InteractionResponseType } from "discord-api-types/v10";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APP_ID, GUILD_ID, chatInput } from "../helpers/fake-discord/payloads.js";
import { FakeDiscord } from "../helpers/fake-discord/server.js";
import { spawnTsx, type Spawned } from "../helpers/fake-discord/spawn.js";
import { runInProcess, type InProcessRun } from "../helpers/in-process.js";
import { SEED_DIR } from "../helpers/tmp-corpus.js";

const TOKEN = "MTIwMDAwMDAwMDAwMDAwMDAwMQ.StArTs.verbatim-process-secret-token-abcdef0123456789";

let fake: FakeDiscord;
let running: Spawned | null = null;
let inProcess: InProcessRun | null = null;

beforeEach(async () => {
  fake = await FakeDiscord.start({ token: TOKEN, logUnknown: false });
});

afterEach(async () => {
  running?.child.kill("SIGKILL");
  running = null;
  inProcess?.kill();
  inProcess = null;
  await fake.close();
});

function expectNoToken(text: string): void {
  expect(text).not.toContain(TOKEN);
  for (const part of TOKEN.split(".")) expect(text).not.toContain(part);
}

describe("npm start with DISCORD_TOKEN", () => {
  it("loads the corpus, logs in, answers, and exits 0 on SIGTERM without ever printing the token", async () => {
    const running = (inProcess = runInProcess("src/index.ts", { env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, VERBATIM_DATA_DIR: SEED_DIR, LOG_LEVEL: "debug" } }));
    await running.waitForOutput("logged in as Verbatim");
    expect(running.stderr()).toMatch(/Loaded 5 articles: \d+ statements, \d+ dated facts\./);
    expect(fake.identify?.intents).toBe(1);

    const interaction = chatInput("sources");
    const { callback, ms } = await fake.interact(interaction);
    expect(callback.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(ms).toBeLessThan(3_000);
    const edit = await fake.waitForRequest((r) => r.method === "PATCH" && r.path.endsWith(`/${interaction.token}/messages/@original`));
    expect(edit.body.embeds[0].title).toBe("Articles loaded: 5");

    running.signal("SIGTERM");
    expect(await running.exited).toBe(0);
    expect(running.stderr()).toContain("SIGTERM received");
    expect(fake.requests.some((r) => r.method === "PUT")).toBe(false); // never registers commands on start
    expectNoToken(running.stdout() + running.stderr());
  });

  it("names an invalid setting and exits 1", async () => {
    const running = (inProcess = runInProcess("src/index.ts", { env: { DISCORD_TOKEN: "short", VERBATIM_DATA_DIR: SEED_DIR } }));
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toMatch(/DISCORD_TOKEN: does not look like a bot token/);
    expect(running.stderr()).not.toContain("short");
  });

  it("reports a rejected token in one log line and exits 1", async () => {
    const wrong = TOKEN.replace("StArTs", "WrOnGg");
    const running = (inProcess = runInProcess("src/index.ts", { env: { DISCORD_TOKEN: wrong, DISCORD_API_URL: fake.apiUrl, VERBATIM_DATA_DIR: SEED_DIR } }));
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toMatch(/could not connect to Discord/);
    expect(running.stderr()).not.toContain(wrong);
  });
});

describe("npm run deploy-commands", () => {
  it("registers the commands in DISCORD_GUILD_ID when set, and prints them", async () => {
    // The entry point's smoke test as a process.
    running = spawnTsx("src/deploy-commands.ts", { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl });
    expect(await running.exited, running.stderr()).toBe(0);
    const put = fake.requests.find((r) => r.method === "PUT")!;
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.authorization).toBe(`Bot ${TOKEN}`);
    const names = (put.body as { name: string }[]).map((command) => command.name);
    expect(names).toEqual(["quote", "when", "sources", "help"]);
    const quote = (put.body as any[])[0];
    expect(quote.options[0]).toMatchObject({ name: "leader", type: 3, required: true, autocomplete: true, max_length: 100 });
    expect(quote.options[1]).toMatchObject({ name: "topic", required: false });
    expect(running.stdout()).toContain(`Registered 4 commands in server ${GUILD_ID}`);
    expect(running.stdout()).toContain("/quote leader: topic:");
    expectNoToken(running.stdout() + running.stderr());
  });

  it("registers globally without DISCORD_GUILD_ID", async () => {
    const running = (inProcess = runInProcess("src/deploy-commands.ts", { env: { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl } }));
    expect(await running.exited).toBe(0);
    expect(fake.requests.find((r) => r.method === "PUT")?.path).toBe(`/applications/${APP_ID}/commands`);
    expect(running.stdout()).toContain("globally");
  });

  it("says what is missing", async () => {
    const running = (inProcess = runInProcess("src/deploy-commands.ts", { env: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl } }));
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toContain("set DISCORD_CLIENT_ID");
    expect(fake.requests).toHaveLength(0);
  });
});
