/**
 * Drops what chrono found that is not a calendar date: times of day alone, "now", numeric dates
 * without a year ("9/11", "24/7"), which in news prose are names and figures, not dates, month
 * words in lower case ("may 5", "a march 10 miles long"): in edited prose months are capitalised,
 * and a capitalised "Today", "Tomorrow" or "Tonight" inside a sentence, which is a name ("USA Today",
 * "Russia Today", "Radio 4's Today programme", "the Tonight Show").
 */
import type { ParsingResult, Refiner } from "chrono-node";
import { MONTH_PATTERN, opensSentence } from "../parsers/common.js";

const MONTH_WORD = new RegExp(`(?<![\\w-])(?:${MONTH_PATTERN})(?![\\w-])`, "gi");

function hasLowerCaseMonth(text: string): boolean {
  // `exec` on the shared pattern rather than `matchAll`, which copies the pattern on every call.
  MONTH_WORD.lastIndex = 0;
  for (let match = MONTH_WORD.exec(text); match !== null; match = MONTH_WORD.exec(text)) {
    const first = match[0].charAt(0);
    if (first === first.toLowerCase()) return true;
  }
  return false;
}

/** chrono's day words as a name would be written: capitalised. */
const CAPITALISED_DAY_WORD = /^T(?:oday|omorrow|onight)\b/;

/**
 * A capitalised day word that does not open the sentence (nor a quotation, nor what follows a
 * colon) names a programme, a paper or a channel; it says nothing of when.
 */
function isNamedDayWord(text: string, result: ParsingResult): boolean {
  const lead = result.text.length - result.text.trimStart().length;
  return CAPITALISED_DAY_WORD.test(result.text.trimStart()) && !opensSentence(text, result.index + lead);
}

export const dropNonDatesRefiner: Refiner = {
  refine: (context, results) =>
    results.filter((result) => {
      const start = result.start;
      if (!["year", "month", "day", "weekday"].some((c) => start.isCertain(c as "year"))) return false;
      if (/^now$/i.test(result.text.trim())) return false;
      if (/^\d{1,2}[/.-]\d{1,2}$/.test(result.text.trim())) return false;
      if (hasLowerCaseMonth(result.text)) return false;
      if (isNamedDayWord(context.text, result)) return false;
      return true;
    }),
};
