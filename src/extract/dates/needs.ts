/**
 * What each date parser needs in a text before its pattern can match there: a part that every
 * match of the pattern contains. Testing it is much cheaper than running the pattern, so a parser
 * whose need is missing from a sentence is skipped (`chrono.ts`), and a sentence that meets no
 * parser's need is not handed to chrono at all (`resolve.ts`).
 *
 * Each need is read off the parser's pattern, and only from what lies inside a match or after it,
 * never from what comes before it: chrono runs a pattern again on the rest of the text after each
 * match, where a left boundary such as `(\W|^)` or `(?<![\w-])` can hold although it did not in the
 * whole text. `test/dates.test.ts` checks on every sentence that the needs never hide a date.
 */
import { alternatives, MONTHS, SHORT_MONTHS } from "../../lexicon/calendar.js";

/** Month names and abbreviations: chrono's month dictionary (whose dotted keys are these and a dot) and ours. */
const MONTH_WORDS = alternatives([...MONTHS, ...SHORT_MONTHS]);
/** How chrono's ordinal words begin ("first" … "twentieth", "twenty-first", "thirtieth", "thirty first"). */
const ORDINAL_WORDS = String.raw`first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty`;

/** How a year written out begins: "nineteen ninety-six", "twenty twenty-four", "two thousand". */
export const SPELLED_YEAR_START = /\bnineteen[\s-]+[a-z]|\btwenty[\s-]+(?:twenty|thirty|[a-z]+teen|ten|eleven|twelve|oh)\b|\btwo\s+thousand\b/i;

/** A month name not followed by a letter: a match goes on with a dot, a separator, a year or the text's end. */
const MONTH_AT_WORD_END = String.raw`(?:${MONTH_WORDS})(?![a-z_])`;

export const NEEDS = {
  /** chrono "2023-11-13", "2023/11/13", "2023 Nov 13": four digits and a separator. */
  yearMonthDay: /[0-9]{4}[-./\s]/i,
  /** chrono ISO "2023-11-13T…". */
  iso: /[0-9]{4}-[0-9]/i,
  /** chrono "11/13/2023", "13.11": digit, separator, digit. */
  slashDate: /[0-9][-./][0-9]/i,
  /** chrono "7 October", "the 7th of October 2023". */
  dayMonth: new RegExp(MONTH_AT_WORD_END, "i"),
  /** chrono "October 7", "Oct. 7th", "March first": the month followed by a separator, a digit or an ordinal word. */
  monthDay: new RegExp(String.raw`(?:${MONTH_WORDS})(?:(?![a-z_])|${ORDINAL_WORDS})`, "i"),
  /** chrono "11/2023". */
  slashMonth: /[0-9]\/[0-9]{4}/i,
  /** chrono "2023 October", "2023 of October": a year, which starts with a digit 1-9. */
  yearMonth: /[1-9]/i,
  /** chrono's casual words ("today", "last night"; "now", which a following time-zone word can keep). */
  casual: /(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)(?=\W|$)/i,
  /** Our weekday parser: a full weekday name at the end of a word. */
  weekday: /(?:sun|mon|tues|wednes|thurs|fri|satur)day(?![\w-])/i,
  /** Our relative-period parser: "last week", "this past month", "the weekend". */
  relativePeriod: /(?:last|this|next|past|coming|current|the)\s+(?:week|weekend|month|year)(?![\w-])/i,
  /** Our ago parser: "three weeks ago". */
  ago: /(?:day|week|month|year)s?\s+ago(?![\w-])/i,
  /** Our past-span parser: "the past 10 years". */
  pastSpan: /the\s+(?:past|last|previous)\s/i,
  /** Our year parser: 19xx or 20xx. */
  year: /(?:19|20)[0-9]{2}/i,
  /** Our month parser: "in July", "mid-March 2022", "Sept. 2021". */
  month: new RegExp(MONTH_AT_WORD_END, "i"),
  /** Our season parser: "last summer", "in the spring of 2024": a season's name at the end of a word. */
  season: /(?:spring|summer|autumn|fall|winter)(?![\w-])/i,
  /** Our spelled-year parser: "nineteen ninety-six", "twenty twenty-four", "two thousand". */
  spelledYear: SPELLED_YEAR_START,
  /** Our anchored-years refiner: "a year earlier", "the following year". */
  anchoredYear: /a\s+year\s+(?:earlier|later|before)|the\s+(?:previous|following|prior)\s+year|the\s+year\s+(?:before|after)/i,
  /** Our last-evening parser. */
  lastEvening: /last\s+evening/i,
  /** Our year-end parser: "year-end", "the year's end", "the end of the month". */
  yearEnd: /(?:year|month)(?:[\s-]end|['’]s\s+end)|end\s+of\s+the\s+(?:year|month)/i,
} satisfies Record<string, RegExp>;

/** Some parser's need is met: chrono may find a date in the text. */
export const MEETS_A_NEED = new RegExp(
  Object.values(NEEDS)
    .map((need) => need.source)
    .join("|"),
  "i",
);
