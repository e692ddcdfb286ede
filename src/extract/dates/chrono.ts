/**
 * The one chrono instance Verbatim reads dates with: chrono's casual English parser, cloned, keeping
 * its parsers for written-out calendar dates ("July 29, 2022", "7 October", "2023-11-13") and
 * replacing those that misread news prose (weekdays without tense, months read as the nearest one
 * even when ahead, "last month" resolved to a day, names read as months, times of day) with
 * Verbatim's own parsers (which also read what chrono does not: seasons, spans, "ago"), then adding refiners for what chrono's merging gets wrong.
 */
// The English locale only: loading every locale of chrono-node costs a quarter of a second per thread.
import * as chrono from "chrono-node/en";
import type { Parser, Refiner } from "chrono-node";
import { YEAR_ALONE } from "./tags.js";
import { NEEDS } from "./needs.js";
import { agoParser } from "./parsers/ago.js";
import { monthParser } from "./parsers/month.js";
import { pastSpanParser } from "./parsers/past-span.js";
import { relativePeriodParser } from "./parsers/relative-period.js";
import { seasonParser } from "./parsers/season.js";
import { spelledYearParser } from "./parsers/spelled-year.js";
import { yearEndParser } from "./parsers/year-end.js";
import { lastEveningParser } from "./parsers/last-evening.js";
import { weekdayParser } from "./parsers/weekday.js";
import { yearParser } from "./parsers/year.js";
import { dropDatelineRefiner } from "./refiners/dateline.js";
import { anchoredDaysRefiner } from "./refiners/anchored-days.js";
import { anchoredYearsRefiner } from "./refiners/anchored-years.js";
import { dropComparisonBasesRefiner } from "./refiners/comparison-base.js";
import { dropNonDatesRefiner } from "./refiners/drop-non-dates.js";
import { dropEventNamesRefiner } from "./refiners/event-names.js";
import { dropRecurringRefiner } from "./refiners/recurring.js";
import { dropRescheduledRefiner } from "./refiners/rescheduled.js";
import { dropQuotedDayWordsRefiner } from "./refiners/quoted-day-words.js";
import { partOfDayRefiner } from "./refiners/part-of-day.js";
import { relativeYearRefiner } from "./refiners/relative-year.js";
import { weekdayWithDateRefiner } from "./refiners/weekday-with-date.js";
import { yearByTenseRefiner } from "./refiners/year-by-tense.js";

/**
 * chrono's parsers for explicit calendar dates, which Verbatim keeps, each with what its pattern
 * needs in the text (`needs.ts`).
 */
const KEPT_PARSERS = new Map<string, RegExp>([
  ["ISOFormatParser", NEEDS.iso], // 2023-11-13T…
  ["ENYearMonthDayParser", NEEDS.yearMonthDay], // 2023-11-13, 2023/11/13
  ["SlashDateFormatParser", NEEDS.slashDate], // 11/13/2023 (without a year it is dropped later)
  ["ENMonthNameLittleEndianParser", NEEDS.dayMonth], // 7 October 2023, the 7th of October
  ["ENMonthNameMiddleEndianParser", NEEDS.monthDay], // October 7, 2023; October 7
  ["ENSlashMonthFormatParser", NEEDS.slashMonth], // 11/2023
  ["ENYearMonthNameParser", NEEDS.yearMonth], // 2023 October
  ["ENCasualDateParser", NEEDS.casual], // today, yesterday, tomorrow, tonight (and "now", dropped)
]);

/** chrono's refiners that would add precision the text does not have. */
const DROPPED_REFINERS = new Set(["ENEndOfPeriodRefiner", "ForwardDateRefiner"]);

/**
 * chrono's UnlikelyFormatFilter drops any result whose text is a bare number; a year our year
 * parser read from its context ("his 1996 campaign", "2014-2016") is one, and is kept.
 */
function keepingYearsAlone(refiner: Refiner): Refiner {
  if (refiner.constructor.name !== "UnlikelyFormatFilter") return refiner;
  return {
    refine(context, results) {
      const kept = refiner.refine(context, results.filter((result) => !result.tags().has(YEAR_ALONE)));
      return [...kept, ...results.filter((result) => result.tags().has(YEAR_ALONE))].sort((a, b) => a.index - b.index);
    },
  };
}

/** Matches nothing, at once (anchored at the start). */
const NO_MATCH = /^(?!)/;

/**
 * The parser, skipped for a text that lacks what its pattern needs: chrono then finds no match of
 * the pattern there, exactly as if it had run it, only sooner. Every pattern is run over the whole
 * sentence, and most sentences that hold a date hold one kind of date.
 */
function guarded(parser: Parser, needs: RegExp): Parser {
  return {
    pattern: (context) => (needs.test(context.text) ? parser.pattern(context) : NO_MATCH),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** Builds the instance; `guards: false` runs every parser on every text (for checking the guards). */
export function buildNewsChrono({ guards = true }: { guards?: boolean } = {}): chrono.Chrono {
  const guard = (parser: Parser, needs: RegExp) => (guards ? guarded(parser, needs) : parser);
  const instance = chrono.casual.clone();
  const kept = instance.parsers.flatMap((parser) => {
    const needs = KEPT_PARSERS.get(parser.constructor.name);
    return needs ? [guard(parser, needs)] : [];
  });
  instance.parsers = [
    ...kept,
    guard(weekdayParser, NEEDS.weekday),
    guard(relativePeriodParser, NEEDS.relativePeriod),
    guard(agoParser, NEEDS.ago),
    guard(pastSpanParser, NEEDS.pastSpan),
    guard(yearParser, NEEDS.year),
    guard(monthParser, NEEDS.month),
    guard(seasonParser, NEEDS.season),
    guard(spelledYearParser, NEEDS.spelledYear),
    guard(yearEndParser, NEEDS.yearEnd),
    guard(lastEveningParser, NEEDS.lastEvening),
  ];
  instance.refiners = [
    ...instance.refiners.filter((refiner) => !DROPPED_REFINERS.has(refiner.constructor.name)).map(keepingYearsAlone),
    dropNonDatesRefiner,
    dropDatelineRefiner,
    dropQuotedDayWordsRefiner,
    dropEventNamesRefiner,
    dropRecurringRefiner,
    dropRescheduledRefiner,
    dropComparisonBasesRefiner,
    partOfDayRefiner,
    weekdayWithDateRefiner,
    relativeYearRefiner,
    yearByTenseRefiner,
    anchoredDaysRefiner,
    anchoredYearsRefiner,
  ];
  return instance;
}

export const newsChrono = buildNewsChrono();
