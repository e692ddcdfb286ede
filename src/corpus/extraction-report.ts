/**
 * `ask extract`: everything Verbatim read from each article, as plain data. The shape is a
 * stable contract (docs/extract-schema.md): offsets index `text`, the cleaned article.
 */
import type { Corpus } from "./corpus.js";
import type { Article } from "../ingest/types.js";
import type { DatedFact, Statement } from "../extract/types.js";

export interface ExtractedStatement {
  speaker: string;
  speakerType: "person" | "organisation";
  kind: "direct" | "reported";
  /** The outlet or agency that relayed the words ("Xinhua"), or null. */
  via: string | null;
  /** The principal a spokesperson spoke for; null until the attribution work fills it. */
  onBehalfOf: string | null;
  words: string;
  /** Where the words stand in `text`: one span, or several for a quotation stitched across an ellipsis. */
  spans: Array<[number, number]>;
  /** 1-based, the headline being paragraph 1 (as in citations). */
  paragraph: number;
}

export interface ExtractedFact {
  /** "2023", "2023-07" or "2023-07-14". */
  value: string;
  precision: "year" | "month" | "day";
  qualifier: "early" | "mid" | "late" | null;
  /** The clause or sentence the date belongs to. */
  event: string;
  /** The date's words as written ("on Monday"; for `source: "carried"`, those of the sentence before); "" for `source: "publication"`. */
  expression: string;
  /** Offsets of `expression` in `text`; null for `source: "publication"` or `"carried"` (no words of this sentence). */
  start: number | null;
  end: number | null;
  /**
   * "text": read from the sentence; "carried": the sentence has no date of its own and goes on
   * telling the event of the sentence before, whose date it takes; "publication": the last resort,
   * the article's publication date for a sentence that reports an event with no date anywhere.
   */
  source: "text" | "carried" | "publication";
  /** 1-based, as in citations. */
  paragraph: number;
}

export interface ExtractedArticleReport {
  article: string;
  file: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  text: string;
  statements: ExtractedStatement[];
  facts: ExtractedFact[];
}

export interface SkippedFileReport {
  file: string;
  skipped: string;
}

export type ExtractionLine = ExtractedArticleReport | SkippedFileReport;

/** One line per article (in load order), then one per skipped file. */
export function extractionReport(corpus: Corpus): ExtractionLine[] {
  const statements = groupBy(corpus.statements, (s) => s.article);
  const facts = groupBy(corpus.facts, (f) => f.article);
  const types = new Map(corpus.speakers.entries.map((e) => [e.name, e.type === "institution" ? "organisation" : "person"] as const));
  const lines: ExtractionLine[] = corpus.articles.map((article) =>
    articleReport(types, article, statements.get(article.id) ?? [], facts.get(article.id) ?? []),
  );
  for (const { file, reason } of corpus.skipped) lines.push({ file, skipped: reason });
  return lines;
}

function articleReport(types: ReadonlyMap<string, "person" | "organisation">, article: Article, statements: Statement[], facts: DatedFact[]): ExtractedArticleReport {
  const { id, file, title, outlet, url, published, text } = article;
  return {
    article: id,
    file,
    title,
    outlet,
    url,
    published,
    text,
    statements: statements.map((s) => ({
      speaker: s.speaker,
      speakerType: types.get(s.speaker) ?? "person",
      kind: s.kind,
      via: s.via,
      onBehalfOf: null,
      words: s.quote,
      spans: spansOf(article, s),
      paragraph: s.paragraph + 1,
    })),
    facts: facts.map((f) => {
      const sentence = article.sentences[f.sentence]!;
      const inText = !f.fallback && !f.carried;
      return {
        value: f.date.value,
        precision: f.date.precision,
        qualifier: f.date.qualifier,
        event: f.event,
        expression: f.date.expression,
        start: inText ? sentence.start + f.date.start : null,
        end: inText ? sentence.start + f.date.end : null,
        source: f.carried ? "carried" : inText ? "text" : "publication",
        paragraph: f.paragraph + 1,
      };
    }),
  };
}

const ELLIPSIS = /\s*(?:…|\.\.\.)\s*/u;

/**
 * Where a statement's words stand in the article: the words themselves when the text holds them
 * as they are, else each piece between ellipses in turn (a quotation stitched across an omission).
 */
export function spansOf(article: Article, statement: Pick<Statement, "quote" | "sentences">): Array<[number, number]> {
  const from = article.sentences[statement.sentences[0]!]!.start;
  const to = article.sentences[statement.sentences.at(-1)!]!.end;
  const { text } = article;
  const whole = text.indexOf(statement.quote, from);
  if (whole >= 0 && whole + statement.quote.length <= to) return [[whole, whole + statement.quote.length]];
  const spans: Array<[number, number]> = [];
  let at = from;
  for (const piece of statement.quote.split(ELLIPSIS)) {
    if (piece === "") continue;
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > to) return spans;
    spans.push([found, found + piece.length]);
    at = found + piece.length;
  }
  return spans;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The readable listing `ask extract` prints without `--json`. */
export function renderExtractionReport(lines: readonly ExtractionLine[]): string {
  const out: string[] = [];
  for (const line of lines) {
    if (out.length > 0) out.push("");
    if ("skipped" in line) {
      out.push(`${line.file}: skipped (${line.skipped})`);
      continue;
    }
    out.push(`${line.file} — ${line.title}`, `  ${line.outlet ?? "unknown outlet"}, ${line.published ?? "undated"} · id ${line.article}`);
    out.push(`  ${line.statements.length} statement${line.statements.length === 1 ? "" : "s"}:`);
    for (const s of line.statements) {
      const how = [s.kind, s.speakerType === "organisation" ? "organisation" : null, s.via ? `via ${s.via}` : null, s.onBehalfOf ? `for ${s.onBehalfOf}` : null];
      const words = s.kind === "direct" ? `“${s.words}”` : s.words;
      out.push(`  ¶${s.paragraph} ${s.speaker} (${how.filter(Boolean).join(", ")}): ${words}`);
    }
    out.push(`  ${line.facts.length} dated fact${line.facts.length === 1 ? "" : "s"}:`);
    for (const f of line.facts) {
      const from = f.source === "text" ? `“${f.expression}”` : f.source === "carried" ? "carried from the sentence before" : "publication date";
      out.push(`  ¶${f.paragraph} ${f.value}${f.qualifier ? ` (${f.qualifier})` : ""} [${from}]: ${f.event}`);
    }
  }
  return out.length === 0 ? "No article files." : out.join("\n");
}
