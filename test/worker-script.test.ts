import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { generateCorpus, writeCorpus } from "../scripts/bench/generate.js";
import { EXTRACTOR_VERSION } from "../src/corpus/record.js";
import { SOURCE_WORKER, workerScript } from "../src/corpus/worker-script.js";
import { ExtractorPool, extractHere } from "../src/corpus/workers.js";

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "verbatim-worker-test-"));
  made.push(dir);
  return dir;
}

/** The files of a generated corpus, as read. */
async function readCorpus(count: number) {
  const dir = await tempDir();
  await writeCorpus(dir, generateCorpus(count));
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".md")).sort();
  return Promise.all(files.map(async (file) => ({ file, bytes: await readFile(join(dir, file)) })));
}

/** The pool's workers extract part of a generated corpus, exactly as this thread does; the pool is closed after. */
async function expectWorkersExtract(pool: ExtractorPool): Promise<void> {
  const read = await readCorpus(40);
  try {
    await pool.started();
    const results = await pool.extract(read);
    expect(pool.extractedByWorkers).toBeGreaterThan(0);
    expect(JSON.stringify(results.map((r) => r.record))).toBe(JSON.stringify(extractHere(read).map((r) => r.record)));
  } finally {
    await pool.close();
  }
}

describe("the worker script", () => {
  it("is a bundle of the extractor named by its version, from which workers extract what this thread does", async () => {
    const script = await workerScript();
    expect(script.href).not.toBe(SOURCE_WORKER.href);
    expect(script.pathname).toMatch(new RegExp(`/node_modules/\\.cache/verbatim/extract-worker-${EXTRACTOR_VERSION}\\.mjs$`));
    expect(existsSync(script)).toBe(true);
    // One plain module: the sources are in it, the packages are imported.
    const text = await readFile(script, "utf8");
    expect(text).toContain("// src/corpus/record.ts");
    expect(text).toMatch(/from "chrono-node\/en"/);
    expect(await workerScript()).toBe(script);

    await expectWorkersExtract(ExtractorPool.start(1));
  }, 60_000);

  it("is dropped when a worker cannot start from it, and a worker loading the sources takes its place", async () => {
    const damaged = join(await tempDir(), "extract-worker-damaged.mjs");
    await copyFile(fileURLToPath(new URL("./fixtures/workers/fails-to-start.mjs", import.meta.url)), damaged);
    await expectWorkersExtract(ExtractorPool.start(1, pathToFileURL(damaged), SOURCE_WORKER));
    expect(existsSync(damaged)).toBe(false);
    // From then on, workers start from the sources.
    expect((await workerScript()).href).toBe(SOURCE_WORKER.href);
  }, 60_000);
});
