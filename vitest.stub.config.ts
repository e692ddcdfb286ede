/**
 * `npm run check:stubbed`: the attribution and date tests run against an extractor stubbed to find
 * no statements and no dates (scripts/check-stubbed.ts). Every one of those test files must fail:
 * a test file that passes with nothing extracted asserts nothing positive.
 */
import { defineConfig, mergeConfig, type Plugin } from "vitest/config";
import base from "./vitest.config.js";

/** Functions whose real body is kept but whose answer is replaced by an empty one. */
const STUBS: Array<{ file: string; name: string; empty: string }> = [
  { file: "src/extract/quotes/extract.ts", name: "extractStatements", empty: "({ ...real, statements: [] })" },
  { file: "src/extract/quotes/attribution/index.ts", name: "findAttributions", empty: "[]" },
  { file: "src/extract/dates/resolve.ts", name: "resolveDates", empty: "[]" },
  { file: "src/extract/dates/resolve.ts", name: "parseDates", empty: "[]" },
  { file: "src/extract/facts/facts.ts", name: "draftFacts", empty: "[]" },
];

const stubExtractor: Plugin = {
  name: "stub-extractor",
  enforce: "pre",
  transform(code, id) {
    let out = code;
    for (const { file, name, empty } of STUBS) {
      if (!id.endsWith(file)) continue;
      out = out.replace(`export function ${name}(`, `function ${name}__real(`);
      out += `\nexport function ${name}(...args) { const real = ${name}__real(...args); return ${empty}; }\n`;
    }
    return out === code ? null : out;
  },
};

export default mergeConfig(base, defineConfig({ plugins: [stubExtractor] }));
