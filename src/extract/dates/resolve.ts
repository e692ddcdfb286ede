/** Finds every date expression in a sentence and resolves it against the publication date. */
import type { ParsedResult } from "chrono-node";
import type { DateMention } from "../types.js";
import { noonOf, parseIsoDay } from "./calendar.js";
import { newsChrono } from "./chrono.js";
import { MEETS_A_NEED, SPELLED_YEAR_START } from "./needs.js";
import { RELATIVE, qualifierOf } from "./tags.js";
import { alternatives, MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from "../../lexicon/calendar.js";

/** Any fixed day will do for an undated article: everything that depended on it is dropped. */
const UNDATED_REFERENCE = { year: 2000, month: 1, day: 1 };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** chrono's own relative parsers mark their results so; Verbatim's use the RELATIVE tag. */
function isRelative(result: ParsedResult): boolean {
  const tags = result.tags();
  return tags.has(RELATIVE) || tags.has("parser/ENCasualDateParser") || tags.has("result/relativeDate");
}

/** "2014-2016", "in 1985–87", "from 1985 to 1987": a range of years that chrono merged into one result. */
const YEAR_RANGE = /^(?:in\s+|from\s+|between\s+)?(?:19|20)\d{2}(\s*(?:[-–]|to|and)\s*)((?:19|20)?\d{2})$/i;

/**
 * A range of years is two dates, its start and its end (chrono keeps the end apart): the start
 * becomes `mention` itself (narrowed to the first year), the end is returned.
 */
function yearRangeEnd(sentence: string, mention: DateMention, result: ParsedResult): DateMention | null {
  const range = mention.precision === "year" && result.end?.isCertain("year") && !result.end.isCertain("month") ? YEAR_RANGE.exec(mention.expression) : null;
  if (!range) return null;
  const endYear = result.end!.get("year")!;
  const endText = range[2]!;
  const endAt = mention.end - endText.length;
  if (sentence.slice(endAt, mention.end) !== endText) return null;
  const dash = endAt - range[1]!.length;
  mention.expression = mention.expression.slice(0, mention.expression.length - endText.length - range[1]!.length);
  mention.end = dash;
  return { value: pad(endYear, 4), precision: "year", qualifier: null, expression: endText, start: endAt, end: mention.end + range[1]!.length + endText.length };
}

function toMention(sentence: string, result: ParsedResult): DateMention | null {
  const start = result.start;
  const year = start.get("year");
  if (year === null) return null;
  const precision = start.isCertain("day") ? "day" : start.isCertain("month") ? "month" : start.isCertain("year") ? "year" : null;
  if (!precision) return null;
  const month = start.get("month") ?? 1;
  const day = start.get("day") ?? 1;
  const value =
    precision === "day" ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : precision === "month" ? `${pad(year, 4)}-${pad(month)}` : pad(year, 4);

  // The expression without surrounding spaces or trailing punctuation chrono sometimes takes along.
  const raw = result.text;
  const lead = raw.length - raw.trimStart().length;
  const expression = raw.trim().replace(/[\s,.;:]+$/, "");
  const begin = result.index + lead;
  if (expression.length === 0 || sentence.slice(begin, begin + expression.length) !== expression) return null;
  return { value, precision, qualifier: qualifierOf(result.tags()), expression, start: begin, end: begin + expression.length };
}

/**
 * A cheap test that a sentence could hold a date at all: a digit, or a word that every date
 * parser here needs (a month, a weekday, a unit of time, a day word). Most sentences of news have
 * none, and chrono's full pass is the costly part of reading dates. It must stay a superset of
 * what the parsers match: `test/dates.test.ts` checks it against the parser on every sentence.
 */
export const MAY_HOLD_A_DATE = new RegExp(
  String.raw`\d|\b(?:${alternatives([...MONTH_ABBREVIATIONS, ...WEEKDAY_ABBREVIATIONS])})` +
    String.raw`|day|week|month|year|decade|centur|quarter|fortnight|hour|minute|second|today|tonight|tomorrow|yesterday|now\b|noon|midnight` +
    String.raw`|morning|afternoon|evening|night|ago\b|spring|summer|autumn|fall\b|winter|christmas|easter|eve\b` +
    `|${SPELLED_YEAR_START.source}`,
  "i",
);

/**
 * True when chrono is worth running on the sentence: it passes MAY_HOLD_A_DATE, and it meets what
 * at least one parser's pattern needs (`needs.ts`), which rules out most of the words that made
 * MAY_HOLD_A_DATE pass by chance ("Mar" of "Markets", "mon" of "money", "in the coming weeks").
 * MAY_HOLD_A_DATE itself stays as it is: it decides which sentences are read at all.
 */
export function mayHoldADate(sentenceText: string): boolean {
  return MAY_HOLD_A_DATE.test(sentenceText) && MEETS_A_NEED.test(sentenceText);
}

/**
 * Every date in `sentenceText`, resolved at the precision the text supports. With `published`
 * null (an undated article) only absolute dates are kept: "in 2021", "July 29, 2022".
 */
export function resolveDates(sentenceText: string, published: string | null): DateMention[] {
  return mayHoldADate(sentenceText) ? parseDates(sentenceText, published) : [];
}

/** resolveDates without the cheap pre-test (for checking that the pre-test never hides a date). */
export function parseDates(sentenceText: string, published: string | null): DateMention[] {
  const reference = (published && parseIsoDay(published)) || null;
  const results = newsChrono.parse(sentenceText, noonOf(reference ?? UNDATED_REFERENCE));
  const mentions: DateMention[] = [];
  for (const result of results) {
    if (!reference && isRelative(result)) continue;
    const mention = toMention(sentenceText, result);
    if (!mention) continue;
    const end = yearRangeEnd(sentenceText, mention, result);
    if (mentions.some((m) => m.start < mention.end && mention.start < m.end)) continue;
    mentions.push(mention);
    if (end) mentions.push(end);
  }
  return mentions;
}
