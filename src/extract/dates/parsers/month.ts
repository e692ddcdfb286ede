/**
 * "in July", "early November", "mid-March 2022", "since August", "last March": a month without a
 * day. It replaces chrono's month-name parser, which reads any month-like word as a date ("Zhai
 * Jun," became June): here a month needs a preposition, a qualifier or a year beside it, an
 * abbreviation needs the year, and the name must be capitalised. "in January last year", "mid-March
 * of this year", "in May next year" take the year named after the month. Without a year the month
 * is the latest one on or before publication, or the next one when the verb is future; with no
 * tense cue at all, the nearest one ("Voters go to the polls in May"), if it is near enough.
 */
import type { Parser } from "chrono-node";
import { addMonths } from "../calendar.js";
import { QUALIFIER_WORDS, RELATIVE, SPAN, qualifierFromWords, qualifierTag } from "../tags.js";
import { cueAt, laterMonthOffset, namesOtherYear, nearestMonthOffset } from "../tense.js";
import { MONTH_PATTERN, capitalisedAt, dateResult, monthOf, referenceDay } from "./common.js";

/** "last year", "of this year", "next year" after the month (group 5), not "last year's" (the next words' own). */
export const RELATIVE_YEAR = String.raw`\s+(?:of\s+)?(last|this|next)\s+year(?![\w-]|['’]s)`;

const PATTERN = new RegExp(
  String.raw`(?<![\w-])(?:(in|since|during|by|until|till|from|through|throughout|before|after|last|next|this|for)\s+)?` +
    String.raw`(?:(${QUALIFIER_WORDS})[\s-]+)?(${MONTH_PATTERN})(?:,?\s+(?:of\s+)?((?:19|20)\d{2})|${RELATIVE_YEAR})?(?![\w-])(?!\.?\s*\d)`,
  "i",
);

/** A day number (or ordinal) ending the text before a month: "20 ", "the 20th of ". */
const DAY_BEFORE = /\d(?:st|nd|rd|th)?\s+(?:of\s+)?$/i;
const DAY_LOOKBACK = 12;

/** The year "last year", "this year" and "next year" name, counted from the publication year. */
export const RELATIVE_YEAR_OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

export const monthParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index ?? 0;
    const name = match[3]!;
    const nameAt = index + match[0].lastIndexOf(name);
    if (!capitalisedAt(context.text, nameAt)) return null;
    const month = monthOf(name);
    if (!month) return null;
    const preposition = match[1]?.toLowerCase();
    const qualifier = qualifierFromWords(match[2]?.toLowerCase().replace(/\s+/g, " "));
    const ref = referenceDay(context);
    const year = match[4] ? Number(match[4]) : match[5] ? ref.year + RELATIVE_YEAR_OFFSET[match[5].toLowerCase()]! : null;
    if (!month.full && year === null) return null;
    // "the figures for January": the month named, but never "for May" (Theresa May).
    if (preposition === "for" && month.month === 5) return null;
    if (!preposition && !qualifier && year === null) return null;
    // A day right before the month ("20 January last year", "the 20th of May") is chrono's day-month date.
    if (DAY_BEFORE.test(context.text.slice(Math.max(0, index - DAY_LOOKBACK), index))) return null;
    // A name right before the month ("Zhai Jun", "Aung San Suu Kyi May") is not a date.
    if (!preposition && !qualifier && /[A-Z][\w’'-]*\s+$/.test(context.text.slice(0, index))) return null;

    const tags: string[] = [];
    if (qualifier) tags.push(qualifierTag(qualifier));
    if (preposition === "since") tags.push(SPAN);
    if (match[5]) tags.push(RELATIVE);
    if (year !== null) return dateResult(context, index, match[0], { year, month: month.month }, tags);

    tags.push(RELATIVE);
    const back = (ref.month - month.month + 12) % 12;
    const ahead = (month.month - ref.month + 12) % 12;
    let offset: number;
    if (preposition === "last") offset = -(back === 0 ? 12 : back);
    else if (preposition === "next") offset = ahead === 0 ? 12 : ahead;
    else if (preposition === "this") offset = month.month - ref.month;
    else {
      // "the figures for January", "orders for November delivery": the month a figure or a contract
      // is for, read as its occurrence nearest to publication whatever the tense.
      const cue = preposition === "for" ? null : cueAt(context.text, index, index + match[0].length);
      const byCue =
        cue === null ? nearestMonthOffset(ref, month.month) : cue === "future-in-past" ? laterMonthOffset(ref, month.month) : cue === "future" ? ahead : -back;
      if (byCue === null) return null;
      offset = byCue;
      // "The 2022 invasion began in February": the month may well be that year's; none is guessed.
      if (namesOtherYear(context.text, { index, text: match[0] }, addMonths(ref, offset).year)) return null;
    }
    return dateResult(context, index, match[0], addMonths(ref, offset), tags);
  },
};
