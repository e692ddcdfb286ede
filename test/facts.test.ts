import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportsPastEvent } from "../src/extract/facts/facts.js";
import { loadCorpus } from "../src/corpus/index.js";
import { article, SEED_DIR, tmpCorpus } from "./helpers/tmp-corpus.js";

/** The dated facts of a corpus written for the test, through the real pipeline (people included). */
async function factsOf(files: Record<string, string>) {
  return (await loadCorpus(await tmpCorpus(files), { workers: 0 })).facts;
}

describe("dated facts from the seed articles", () => {
  it("makes one fact per date, cutting a sentence with two dates into its clauses, each with its people", async () => {
    const corpus = await loadCorpus(SEED_DIR, { workers: 0 });
    const facts = corpus.facts.filter((f) => f.article === "002_65ddf13c27f194d8" && (f.event.includes("Wang Di") || f.event.includes("Li Qiang")));
    expect(facts.map((f) => [f.event, f.date.value, f.date.qualifier, f.people])).toEqual([
      [
        "This followed a trip by Wang Di, China’s head diplomat for West Asian and North African affairs, to Tehran in early November",
        "2023-11",
        "early",
        ["Wang Di"],
      ],
      ["Chinese Premier Li Qiang’s meeting with Iranian First Vice-President Mohammad Mokhber in late October.", "2023-10", "late", ["Li Qiang", "Mohammad Mokhber"]],
    ]);
    expect(facts.every((f) => f.sentence === facts[0]!.sentence && !f.fallback)).toBe(true);
  });

  it("gives the corpus the facts of every article", async () => {
    const corpus = await loadCorpus(SEED_DIR);
    const summit = corpus.facts.find((f) => f.event.includes("Joe Biden"))!;
    expect(summit).toMatchObject({ article: "004_077bf2f25640e73c", fallback: false, date: { value: "2023-11-15", precision: "day" } });
    expect(summit.people).toEqual(expect.arrayContaining(["Xi Jinping", "Joe Biden"]));
    const sentence = corpus.byId.get(summit.article)!.sentences[summit.sentence]!;
    expect(sentence.text).toBe(summit.event);
    expect(sentence.paragraph).toBe(summit.paragraph);
  });
});

describe("the publication-date fallback", () => {
  const body = [
    "Port deal signed in Doha",
    "",
    "• The ministers signed the port agreement in Doha.",
    "",
    "The ministers signed the port agreement in Doha.",
    "",
    "The port has handled grain shipments for decades.",
    "",
    "Qatar has backed the project since its start.",
    "",
    "“We signed it with pride,” a banner read.",
    "",
    "The harbour master said work would start on Monday.",
  ].join("\n");

  it("dates only simple-past event reports in the body, marks them, and skips repeated bullets", async () => {
    const facts = await factsOf({ "port.md": article({ title: "Port deal", published: "2024-03-08" }, body) });
    expect(facts.map((f) => [f.event, f.date.value, f.fallback])).toEqual([
      ["The ministers signed the port agreement in Doha.", "2024-03-08", true],
      ["The harbour master said work would start on Monday.", "2024-03-11", false],
    ]);
    expect(facts[0]!.date).toMatchObject({ precision: "day", qualifier: null, expression: "" });
  });

  it("is never used in an undated article, whose relative dates are not facts either", async () => {
    const undated = "Port deal signed in Doha\n\nThe ministers signed the port agreement on Saturday.\n\nThe first agreement was signed on July 29, 2022.\n";
    const facts = await factsOf({ "port.md": article({ title: "Port deal" }, undated) });
    expect(facts.map((f) => [f.date.value, f.fallback])).toEqual([["2022-07-29", false]]);
  });

  it("recognises event reports, not background or hypotheticals", () => {
    expect(reportsPastEvent("Saudi and Iranian leaders met in Riyadh, calling for a ceasefire.")).toBe(true);
    expect(reportsPastEvent("Wang said bilateral relations had made consistent progress.")).toBe(true);
    expect(reportsPastEvent("Tehran has backed other anti-Israel militant groups in the region.")).toBe(false);
    expect(reportsPastEvent("China is a close partner of Iran, its largest trade partner.")).toBe(false);
    expect(reportsPastEvent("The meeting was their first since Pezeshkian was elected president.")).toBe(false);
    expect(reportsPastEvent("“We met and we signed,” the minister recalled in his memoir.")).toBe(false);
    expect(reportsPastEvent("Will the ministers meet again?")).toBe(false);
    // An adverb between the auxiliary and the participle: still no event.
    expect(reportsPastEvent("You are often mentioned as a future national leader for the left.")).toBe(false);
    expect(reportsPastEvent("The plan was also criticised by the opposition on its release.")).toBe(false);
  });
});

describe("reportsPastEvent with the auxiliary test at the verb", () => {
  /** The first version: the text before each verb copied, searched for an auxiliary at its end, its quotes counted. */
  function reference(text: string): boolean {
    const verbs = /\b(?:met|said|told|signed|held|announced|visited|called|spoke|talked|agreed|pledged|vowed|urged|warned|reported|welcomed|thanked|expressed|stressed|noted|declared|killed|won|made|passed|confirmed|promised|hailed|pointed|wrote|posted)\b/gi;
    if (text.trim().endsWith("?") || text.split(/\s+/).length < 5) return false;
    for (const match of text.matchAll(verbs)) {
      const before = text.slice(0, match.index);
      if (/\b(?:has|have|had|having|will|would|shall|should|could|can|may|might|must|to|be|been|being|is|are|was|were|not|never)\s+(?:(?:\w+ly|often|also|still|always|already|long|even|just)\s+)?$/i.test(before)) continue;
      const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
      if (opened > 0 || (before.match(/"/g) ?? []).length % 2 === 1) continue;
      return true;
    }
    return false;
  }

  it("agrees with the first version on random sentences", () => {
    const piece = fc.constantFrom("has", "had", "Has", " ", "  ", "\u00a0", "\t", "quickly", "ly", "said", "Said", "met", "to", "“", "”", '"', "x", "a", "was", "never", "_", "1", "é", "told", "not", "hasn't", "will", "-", ".", "?");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 3, maxLength: 16 }), (pieces) => {
        const text = pieces.join("");
        expect(reportsPastEvent(text), JSON.stringify(text)).toBe(reference(text));
      }),
      { numRuns: 20000 },
    );
  });
});
