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

const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’ (also the apostrophe)
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »
const STRAIGHT = 0x22; // "

/** The closing mark of an opening one (“ ‘ « or "), by char code. */
function closerOf(mark: number): number {
  return mark === LEFT_DOUBLE ? RIGHT_DOUBLE : mark === LEFT_SINGLE ? RIGHT_SINGLE : mark === LEFT_GUILLEMET ? RIGHT_GUILLEMET : STRAIGHT;
}

/** One of the seven marks read below; every other character leaves the spans as they are. */
function isQuoteMark(ch: number): boolean {
  return ch === STRAIGHT || ch === LEFT_DOUBLE || ch === RIGHT_DOUBLE || ch === LEFT_SINGLE || ch === RIGHT_SINGLE || ch === LEFT_GUILLEMET || ch === RIGHT_GUILLEMET;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the UTF-16 unit at i is a letter or digit by itself (a lone surrogate half is not). */
function letterOrDigitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && LETTER_OR_DIGIT.test(text[i]!);
}

/**
 * The quoted stretches of `text`. `openAtStart` is the opening mark of a quotation that an earlier
 * sentence of the paragraph left open (see `openMarkAtEnd`): the text then starts inside it, so
 * `“We are ready. We always were,” Sato said.` read sentence by sentence gives the second sentence
 * the quoted words before its closing mark, not the attribution after it (which a straight " would
 * otherwise open as a new quotation).
 */
/** True when the mark at i stands where a quotation opens: at the start or after a space or bracket, before a non-space. */
function opensQuotation(text: string, i: number): boolean {
  const before = i === 0 ? " " : text[i - 1]!;
  const after = text[i + 1] ?? " ";
  return OPENING_BEFORE.test(before) && !/\s/.test(after);
}

const OPENING_BEFORE = /[\s(\[—–:-]/;

export function findQuoteSpans(text: string, openAtStart: number | null = null): QuoteSpan[] {
  return scanQuotes(text, openAtStart).spans;
}

/** The opening mark of the outermost quotation still open at the end of `text` (read with `openAtStart`), or null. */
export function openMarkAtEnd(text: string, openAtStart: number | null = null): number | null {
  return scanQuotes(text, openAtStart).open;
}

const ANY_MARK = /["“”‘’«»]/;

function scanQuotes(text: string, openAtStart: number | null): { spans: QuoteSpan[]; open: number | null } {
  if (openAtStart === null && !ANY_MARK.test(text)) return { spans: [], open: null };
  const spans: QuoteSpan[] = [];
  const stack: Array<{ mark: number; start: number }> = openAtStart === null ? [] : [{ mark: openAtStart, start: 0 }];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (!isQuoteMark(ch)) continue;
    const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
    // ’ before a letter is an apostrophe ("Xi’s"), not a closing quote.
    if (top && ch === closerOf(top.mark) && (ch !== RIGHT_SINGLE || !letterOrDigitAt(text, i + 1))) {
      stack.pop();
      spans.push({ start: top.start, end: i, depth: stack.length + 1, open: false });
      continue;
    }
    if (ch === LEFT_DOUBLE || ch === LEFT_GUILLEMET || (ch === STRAIGHT && top?.mark !== STRAIGHT)) stack.push({ mark: ch, start: i + 1 });
    else if (ch === LEFT_SINGLE && !letterOrDigitAt(text, i - 1)) stack.push({ mark: ch, start: i + 1 });
  }
  // Quotes left open run to the end of the text (a quotation continued in the next sentence or paragraph).
  // Only a mark that opens like a quotation is carried on (not the inch sign of `a 5" pipe`).
  const outer = stack.find((entry) => entry.mark !== LEFT_SINGLE);
  const open = outer && (outer.start === 0 || opensQuotation(text, outer.start - 1)) ? outer.mark : null;
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.mark === LEFT_SINGLE) continue; // an unmatched ‘ is more likely a stray apostrophe
    spans.push({ start: top.start, end: text.length, depth: stack.length + 1, open: true });
  }
  return { spans: spans.sort((a, b) => a.start - b.start), open };
}

/**
 * True when offset `at` of `text` lies inside quoted words: a closed quotation, or one left open
 * that opens the text, goes on from an earlier sentence, or opens like a quotation (`responded:
 * "Putin says …` — not the inch sign of `a 5" pipe`).
 */
export function insideQuotation(text: string, spans: readonly QuoteSpan[], at: number): boolean {
  for (const s of spans) {
    if (s.depth !== 1 || at < s.start || at >= s.end) continue;
    if (!s.open || s.start <= 1 || text.charCodeAt(s.start - 1) !== STRAIGHT || opensQuotation(text, s.start - 1)) return true;
  }
  return false;
}

/** The quoted words of a span, without trailing punctuation that belongs to the sentence. */
export function quotedWords(text: string, span: QuoteSpan): string {
  return text.slice(span.start, span.end).trim().replace(/[,;:]$/, "").trim();
}

/** True when the whole sentence is one quotation ("“Our farmers have waited.”"). */
export function isWhollyQuoted(text: string, openAtStart: number | null = null): boolean {
  const trimmed = text.trim();
  const spans = findQuoteSpans(trimmed, openAtStart).filter((s) => s.depth === 1);
  return spans.length === 1 && spans[0]!.start <= 1 && spans[0]!.end >= trimmed.length - 2;
}
