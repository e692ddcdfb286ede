/**
 * "a year earlier", "a year later", "the previous year", "the following year", "the year before":
 * a year counted from the one year the sentence names ("In 1995 he was made a general, and the
 * following year he was posted to Washington" is 1996; "For the quarter ended Sept. 30 …, a year
 * earlier" is Sept. 30 a year before: "a year earlier" keeps the precision of the date counted
 * from, "the following year" is a year). The date counted
 * from comes before the expression. A comparison's base dates no event ("rose 2.7% in June from a
 * year earlier", "up from $100 million a year earlier"), and without a date to count from the
 * expression says nothing.
 */
import type { ParsingResult, Refiner } from "chrono-node";
import { dateResult } from "../parsers/common.js";
import { COMPARISON_BEFORE } from "./comparison-base.js";

const ANCHORED = /\b(?:a\s+year\s+(earlier|later|before)|the\s+(previous|following|prior)\s+year|the\s+year\s+(before|after)(?=\s*[,.;:)]|\s*$))\b/gi;

const BACK = new Set(["earlier", "previous", "prior", "before"]);


export const anchoredYearsRefiner: Refiner = {
  refine(context, results) {
    const added: ParsingResult[] = [];
    ANCHORED.lastIndex = 0;
    for (let match = ANCHORED.exec(context.text); match !== null; match = ANCHORED.exec(context.text)) {
      if (results.some((r) => r.index < match.index + match[0].length && match.index < r.index + r.text.length)) continue;
      if (COMPARISON_BEFORE.test(context.text.slice(Math.max(0, match.index - 100), match.index))) continue;
      const before = results.filter((r) => r.start.isCertain("year") && r.index + r.text.length <= match.index);
      if (new Set(before.map((r) => r.start.get("year"))).size !== 1) continue;
      const anchor = before.at(-1)!.start;
      const direction = (match[1] ?? match[2] ?? match[3])!.toLowerCase();
      const year = anchor.get("year")! + (BACK.has(direction) ? -1 : 1);
      // "the following year" is a year; "a year earlier" is the date counted from, a year before.
      const month = match[1] !== undefined && anchor.isCertain("month") ? anchor.get("month")! : undefined;
      const day = month !== undefined && anchor.isCertain("day") ? anchor.get("day")! : undefined;
      added.push(dateResult(context, match.index, match[0], { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) }));
    }
    return added.length === 0 ? results : [...results, ...added].sort((a, b) => a.index - b.index);
  },
};
