import Fuse, { type IFuseOptions } from "fuse.js";

/**
 * Ranks records by how well they match a few topic words, with Fuse.js extended search: one fuzzy
 * term per word, all words first (AND), then any word (OR) when no record has them all.
 * Scoring a multi-word query word by word keeps recall where one long pattern would fail.
 */
const STOPWORDS = new Set([
  "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "with", "by", "about", "from",
  "is", "was", "were", "are", "be", "did", "does", "do", "what", "when", "who", "how", "why", "that",
  "this", "his", "her", "its", "their", "it", "he", "she", "they", "said", "say", "says", "when",
]);

export function topicTerms(topic: string): string[] {
  const words = topic
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = words.filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w)));
  return [...new Set(terms.length > 0 ? terms : words)];
}

/** Extended-search query: AND of fuzzy terms, or OR. Terms are quoted-free single words. */
export function extendedQuery(terms: string[], mode: "all" | "any"): string {
  return terms.join(mode === "all" ? " " : " | ");
}

export function topicFuseOptions<T>(keys: IFuseOptions<T>["keys"]): IFuseOptions<T> {
  return { keys, includeScore: true, ignoreLocation: true, useExtendedSearch: true, threshold: 0.34, minMatchCharLength: 2 };
}

/** Records matching the topic, best first (AND of words, falling back to OR). */
export function searchTopic<T>(fuse: Fuse<T>, topic: string): Array<{ item: T; score: number }> {
  const terms = topicTerms(topic);
  if (terms.length === 0) return [];
  for (const mode of ["all", "any"] as const) {
    const hits = fuse.search(extendedQuery(terms, mode));
    if (hits.length > 0) return hits.map((h) => ({ item: h.item, score: h.score ?? 1 }));
    if (terms.length === 1) break;
  }
  return [];
}
