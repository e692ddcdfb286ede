/**
 * Drops a day word inside a quotation: "“Today, the Australian people have voted …,” Albanese told
 * supporters", "Wong said: “Yesterday we finished the campaign in Perth.”" Quoted words are
 * relative to when they were spoken — the night before a morning paper, or days before the
 * article when the speech is dated ("Speaking on Thursday, …") — not to the publication date, so
 * such a day cannot be told. Other dates in a quotation ("on May 20", "on Friday") are kept.
 */
import type { Refiner } from "chrono-node";
import { findQuoteSpans, insideQuotation } from "../../text/quote-spans.js";

/** Words that name a day by its distance from the moment of speaking (as chrono's casual parser reads them). */
export const DAY_WORDS = String.raw`(?:today|tonight|tomorrow|yesterday|last\s+(?:night|evening)|this\s+(?:morning|afternoon|evening))\b`;
const DAY_WORD = new RegExp(`^${DAY_WORDS}`, "i");

export const dropQuotedDayWordsRefiner: Refiner = {
  refine(context, results) {
    const text = context.text;
    if (!results.some((result) => DAY_WORD.test(result.text.trimStart()))) return results;
    const spans = findQuoteSpans(text);
    return results.filter((result) => {
      const lead = result.text.length - result.text.trimStart().length;
      return !(DAY_WORD.test(result.text.trimStart()) && insideQuotation(text, spans, result.index + lead));
    });
  },
};
