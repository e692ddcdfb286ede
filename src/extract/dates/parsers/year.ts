/**
 * A year on its own: "in 2021", "since 2019", "early 2023", "by the end of 2025", "mid-2022", "in
 * calendar 2024", "in fiscal 1989" (the fiscal year of that name), a year used as an adjective ("his
 * 2016 campaign", "the 1987 crash", "the company's 1989 results": the year of the thing named), the
 * second year of a pair ("in 1990 and 1991", "between 1985 and 1987") and both ends of a range
 * ("2014-2016", "1995-96"). A bare four-digit number is not a year elsewhere: "2000 troops", "a
 * 2,000-page report".
 */
import type { Parser } from "chrono-node";
import { QUALIFIER_WORDS, SPAN, YEAR_ALONE, qualifierFromWords, qualifierTag } from "../tags.js";
import { dateResult } from "./common.js";

const YEAR = String.raw`(?:19|20)\d{2}`;

const PATTERN = new RegExp(
  // 1: a preposition; 2: a qualifier; 3: "fiscal"; 4: the year. 5: two digits, the end of a range ("1995-96").
  String.raw`(?<![\w,.])(?:(?:(in|since|during|by|until|till|from|through|throughout|before|after|for|between)\s+)?(?:(${QUALIFIER_WORDS})[\s-]+)?` +
    String.raw`(?:the\s+year\s+|(?:the\s+)?calendar\s+(?:year\s+)?|(fiscal)\s+(?:year\s+)?|(?:the\s+)?(?:first|second|1st|2nd)\s+half\s+of\s+|(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+)?(${YEAR})(?!\w|-(?!\s*\d)|[’']s|\s*/\s*\d)|(?<=[-–])(\d{2})(?![\w-]))`,
  "i",
);

/** A determiner or a possessive before a year used as an adjective, perhaps with one word between ("his unsuccessful 1996 campaign"). */
const ADJECTIVE_LEAD = /(?:\b(?:a|an|the|its|his|her|their|our|that|this|these|those)|[\w.]+['’]s)\s+(?:[a-z]+\s+)?$/i;
/** A word after the year: it names a thing ("campaign", "Olympics"). */
const NOUN_AFTER = /^\s+[A-Za-z]/;
/** Words after a number that count things: then the number is no year ("the 2000 troops"). */
const COUNTED = /^\s+(?:people|persons|troops|soldiers|workers|jobs|employees|members|votes|seats|shares|units|cars|homes|houses|students|children|men|women|tons|tonnes|miles|feet|metres|meters|kilometres|kilometers|acres|barrels|points|percent|per|dollars|pounds|euros|yen|words|pages|rooms|beds|flights|ships|planes|patients|cases|deaths|cents|times|years|months|days|hours|minutes)\b/i;
/** The first year of a pair just before ("in 1990 and 1991", "between 1985 and 1987", "from 1985 to 1987"). */
const PAIR_BEFORE = /\b(?:19|20)\d{2}\s+(?:and|or|to)\s+$/i;
/** A season before a range: a winter across two years is no year ("the winter of 2022-23"). */
const SEASON_BEFORE = /\b(?:winter|summer|spring|autumn|fall)\s+(?:of\s+)?(?:\d{4}\s*[-–/]\s*)?$/i;
/** A range: the first year and its dash just before ("2014-2016", "1995-96"), or a dash and the end just after. */
const RANGE_BEFORE = /\b((?:19|20))\d{2}\s*[-–]\s*$/;
const RANGE_AFTER = /^\s*[-–]\s*(?:(?:19|20)\d{2}|\d{2})(?![\w-])/;

export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index ?? 0;
    const before = context.text.slice(Math.max(0, index - 40), index);
    const after = context.text.slice(index + match[0].length, index + match[0].length + 30);
    if (SEASON_BEFORE.test(before)) return null;
    if (match[5]) {
      const range = RANGE_BEFORE.exec(before);
      return range ? dateResult(context, index, match[0], { year: Number(`${range[1]}${match[5]}`) }, [YEAR_ALONE]) : null;
    }
    const year = Number(match[4]);
    const preposition = match[1]?.toLowerCase();
    const qualifier = qualifierFromWords(match[2]?.toLowerCase().replace(/\s+/g, " "));
    if (preposition || qualifier || match[3] || /\b(?:half|quarter)\s+of\s/i.test(match[0])) {
      // "in 2021 March" or "2021 July" is chrono's (a year-month), not a year alone.
      const tags: string[] = [];
      if (qualifier) tags.push(qualifierTag(qualifier));
      if (preposition === "since") tags.push(SPAN);
      return dateResult(context, index, match[0], { year }, tags);
    }
    const adjective = ADJECTIVE_LEAD.test(before) && NOUN_AFTER.test(after) && !COUNTED.test(after);
    const paired = PAIR_BEFORE.test(before) || RANGE_BEFORE.test(before) || RANGE_AFTER.test(after);
    if (before.endsWith("-") && !RANGE_BEFORE.test(before)) return null;
    return adjective || paired ? dateResult(context, index, match[0], { year }, [YEAR_ALONE]) : null;
  },
};
