/**
 * The local console: `npm start` without a token, commands piped in, answers on stdout. The first
 * `npm start` test is the entry point's one smoke test as a process; the others run src/index.ts
 * in this process (test/helpers/in-process.ts), with the same environment, input and checks.
 */
import { describe, expect, it } from "vitest";
import { answerLine } from "../src/console/console.js";
import { parseLine } from "../src/console/parse.js";
import { ask } from "../src/answer/ask.js";
import { loadCorpus } from "../src/corpus/index.js";
import { InputError } from "../src/commands/types.js";
import { spawnTsx } from "./helpers/fake-discord/spawn.js";
import { runInProcess } from "./helpers/in-process.js";
import { SEED_DIR } from "./helpers/tmp-corpus.js";

describe("console line parsing", () => {
  it("reads options as typed in Discord, quoted or not", () => {
    expect(parseLine("/quote leader:Xi topic:ceasefire").input).toEqual({ leader: "Xi", topic: "ceasefire" });
    expect(parseLine('/when event:"Iran joined the SCO"').input).toEqual({ event: "Iran joined the SCO" });
    expect(parseLine("/when event:Iran joined the SCO leader:Raisi").input).toEqual({ event: "Iran joined the SCO", leader: "Raisi" });
    expect(parseLine('/when event:"leader: a colon inside" leader:Xi').input).toEqual({ event: "leader: a colon inside", leader: "Xi" });
    expect(parseLine("/quote leader:'Xi Jinping'").input).toEqual({ leader: "Xi Jinping" });
    expect(parseLine("  /SOURCES  ").command.name).toBe("sources");
    expect(parseLine("/quote Leader:Xi").input).toEqual({ leader: "Xi" });
  });

  it("explains what is wrong", () => {
    expect(() => parseLine("quote leader:Xi")).toThrow(/start with "\/"/);
    expect(() => parseLine("/quot leader:Xi")).toThrow(/Unknown command \/quot/);
    expect(() => parseLine("/quote lader:Xi")).toThrow(/no option "lader"/);
    expect(() => parseLine("/quote Xi")).toThrow(/name:value/);
    expect(() => parseLine("/quote leader:Xi leader:Raisi")).toThrow(/given twice/);
    expect(() => parseLine('/when event:"unclosed')).toThrow(/not closed/);
    expect(() => parseLine("/help me")).toThrow(InputError);
  });

  it("checks values like the bot does", async () => {
    const corpus = await loadCorpus(SEED_DIR);
    expect(await answerLine("/quote leader:", corpus, ask)).toMatch(/^! `?leader:.*must not be blank/);
    expect(await answerLine(`/quote leader:Xi topic:${"x".repeat(201)}`, corpus, ask)).toMatch(/at most 200/);
    expect(await answerLine("/quote", corpus, ask)).toMatch(/needs leader:/);
    const boom = () => {
      throw new Error("kaput");
    };
    expect(await answerLine("/sources", corpus, boom)).toBe("! Something went wrong: kaput");
  });
});

describe("npm start without a token", () => {
  it("opens the console, answers piped commands as text and ends cleanly at end of input", async () => {
    const input = [
      "/help",
      "/sources",
      "/quote leader:Xi topic:ceasefire",
      '/when event:"Iran joined the SCO"',
      "hello?",
      "/quote lader:Xi",
      "",
      "/when",
    ].join("\n");
    const run = spawnTsx("src/index.ts", { DISCORD_TOKEN: "", VERBATIM_DATA_DIR: SEED_DIR }, { input });
    expect(await run.exited, run.stderr()).toBe(0);
    const out = run.stdout();
    const err = run.stderr();
    expect(err).toMatch(/Loaded 5 articles/);
    expect(err.split("\n").filter((line) => line.includes("DISCORD_TOKEN is not set"))).toHaveLength(1);
    expect(out).toContain("/quote leader:<name> [topic:<words>]"); // /help
    expect(out).toContain("1. Xi pledges to boost Iran ties in talks with Pezeshkian"); // /sources
    expect(out).toContain("https://www.arabnews.com/node/2576709");
    expect(out).toContain('! Commands start with "/"');
    expect(out).toContain('! /quote has no option "lader"');
    expect(out).toContain("! /when needs event:");
    // /quote and /when produce an answer block each (results, or a message when nothing is found).
    const blocks = out.split("\n\n").filter((block) => block.trim() !== "");
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    expect(err).not.toMatch(/Error|at .*\.ts:\d+/);
  });

  it("ends normally when the reader of its output goes away (npm start 2>&1 | head)", async () => {
    const run = runInProcess("src/index.ts", { env: { DISCORD_TOKEN: "", VERBATIM_DATA_DIR: SEED_DIR } });
    await run.waitForOutput("Loaded 5 articles");
    run.closeOutput();
    run.stdin.end("/quote leader:Xi\n/when event:summit\n/sources\n");
    // Before the fix it spun at full CPU, logging each failed write to the closed pipe.
    expect(await run.exited).toBe(0);
  });

  it("works with empty input too", async () => {
    const run = runInProcess("src/index.ts", { env: { DISCORD_TOKEN: "", VERBATIM_DATA_DIR: SEED_DIR }, input: "" });
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toBe("");
  });
});
