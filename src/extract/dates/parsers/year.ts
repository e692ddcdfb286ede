/**
 * "in 2021", "since 2019", "early 2023", "by the end of 2025", "mid-2022", "in calendar 2024": a
 * year on its own. A bare four-digit number is only read as a year after a preposition or a
 * qualifier, so "2000 troops" or "a 2021 deal" give no date. "in fiscal 2024" gives none either: a
 * fiscal year is not the calendar year of its number.
 */
import type { Parser } from "chrono-node";
import { QUALIFIER_WORDS, SPAN, qualifierFromWords, qualifierTag } from "../tags.js";
import { dateResult } from "./common.js";

const PATTERN = new RegExp(
  String.raw`(?<![\w-])(?:(in|since|during|by|until|till|from|through|throughout|before|after|for)\s+)?` +
    String.raw`(?:(${QUALIFIER_WORDS})[\s-]+)?(?:the\s+year\s+|(?:the\s+)?calendar\s+(?:year\s+)?)?((?:19|20)\d{2})(?![\w-]|[’']s|\s*[-–/]\s*\d)`,
  "i",
);

export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const preposition = match[1]?.toLowerCase();
    const qualifier = qualifierFromWords(match[2]?.toLowerCase().replace(/\s+/g, " "));
    if (!preposition && !qualifier) return null;
    // "in 2021 March" or "2021 July" is chrono's (a year-month), not a year alone.
    const tags: string[] = [];
    if (qualifier) tags.push(qualifierTag(qualifier));
    if (preposition === "since") tags.push(SPAN);
    return dateResult(context, match.index ?? 0, match[0], { year: Number(match[3]) }, tags);
  },
};
