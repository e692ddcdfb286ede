/**
 * Measures date resolution against the hand-labelled seed dates (test/fixtures/seed-dates.json):
 * how many labelled expressions resolve exactly (value, precision and qualifier), and every date
 * the resolver finds that no label accounts for (a false date, such as "Zhai Jun" read as June).
 *
 *   npx tsx scripts/eval-dates.ts [--data <dir>]
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCorpus, type Corpus } from "../src/corpus/index.js";
import { resolveDates } from "../src/extract/dates/index.js";
import type { DateMention } from "../src/extract/types.js";

export interface DateLabel {
  article: string;
  sentence: string;
  expression: string;
  value: string;
  precision: DateMention["precision"];
  qualifier: DateMention["qualifier"];
}

const FIXTURE = fileURLToPath(new URL("../test/fixtures/seed-dates.json", import.meta.url));

export function loadDateLabels(path = FIXTURE): DateLabel[] {
  return (JSON.parse(readFileSync(path, "utf8")) as { labels: DateLabel[] }).labels;
}

const show = (m: Pick<DateMention, "value" | "precision" | "qualifier">) =>
  `${m.qualifier ? `${m.qualifier} ` : ""}${m.value} (${m.precision})`;

export function evaluateDates(
  corpus: Corpus,
  labels: DateLabel[] = loadDateLabels(),
): { total: number; exact: number; falseDates: string[]; lines: string[] } {
  const lines: string[] = [];
  const falseDates: string[] = [];
  let exact = 0;
  const accounted = new Set<string>(); // article|sentence index|mention start

  for (const label of labels) {
    const article = corpus.byId.get(label.article);
    const sentence = article?.sentences.find((s) => s.duplicateOf === null && s.text.includes(label.sentence));
    if (!article || !sentence) {
      lines.push(`MISSING  ${label.article}: no sentence containing “${label.sentence}”`);
      continue;
    }
    const at = sentence.text.indexOf(label.expression, sentence.text.indexOf(label.sentence));
    const labelStart = at === -1 ? sentence.text.indexOf(label.expression) : at;
    const labelEnd = labelStart + label.expression.length;
    const mention = resolveDates(sentence.text, article.published).find((m) => labelStart !== -1 && m.start < labelEnd && labelStart < m.end);
    if (mention) accounted.add(`${article.id}|${sentence.index}|${mention.start}`);
    const ok = !!mention && mention.value === label.value && mention.precision === label.precision && mention.qualifier === label.qualifier;
    if (ok) exact += 1;
    const got = mention ? `${show(mention)} from “${mention.expression}”` : "nothing";
    lines.push(`${ok ? "ok     " : "WRONG  "}  ${label.article.slice(0, 3)} “${label.expression}” → ${got}${ok ? "" : `; expected ${show(label)}`}`);
  }

  for (const article of corpus.articles) {
    if (!labels.some((l) => l.article === article.id)) continue;
    for (const sentence of article.sentences) {
      for (const mention of resolveDates(sentence.text, article.published)) {
        const twin = sentence.duplicateOf === null ? sentence : article.sentences[sentence.duplicateOf];
        const key = (s: { index: number }) => `${article.id}|${s.index}|${mention.start}`;
        if (accounted.has(key(sentence)) || (twin && accounted.has(key(twin)))) continue;
        const entry = `${article.id}: “${mention.expression}” → ${show(mention)} in “${sentence.text}”`;
        falseDates.push(entry);
        lines.push(`FALSE    ${entry}`);
      }
    }
  }

  lines.push(`Dates: ${exact} of ${labels.length} resolved exactly; ${falseDates.length} false date${falseDates.length === 1 ? "" : "s"}.`);
  return { total: labels.length, exact, falseDates, lines };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dataFlag = process.argv.indexOf("--data");
  const dir = dataFlag !== -1 && process.argv[dataFlag + 1] ? process.argv[dataFlag + 1]! : fileURLToPath(new URL("../data/articles", import.meta.url));
  const corpus = await loadCorpus(dir);
  const report = evaluateDates(corpus);
  console.log(report.lines.join("\n"));
  process.exitCode = report.exact === report.total && report.falseDates.length === 0 ? 0 : 1;
}
