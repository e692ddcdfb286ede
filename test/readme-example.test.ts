/**
 * The README's opening example is real output: the fenced block after
 * `<!-- example: <ask arguments> -->` must be exactly what `npm run --silent ask -- <ask arguments>`
 * prints for the shipped articles (data/articles). Asked in-process, with the CLI's own argument
 * parser (so the CLI's default limit applies) and its own text rendering.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ask } from "../src/answer/ask.js";
import { renderText } from "../src/answer/render-text.js";
import { parseAskArgs } from "../src/cli/ask-args.js";
import { loadCorpus } from "../src/corpus/index.js";

const README = fileURLToPath(new URL("../README.md", import.meta.url));
const ARTICLES = fileURLToPath(new URL("../data/articles", import.meta.url));

interface Example {
  args: string;
  block: string;
}

/** Every `<!-- example: … -->` marker and the fenced block right after it. */
function readmeExamples(): Example[] {
  const text = readFileSync(README, "utf8").replace(/\r\n/g, "\n");
  const examples: Example[] = [];
  for (const m of text.matchAll(/<!--\s*example:\s*(.+?)\s*-->\s*\n```[^\n]*\n([\s\S]*?)\n```/g)) {
    examples.push({ args: m[1]!, block: m[2]! });
  }
  return examples;
}

describe("README example", () => {
  const examples = readmeExamples();

  it("has the marked example of a /quote answer", () => {
    expect(examples.map((e) => e.args)).toContain("quote --leader Xi --topic ceasefire");
  });

  it.each(examples)("shows what `ask -- $args` prints", async ({ args, block }) => {
    const invocation = parseAskArgs(args.split(/\s+/));
    const request = invocation.request;
    if (request.command === "extract") throw new Error("README examples are questions, not extract listings");
    expect(invocation.json).toBe(false);
    expect(invocation.dataDir).toBeUndefined();
    // The command shown to the reader is the one checked here.
    expect(readFileSync(README, "utf8")).toContain(`npm run --silent ask -- ${args}`);
    const corpus = await loadCorpus(ARTICLES, { workers: 0 });
    const printed = renderText(ask(corpus, request));
    expect(block).toBe(printed);
  });
});
