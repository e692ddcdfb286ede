import type { Corpus } from "../corpus/corpus.js";

/** What a typed leader name matched. */
export interface LeaderMatch {
  /** Canonical names that the typed name stands for (empty: no match; several: ambiguous). */
  names: string[];
  /** Set when the name matched nothing or more than one person: what to tell the user. */
  message?: string;
}

/**
 * Resolves a name typed by a user to the canonical names of people in the corpus.
 * PLACEHOLDER until the /quote issue's people index lands: case-insensitive substring match
 * against the people named in statements and facts.
 */
export function resolveLeader(corpus: Corpus, typed: string): LeaderMatch {
  const known = new Set<string>([...corpus.statements.map((s) => s.speaker), ...corpus.facts.flatMap((f) => f.people)]);
  const needle = typed.trim().toLowerCase();
  const names = [...known].filter((name) => name.toLowerCase().includes(needle));
  if (names.length === 0) return { names, message: `No one called “${typed}” appears in the articles.` };
  return { names };
}
