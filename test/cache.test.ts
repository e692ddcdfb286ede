import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateCorpus, writeCorpus } from "../scripts/bench/generate.js";
import { MIN_BYTES_OFF_THREAD, packPath } from "../src/corpus/cache.js";
import { ExtractorPool, extractHere } from "../src/corpus/workers.js";
import { loadCorpus, type Corpus, type CorpusLoadOptions } from "../src/corpus/corpus.js";
import { SEED_DIR } from "./helpers/tmp-corpus.js";

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "verbatim-cache-test-"));
  made.push(dir);
  return dir;
}

/** Everything a load produces, as text, to compare loads. */
const dump = (c: Corpus) =>
  JSON.stringify({
    articles: c.articles,
    skipped: c.skipped,
    statements: c.statements,
    facts: c.facts,
    speakers: c.speakers.entries.map((e) => ({ ...e, articles: [...e.articles] })),
  });

async function load(dir: string, cacheDir: string, extra: CorpusLoadOptions = {}) {
  const warnings: string[] = [];
  let stats = { cached: -1, extracted: -1, inWorkers: -1 };
  const corpus = await loadCorpus(dir, { cacheDir, workers: 0, warn: (m) => warnings.push(m), stats: (s) => (stats = s), ...extra });
  return { corpus, warnings, stats };
}

async function syntheticCorpus(articles = 40): Promise<string> {
  const dir = await tempDir();
  await writeCorpus(dir, generateCorpus(articles));
  return dir;
}

describe("extraction cache", () => {
  it("gives the same corpus from the cache as from the files, and extracts nothing on a restart", async () => {
    const dir = await syntheticCorpus();
    const cacheDir = await tempDir();
    const plain = await loadCorpus(dir, { workers: 0 });
    const cold = await load(dir, cacheDir);
    expect(cold.stats).toMatchObject({ cached: 0, extracted: 40 });
    expect(cold.warnings).toEqual([]);
    const warm = await load(dir, cacheDir);
    expect(warm.stats).toMatchObject({ cached: 40, extracted: 0 });
    expect(warm.warnings).toEqual([]);
    expect(dump(cold.corpus)).toBe(dump(plain));
    expect(dump(warm.corpus)).toBe(dump(plain));
  });

  it("is the same on the seed articles (real text)", async () => {
    const cacheDir = await tempDir();
    const plain = await loadCorpus(SEED_DIR, { workers: 0 });
    await load(SEED_DIR, cacheDir);
    const warm = await load(SEED_DIR, cacheDir);
    expect(warm.stats.extracted).toBe(0);
    expect(dump(warm.corpus)).toBe(dump(plain));
  });

  it("keeps every character through the cache: accents, curly quotes, emoji, line separators, CJK", async () => {
    const dir = await tempDir();
    const body = "Zoë Brontë said, “Łódź and 東京 are 😀 partners\u2028now.” Ana Lúcia Ferraz agreed on Monday.\n";
    await writeFile(join(dir, "odd.md"), `---\ntitle: Çà et là 🚀\npublished: 2024-05-02\n---\nÇà et là 🚀\n\n${body}`);
    const cacheDir = await tempDir();
    await load(dir, cacheDir);
    const warm = await load(dir, cacheDir);
    expect(warm.stats).toMatchObject({ cached: 1, extracted: 0 });
    expect(dump(warm.corpus)).toBe(dump(await loadCorpus(dir, { workers: 0 })));
    expect(warm.corpus.articles[0]!.text).toContain("“Łódź and 東京 are 😀 partners\u2028now.”");
    expect(warm.corpus.articles[0]!.title).toBe("Çà et là 🚀");
  });

  it("re-extracts only a changed or added file, and forgets a removed one", async () => {
    const dir = await syntheticCorpus();
    const cacheDir = await tempDir();
    await load(dir, cacheDir);
    const generated = generateCorpus(40);
    const changed = join(dir, generated.articles[3]!.file);
    await writeFile(changed, (await readFile(changed, "utf8")).replace("said on", "told reporters on"));
    await writeFile(join(dir, "extra.md"), "---\ntitle: Extra\npublished: 2024-05-02\n---\nExtra\n\n“We will win,” said Ana Lúcia Ferraz.\n");
    await rm(join(dir, generated.articles[7]!.file));
    const next = await load(dir, cacheDir);
    expect(next.stats).toMatchObject({ cached: 38, extracted: 2 });
    expect(dump(next.corpus)).toBe(dump(await loadCorpus(dir, { workers: 0 })));
    const again = await load(dir, cacheDir);
    expect(again.stats).toMatchObject({ cached: 40, extracted: 0 });
    const pack = await readFile(packPath(cacheDir, dir), "utf8");
    expect(JSON.parse(pack.slice(pack.indexOf("\n") + 1))).toHaveLength(40);
  });

  it.each([
    ["garbage", (text: string) => `${text.slice(0, 10)}\u0000\u0001 not json`],
    ["truncated", (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ["a changed byte", (text: string) => text.replace("said", "sajd")],
    ["an empty file", () => ""],
  ])("ignores a cache with %s, says so, and rebuilds it", async (_, damage) => {
    const dir = await syntheticCorpus(20);
    const cacheDir = await tempDir();
    await load(dir, cacheDir);
    const path = packPath(cacheDir, dir);
    await writeFile(path, damage(await readFile(path, "utf8")));
    const damaged = await load(dir, cacheDir);
    expect(damaged.warnings).toHaveLength(1);
    expect(damaged.warnings[0]).toMatch(/extraction cache .* ignored: .*rebuilding it/);
    expect(damaged.stats).toMatchObject({ cached: 0, extracted: 20 });
    expect(dump(damaged.corpus)).toBe(dump(await loadCorpus(dir, { workers: 0 })));
    const rebuilt = await load(dir, cacheDir);
    expect(rebuilt.warnings).toEqual([]);
    expect(rebuilt.stats).toMatchObject({ cached: 20, extracted: 0 });
  });

  it("rebuilds a cache made by another extractor version, without a warning (an upgrade does that)", async () => {
    const dir = await syntheticCorpus(10);
    const cacheDir = await tempDir();
    await load(dir, cacheDir);
    const path = packPath(cacheDir, dir);
    await writeFile(path, (await readFile(path, "utf8")).replace(/"version":"[^"]*"/, '"version":"0-older"'));
    const upgraded = await load(dir, cacheDir);
    expect(upgraded.warnings).toEqual([]);
    expect(upgraded.stats).toMatchObject({ cached: 0, extracted: 10 });
    expect(dump(upgraded.corpus)).toBe(dump(await loadCorpus(dir, { workers: 0 })));
    expect(await readFile(path, "utf8")).not.toContain('"version":"0-older"');
  });

  it.each([
    ["an offset past the text", (e: { ints: number[] }) => (e.ints[3] = 1_000_000), /bad paragraph/],
    ["a paragraph of an unknown kind", (e: { ints: number[] }) => (e.ints[1] = 7), /bad paragraph/],
    ["a number too many", (e: { ints: number[] }) => e.ints.push(0), /trailing data/],
    ["a string missing", (e: { strings: string[] }) => e.strings.pop(), /bad (?:fact|statement|person)/],
    ["a number that is not an integer", (e: { ints: number[] }) => (e.ints[2] = 0.5), /bad paragraph/],
  ])("never trusts an entry with %s, even with a valid checksum", async (_, lie, why) => {
    const dir = await syntheticCorpus(10);
    const cacheDir = await tempDir();
    await load(dir, cacheDir);
    const path = packPath(cacheDir, dir);
    const text = await readFile(path, "utf8");
    const header = JSON.parse(text.slice(0, text.indexOf("\n")));
    const entries = JSON.parse(text.slice(text.indexOf("\n") + 1)) as Array<[string, { ints: number[]; strings: string[] }]>;
    lie(entries[3]![1]);
    const body = JSON.stringify(entries);
    const { createHash } = await import("node:crypto");
    header.sha256 = createHash("sha256").update(body).digest("hex");
    await writeFile(path, `${JSON.stringify(header)}\n${body}`);
    const next = await load(dir, cacheDir);
    expect(next.warnings).toEqual([expect.stringMatching(why)]);
    expect(next.stats).toMatchObject({ cached: 0, extracted: 10 });
    expect(dump(next.corpus)).toBe(dump(await loadCorpus(dir, { workers: 0 })));
    const again = await load(dir, cacheDir);
    expect(again.warnings).toEqual([]);
    expect(again.stats).toMatchObject({ cached: 10, extracted: 0 });
  });

  it("keeps a cache per corpus folder and leaves nothing else behind", async () => {
    const a = await syntheticCorpus(5);
    const cacheDir = await tempDir();
    await load(a, cacheDir);
    await load(SEED_DIR, cacheDir);
    const files = (await readdir(cacheDir)).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^extractions-[0-9a-f]{16}\.json$/.test(f))).toBe(true);
    expect((await load(a, cacheDir)).stats.extracted).toBe(0);
  });
});

describe("extraction in worker threads", () => {
  it("gives the records this thread gives, in file order, with workers doing part of it", async () => {
    const dir = await syntheticCorpus(60);
    await writeFile(join(dir, "broken.md"), "---\ntitle: [unclosed\n---\nText.\n");
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".md")).sort();
    const read = await Promise.all(files.map(async (file) => ({ file, bytes: await readFile(join(dir, file)) })));
    const pool = ExtractorPool.start(1);
    try {
      await pool.started();
      const both = await pool.extract(read);
      expect(pool.extractedByWorkers).toBeGreaterThan(0);
      // What this thread extracted comes with its extraction; what the workers sent, as records only.
      const here = both.filter((r) => r.extracted).length;
      expect(here).toBeGreaterThan(0);
      expect(here).toBeLessThanOrEqual(read.length - pool.extractedByWorkers);
      expect(JSON.stringify(both.map((r) => r.record))).toBe(JSON.stringify(extractHere(read).map((r) => r.record)));
      expect(both.filter((r) => "skip" in r.record).length).toBe(1);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it.each(["exits", "throws"])("loses no file when a worker %s while holding a chunk", async (how) => {
    const dir = await syntheticCorpus(40);
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".md")).sort();
    const read = await Promise.all(files.map(async (file) => ({ file, bytes: await readFile(join(dir, file)) })));
    const pool = ExtractorPool.start(1, new URL(`./fixtures/workers/${how}.mjs`, import.meta.url));
    try {
      await pool.started();
      const results = await pool.extract(read);
      expect(pool.extractedByWorkers).toBe(0);
      expect(JSON.stringify(results.map((r) => r.record))).toBe(JSON.stringify(extractHere(read).map((r) => r.record)));
    } finally {
      await pool.close();
    }
  }, 20_000);

  it("with here: false leaves every file to the worker (a big hot-added article does not hold up this thread)", async () => {
    const dir = await syntheticCorpus(20);
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".md")).sort();
    const read = await Promise.all(files.map(async (file) => ({ file, bytes: await readFile(join(dir, file)) })));
    const pool = ExtractorPool.start(1);
    try {
      const results = await pool.extract(read, { here: false });
      expect(pool.extractedByWorkers).toBe(read.length);
      expect(results.some((r) => r.extracted)).toBe(false);
      expect(JSON.stringify(results.map((r) => r.record))).toBe(JSON.stringify(extractHere(read).map((r) => r.record)));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("with here: false still extracts every file here when the worker dies", async () => {
    const dir = await syntheticCorpus(20);
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".md")).sort();
    const read = await Promise.all(files.map(async (file) => ({ file, bytes: await readFile(join(dir, file)) })));
    const pool = ExtractorPool.start(1, new URL("./fixtures/workers/exits.mjs", import.meta.url));
    try {
      const results = await pool.extract(read, { here: false });
      expect(pool.extractedByWorkers).toBe(0);
      expect(JSON.stringify(results.map((r) => r.record))).toBe(JSON.stringify(extractHere(read).map((r) => r.record)));
    } finally {
      await pool.close();
    }
  }, 20_000);

  it("extracts one big article off this thread when it is added to a cached corpus", async () => {
    const dir = await syntheticCorpus(5);
    const cacheDir = await tempDir();
    await load(dir, cacheDir);
    const seeds = await Promise.all((await readdir(SEED_DIR)).map((f) => readFile(join(SEED_DIR, f), "utf8")));
    let body = "---\ntitle: A long one\npublished: 2024-10-23\n---\n";
    for (let i = 0; Buffer.byteLength(body) < MIN_BYTES_OFF_THREAD; i++) body += seeds[i % seeds.length]!.replace(/^---[\s\S]*?\n---\n/, "") + "\n\n";
    await writeFile(join(dir, "long.md"), body);
    const { corpus, stats } = await load(dir, cacheDir, { workers: 1 });
    expect(stats).toEqual({ cached: 5, extracted: 1, inWorkers: 1 });
    const long = corpus.articles.find((a) => a.file === "long.md")!;
    expect(corpus.statements.filter((s) => s.article === long.id).length).toBeGreaterThan(10);
    // A small change stays in this thread (a worker costs more to start than it saves).
    await writeFile(join(dir, "short.md"), seeds[0]!);
    expect((await load(dir, cacheDir, { workers: 1 })).stats).toEqual({ cached: 6, extracted: 1, inWorkers: 0 });
  }, 60_000);

  it("yields exactly what this thread does, skipped files included, cold and after a bulk change", async () => {
    const dir = await syntheticCorpus(200);
    await writeFile(join(dir, "broken.md"), "---\ntitle: [unclosed\n---\nText.\n");
    const cacheDir = await tempDir();
    const here = dump(await loadCorpus(dir, { workers: 0 }));

    // Cold: most files need extracting, so the workers start while the files are read.
    const cold = await load(dir, cacheDir, { workers: 1 });
    expect(cold.stats).toMatchObject({ cached: 0, extracted: 201 });
    expect(cold.corpus.skipped.map((s) => s.file)).toEqual(["broken.md"]);
    expect(dump(cold.corpus)).toBe(here);
    expect(dump((await load(dir, cacheDir, { workers: 1 })).corpus)).toBe(here);

    // 160 files edited: the cache knows every file name, so the workers start only once the edits are found.
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".md") && f !== "broken.md").sort().slice(0, 160);
    for (const file of files) await writeFile(join(dir, file), `${await readFile(join(dir, file), "utf8")}\nThe talks were held on Monday, officials said.\n`);
    const edited = dump(await loadCorpus(dir, { workers: 0 }));
    const bulk = await load(dir, cacheDir, { workers: 1 });
    expect(bulk.stats).toMatchObject({ cached: 41, extracted: 160 });
    expect(bulk.warnings).toEqual([]);
    expect(dump(bulk.corpus)).toBe(edited);
    expect(edited).not.toBe(here);
  }, 60_000);
});
