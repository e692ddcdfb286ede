import { visibleText } from "./visible-text.js";
import type { AskResponse, Citation, QuoteResult, SourceResult, WhenResult } from "./types.js";

/**
 * Plain-text rendering of an answer: what `npm run ask` prints without `--json`, and what the
 * local console shows. The Discord embeds carry the same content.
 */
export function renderText(response: AskResponse): string {
  const lines: string[] = [];
  if (response.message) lines.push(response.message);
  const blocks = resultBlocks(response);
  blocks.forEach((block, i) => {
    if (lines.length > 0) lines.push("");
    lines.push(...block(`${i + 1}.`));
  });
  if (lines.length === 0) lines.push("No results.");
  return visibleText(lines.join("\n"));
}

/** Each result as a function of its number: the command says which renderer, with no casts. */
function resultBlocks(response: AskResponse): Array<(number: string) => string[]> {
  switch (response.command) {
    case "sources":
      return response.results.map((source) => (number) => renderSource(number, source));
    case "quote":
      return response.results.map((quote) => (number) => renderQuote(number, quote));
    case "when":
      return response.results.map((fact) => (number) => renderWhen(number, fact));
  }
}

function renderSource(number: string, source: SourceResult): string[] {
  return [
    `${number} ${source.title}`,
    `   ${source.outlet ?? "Unknown outlet"}, ${source.published ?? "undated"} · ${source.paragraphs} paragraphs, ${source.sentences} sentences · id ${source.article}`,
    ...(source.url ? [`   ${source.url}`] : []),
  ];
}

function renderQuote(number: string, quote: QuoteResult): string[] {
  const how = [quote.kind === "direct" ? "quoted" : "reported", quote.via ? `via ${quote.via}` : null].filter(Boolean).join(", ");
  const words = quote.kind === "direct" ? `“${quote.quote}”` : quote.quote;
  return [`${number} ${quote.speaker} (${how})`, `   ${words}`, ...renderCitation(quote.citation)];
}

/** Where a date was read, in words: "(“on Monday”)", "(“on Monday”, in the sentence before)", "(publication date; …)". */
export function dateOrigin(date: WhenResult["date"]): string {
  if (date.source === "publication" || !date.expression) return "(publication date; the text gives no date)";
  return date.source === "carried" ? `(“${date.expression}”, in the sentence before)` : `(“${date.expression}”)`;
}

function renderWhen(number: string, fact: WhenResult): string[] {
  return [
    `${number} ${describeDate(fact.date)} ${dateOrigin(fact.date)}`,
    `   ${fact.excerpt}`,
    ...renderCitation(fact.citation),
  ];
}

/** "2023-07 (month)", "early November 2023", "2022-07-29". */
export function describeDate(date: Pick<WhenResult["date"], "value" | "precision" | "qualifier">): string {
  const qualifier = date.qualifier ? `${date.qualifier} ` : "";
  return date.precision === "day" ? `${qualifier}${date.value}` : `${qualifier}${date.value} (${date.precision})`;
}

export function describeCitation(citation: Citation): string {
  const parts = [
    citation.outlet ?? "Unknown outlet",
    `“${citation.title}”`,
    citation.published ?? "undated",
    citation.paragraph === null ? null : `paragraph ${citation.paragraph}`,
  ];
  return parts.filter(Boolean).join(", ");
}

function renderCitation(citation: Citation): string[] {
  return [`   — ${describeCitation(citation)}`, ...(citation.url ? [`     ${citation.url}`] : [])];
}
