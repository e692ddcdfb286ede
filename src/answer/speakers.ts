import Fuse, { type FuseIndex } from "fuse.js";
import { GramIndex, maxErrors, MAX_PATTERN } from "../search/approx.js";
import type { Corpus } from "../corpus/corpus.js";

/**
 * Speaker suggestions for autocomplete: the people the corpus quotes or mentions in dated facts,
 * best match first, typo-tolerant. Answers from memory (the index is built once per corpus).
 */
interface SpeakerIndex {
  /** Distinct names, most often mentioned first (then alphabetical). */
  names: string[];
  /** The names lower-cased, and their words (split at spaces and hyphens). */
  lower: string[];
  words: string[][];
  fuse: Fuse<string>;
  index: FuseIndex<string>;
  grams: GramIndex;
}

const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.4, minMatchCharLength: 1 };

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
  const fuseIndex = Fuse.createIndex<string>([], names);
  const fuse = new Fuse(names, FUSE_OPTIONS, fuseIndex);
  const lower = names.map((name) => name.toLowerCase());
  const grams = new GramIndex();
  for (const name of lower) grams.add(name);
  const index = { names, lower, words: lower.map((name) => name.split(/[\s-]+/)), fuse, index: fuseIndex, grams };
  indexes.set(corpus, index);
  return index;
}

/** Up to `limit` speaker names for what the user has typed so far; with nothing typed, the most quoted. */
export function suggestSpeakers(corpus: Corpus, typed: string, limit = 25): string[] {
  if (limit <= 0) return [];
  const index = indexFor(corpus);
  const { names, lower: lowerNames, words } = index;
  const needle = typed.trim().replace(/\s+/g, " ");
  if (needle === "") return names.slice(0, limit);
  const lower = needle.toLowerCase();
  // Prefix matches of the name or of any of its words first, in corpus order; then Fuse's ranking.
  const ranked = new Set<string>();
  names.forEach((name, i) => {
    if (lowerNames[i]!.startsWith(lower)) ranked.add(name);
  });
  names.forEach((name, i) => {
    if (words[i]!.some((word) => word.startsWith(lower))) ranked.add(name);
  });
  if (ranked.size < limit) for (const hit of fuzzy(index, needle.slice(0, 64))) ranked.add(hit.item);
  return [...ranked].slice(0, limit);
}

/**
 * Fuse's ranking of the names, scoring only those that hold the typed text within the errors its
 * threshold allows (src/search/approx.ts): the same hits, in the same order, as over every name.
 */
function fuzzy(index: SpeakerIndex, needle: string) {
  const pattern = needle.toLowerCase();
  if (pattern.length > MAX_PATTERN) return index.fuse.search(needle);
  const k = maxErrors(pattern.length, FUSE_OPTIONS.threshold);
  const ids = new Set(index.grams.matching(pattern, k));
  const records = index.index.records.filter((r) => ids.has(r.i));
  return new Fuse(index.names, FUSE_OPTIONS, Fuse.parseIndex<string>({ keys: [], records })).search(needle);
}
