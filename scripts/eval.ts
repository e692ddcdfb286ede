/**
 * `npm run eval`: the measured quality of extraction.
 * - attribution of statements against test/fixtures/statements.json (precision, recall, negatives)
 * - date resolution against test/fixtures/seed-dates.json (exact resolutions, false dates)
 */
import { fileURLToPath } from "node:url";
import { loadCorpus } from "../src/corpus/index.js";
import { evaluateDates } from "./eval-dates.js";
import { formatAttribution, runAttributionEval } from "./eval-quotes.js";

for (const score of await runAttributionEval()) console.log(formatAttribution(score));

const seeds = await loadCorpus(fileURLToPath(new URL("../data/articles", import.meta.url)));
const dates = evaluateDates(seeds);
console.log(`\nDates (seed): ${dates.exact}/${dates.total} resolve exactly, ${dates.falseDates.length} false dates`);
for (const line of dates.lines) if (!line.startsWith("ok")) console.log(`  ${line}`);
for (const line of dates.falseDates) console.log(`  FALSE  ${line}`);
