import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateCorpus, writeCorpus } from "../scripts/bench/generate.js";
import { quoteQueries, whenQueries } from "../scripts/bench/queries.js";
import { prepareAnswers } from "../src/answer/prepare.js";
import { answerQuote } from "../src/answer/quote/quote.js";
import { answerWhen } from "../src/answer/when/when.js";
import { artefactPath } from "../src/corpus/cache.js";
import { loadCorpus, writeCorpusCache, type Corpus } from "../src/corpus/corpus.js";

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "verbatim-index-test-"));
  made.push(dir);
  return dir;
}

const ARTICLES = 30;
const generated = generateCorpus(ARTICLES);
const queries = [
  ...whenQueries(generated, 40).map((q) => ({ event: q.event, ...(q.leader ? { leader: q.leader } : {}) })),
  { event: "summit" },
  { event: "agreement signed" },
  { event: "nothing like this at all" },
];

/** Every answer to the sample queries, as text. */
const answers = (corpus: Corpus) => JSON.stringify(queries.map((q) => answerWhen(corpus, q)));

/** The answers to each set of queries on the generated corpus loaded without a cache: the same in every test, so worked out once. */
const plainAnswers = new Map<(corpus: Corpus) => string, string>();

/** A generated corpus, an empty cache, the answers without a cache, and where index `name` is stored. */
async function setUp(name: "when" | "quote" = "when", answersOf: (corpus: Corpus) => string = answers) {
  const dir = await tempDir();
  await writeCorpus(dir, generated);
  const cacheDir = await tempDir();
  if (!plainAnswers.has(answersOf)) plainAnswers.set(answersOf, answersOf(await loadCorpus(dir, { workers: 0 })));
  return { dir, cacheDir, plain: plainAnswers.get(answersOf)!, path: artefactPath(cacheDir, dir, name, "bin") };
}

async function loadPrepared(dir: string, cacheDir: string) {
  const warnings: string[] = [];
  const corpus = await loadCorpus(dir, { cacheDir, workers: 0, warn: (m) => warnings.push(m) });
  prepareAnswers(corpus);
  return { corpus, warnings };
}

/** The stored index's parts: header, strings line, integers. */
async function readParts(path: string) {
  const bytes = await readFile(path);
  const first = bytes.indexOf(10);
  const second = bytes.indexOf(10, first + 1);
  const header = JSON.parse(bytes.subarray(0, first).toString("utf8"));
  const strings = JSON.parse(bytes.subarray(first + 1, second).toString("utf8"));
  const raw = bytes.subarray(second + 1);
  const ints = new Int32Array(raw.length / 4);
  Buffer.from(ints.buffer).set(raw);
  return { header, strings, ints };
}

/** Writes parts back with a valid checksum (a well-formed file that lies). */
async function writeParts(path: string, { header, strings, ints }: Awaited<ReturnType<typeof readParts>>) {
  const stringsLine = Buffer.from(`${JSON.stringify(strings)}\n`, "utf8");
  const intBytes = Buffer.from(ints.buffer);
  header.sha256 = createHash("sha256").update(stringsLine).update(intBytes).digest("hex");
  await writeFile(path, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), stringsLine, intBytes]));
}

describe("stored /when index", () => {
  it("is written by the first load, read by the next, and answers exactly as an index built in memory", async () => {
    const { dir, cacheDir, plain, path } = await setUp();
    const cold = await loadPrepared(dir, cacheDir);
    expect(cold.warnings).toEqual([]);
    expect(answers(cold.corpus)).toBe(plain);
    const written = await stat(path);
    const warm = await loadPrepared(dir, cacheDir);
    expect(warm.warnings).toEqual([]);
    expect(answers(warm.corpus)).toBe(plain);
    expect((await stat(path)).mtimeMs).toBe(written.mtimeMs); // read, not rebuilt
    expect((await readdir(cacheDir)).sort().map((f) => f.replace(/-[0-9a-f]{16}\./, "-*."))).toEqual(["extractions-*.json", "quote-*.bin", "when-*.bin"]);
  });

  it("is rebuilt, without a warning, when an article changed (another corpus key)", async () => {
    const { dir, cacheDir, path } = await setUp();
    await loadPrepared(dir, cacheDir);
    const before = (await readParts(path)).header.key;
    const changed = join(dir, generated.articles[2]!.file);
    await writeFile(changed, (await readFile(changed, "utf8")).replace("said on", "told reporters on"));
    const next = await loadPrepared(dir, cacheDir);
    expect(next.warnings).toEqual([]);
    expect(answers(next.corpus)).toBe(answers(await loadCorpus(dir, { workers: 0 })));
    expect((await readParts(path)).header.key).not.toBe(before);
  });

  it("is rebuilt when made by another version of the index code", async () => {
    const { dir, cacheDir, plain, path } = await setUp();
    await loadPrepared(dir, cacheDir);
    const parts = await readParts(path);
    parts.header.version = "0-older";
    await writeParts(path, parts);
    const next = await loadPrepared(dir, cacheDir);
    expect(answers(next.corpus)).toBe(plain);
    expect((await readParts(path)).header.version).not.toBe("0-older");
  });

  it.each([
    ["a changed byte", (bytes: Buffer) => Buffer.concat([bytes.subarray(0, bytes.length - 9), Buffer.from([bytes[bytes.length - 9]! ^ 1]), bytes.subarray(bytes.length - 8)])],
    ["truncation", (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ["garbage", () => Buffer.from("{not json\n\u0000\u0001")],
    ["an empty file", () => Buffer.alloc(0)],
  ])("ignores an index damaged by %s, says so, and rebuilds it", async (_, damage) => {
    const { dir, cacheDir, plain, path } = await setUp();
    await loadPrepared(dir, cacheDir);
    await writeFile(path, damage(await readFile(path)));
    const damaged = await loadPrepared(dir, cacheDir);
    expect(damaged.warnings).toHaveLength(1);
    expect(damaged.warnings[0]).toMatch(/when index .* ignored: .*rebuilding it/);
    expect(answers(damaged.corpus)).toBe(plain);
    const rebuilt = await loadPrepared(dir, cacheDir);
    expect(rebuilt.warnings).toEqual([]);
    expect(answers(rebuilt.corpus)).toBe(plain);
  });

  it.each([
    ["a posting past the last fact", (p: Awaited<ReturnType<typeof readParts>>) => {
      const words = (p.strings[0] as string[]).length;
      p.ints[words + 1] = 1_000_000; // first posting of the first word
    }, /bad postings/],
    ["an unknown field mask", (p: Awaited<ReturnType<typeof readParts>>) => {
      const words = (p.strings[0] as string[]).length;
      p.ints[words + 2] = 8;
    }, /bad postings/],
    ["a repeated word", (p: Awaited<ReturnType<typeof readParts>>) => {
      const words = p.strings[0] as string[];
      words[1] = words[0]!;
    }, /repeated words/],
    ["a content word out of range", (p: Awaited<ReturnType<typeof readParts>>) => {
      p.ints[p.ints.length - 1] = 99_999;
    }, /bad content words/],
    ["strings of the wrong shape", (p: Awaited<ReturnType<typeof readParts>>) => {
      p.strings = { words: [] };
    }, /bad strings/],
  ])("never trusts an index with %s, even with a valid checksum", async (_, lie, why) => {
    const { dir, cacheDir, plain, path } = await setUp();
    await loadPrepared(dir, cacheDir);
    const parts = await readParts(path);
    lie(parts);
    await writeParts(path, parts);
    const next = await loadPrepared(dir, cacheDir);
    expect(next.warnings).toHaveLength(1);
    expect(next.warnings[0]).toMatch(why);
    expect(answers(next.corpus)).toBe(plain);
  });
});

const quoteAsked = [
  ...quoteQueries(generated, 40).map((q) => ({ leader: q.leader, topic: q.topic })),
  ...generated.speakers.slice(0, 5).map((s) => ({ leader: s.full })),
  { leader: generated.speakers[0]!.full, topic: "nothing like this at all" },
];

/** Every answer to the sample /quote queries, as text. */
const quoteAnswers = (corpus: Corpus) => JSON.stringify(quoteAsked.map((q) => answerQuote(corpus, q)));

describe("stored /quote index", () => {
  const setUpQuote = () => setUp("quote", quoteAnswers);

  it("is written by the first load, read by the next, and answers exactly as an index built in memory", async () => {
    const { dir, cacheDir, plain, path } = await setUpQuote();
    const cold = await loadPrepared(dir, cacheDir);
    expect(cold.warnings).toEqual([]);
    expect(quoteAnswers(cold.corpus)).toBe(plain);
    const written = await stat(path);
    const warm = await loadPrepared(dir, cacheDir);
    expect(warm.warnings).toEqual([]);
    expect(quoteAnswers(warm.corpus)).toBe(plain);
    expect((await stat(path)).mtimeMs).toBe(written.mtimeMs); // read, not rebuilt
    expect(JSON.parse(plain).some((a: { results: unknown[] }) => a.results.length > 0)).toBe(true);
  });

  it("is rebuilt when an article changed, or when damaged (saying so)", async () => {
    const { dir, cacheDir, path } = await setUpQuote();
    await loadPrepared(dir, cacheDir);
    const changed = join(dir, generated.articles[2]!.file);
    await writeFile(changed, (await readFile(changed, "utf8")).replace("said on", "told reporters on"));
    const next = await loadPrepared(dir, cacheDir);
    expect(next.warnings).toEqual([]);
    const plain = quoteAnswers(await loadCorpus(dir, { workers: 0 }));
    expect(quoteAnswers(next.corpus)).toBe(plain);
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length - 3));
    const damaged = await loadPrepared(dir, cacheDir);
    expect(damaged.warnings).toEqual([expect.stringMatching(/quote index .* ignored: checksum mismatch .*rebuilding it/)]);
    expect(quoteAnswers(damaged.corpus)).toBe(plain);
  });

  it.each([
    ["a position past the speaker's statements", (p: Awaited<ReturnType<typeof readParts>>) => {
      const tokens = p.ints[1]!;
      p.ints[2 + 2 * tokens + 1] = 1_000_000; // the first position of the first partition
    }, /bad postings/],
    ["tokens out of order", (p: Awaited<ReturnType<typeof readParts>>) => {
      [p.ints[2], p.ints[3]] = [p.ints[3]!, p.ints[2]!];
    }, /bad tokens/],
    ["another corpus's speakers", (p: Awaited<ReturnType<typeof readParts>>) => {
      (p.strings[0] as string[]).reverse();
    }, /not this corpus's speakers/],
    ["a wrong statement count", (p: Awaited<ReturnType<typeof readParts>>) => {
      p.ints[0] = p.ints[0]! + 1;
    }, /bad partition header/],
  ])("never trusts an index with %s, even with a valid checksum", async (_, lie, why) => {
    const { dir, cacheDir, plain, path } = await setUpQuote();
    await loadPrepared(dir, cacheDir);
    const parts = await readParts(path);
    lie(parts);
    await writeParts(path, parts);
    const next = await loadPrepared(dir, cacheDir);
    expect(next.warnings).toEqual([expect.stringMatching(why)]);
    expect(quoteAnswers(next.corpus)).toBe(plain);
  });
});

describe("deferred cache writes (deferCacheWrites, as `npm start` loads)", () => {
  it("write nothing until writeCorpusCache, then the pack and both indexes, which the next load reads", async () => {
    const { dir, cacheDir, plain } = await setUp();
    const corpus = await loadCorpus(dir, { cacheDir, workers: 0, deferCacheWrites: true });
    prepareAnswers(corpus);
    expect(answers(corpus)).toBe(plain);
    expect(await readdir(cacheDir)).toEqual([]);

    await writeCorpusCache(corpus);
    const files = (await readdir(cacheDir)).sort().map((f) => f.replace(/-[0-9a-f]{16}\./, "-*."));
    expect(files).toEqual(["extractions-*.json", "quote-*.bin", "when-*.bin"]);
    await writeCorpusCache(corpus); // nothing left to write: a no-op

    let stats = { cached: -1, extracted: -1 };
    const warnings: string[] = [];
    const warm = await loadCorpus(dir, { cacheDir, workers: 0, warn: (m) => warnings.push(m), stats: (s) => (stats = s) });
    const mtimes = await Promise.all((await readdir(cacheDir)).map(async (f) => (await stat(join(cacheDir, f))).mtimeMs));
    prepareAnswers(warm);
    expect(warnings).toEqual([]);
    expect(stats).toMatchObject({ cached: ARTICLES, extracted: 0 });
    expect(answers(warm)).toBe(plain);
    // The indexes were read, not built and written again.
    expect(await Promise.all((await readdir(cacheDir)).map(async (f) => (await stat(join(cacheDir, f))).mtimeMs))).toEqual(mtimes);
  });
});
