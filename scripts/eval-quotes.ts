/**
 * Measures speaker attribution against hand labels (test/fixtures/statements.json): precision and
 * recall of who said it, kind (direct / reported) and relaying source, and every negative case
 * (a sentence from which nothing may be attributed).
 *
 *   npx tsx scripts/eval-quotes.ts
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCorpus, type Corpus } from "../src/corpus/index.js";
import type { Statement } from "../src/extract/types.js";

export interface StatementLabel {
  corpus: string;
  article: string;
  sentence: string;
  speaker: string | null;
  kind?: "direct" | "reported";
  via?: string | null;
}

interface LabelFile {
  corpora: Record<string, string>;
  labels: StatementLabel[];
}

const FIXTURE = fileURLToPath(new URL("../test/fixtures/statements.json", import.meta.url));
const ROOT = fileURLToPath(new URL("..", import.meta.url));

export function loadStatementLabels(path = FIXTURE): LabelFile {
  return JSON.parse(readFileSync(path, "utf8")) as LabelFile;
}

export interface AttributionScore {
  corpus: string;
  extracted: number;
  correctSpeaker: number;
  correctFull: number;
  labelled: number;
  found: number;
  negatives: number;
  negativesOk: number;
  precision: number;
  recall: number;
  /** Share of extracted statements right in speaker, kind and via together. */
  fullPrecision: number;
  lines: string[];
}

const sameVia = (a: string | null | undefined, b: string | null | undefined) => {
  const x = (a ?? "").toLowerCase().replace(/^the /, "");
  const y = (b ?? "").toLowerCase().replace(/^the /, "");
  return x === y || (x !== "" && y !== "" && (x.includes(y) || y.includes(x)));
};

export function evaluateAttribution(corpus: Corpus, name: string, labels: StatementLabel[]): AttributionScore {
  const mine = labels.filter((l) => l.corpus === name);
  const lines: string[] = [];
  const sentenceOf = (label: StatementLabel) =>
    corpus.byId.get(label.article)?.sentences.find((s) => s.duplicateOf === null && s.text.includes(label.sentence));
  const labelled = new Map<StatementLabel, number>();
  for (const label of mine) {
    const sentence = sentenceOf(label);
    if (!sentence) lines.push(`MISSING   ${label.article}: no sentence containing “${label.sentence}”`);
    else labelled.set(label, sentence.index);
  }
  const covers = (s: Statement, label: StatementLabel) => s.article === label.article && s.sentences.includes(labelled.get(label) ?? -1);

  let correctSpeaker = 0;
  let correctFull = 0;
  for (const s of corpus.statements) {
    const match = mine.find((l) => l.speaker !== null && covers(s, l) && l.speaker === s.speaker);
    if (!match) {
      lines.push(`WRONG     ${s.article.slice(0, 20)} [${s.sentences.join(",")}] ${s.speaker}: “${s.quote.slice(0, 70)}”`);
      continue;
    }
    correctSpeaker++;
    if (match.kind === s.kind && sameVia(match.via, s.via)) correctFull++;
    else lines.push(`DETAIL    ${s.article.slice(0, 20)} ${s.speaker}: got ${s.kind}/${s.via ?? "-"}, expected ${match.kind}/${match.via ?? "-"}`);
  }
  let found = 0;
  let negatives = 0;
  let negativesOk = 0;
  for (const label of mine) {
    if (label.speaker === null) {
      negatives++;
      const offenders = corpus.statements.filter((s) => covers(s, label));
      if (offenders.length === 0) negativesOk++;
      else lines.push(`NEGATIVE  ${label.article}: “${label.sentence}” was attributed to ${offenders.map((s) => s.speaker).join(", ")}`);
      continue;
    }
    if (corpus.statements.some((s) => covers(s, label) && s.speaker === label.speaker)) found++;
    else lines.push(`MISSED    ${label.article}: ${label.speaker} — “${label.sentence}”`);
  }
  const positives = mine.filter((l) => l.speaker !== null).length;
  const extracted = corpus.statements.length;
  return {
    corpus: name,
    extracted,
    correctSpeaker,
    correctFull,
    labelled: positives,
    found,
    negatives,
    negativesOk,
    precision: extracted === 0 ? 1 : correctSpeaker / extracted,
    recall: positives === 0 ? 1 : found / positives,
    fullPrecision: extracted === 0 ? 1 : correctFull / extracted,
    lines,
  };
}

export async function runAttributionEval(): Promise<AttributionScore[]> {
  const file = loadStatementLabels();
  const scores: AttributionScore[] = [];
  for (const [name, dir] of Object.entries(file.corpora)) {
    const corpus = await loadCorpus(fileURLToPath(new URL(dir, `file://${ROOT}/`)));
    scores.push(evaluateAttribution(corpus, name, file.labels));
  }
  return scores;
}

export function formatAttribution(score: AttributionScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `Attribution (${score.corpus}): precision ${pct(score.precision)} (${score.correctSpeaker}/${score.extracted}), ` +
      `recall ${pct(score.recall)} (${score.found}/${score.labelled}), ` +
      `speaker+kind+via ${pct(score.fullPrecision)}, negatives ${score.negativesOk}/${score.negatives} correct`,
    ...score.lines.map((line) => `  ${line}`),
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const score of await runAttributionEval()) console.log(formatAttribution(score));
}
