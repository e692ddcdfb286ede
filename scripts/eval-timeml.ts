/**
 * `npm run eval:timeml -- --corpus <folder of .tml files> [--errors]`: the dated facts Verbatim
 * extracts, scored against TimeML gold (TimeBank 1.2, TempEval-3). The corpus is read from the
 * path given and never copied into this repository.
 *
 * - Each .tml document becomes an article whose publication date is its creation time (DCT);
 *   other files (the `._*` resource forks beside TimeBank's files) are skipped.
 * - Gold: TIMEX3 of type DATE whose value is a calendar value (YYYY, YYYY-MM or YYYY-MM-DD), the
 *   creation time excluded. Sentences are the project's own segmentation.
 * - Recall: gold dates whose sentence holds a fact (source "text") with exactly the gold value.
 *   Precision: facts (source "text") whose value equals a gold value of the same sentence.
 * - Value accuracy: of the gold dates an extracted date expression overlaps, the share with the
 *   right value; the wrong ones counted as wrong year, wrong month or day, wrong precision.
 * - Facts with `source: "carried"` are scored apart the same way.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { extractionReport, type ExtractedArticleReport, type ExtractedFact } from "../src/corpus/extraction-report.js";
import { loadCorpus } from "../src/corpus/index.js";
import type { Article } from "../src/ingest/types.js";

/** A TIMEX3 of the gold, with where its words stand in the document's text. */
export interface GoldTimex {
  value: string;
  type: string;
  text: string;
  start: number;
  end: number;
  creationTime: boolean;
}

export interface TimemlDocument {
  id: string;
  creationTime: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? "";

/** The text of a TimeML document's TEXT element, its TIMEX3s, and its creation time. */
export function parseTimeml(id: string, xml: string): TimemlDocument | null {
  const dct = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!dct || !body) return null;
  const creationTime = attribute(dct[1]!, "value").slice(0, 10);
  let text = "";
  const timexes: GoldTimex[] = [];
  let open: { tag: string; start: number } | null = null;
  for (const part of body[1]!.split(/(<[^>]+>)/)) {
    if (part.startsWith("<")) {
      if (part.startsWith("<TIMEX3")) open = { tag: part, start: text.length };
      else if (part.startsWith("</TIMEX3") && open) {
        timexes.push({
          value: attribute(open.tag, "value"),
          type: attribute(open.tag, "type"),
          text: text.slice(open.start),
          start: open.start,
          end: text.length,
          creationTime: attribute(open.tag, "functionInDocument") === "CREATION_TIME",
        });
        open = null;
      }
      continue;
    }
    text += decode(part);
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(creationTime) ? { id, creationTime, text, timexes } : null;
}

export const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
export const isGoldDate = (t: GoldTimex) => t.type === "DATE" && CALENDAR_VALUE.test(t.value) && !t.creationTime;

/** The article written for a document: its id as the headline, then the text's paragraphs. */
function articleFile(doc: TimemlDocument): string {
  const body = doc.text.replace(/\r/g, "").trim();
  return `---\ntitle: "${doc.id}"\npublished: ${doc.creationTime}\n---\n${doc.id}\n\n${body}\n`;
}

export interface Score {
  gold: number;
  goldFound: number;
  facts: number;
  factsRight: number;
  overlapped: number;
  overlappedRight: number;
  wrongYear: number;
  wrongMonthOrDay: number;
  wrongPrecision: number;
  missed: number;
  notLocated: number;
  errors: string[];
}

const emptyScore = (): Score => ({ gold: 0, goldFound: 0, facts: 0, factsRight: 0, overlapped: 0, overlappedRight: 0, wrongYear: 0, wrongMonthOrDay: 0, wrongPrecision: 0, missed: 0, notLocated: 0, errors: [] });

/**
 * Where each gold date's words stand in the cleaned article text: found in order, from where the
 * previous one was found (cleaning keeps the words and their order, not every space).
 */
function locate(article: Article, doc: TimemlDocument): Array<{ timex: GoldTimex; start: number; end: number } | { timex: GoldTimex; start: -1; end: -1 }> {
  let cursor = 0;
  return doc.timexes.map((timex) => {
    const words = timex.text.replace(/\s+/g, " ").trim();
    const at = article.text.indexOf(words, cursor);
    if (at < 0) return { timex, start: -1, end: -1 };
    cursor = at + words.length;
    return { timex, start: at, end: at + words.length };
  });
}

const sentenceAt = (article: Article, offset: number) => article.sentences.find((s) => s.start <= offset && offset < s.end)?.index ?? -1;

function compare(gold: string, found: string): "right" | "year" | "monthOrDay" | "precision" {
  if (gold === found) return "right";
  if (gold.slice(0, 4) !== found.slice(0, 4)) return "year";
  if (gold.length !== found.length) return "precision";
  return "monthOrDay";
}

export function scoreDocument(article: Article, report: ExtractedArticleReport, doc: TimemlDocument, score: Score, source: ExtractedFact["source"] = "text"): void {
  const located = locate(article, doc).filter((l) => isGoldDate(l.timex));
  const facts = report.facts.filter((f) => f.source === source);
  // A carried date's words are in the sentence before: its own sentence is the one that holds its event.
  const factSentence = (f: ExtractedFact) => sentenceAt(article, f.start ?? article.text.indexOf(f.event));
  const goldBySentence = new Map<number, string[]>();
  for (const g of located) {
    score.gold++;
    if (g.start < 0) {
      score.notLocated++;
      score.missed++;
      score.errors.push(`${doc.id}: MISSED (not located) ${g.timex.value} “${g.timex.text}”`);
      continue;
    }
    const sentence = sentenceAt(article, g.start);
    goldBySentence.set(sentence, [...(goldBySentence.get(sentence) ?? []), g.timex.value]);
    if (facts.some((f) => factSentence(f) === sentence && f.value === g.timex.value)) score.goldFound++;
    const overlapping = facts.filter((f) => f.start !== null && f.end !== null && f.start < g.end && g.start < f.end);
    if (overlapping.length === 0) {
      score.missed++;
      score.errors.push(`${doc.id}: MISSED ${g.timex.value} “${g.timex.text}” in: ${article.sentences[sentence]?.text.slice(0, 160)}`);
      continue;
    }
    score.overlapped++;
    const verdict = overlapping.some((f) => f.value === g.timex.value) ? "right" : compare(g.timex.value, overlapping[0]!.value);
    if (verdict === "right") score.overlappedRight++;
    else {
      if (verdict === "year") score.wrongYear++;
      else if (verdict === "precision") score.wrongPrecision++;
      else score.wrongMonthOrDay++;
      score.errors.push(`${doc.id}: WRONG ${verdict.toUpperCase()} gold ${g.timex.value} got ${overlapping[0]!.value} “${g.timex.text}” (dct ${doc.creationTime}) in: ${article.sentences[sentence]?.text.slice(0, 160)}`);
    }
  }
  for (const f of facts) {
    score.facts++;
    const sentence = factSentence(f);
    if ((goldBySentence.get(sentence) ?? []).includes(f.value)) score.factsRight++;
    else if (!located.some((g) => g.start >= 0 && g.start < (f.end ?? 0) && (f.start ?? 0) < g.end)) {
      score.errors.push(`${doc.id}: FALSE ${f.value} “${f.expression}” (dct ${doc.creationTime}) in: ${article.sentences[sentence]?.text.slice(0, 160)}`);
    }
  }
}

export async function evaluateTimeml(corpusDir: string): Promise<{ documents: number; skipped: string[]; text: Score; carried: Score }> {
  const docs: TimemlDocument[] = [];
  const skipped: string[] = [];
  for (const name of readdirSync(corpusDir).sort()) {
    if (!name.endsWith(".tml") || name.startsWith("._")) continue;
    const doc = parseTimeml(basename(name, ".tml"), readFileSync(join(corpusDir, name), "utf8"));
    if (doc) docs.push(doc);
    else skipped.push(name);
  }
  const dir = mkdtempSync(join(tmpdir(), "verbatim-timeml-"));
  try {
    docs.forEach((doc, i) => writeFileSync(join(dir, `${String(i).padStart(4, "0")}.md`), articleFile(doc)));
    const corpus = await loadCorpus(dir, { workers: 0 });
    const reports = new Map(extractionReport(corpus).flatMap((line) => ("statements" in line ? [[line.file, line] as const] : [])));
    const text = emptyScore();
    const carried = emptyScore();
    docs.forEach((doc, i) => {
      const file = `${String(i).padStart(4, "0")}.md`;
      const article = corpus.articles.find((a) => a.file === file);
      const report = reports.get(file);
      if (!article || !report) return void skipped.push(`${doc.id} (not loaded)`);
      scoreDocument(article, report, doc, text, "text");
      scoreDocument(article, report, doc, carried, "carried");
    });
    return { documents: docs.length, skipped, text, carried };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function formatScore(label: string, s: Score): string[] {
  const precision = s.facts === 0 ? 0 : s.factsRight / s.facts;
  const recall = s.gold === 0 ? 0 : s.goldFound / s.gold;
  return [
    `${label}: F1 ${f1(precision, recall).toFixed(3)} · precision ${pct(s.factsRight, s.facts)} (${s.factsRight}/${s.facts}) · recall ${pct(s.goldFound, s.gold)} (${s.goldFound}/${s.gold})`,
    `  dates found (overlapping a gold date): ${s.overlapped}, value right ${pct(s.overlappedRight, s.overlapped)}; wrong year ${s.wrongYear}, wrong month or day ${s.wrongMonthOrDay}, wrong precision ${s.wrongPrecision}; missed ${s.missed} (${s.notLocated} not located in the cleaned text)`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { corpus: { type: "string" }, errors: { type: "boolean", default: false } } });
  if (!values.corpus) {
    process.stderr.write("usage: npm run eval:timeml -- --corpus <folder of .tml files> [--errors]\n");
    process.exit(2);
  }
  const result = await evaluateTimeml(values.corpus);
  console.log(`TimeML: ${result.documents} documents${result.skipped.length ? `, ${result.skipped.length} skipped` : ""}`);
  for (const line of formatScore("Dates (text)", result.text)) console.log(line);
  if (result.carried.facts > 0) for (const line of formatScore("Dates (carried)", result.carried)) console.log(line);
  if (values.errors) for (const line of result.text.errors) console.log(line);
}
