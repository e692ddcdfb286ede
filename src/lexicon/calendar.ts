/**
 * Months and weekdays: the one table of their names. Every other form — capitalised, abbreviated,
 * as a regular expression's alternatives, "May" left out where it would be a name — is derived
 * here from these lists.
 */

/** Month names, January first (index + 1 is the month's number). */
export const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
] as const;

/** Abbreviations news writes for months ("Sept" as well as "Sep"); "may" is its own abbreviation. */
export const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"] as const;

/** Weekday names, Sunday first (index is the day of the week, as Date.getDay). */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/** Monday to Sunday, as news lists them. */
export const WEEKDAYS_FROM_MONDAY = [...WEEKDAYS.slice(1), WEEKDAYS[0]] as const;

/** "january" → "January". */
export const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Words as the alternatives of a regular expression: "a|b|c". */
export const alternatives = (words: readonly string[]): string => words.join("|");

/** The month names without "may", which is also a verb and a name. */
export const MONTHS_BUT_MAY = MONTHS.filter((month) => month !== "may");

/** Abbreviations that are not a whole month name ("may" aside). */
export const SHORT_MONTHS = MONTH_ABBREVIATIONS.filter((abbreviation) => abbreviation !== "may");

/** Abbreviations news writes for weekdays ("Tues", "Thurs" as well as "Tue", "Thu"). */
export const WEEKDAY_ABBREVIATIONS = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"] as const;
