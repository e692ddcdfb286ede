import { describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/index.js";
import { evaluateDates, loadDateLabels } from "../scripts/eval-dates.js";
import { SEED_DIR } from "./helpers/tmp-corpus.js";

describe("date evaluation on the labelled seed articles", () => {
  it("labels every date expression of the seeds", () => {
    expect(loadDateLabels()).toHaveLength(24);
  });

  it("resolves all of them exactly, with no false dates", async () => {
    const report = evaluateDates(await loadCorpus(SEED_DIR));
    expect(report.falseDates).toEqual([]);
    expect(report.lines.filter((line) => !line.startsWith("ok"))).toEqual([`Dates: 24 of 24 resolved exactly; 0 false dates.`]);
    expect({ exact: report.exact, total: report.total }).toEqual({ exact: 24, total: 24 });
  });

  it("reports a wrong resolution and a false date", async () => {
    const corpus = await loadCorpus(SEED_DIR);
    const [label, ...rest] = loadDateLabels();
    const report = evaluateDates(corpus, [{ ...label!, value: "2024-10-22" }, ...rest.slice(1)]);
    expect(report.exact).toBe(22);
    expect(report.lines[0]).toMatch(/^WRONG/);
    expect(report.falseDates).toHaveLength(1);
    expect(report.falseDates[0]).toMatch(/on Wednesday/);
  });
});
