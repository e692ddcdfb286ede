/**
 * Quotation marks in a sentence: which stretches of text are quoted, and how deep.
 * Handles curly double (“ ”), straight double ("), curly single (‘ ’, told apart from the
 * apostrophe) and guillemets (« »). A quote inside a quote has depth 2.
 */
export interface QuoteSpan {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  depth: number;
  /** True when the quote is still open at the end of the text. */
  open: boolean;
}

const CLOSER: Record<string, string> = { "“": "”", "‘": "’", "«": "»", '"': '"' };

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Array<{ mark: string; start: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const top = stack.at(-1);
    if (top && ch === CLOSER[top.mark] && (ch !== "’" || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ""))) {
      stack.pop();
      spans.push({ start: top.start, end: i, depth: stack.length + 1, open: false });
      continue;
    }
    if (ch === "“" || ch === "«" || (ch === '"' && top?.mark !== '"')) stack.push({ mark: ch, start: i + 1 });
    else if (ch === "‘" && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? "")) stack.push({ mark: ch, start: i + 1 });
  }
  // Quotes left open run to the end of the text (a quotation continued in the next paragraph).
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.mark === "‘") continue; // an unmatched ‘ is more likely a stray apostrophe
    spans.push({ start: top.start, end: text.length, depth: stack.length + 1, open: true });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The quoted words of a span, without trailing punctuation that belongs to the sentence. */
export function quotedWords(text: string, span: QuoteSpan): string {
  return text.slice(span.start, span.end).trim().replace(/[,;:]$/, "").trim();
}

/** True when the whole sentence is one quotation ("“Our farmers have waited.”"). */
export function isWhollyQuoted(text: string): boolean {
  const trimmed = text.trim();
  const spans = findQuoteSpans(trimmed).filter((s) => s.depth === 1);
  return spans.length === 1 && spans[0]!.start <= 1 && spans[0]!.end >= trimmed.length - 2;
}
