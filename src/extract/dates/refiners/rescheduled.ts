/**
 * Drops the date a thing was moved away from or called off for: "postponed from June to
 * October", "moved the vote from Tuesday to Thursday", "delayed from 2025", "postponed Saturday's
 * game", "cancelled Friday's practice", "a walkout originally planned for November 27". It is when
 * the thing was once planned, not when anything happened, and its tense is the rescheduling's
 * ("was postponed" reads June as last June, and "postponed Saturday's game" last Saturday's).
 */
import type { ParsingResult, Refiner } from "chrono-node";

const MOVED_VERBS = String.raw`moved|postponed|delayed|deferred|rescheduled|shifted|switched|pushed\s+back|brought\s+forward|put\s+off`;
const RESCHEDULED = `(?:${MOVED_VERBS})`;
const CALLED_OFF = String.raw`(?:${MOVED_VERBS}|cancell?ed|called\s+off|scrapped|suspended|abandoned)`;

/** A verb of rescheduling, a few words, then "from" right before the date (or opening it). */
const MOVED_FROM = new RegExp(String.raw`\b${RESCHEDULED}\s+(?:[\w'’-]+\s+){0,4}?from\s+$`, "i");
/** A plan as it once stood, right before the date: "originally planned for", "initially scheduled on". */
const ONCE_PLANNED = /\b(?:originally|initially|previously|first|once)\s+(?:planned|scheduled|set|due|slated|expected)\s+(?:for|on|in)\s+$/i;
/** A verb of calling off right before the date's possessive: "postponed Saturday's game". */
const CALLED_OFF_BEFORE = new RegExp(String.raw`\b${CALLED_OFF}\s+(?:the\s+)?$`, "i");
/** …or after what the possessive owns: "Saturday's game was postponed", "Friday's vote has been called off". */
const CALLED_OFF_AFTER = new RegExp(String.raw`^['’]s\s+(?:[\w-]+\s+){1,4}?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?${CALLED_OFF}\b`, "i");
const POSSESSIVE_AFTER = /^['’]s\b/;
/** Enough of the text before the date to hold the verb, four words and "from". */
const LOOKBACK = 80;

function oncePlanned(text: string, result: ParsingResult): boolean {
  const opensWithPreposition = /^(?:from|for|on|in)\s+/i.exec(result.text);
  const end = result.index + (opensWithPreposition ? opensWithPreposition[0].length : 0);
  const before = text.slice(Math.max(0, result.index - LOOKBACK), end);
  if (MOVED_FROM.test(before) || ONCE_PLANNED.test(before)) return true;
  const rest = text.slice(result.index + result.text.length);
  if (!POSSESSIVE_AFTER.test(rest)) return false;
  return CALLED_OFF_BEFORE.test(text.slice(Math.max(0, result.index - LOOKBACK), result.index)) || CALLED_OFF_AFTER.test(rest.slice(0, LOOKBACK));
}

export const dropRescheduledRefiner: Refiner = {
  refine: (context, results) => results.filter((result) => !oncePlanned(context.text, result)),
};
