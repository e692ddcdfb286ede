/**
 * Attribution: finds, in one sentence, who is said to have said something and which words are
 * theirs. As dates/ composes chrono's parsers and refiners, this composes small patterns and
 * filters, each in a file of its own, in one ordered list each:
 *   cue patterns    at each word outside quotations, the first that knows the word decides;
 *   sentence patterns  over the whole sentence, when no cue named a speaker;
 *   filters         over what was found: relays marked, each speaker's words trimmed, datelines cut.
 * A speech verb inside quoted words is part of them ("“If the United States insists …,” Wang
 * said"), not an attribution. Who "he" or "the minister" is, is decided later (../extract.ts).
 */
import { tokenize } from "../../people/tokens.js";
import { findQuoteSpans, insideQuotation } from "../../text/quote-spans.js";
import { dropDatelineFilter } from "./filters/dateline.js";
import { dropLoneRelaysFilter } from "./filters/lone-relays.js";
import { markRelaysFilter } from "./filters/mark-relays.js";
import { trimContentsFilter } from "./filters/trim-contents.js";
import { accordingToPattern } from "./patterns/according-to.js";
import { actVerbPattern } from "./patterns/act-verb.js";
import { labelledWordsPattern } from "./patterns/labelled-words.js";
import { participlePattern } from "./patterns/participle.js";
import { reportedByPattern } from "./patterns/reported-by.js";
import { sayVerbPattern } from "./patterns/say-verb.js";
import { namesSpeaker } from "./speaker-kind.js";
import type { Attribution, AttributionFilter, CuePattern, SentenceContext, SentencePattern } from "./types.js";

export { openingSubject } from "./phrases.js";
export { speakerKind } from "./speaker-kind.js";
export type { Attribution, SpeakerPhraseKind } from "./types.js";

/** Read at each word, in this order: "According to X", "what he called", "X said", "Xinhua reported", "X pledged". */
export const CUE_PATTERNS: readonly CuePattern[] = [accordingToPattern, labelledWordsPattern, sayVerbPattern, reportedByPattern, actVerbPattern];

/** Read over the sentence when no cue named a speaker. */
export const SENTENCE_PATTERNS: readonly SentencePattern[] = [participlePattern];

/** Run in this order over what the patterns found. */
export const FILTERS: readonly AttributionFilter[] = [markRelaysFilter, trimContentsFilter, dropDatelineFilter, dropLoneRelaysFilter];

const QUOTE_MARK = /["“”«»]/;

/** A politician's party and state after the name: "(D-Ore.)", "(R-N.Y.)", "(R-IN)", "(I-Vt.)". */
const PARTY_TAG = /\((?:[DRI]|Dem|Rep|Ind)\.?\s*[-–]\s*[A-Z][A-Za-z.]{0,14}(?:\s[A-Z][A-Za-z.]{1,12})?\)/g;

/** The text with party tags blanked (same length, so every offset holds): "Rep. Gwen Moore (D-Wis.) said" reads as "Rep. Gwen Moore said". */
function withoutPartyTags(text: string): string {
  return text.includes("(") ? text.replace(PARTY_TAG, (tag) => " ".repeat(tag.length)) : text;
}

/**
 * The attributions of a sentence. `carried`: the opening mark of a quotation an earlier sentence
 * of the paragraph left open (`It is not for us to say," Sato said.`).
 */
export function findAttributions(sentenceText: string, carried: number | null = null): Attribution[] {
  const text = withoutPartyTags(sentenceText);
  const tokens = tokenize(text);
  const sentence: SentenceContext = { text, tokens, startsQuoted: carried !== null };
  const spans = text.length > 0 && (carried !== null || QUOTE_MARK.test(text)) ? findQuoteSpans(text, carried) : [];
  let found: Attribution[] = [];
  for (let v = 0; v < tokens.length; v++) {
    if (spans.length > 0 && insideQuotation(text, spans, tokens[v]!.start)) continue;
    for (const pattern of CUE_PATTERNS) {
      const attribution = pattern.at(sentence, v);
      if (attribution === undefined) continue;
      if (attribution !== null) found.push(attribution);
      break;
    }
  }
  if (!found.some(namesSpeaker)) {
    for (const pattern of SENTENCE_PATTERNS) {
      const more = pattern.find(sentence);
      if (more.length === 0) continue;
      found.push(...more);
      break;
    }
  }
  for (const filter of FILTERS) found = filter.apply(sentence, found);
  return found;
}
