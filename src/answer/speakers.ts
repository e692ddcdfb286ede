import Fuse from "fuse.js";
import type { Corpus } from "../corpus/corpus.js";

/**
 * Speaker suggestions for autocomplete: the people the corpus quotes or mentions in dated facts,
 * best match first, typo-tolerant. Answers from memory (the index is built once per corpus).
 */
interface SpeakerIndex {
  /** Distinct names, most often mentioned first (then alphabetical). */
  names: string[];
  fuse: Fuse<string>;
}

const indexes = new WeakMap<Corpus, SpeakerIndex>();

function indexFor(corpus: Corpus): SpeakerIndex {
  const cached = indexes.get(corpus);
  if (cached) return cached;
  const counts = new Map<string, number>();
  const add = (name: string) => {
    const clean = name.trim();
    if (clean) counts.set(clean, (counts.get(clean) ?? 0) + 1);
  };
  for (const statement of corpus.statements) add(statement.speaker);
  for (const fact of corpus.facts) for (const person of fact.people) add(person);
  const names = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  const fuse = new Fuse(names, {
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
    minMatchCharLength: 1,
  });
  const index = { names, fuse };
  indexes.set(corpus, index);
  return index;
}

/** Up to `limit` speaker names for what the user has typed so far; with nothing typed, the most quoted. */
export function suggestSpeakers(corpus: Corpus, typed: string, limit = 25): string[] {
  if (limit <= 0) return [];
  const { names, fuse } = indexFor(corpus);
  const needle = typed.trim().replace(/\s+/g, " ");
  if (needle === "") return names.slice(0, limit);
  const lower = needle.toLowerCase();
  // Prefix matches of the name or of any of its words first, in corpus order; then Fuse's ranking.
  const ranked = new Set<string>();
  for (const name of names) if (name.toLowerCase().startsWith(lower)) ranked.add(name);
  for (const name of names) {
    if (name.toLowerCase().split(/[\s-]+/).some((word) => word.startsWith(lower))) ranked.add(name);
  }
  if (ranked.size < limit) for (const hit of fuse.search(needle.slice(0, 64))) ranked.add(hit.item);
  return [...ranked].slice(0, limit);
}
