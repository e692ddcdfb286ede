/**
 * "on Saturday", "last Tuesday", "next Friday", "early Sunday", "Monday morning": a weekday resolved
 * against the publication date, backwards unless the verb is future ("met on Saturday" is two days
 * before a Monday article; "a summit … on Wednesday" is two days after it).
 */
import type { Parser } from "chrono-node";
import { addDays, weekdayOf } from "../calendar.js";
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
    let offset: number;
    if (modifier === "last" || modifier === "past" || modifier === "this past") offset = -(back === 0 ? 7 : back);
    else if (modifier === "next" || modifier === "coming" || modifier === "this coming") offset = ahead === 0 ? 7 : ahead;
    else {
      const direction = cueAt(context.text, index, index + match[0].length);
      // No tense at all ("Brentford travel to Bournemouth on Saturday", a fixture in the present):
      // the coming day or the last one are both likely, and neither is guessed.
      if (direction === null) return null;
      if (direction === "future-in-past") {
        const later = laterWeekdayOffset(back, ahead);
        if (later === null) return null;
        offset = later;
      } else offset = direction === "future" ? ahead : -back;
    }
    const day = addDays(ref, offset);
    const tags = [RELATIVE];
    const qualifier = match[1]?.toLowerCase();
    if (qualifier === "early" || qualifier === "late") tags.push(qualifierTag(qualifier));
    if (match[2]?.toLowerCase() === "since") tags.push(SPAN);
    const result = dateResult(context, index, match[0], day, tags);
    result.start.assign("weekday", target);
    return result;
  },
};

/** Words that make a weekday part of a name: "Good Friday", "Super Tuesday", "The Sunday Times". */
const NAME_BEFORE = /\b(?:Good|Black|Holy|Maundy|Easter|Palm|Ash|Bloody|Super|Cyber|Giving|Shrove|Fat)\s+$/;
const NAME_AFTER = /^\s+(?:Times|Telegraph|Express|Mail|Post|Herald|Tribune|Star|Mirror|Independent|Observer|Review|Sport|Night\s+Live|Club)\b/;

function partOfName(text: string, start: number, end: number): boolean {
  return NAME_BEFORE.test(text.slice(0, start)) || NAME_AFTER.test(text.slice(end));
}
