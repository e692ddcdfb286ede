/**
 * `npm run ask`: the first test is the entry point's one smoke test as a process (tsx); the others
 * run src/cli/ask.ts in this process (test/helpers/run-ask.ts) with the same checks, and argument
 * errors are checked at parseAskArgs too.
 */
import { describe, expect, it } from "vitest";
import { parseAskArgs, UsageError } from "../src/cli/ask-args.js";
import { askJson, runAsk, spawnAskJson } from "./helpers/run-ask.js";
import { article, tmpCorpus } from "./helpers/tmp-corpus.js";

describe("ask sources", () => {
  it("lists the five seed articles with outlet and date as one JSON object", () => {
    const { code, json, stderr } = spawnAskJson(["sources"]);
    expect(code, stderr).toBe(0);
    expect(json.command).toBe("sources");
    expect(json.results).toHaveLength(5);
    for (const source of json.results) {
      expect(Object.keys(source).sort()).toEqual(["article", "outlet", "paragraphs", "published", "sentences", "title", "url"]);
    }
    expect(json.results.map((s: any) => [s.outlet, s.published])).toContainEqual(["Arab News", "2024-10-23"]);
    expect(json.results.map((s: any) => s.published)).toEqual(["2024-10-23", "2023-12-06", "2023-11-13", "2022-07-29", "2021-05-24"]);
  });

  it("prints readable text without --json", async () => {
    const run = await runAsk(["sources"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Arab News, 2024-10-23");
    expect(run.stdout).toContain("https://www.arabnews.com/node/2576709");
  });

  it("reads another folder with --data, reporting skipped files on stderr only", async () => {
    const dir = await tmpCorpus({
      "ok.md": article({ title: "Ok", outlet: "Test Times", published: "2020-01-01" }, "Ok\nA sentence.\n"),
      "broken.md": "",
    });
    const run = await runAsk(["sources", "--data", dir, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).results.map((s: any) => s.article)).toEqual(["ok"]);
    expect(run.stderr).toContain("skipped broken.md: empty file");
  });
});

describe("ask arguments", () => {
  it.each([
    [["frobnicate"], /unknown command 'frobnicate'/],
    [["quote"], /quote needs --leader/],
    [["quote", "--leader", "  "], /quote needs --leader/],
    [["when", "--leader", "Xi"], /when needs --event/],
    [["quote", "--leader", "Xi", "--limit", "0"], /--limit must be a whole number/],
    [["quote", "--leader", "Xi", "--limit", "-3"], /--limit must be a whole number/],
    [["quote", "--leader", "Xi", "--event", "x"], /quote does not take --event/],
    [["sources", "--bogus"], /Unknown option '--bogus'/],
  ])("%j exits 2 with a one-line error", async (args, message) => {
    expect(() => parseAskArgs(args)).toThrow(UsageError);
    expect(() => parseAskArgs(args)).toThrow(message);
    const run = await runAsk(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it("returns the JSON contract for quote and when, with zero results allowed", async () => {
    const quote = await askJson(["quote", "--leader", "Nobody Atall", "--topic", "x"]);
    expect(quote.code).toBe(0);
    expect(quote.json).toMatchObject({ command: "quote", query: { leader: "Nobody Atall", topic: "x" }, results: [] });
    const when = await askJson(["when", "--event", "moon landing"]);
    expect(when.code).toBe(0);
    expect(when.json).toMatchObject({ command: "when", query: { event: "moon landing" } });
  });

  it("exits 1 with a reason when no article can be loaded", async () => {
    const missing = await runAsk(["sources", "--data", "/nonexistent/verbatim"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/article folder '\/nonexistent\/verbatim' does not exist/);
    const dir = await tmpCorpus({ "a.md": "", "b.txt": "---\ntitle: [\n---\n" });
    const allBad = await runAsk(["sources", "--data", dir]);
    expect(allBad.code).toBe(1);
    expect(allBad.stderr).toMatch(/no article could be loaded .*every article file was skipped/);
  });
});
