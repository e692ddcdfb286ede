/**
 * "on Saturday", "last Tuesday", "next Friday", "early Sunday", "Monday morning": a weekday resolved
 * against the publication date, backwards unless the verb is future ("met on Saturday" is two days
 * before a Monday article; "a summit … on Wednesday" is two days after it).
 */
import type { Parser } from "chrono-node";
import { addDays, weekdayOf, type Day } from "../calendar.js";
import { RELATIVE, SPAN, qualifierTag } from "../tags.js";
import { cueAt, laterWeekdayOffset } from "../tense.js";
import { WEEKDAY_NAMES, capitalisedAt, dateResult, referenceDay } from "./common.js";

const PATTERN = new RegExp(
  String.raw`(?<![\w-])(?:(early|late)\s+(?:on\s+)?)?(?:(on|since|by|until|from)\s+)?(?:(last|this|next|this\s+past|this\s+coming|coming|past)\s+)?` +
    String.raw`(${WEEKDAY_NAMES.join("|")})(?:\s+(?:morning|afternoon|evening|night))?(?![\w-])`,
  "i",
);

export const weekdayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const index = match.index ?? 0;
    const name = match[4]!;
    const nameAt = index + match[0].lastIndexOf(name);
    if (!capitalisedAt(context.text, nameAt)) return null;
    if (partOfName(context.text, index, index + match[0].length)) return null;
    const ref = referenceDay(context);
    const target = WEEKDAY_NAMES.indexOf(name.toLowerCase());
    const back = (weekdayOf(ref) - target + 7) % 7;
    const ahead = (target - weekdayOf(ref) + 7) % 7;
    const modifier = match[3]?.toLowerCase().replace(/\s+/g, " ");
    // The weekday alone, after "next" or "last" that was declined with it (see below): still declined;
    // and "the previous Sunday", "the following Monday" count from a day the story tells, not from publication.
    if (!modifier && MODIFIER_BEFORE.test(context.text.slice(Math.max(0, index - 12), index))) return null;
    let offset: number;
    if (modifier === "last" || modifier === "past" || modifier === "this past") offset = -(back === 0 ? 7 : back);
    else if (modifier === "next" || modifier === "coming" || modifier === "this coming") offset = ahead === 0 ? 7 : ahead;
    else {
      const possessive = /^['’]s\b/.test(context.text.slice(index + match[0].length, index + match[0].length + 3));
      // "over Thursday's closing price", "before Friday's purchases": a day whose figures are known, gone by.
      const direction = cueAt(context.text, index, index + match[0].length, true) ?? (possessive ? "past" : null);
      // No tense at all ("Brentford travel to Bournemouth on Saturday", a fixture in the present):
      // the coming day or the last one are both likely, and neither is guessed.
      if (direction === null) return null;
      if (direction === "future-in-past") {
        // "had been scheduled to end on Friday": a plan as it stood before; the day may have passed.
        if (PLAN_IN_THE_PAST.test(context.text.slice(Math.max(0, index - 60), index))) return null;
        const later = laterWeekdayOffset(back, ahead);
        if (later === null) return null;
        offset = later;
      } else offset = direction === "future" ? ahead : -back;
    }
    const tags = [RELATIVE];
    if ((modifier === "next" || modifier === "last") && inWeekOf(ref, offset)) {
      // "next Tuesday" said on a Monday: tomorrow, or a week later? Only what both days share is certain.
      const [one, other] = [addDays(ref, offset), addDays(ref, offset + (offset > 0 ? 7 : -7))];
      return one.month === other.month ? dateResult(context, index, match[0], { year: one.year, month: one.month }, tags) : null;
    }
    const day = addDays(ref, offset);
    const qualifier = match[1]?.toLowerCase();
    if (qualifier === "early" || qualifier === "late") tags.push(qualifierTag(qualifier));
    if (match[2]?.toLowerCase() === "since") tags.push(SPAN);
    const result = dateResult(context, index, match[0], day, tags);
    result.start.assign("weekday", target);
    return result;
  },
};

const PLAN_IN_THE_PAST = /\bhad\s+been\s+(?:also\s+)?(?:set|due|scheduled|expected|slated|planned|supposed)\s+to\b[^,;]*$/i;

/** "next " or "last " right before a weekday matched without them. */
const MODIFIER_BEFORE = /\b(?:next|last|previous|following|preceding|same)\s+$/i;

/** True when the day `offset` days from `ref` lies in the same week (Monday to Sunday) as `ref`. */
function inWeekOf(ref: Day, offset: number): boolean {
  const weekday = (weekdayOf(ref) + 6) % 7; // Monday 0 … Sunday 6
  return weekday + offset >= 0 && weekday + offset <= 6;
}

/** Words that make a weekday part of a name: "Good Friday", "Super Tuesday", "The Sunday Times". */
const NAME_BEFORE = /\b(?:Good|Black|Holy|Maundy|Easter|Palm|Ash|Bloody|Super|Cyber|Giving|Shrove|Fat)\s+$/;
const NAME_AFTER = /^\s+(?:Times|Telegraph|Express|Mail|Post|Herald|Tribune|Star|Mirror|Independent|Observer|Review|Sport|Night\s+Live|Club)\b/;

function partOfName(text: string, start: number, end: number): boolean {
  return NAME_BEFORE.test(text.slice(0, start)) || NAME_AFTER.test(text.slice(end));
}
