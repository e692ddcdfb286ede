import type { Corpus } from "../corpus/corpus.js";
import type { SpeakerEntry } from "../corpus/registry.js";
import { foldName } from "../extract/people/tokens.js";

export const MAX_NAME_LENGTH = 120;

/** What a typed leader name matched. */
export interface LeaderMatch {
  /** Canonical names the typed name stands for: one, or none when nothing fits or it is ambiguous. */
  names: string[];
  entry?: SpeakerEntry;
  /** Set when there is something to tell: no match, ambiguity, or a corrected spelling. */
  message?: string;
}

/**
 * Resolves a name typed by a user to a person (or institution) of the corpus: accents, case,
 * titles and small typos do not matter; an ambiguous name ("Wang") lists the candidates.
 */
export function resolveLeader(corpus: Corpus, typed: string): LeaderMatch {
  // No name runs to more than a few words; a long text is not worth a fuzzy search.
  if (typed.length > MAX_NAME_LENGTH) {
    return { names: [], message: `That is too long for a name (over ${MAX_NAME_LENGTH} characters): try the family name alone.` };
  }
  const lookup = corpus.speakers.lookup(typed);
  if (lookup.status === "ambiguous") {
    const names = lookup.candidates.map((c) => c.name);
    return { names: [], message: `“${typed}” could mean ${listNames(names, "or")}. Please give the full name.` };
  }
  if (lookup.status === "unknown") {
    const suggestions = lookup.suggestions.map((s) => s.name);
    const known = suggestions.length > 0 ? suggestions : corpus.speakers.suggest("", 5).map((s) => s.name);
    const hint = suggestions.length > 0 ? `Did you mean ${listNames(known, "or")}?` : known.length > 0 ? `People quoted in the articles include ${listNames(known, "and")}.` : "";
    return { names: [], message: `No one called “${typed}” appears in the articles.${hint ? ` ${hint}` : ""}` };
  }
  const entry = lookup.entry;
  const typedFold = foldName(typed);
  const corrected = !entry.aliases.includes(typedFold) && foldName(entry.name) !== typedFold && !foldName(entry.name).endsWith(typedFold);
  return { names: [entry.name], entry, ...(corrected ? { message: `Showing results for ${entry.name}.` } : {}) };
}

export function listNames(names: string[], conjunction: "and" | "or"): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names.at(-1)}`;
}
