/** "last evening": the evening before publication, as chrono reads "last night". */
import type { Parser } from "chrono-node";
import { addDays } from "../calendar.js";
import { RELATIVE } from "../tags.js";
import { dateResult, referenceDay } from "./common.js";

const PATTERN = /(?<![\w-])last\s+evening(?![\w-])/i;

export const lastEveningParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    return dateResult(context, match.index ?? 0, match[0], addDays(referenceDay(context), -1), [RELATIVE]);
  },
};
