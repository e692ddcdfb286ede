/**
 * Live corpus updates: adding, changing and deleting article files while the bot runs updates
 * the answers within seconds; a broken file is reported and skipped; a failed reload keeps the
 * corpus that was serving; a query never sees a half-built corpus.
 */
import { rm, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { APIEmbed } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { ask } from "../src/answer/ask.js";
import { answerSources } from "../src/answer/sources.js";
import type { SourceResult } from "../src/answer/types.js";
import { loadCorpus, type Corpus } from "../src/corpus/index.js";
import { CorpusStore, corpusChangedAt } from "../src/corpus/store.js";
import { watchCorpus, type CorpusWatcher } from "../src/corpus/watch.js";
import { createLogger } from "../src/discord/log.js";
import { renderReply } from "../src/discord/render.js";
import { chatInput } from "./helpers/fake-discord/payloads.js";
import { offlineBot } from "./helpers/recording-transport.js";
import { article, tmpCorpus } from "./helpers/tmp-corpus.js";

const story = (title: string, said: string) =>
  article({ title, outlet: "Daily Test", published: "2024-03-04" }, `${title}\n\nMayor Jane Porter said: "${said}"\n`);

const watchers: CorpusWatcher[] = [];
afterEach(() => watchers.splice(0).forEach((w) => w.stop()));

async function setUp(files: Record<string, string | Uint8Array>) {
  const dir = await tmpCorpus(files);
  const lines: string[] = [];
  const log = createLogger({ level: "info", write: (line) => lines.push(line) });
  const store = await CorpusStore.open({ dir, log });
  const watcher = watchCorpus(store, dir, { intervalMs: 100, settleMs: 50, log });
  watchers.push(watcher);
  await watcher.check(); // the first look records the folder as loaded
  return { dir, store, lines, watcher };
}

/** Waits (up to `ms`) until `test` holds; the bound is the "within a few seconds" promise. */
async function eventually(test: () => boolean, ms = 4_000): Promise<number> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Date.now() - started;
}

const ids = (corpus: Corpus) => corpus.articles.map((a) => a.id).sort();
const titles = (corpus: Corpus) => (answerSources(corpus).results as SourceResult[]).map((s) => s.title).sort();

describe("live corpus updates", () => {
  it("picks up an added file within seconds, and the bot's /sources answers from it", async () => {
    const { dir, store } = await setUp({ "a.md": story("Bridge opens", "The bridge is open.") });
    const bot = offlineBot(store);
    const before = store.current();
    await writeFile(join(dir, "b.md"), story("Harbour reopens", "The harbour is open again."));
    const ms = await eventually(() => ids(store.current()).length === 2);
    expect(ms).toBeLessThan(4_000);
    expect(ids(store.current())).toEqual(["a", "b"]);
    expect(ids(before)).toEqual(["a"]); // the old corpus object was never touched: swapped, not mutated
    const sent = await bot.answer(chatInput("sources"));
    const edit = sent.find((s) => s.kind === "edit")!;
    expect((edit.body.embeds![0] as APIEmbed).title).toBe("Articles loaded: 2");
  });

  it("picks up a changed file (the answers change) and a deleted one", async () => {
    const { dir, store } = await setUp({ "a.md": story("Bridge opens", "The bridge is open."), "b.md": story("Harbour reopens", "Boats are back.") });
    await writeFile(join(dir, "a.md"), story("Bridge closes again", "The bridge is closed for repairs."));
    await eventually(() => titles(store.current()).includes("Bridge closes again"));
    expect(titles(store.current())).toEqual(["Bridge closes again", "Harbour reopens"]);

    await unlink(join(dir, "b.md"));
    await eventually(() => ids(store.current()).length === 1);
    expect(titles(store.current())).toEqual(["Bridge closes again"]);
    const quotes = ask(store.current(), { command: "quote", leader: "Porter", limit: 5 });
    for (const quote of quotes.results) expect(JSON.stringify(quote)).not.toContain("Boats are back");
  });

  it("reports a broken new file, skips it, and keeps serving the rest", async () => {
    const { dir, store, lines } = await setUp({ "a.md": story("Bridge opens", "The bridge is open.") });
    await writeFile(join(dir, "broken.md"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    await writeFile(join(dir, "c.md"), story("Tram line extended", "Trams run later."));
    await eventually(() => ids(store.current()).length === 2);
    expect(ids(store.current())).toEqual(["a", "c"]);
    expect(store.current().skipped).toEqual([{ file: "broken.md", reason: expect.stringMatching(/^binary file/) }]);
    expect(lines.some((line) => line.includes("WARN") && line.includes("skipped broken.md: binary file"))).toBe(true);
  });

  it("keeps the corpus that was serving when a reload cannot load a single article", async () => {
    const { dir, store, lines } = await setUp({ "a.md": story("Bridge opens", "The bridge is open.") });
    const serving = store.current();
    await writeFile(join(dir, "a.md"), "");
    await eventually(() => lines.some((line) => line.includes("still serving the previous 1 article")));
    expect(store.current()).toBe(serving);
    await rm(dir, { recursive: true, force: true });
    const outcome = await store.reload("test");
    expect(outcome).toMatchObject({ status: "kept", reason: expect.stringMatching(/does not exist/) });
    expect(store.current()).toBe(serving);
  });

  it("says in /sources when the corpus last changed", async () => {
    let now = new Date("2025-01-02T03:04:05.000Z");
    const dir = await tmpCorpus({ "a.md": story("Bridge opens", "The bridge is open.") });
    const store = await CorpusStore.open({ dir, now: () => now });
    expect(answerSources(store.current()).updated).toBe("2025-01-02T03:04:05.000Z");
    now = new Date("2025-01-02T04:00:00.000Z");
    await writeFile(join(dir, "b.md"), story("Harbour reopens", "Open."));
    await store.reload("test");
    const response = answerSources(store.current());
    expect(response.updated).toBe("2025-01-02T04:00:00.000Z");
    const [page] = renderReply(response).pages;
    expect(page!.description).toMatch(/^Corpus last changed <t:1735790400:f> \(<t:1735790400:R>\)\n\n/);
    expect(page!.timestamp).toBe("2025-01-02T04:00:00.000Z");
    // A corpus loaded outside a store (the `ask` command line) keeps the old contract: no `updated`.
    const plain = await loadCorpus(dir);
    expect(corpusChangedAt(plain)).toBeUndefined();
    expect(Object.keys(answerSources(plain)).sort()).toEqual(["command", "query", "results"]);
  });
});

describe("the swap", () => {
  it("serves the complete old corpus while the new one builds, then the complete new one; reloads never overlap", async () => {
    const dir = await tmpCorpus({ "a.md": story("Bridge opens", "Open.") });
    let building = 0;
    let maxBuilding = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const store = await CorpusStore.open({
      dir,
      loader: async (folder, options) => {
        calls += 1;
        building += 1;
        maxBuilding = Math.max(maxBuilding, building);
        if (calls > 1) await gate; // the rebuild is "slow"
        const corpus = await loadCorpus(folder, options);
        building -= 1;
        return corpus;
      },
    });
    const old = store.current();
    await writeFile(join(dir, "b.md"), story("Harbour reopens", "Open."));
    const first = store.reload("1");
    const second = store.reload("2"); // asked while the first runs: runs once, after it
    const third = store.reload("3");
    expect(third).toBe(second);
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(store.current()).toBe(old);
      expect(ids(store.current())).toEqual(["a"]);
    }
    release();
    await first;
    expect(ids(store.current())).toEqual(["a", "b"]);
    await second;
    await store.settled();
    expect(calls).toBe(3); // initial load, first reload, one coalesced reload
    expect(maxBuilding).toBe(1);
  });
});

describe("changes made while the corpus loads at start-up", () => {
  it("are seen at the watcher's first look: a file added and one deleted during the load", async () => {
    const { fingerprint } = await import("../src/corpus/watch.js");
    const dir = await tmpCorpus({ "a.md": story("Alpha", "First."), "b.md": story("Bravo", "Second.") });
    const since = await fingerprint(dir);
    const store = await CorpusStore.open({ dir });
    // While the bot was loading: one article deleted, one added.
    await unlink(join(dir, "b.md"));
    await writeFile(join(dir, "c.md"), story("Charlie", "Third."));
    const watcher = watchCorpus(store, dir, { intervalMs: 60_000, settleMs: 20, since });
    watchers.push(watcher);
    await watcher.check();
    expect(ids(store.current())).toEqual(["a", "c"]);
  });
});
