/** Tags Verbatim's parsers and refiners put on chrono results (chrono's own tags look like "parser/…"). */

/** The result was computed from the reference (publication) date: meaningless in an undated article. */
export const RELATIVE = "verbatim/relative";
/** The expression names a stretch of time ("since 2019", "the past 10 years"); the value is its start. */
export const SPAN = "verbatim/span";
/** A year written as a bare number, read as a year by its context ("his 1996 campaign", "2014-2016"). */
export const YEAR_ALONE = "verbatim/year-alone";
const QUALIFIER = "verbatim/qualifier/";

export type Qualifier = "early" | "mid" | "late";

export const qualifierTag = (qualifier: Qualifier): string => `${QUALIFIER}${qualifier}`;

export function qualifierOf(tags: Set<string>): Qualifier | null {
  for (const tag of tags) {
    if (tag.startsWith(QUALIFIER)) return tag.slice(QUALIFIER.length) as Qualifier;
  }
  return null;
}

/** "early", "the beginning of", "mid-", "the end of" … → the qualifier. */
export function qualifierFromWords(words: string | undefined): Qualifier | null {
  if (!words) return null;
  const w = words.toLowerCase();
  if (/^(early|the\s+(start|beginning)\s+of)$/.test(w)) return "early";
  if (/^(mid|the\s+middle\s+of)$/.test(w)) return "mid";
  if (/^(late|the\s+end\s+of)$/.test(w)) return "late";
  return null;
}

/** Qualifier words, as a regex source, as they precede a period ("early", "mid-", "the end of"). */
export const QUALIFIER_WORDS = String.raw`early|mid|late|the\s+(?:start|beginning|middle|end)\s+of`;
