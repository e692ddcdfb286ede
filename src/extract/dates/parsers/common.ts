/** Small helpers shared by Verbatim's chrono parsers. */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { isSpace } from "../../../ingest/spaces.js";
import { dayOf, type Day } from "../calendar.js";
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from "../../../lexicon/calendar.js";

export const MONTH_NAMES: readonly string[] = MONTHS;

/** Full month names and abbreviations (with an optional dot), longest first, as a regex source. */
export const MONTH_PATTERN = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS]
  .sort((a, b) => b.length - a.length)
  .map((name) => (name.length <= 4 ? `${name}\\.?` : name))
  .join("|");

/** 1-12 for a month name or abbreviation; whether it was written in full. */
export function monthOf(word: string): { month: number; full: boolean } | null {
  const key = word.toLowerCase().replace(/\.$/, "");
  const full = MONTH_NAMES.indexOf(key);
  if (full !== -1) return { month: full + 1, full: true };
  const abbreviation = MONTH_NAMES.findIndex((name) => key.length >= 3 && name.startsWith(key));
  return abbreviation === -1 ? null : { month: abbreviation + 1, full: false };
}

export const WEEKDAY_NAMES: readonly string[] = WEEKDAYS;

const COUNTS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

/** Counting words a parser accepts ("two", "10"); vague ones ("several", "a few") are left out on purpose. */
export const COUNT_PATTERN = `\\d{1,3}|${Object.keys(COUNTS).join("|")}`;

export function countOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return COUNTS[word.toLowerCase()] ?? null;
}

/** True when the word at `index` of the text starts with a capital letter (month and weekday names do). */
export function capitalisedAt(text: string, index: number): boolean {
  const ch = text.charAt(index);
  return ch !== ch.toLowerCase();
}

/** Marks after which a capitalised word opens a sentence of its own: a colon, an opening quotation mark or bracket. */
const OPENERS = new Set([":", "“", "‘", '"', "'", "(", "«"]);

/**
 * True when the word at `index` opens the sentence: nothing but spaces before it, or an opener
 * (`He said: Tomorrow …`, `“Today we act”`). Elsewhere a capitalised word is read as a name.
 * `textOpens`: whether `text` itself starts the sentence (false for the rest of one after a date).
 */
export function opensSentence(text: string, index: number, textOpens = true): boolean {
  let i = index - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i < 0 ? textOpens : OPENERS.has(text.charAt(i));
}

/** The publication day chrono was given as reference. */
export function referenceDay(context: ParsingContext): Day {
  return dayOf(context.refDate);
}

/** A result for text[index, index + text.length) holding exactly the given date fields as known. */
export function dateResult(
  context: ParsingContext,
  index: number,
  text: string,
  fields: { year: number; month?: number; day?: number },
  tags: string[] = [],
): ParsingResult {
  const result = context.createParsingResult(index, text, {});
  result.start.assign("year", fields.year);
  if (fields.month !== undefined) result.start.assign("month", fields.month);
  else result.start.imply("month", 1);
  if (fields.day !== undefined) result.start.assign("day", fields.day);
  else result.start.imply("day", 1);
  result.start.imply("hour", 12);
  result.addTags(tags);
  return result;
}

/** Where a match's group starts, for results that begin after a leading word the pattern had to see. */
export function groupStart(match: RegExpMatchArray, group: number): number {
  const whole = match[0];
  const part = match[group];
  if (part === undefined) return match.index ?? 0;
  return (match.index ?? 0) + whole.indexOf(part);
}
