/**
 * The one chrono instance Verbatim reads dates with: chrono's casual English parser, cloned, keeping
 * its parsers for written-out calendar dates ("July 29, 2022", "7 October", "2023-11-13") and
 * replacing those that misread news prose (weekdays without tense, months read as the nearest one
 * even when ahead, "last month" resolved to a day, names read as months, times of day) with
 * Verbatim's own parsers, then adding refiners for what chrono's merging gets wrong.
 */
import * as chrono from "chrono-node";
import { agoParser } from "./parsers/ago.js";
import { monthParser } from "./parsers/month.js";
import { pastSpanParser } from "./parsers/past-span.js";
import { relativePeriodParser } from "./parsers/relative-period.js";
import { weekdayParser } from "./parsers/weekday.js";
import { yearParser } from "./parsers/year.js";
import { dropNonDatesRefiner } from "./refiners/drop-non-dates.js";
import { partOfDayRefiner } from "./refiners/part-of-day.js";
import { weekdayWithDateRefiner } from "./refiners/weekday-with-date.js";
import { yearByTenseRefiner } from "./refiners/year-by-tense.js";

/** chrono's parsers for explicit calendar dates, which Verbatim keeps. */
const KEPT_PARSERS = new Set([
  "ISOFormatParser", // 2023-11-13T…
  "ENYearMonthDayParser", // 2023-11-13, 2023/11/13
  "SlashDateFormatParser", // 11/13/2023 (without a year it is dropped later)
  "ENMonthNameLittleEndianParser", // 7 October 2023, the 7th of October
  "ENMonthNameMiddleEndianParser", // October 7, 2023; October 7
  "ENSlashMonthFormatParser", // 11/2023
  "ENYearMonthNameParser", // 2023 October
  "ENCasualDateParser", // today, yesterday, tomorrow, tonight (and "now", dropped)
]);

/** chrono's refiners that would add precision the text does not have. */
const DROPPED_REFINERS = new Set(["ENEndOfPeriodRefiner", "ForwardDateRefiner"]);

function build(): chrono.Chrono {
  const instance = chrono.casual.clone();
  instance.parsers = [
    ...instance.parsers.filter((parser) => KEPT_PARSERS.has(parser.constructor.name)),
    weekdayParser,
    relativePeriodParser,
    agoParser,
    pastSpanParser,
    yearParser,
    monthParser,
  ];
  instance.refiners = [
    ...instance.refiners.filter((refiner) => !DROPPED_REFINERS.has(refiner.constructor.name)),
    dropNonDatesRefiner,
    partOfDayRefiner,
    weekdayWithDateRefiner,
    yearByTenseRefiner,
  ];
  return instance;
}

export const newsChrono = build();
