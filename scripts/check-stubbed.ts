/**
 * `npm run check:stubbed`: runs every attribution and date test file against an extractor that
 * finds nothing (vitest.stub.config.ts) and checks that each file fails. Prints one line per file.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FILES = [
  "test/attribution-patterns.test.ts",
  "test/attribution/according-to.test.ts",
  "test/attribution/act-verb.test.ts",
  "test/attribution/filters.test.ts",
  "test/attribution/labelled-words.test.ts",
  "test/attribution/participle.test.ts",
  "test/attribution/reported-by.test.ts",
  "test/attribution/say-verb.test.ts",
  "test/quote.test.ts",
  "test/quotation-marks.test.ts",
  "test/extraction-report.test.ts",
  "test/dates.test.ts",
  "test/dates-probe.test.ts",
  "test/dates-ahead.test.ts",
  "test/dates-eval.test.ts",
  "test/facts.test.ts",
  "test/when.test.ts",
];

const out = join(mkdtempSync(join(tmpdir(), "verbatim-stub-")), "report.json");
spawnSync("npx", ["vitest", "run", "--config", "vitest.stub.config.ts", "--reporter=json", `--outputFile=${out}`, ...FILES], { stdio: "ignore" });
const report = JSON.parse(readFileSync(out, "utf8")) as { testResults: Array<{ name: string; assertionResults: Array<{ status: string }> }> };
let passing = 0;
for (const file of FILES) {
  const result = report.testResults.find((r) => r.name.endsWith(file));
  const failed = result?.assertionResults.filter((a) => a.status === "failed").length ?? 0;
  const total = result?.assertionResults.length ?? 0;
  if (failed === 0) passing++;
  console.log(`${failed > 0 ? "fails" : "PASSES"}  ${file}: ${failed} of ${total} tests fail with nothing extracted`);
}
console.log(passing === 0 ? "Every attribution and date test file fails when extraction finds nothing." : `${passing} file(s) pass with nothing extracted.`);
process.exitCode = passing === 0 ? 0 : 1;
