/** Temporary files of a cache write killed midway are removed at start, once they are an hour old. */
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removeStaleTemporaries } from "../src/corpus/cache.js";
import { loadCorpus } from "../src/corpus/index.js";
import { tmpCorpus } from "./helpers/tmp-corpus.js";

describe("temporary files of a killed cache write", () => {
  it("are removed at start when over an hour old; a recent one (a write under way) and other files stay", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "verbatim-tmp-"));
    const old = join(cacheDir, "extractions-abc.json.4242.1700000000000.tmp");
    const fresh = join(cacheDir, "quote-abc.bin.4243.1700000000001.tmp");
    const other = join(cacheDir, "notes.tmp");
    for (const path of [old, fresh, other]) writeFileSync(path, "x");
    const twoHoursAgo = (Date.now() - 2 * 60 * 60_000) / 1000;
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    utimesSync(other, twoHoursAgo, twoHoursAgo);
    const dir = await tmpCorpus({ "a.md": "---\ntitle: T\npublished: 2025-03-14\n---\nT\n\nAna Ruiz said the deal would create jobs.\n" });
    const corpus = await loadCorpus(dir, { cacheDir, workers: 0 });
    expect(corpus.statements.map((s) => s.speaker)).toEqual(["Ana Ruiz"]);
    const left = readdirSync(cacheDir);
    expect(left).toContain("quote-abc.bin.4243.1700000000001.tmp");
    expect(left).toContain("notes.tmp");
    expect(left).not.toContain("extractions-abc.json.4242.1700000000000.tmp");
  });

  it("says how many it removed, and is quiet about a folder that does not exist", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "verbatim-tmp-"));
    writeFileSync(join(cacheDir, "x.json.1.2.tmp"), "x");
    expect(removeStaleTemporaries(cacheDir, Date.now() + 2 * 60 * 60_000)).toBe(1);
    expect(removeStaleTemporaries(join(cacheDir, "missing"))).toBe(0);
  });
});
