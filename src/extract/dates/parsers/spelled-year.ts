/**
 * A year written out, as broadcast transcripts do: "nineteen ninety-six", "in nineteen oh five",
 * "the year two thousand", "two thousand and eight", "twenty twenty-four", and a month before it
 * ("January nineteen ninety-seven"). A year alone, or with its month.
 */
import type { Parser } from "chrono-node";
import { MONTHS } from "../../../lexicon/calendar.js";
import { dateResult } from "./common.js";

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

const unit = `(${UNITS.join("|")})`;
const teen = `(${TEENS.join("|")})`;
const tens = `(${TENS.join("|")})`;
/** The last two digits: "ninety-six", "seventy", "fifteen", "oh five". */
const TWO_DIGITS = String.raw`(?:${tens}(?:[\s-]+${unit})?|${teen}|oh[\s-]+${unit})`;

const PATTERN = new RegExp(
  String.raw`(?<![\w-])(?:(${MONTHS.join("|")})\s+|the\s+year\s+)?` +
    String.raw`(?:(nineteen|twenty)[\s-]+${TWO_DIGITS}|two\s+thousand(?:(?:\s+and)?[\s-]+(?:${unit}|${teen}|${tens}(?:[\s-]+${unit})?))?)(?![\w-])`,
  "i",
);

const value = (word: string | undefined, list: string[], base = 0) => (word ? list.indexOf(word.toLowerCase()) + 1 + base : 0);

export const spelledYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    // Groups: 1 month; 2 century word; 3-5 tens/unit/teen; 6 unit after "oh"; 7-10 after "two thousand".
    const [, monthWord, century, tens1, unit1, teen1, oh, unit2, teen2, tens2, unit3] = match;
    const month = monthWord ? MONTHS.indexOf(monthWord.toLowerCase() as (typeof MONTHS)[number]) + 1 : undefined;
    let year: number;
    if (century) {
      const hundreds = century.toLowerCase() === "nineteen" ? 1900 : 2000;
      year = hundreds + (tens1 ? value(tens1, TENS, 1) * 10 + value(unit1, UNITS) : teen1 ? value(teen1, TEENS, 9) : value(oh, UNITS));
    } else {
      year = 2000 + (unit2 ? value(unit2, UNITS) : teen2 ? value(teen2, TEENS, 9) : tens2 ? value(tens2, TENS, 1) * 10 + value(unit3, UNITS) : 0);
    }
    // "two thousand" alone is a number far more often than a year: only "the year two thousand" is one.
    if (!century && year === 2000 && !/^the\s+year/i.test(match[0]) && !month) return null;
    return dateResult(context, match.index ?? 0, match[0], month === undefined ? { year } : { year, month });
  },
};
