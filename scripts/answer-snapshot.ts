/**
 * `npm run snapshot`: every answer to the questions of test/fixtures/questions.jsonl (each asked of
 * the seed articles and of the test fixtures), as JSON and as text, then `ask extract --json` of
 * both folders. A refactoring that must not change answers leaves this output byte for byte the same:
 *   npm run --silent snapshot > before.txt; …; npm run --silent snapshot | diff before.txt -
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ask } from "../src/answer/ask.js";
import { renderText } from "../src/answer/render-text.js";
import type { AskRequest } from "../src/answer/types.js";
import { extractionReport } from "../src/corpus/extraction-report.js";
import { loadCorpus } from "../src/corpus/index.js";

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const questions = readFileSync(at("../test/fixtures/questions.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as AskRequest);

for (const dir of ["../data/articles", "../test/fixtures/articles"]) {
  const corpus = await loadCorpus(at(dir), { workers: 0 });
  console.log(`# ${dir}`);
  for (const question of questions) {
    const response = ask(corpus, question);
    console.log(`? ${JSON.stringify(question)}`);
    console.log(JSON.stringify(response));
    console.log(renderText(response));
  }
  console.log(`# extract ${dir}`);
  for (const line of extractionReport(corpus)) console.log(JSON.stringify(line));
}
