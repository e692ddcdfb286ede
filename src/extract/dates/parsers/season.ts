/**
 * "this spring", "last summer", "next autumn", "in the spring of 2024", "autumn 2022", "in the
 * fall", "the winter of 1994", "in late summer": a season, read at year precision — Verbatim has
 * no season precision, and a season is not a month. The text's "early" or "late" qualifies the
 * season, not the year ("early summer" is June, the middle of the year), so it is not kept.
 *
 * The calendar is the Northern hemisphere's: spring March–May, summer June–August, autumn (fall)
 * September–November, winter December–February. A winter without its year spans two calendar
 * years and gives no date; with one ("the winter of 1994", "winter 2023") it is the year named.
 *
 * Without a year: "this spring" is the publication year; "last summer" the latest summer that
 * ended before publication; "next autumn" the first that has not begun. A season after a
 * preposition or a qualifier alone ("in the spring", "over the summer", "in early autumn") takes
 * its direction from the tense: in the past, the latest that had begun by publication; in the
 * future, the next not yet over; a future seen from the past only when that cannot matter (as
 * `laterMonthOffset`); with no tense cue, or when the sentence names another year ("The 2022
 * drought peaked in the summer"), none.
 *
 * Seasons are written in lower case, so a capitalised one inside a sentence is a name ("the Arab
 * Spring", "the Summer Olympics", "Fall Out Boy"). "fall" is also a verb and a noun of falling ("an
 * early fall in prices", "injured in the fall from the ridge"): it is the season only after "this",
 * "last", "next", "in", "during" or a qualifier, or with a year, and not before "in", "from" and
 * the like. A season followed by "of" and no year is a figure of speech ("the autumn of his
 * career", "the winter of discontent"), and "spring water", "summer camp", "spring training" name
 * things, not a time.
 */
import type { Parser } from "chrono-node";
import { QUALIFIER_WORDS, RELATIVE, SPAN } from "../tags.js";
import { cueAt, namesOtherYear, type Direction } from "../tense.js";
import { capitalisedAt, dateResult, opensSentence, referenceDay } from "./common.js";
import { RELATIVE_YEAR, RELATIVE_YEAR_OFFSET } from "./month.js";

const PREPOSITIONS = "this|last|next|in|during|throughout|over|by|until|till|since|from|before|after";

/**
 * Groups: 1 preposition or this/last/next, 2 "the", 3 qualifier, 4 season, 5 year, 6
 * last/this/next of "… of last year". A year followed by a dash, a slash and digits ("winter
 * 2022-23") is not one year.
 */
const PATTERN = new RegExp(
  String.raw`(?<![\w-])(?:(${PREPOSITIONS})\s+)?(?:(the)\s+)?(?:(${QUALIFIER_WORDS})[\s-]+(?:the\s+)?)?(spring|summer|autumn|fall|winter)` +
    String.raw`(?:,?\s+(?:of\s+)?((?:19|20)\d{2})(?![\w-]|\s*[-–/]\s*\d)|${RELATIVE_YEAR})?(?![\w-])`,
  "i",
);

/** First and last month of each season; winter's runs into the next year. */
const SEASONS: Record<string, { first: number; last: number } | null> = {
  spring: { first: 3, last: 5 },
  summer: { first: 6, last: 8 },
  autumn: { first: 9, last: 11 },
  fall: { first: 9, last: 11 },
  winter: null,
};

/** Words before "fall" after which it is the season (with a year, any). */
const FALL_BEFORE = new Set(["this", "last", "next", "in", "during"]);
/** Words after "fall" that make it a falling: "the fall from the ridge", "a fall in prices", "the fall of Kabul". */
const FALLING_AFTER = /^\s+(?:from|in|into|off|onto|down|through|of|to|by|on|at|behind|short|back)\b/i;
/** "of" after a season without a year: "the autumn of his career", "the winter of discontent". */
const OF_AFTER = /^\s+of\b/i;
/** Nouns a season word modifies that name a thing, not a time: "spring water", "summer camp", "spring training". */
const THING_AFTER = /^\s+(?:water|waters|camp|camps|school|schools|training|roll|rolls|onion|onions|clean|cleaning|time|wear|collection|collections|sports?|tyres?|tires?|coats?|jobs?|houses?|homes?|palace|festival)\b/i;
/** "a", "an" right before: "an early spring", "a late fall" are how a season came, not when. */
const ARTICLE_BEFORE = /\b(?:an?)\s+$/i;
/** "the" right before "last" or "next": "the last summer before the war" tells of another time than publication. */
const THE_BEFORE = /\bthe\s+$/i;

export const seasonParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index ?? 0;
    const text = context.text;
    const preposition = match[1]?.toLowerCase();
    const the = match[2] !== undefined;
    const qualified = match[3] !== undefined;
    const word = match[4]!;
    const season = word.toLowerCase();
    const wordAt = index + match[0].lastIndexOf(word);
    const end = index + match[0].length;
    const after = text.slice(end);

    // A capitalised season inside a sentence is a name.
    if (capitalisedAt(text, wordAt) && !opensSentence(text, wordAt)) return null;
    const before = text.slice(Math.max(0, index - 4), index);
    if (ARTICLE_BEFORE.test(before)) return null;
    if (THING_AFTER.test(after)) return null;

    const ref = referenceDay(context);
    const year = match[5] ? Number(match[5]) : match[6] ? ref.year + RELATIVE_YEAR_OFFSET[match[6].toLowerCase()]! : null;
    if (season === "fall" && year === null && ((!qualified && !FALL_BEFORE.has(preposition ?? "")) || FALLING_AFTER.test(after))) return null;
    if (year === null && OF_AFTER.test(after)) return null;

    const tags: string[] = [];
    if (preposition === "since") tags.push(SPAN);
    if (year !== null) {
      if (match[6]) tags.push(RELATIVE);
      return dateResult(context, index, match[0], { year }, tags);
    }

    const months = SEASONS[season];
    if (!months) return null; // a winter without its year spans two years
    const relative = preposition === "this" || preposition === "last" || preposition === "next";
    if (relative && (the || THE_BEFORE.test(before))) return null;
    if (!relative && !preposition && !qualified) return null;

    let resolved: number | null;
    if (preposition === "this") resolved = ref.year;
    else if (preposition === "last") resolved = ref.month > months.last ? ref.year : ref.year - 1;
    else if (preposition === "next") resolved = ref.month < months.first ? ref.year : ref.year + 1;
    else {
      const cue = cueAt(text, index, end);
      resolved = cue === null ? null : yearByCue(ref.year, ref.month, months, cue);
      if (resolved !== null && namesOtherYear(text, { index, text: match[0] }, resolved)) resolved = null;
    }
    if (resolved === null) return null;
    tags.push(RELATIVE);
    return dateResult(context, index, match[0], { year: resolved }, tags);
  },
};

/**
 * The year of a season read by its tense: in the past, the latest begun by publication; in the
 * future, the next not yet over. A future seen from the past takes the next not yet over only
 * when it is under way or nearer than the end of the last one (as `laterMonthOffset` does for a
 * month): it is then after the past moment too, whenever that was.
 */
function yearByCue(year: number, month: number, months: { first: number; last: number }, cue: Direction): number | null {
  if (cue === "past") return month >= months.first ? year : year - 1;
  const next = month <= months.last ? year : year + 1;
  if (cue === "future") return next;
  const underway = month >= months.first && month <= months.last;
  const ahead = (months.first - month + 12) % 12;
  const since = (month - months.last + 12) % 12;
  return underway || ahead <= since ? next : null;
}
