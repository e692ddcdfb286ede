/**
 * "two days earlier", "a week later", "the previous day", "the following day": a day counted from
 * another day the sentence names ("The Philippines said on Saturday that … fired a water cannon …
 * two days earlier" is the Thursday before that Saturday), not from publication. Read only when the
 * sentence names exactly one day to count from; "two days after the minister warned" counts from an
 * event, and is not read.
 */
import type { ParsingResult, Refiner } from "chrono-node";
import { addDays } from "../calendar.js";
import { COUNT_PATTERN, countOf, dateResult } from "../parsers/common.js";
import { RELATIVE } from "../tags.js";

const ANCHORED = new RegExp(
  String.raw`\b(?:(${COUNT_PATTERN})\s+(days?|weeks?)\s+(earlier|later)|the\s+(previous|next|following)\s+day|the\s+day\s+(before|after)(?=\s*[,.;:)]|\s*$))\b`,
  "gi",
);

const BACK = new Set(["earlier", "previous", "before"]);

function isDay(result: ParsingResult): boolean {
  return result.start.isCertain("day") && result.start.isCertain("month") && result.start.get("year") !== null;
}

export const anchoredDaysRefiner: Refiner = {
  refine(context, results) {
    const anchors = results.filter(isDay);
    if (anchors.length !== 1) return results;
    const anchor = anchors[0]!;
    const from = { year: anchor.start.get("year")!, month: anchor.start.get("month")!, day: anchor.start.get("day")! };
    const added: ParsingResult[] = [];
    ANCHORED.lastIndex = 0;
    for (let match = ANCHORED.exec(context.text); match !== null; match = ANCHORED.exec(context.text)) {
      const count = match[1] === undefined ? 1 : countOf(match[1]);
      if (count === null) continue;
      const days = count * (match[2]?.toLowerCase().startsWith("week") ? 7 : 1);
      const direction = (match[3] ?? match[4] ?? match[5])!.toLowerCase();
      const day = addDays(from, BACK.has(direction) ? -days : days);
      added.push(dateResult(context, match.index, match[0], day, [RELATIVE]));
    }
    return added.length === 0 ? results : [...results, ...added].sort((a, b) => a.index - b.index);
  },
};
