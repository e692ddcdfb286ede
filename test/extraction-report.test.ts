/** `ask extract`: what was read from each article, with offsets into the cleaned text. */
import { describe, expect, it } from "vitest";
import { parseAskArgs } from "../src/cli/ask-args.js";
import { extractionReport, renderExtractionReport, type ExtractedArticleReport } from "../src/corpus/extraction-report.js";
import { loadCorpus } from "../src/corpus/index.js";
import { tmpCorpus } from "./helpers/tmp-corpus.js";

const ARTICLE = `---
title: Port deal signed
outlet: Test Wire
url: https://example.com/port
published: 2025-03-14
---
Port deal signed

Finance Minister Ana Ruiz said on Tuesday that the port deal would create jobs.

"We waited ten years for this ... and it is finally here," Ruiz told reporters.

The Chinese commerce ministry said in a statement that work begins next month.
`;

async function report() {
  const dir = await tmpCorpus({ "port.md": ARTICLE, "empty.md": "" });
  return extractionReport(await loadCorpus(dir, { workers: 0 }));
}

describe("ask extract", () => {
  it("gives each statement its speaker, type and words, with spans that index the cleaned text", async () => {
    const [article] = (await report()).filter((line): line is ExtractedArticleReport => "statements" in line);
    expect(article).toMatchObject({ article: "port", file: "port.md", title: "Port deal signed", outlet: "Test Wire", published: "2025-03-14" });
    const reported = article!.statements.find((s) => s.kind === "reported" && s.speaker === "Ana Ruiz");
    expect(reported).toMatchObject({ speakerType: "person", kind: "reported", words: "the port deal would create jobs", paragraph: 2 });
    const direct = article!.statements.find((s) => s.kind === "direct")!;
    expect(direct).toMatchObject({ speaker: "Ana Ruiz", speakerType: "person", via: null, onBehalfOf: null, paragraph: 3, words: "We waited ten years for this ... and it is finally here" });
    expect(article!.statements.find((s) => s.speaker === "Chinese commerce ministry")).toMatchObject({ speakerType: "organisation", words: "work begins next month" });
    for (const s of article!.statements) {
      expect(s.spans.length).toBeGreaterThan(0);
      const pieces = s.spans.map(([start, end]) => article!.text.slice(start, end));
      // Each span is a piece of the words, in order; together they are the words, ellipses aside.
      expect(pieces.join(" … ").replace(/\s*(?:…|\.\.\.)\s*/g, " … ")).toBe(s.words.replace(/\s*(?:…|\.\.\.)\s*/g, " … "));
    }
  });

  it("gives each fact its value and the offsets of its date's words, and says where the date came from", async () => {
    const [article] = (await report()).filter((line): line is ExtractedArticleReport => "facts" in line);
    const tuesday = article!.facts.find((f) => f.expression === "on Tuesday")!;
    expect(tuesday).toMatchObject({ value: "2025-03-11", precision: "day", source: "text", paragraph: 2 });
    expect(article!.text.slice(tuesday.start!, tuesday.end!)).toBe("on Tuesday");
    expect(article!.facts.find((f) => f.expression === "next month")).toMatchObject({ value: "2025-04", precision: "month", source: "text" });
    for (const f of article!.facts) {
      if (f.source === "publication") expect(f).toMatchObject({ start: null, end: null, value: "2025-03-14" });
      else expect(article!.text.slice(f.start!, f.end!)).toBe(f.expression);
    }
  });

  it("names a file that was not loaded, with the reason", async () => {
    const lines = await report();
    expect(lines.find((line) => line.file === "empty.md")).toEqual({ file: "empty.md", skipped: expect.stringMatching(/empty/i) });
  });

  it("lists the same in readable text", async () => {
    const text = renderExtractionReport(await report());
    expect(text).toMatch(/port\.md — Port deal signed/);
    expect(text).toMatch(/¶2 Ana Ruiz \(reported\): the port deal would create jobs/);
    expect(text).toMatch(/¶2 2025-03-11 \[“on Tuesday”\]/);
    expect(text).toMatch(/empty\.md: skipped/);
  });

  it("is a command of its own that takes only --data and --json", () => {
    expect(parseAskArgs(["extract", "--data", "x", "--json"])).toEqual({ request: { command: "extract" }, dataDir: "x", json: true });
    expect(() => parseAskArgs(["extract", "--leader", "Xi"])).toThrow(/extract does not take --leader/);
  });
});
