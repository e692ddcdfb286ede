/** Scoring: each query word looked up in the fact index (typos and synonyms allowed), rare words weighing more, facts ranked by score. */
import Fuse from "fuse.js";
import type { DatedFact } from "../../extract/types.js";
import { maxErrors } from "../../search/approx.js";
import { FactEntry, type FactIndex, VOCABULARY_OPTIONS } from "./fact-index.js";
import { queryTerms } from "./words.js";

export interface Hit {
  fact: DatedFact;
  entry: FactEntry;
  /** Position of the entry in the index (the last tie-break). */
  at: number;
  score: number;
  /** Query words found in the event or its people (not only in the paragraph around it). */
  covered: number;
  /** Which query words it matches anywhere (bit t for term t). */
  terms: number;
}

const FIELD_WEIGHT = { event: 1, people: 1, context: 0.6 } as const;

const FALLBACK_DISCOUNT = 0.7;

/** A hit must score at least this, and at least this share of the best hit, to be shown. */
const MIN_SCORE = 0.2;

const RELATIVE_CUTOFF = 0.5;

/**
 * Vocabulary words that match one query word, with how well (0-1). Fuse finds the fuzzy matches;
 * a match much longer than the query word is a different word ("xi" is not "xinhua"), and a word
 * of three letters or fewer must match exactly.
 */
function matchingWords(index: FactIndex, word: string): Map<string, number> {
  const found = new Map<string, number>();
  if (word.length <= 3) {
    found.set(word, 1);
    return found;
  }
  // Short words tolerate no typo ("moon" is not "month"); longer ones about one in four letters.
  const worst = word.length <= 5 ? 0.05 : 0.3;
  for (const hit of vocabularyCandidates(index, word, worst).search(word)) {
    const candidate = hit.item;
    const score = hit.score ?? 0;
    if (score > worst || candidate.length > word.length + 4 || candidate.length < word.length - 2) continue;
    found.set(candidate, 1 - score);
  }
  found.set(word, 1);
  return found;
}

/**
 * The vocabulary's Fuse restricted to the words that can pass the filter above: within the
 * length bounds and holding the query word within the errors a score of `worst` allows (a
 * Fuse score is at least errors / length). Scores are Fuse's own, so the result is the same
 * as searching the whole vocabulary; only the words that could not pass are never scored.
 */
function vocabularyCandidates(index: FactIndex, word: string, worst: number): Fuse<string> {
  if (word.length > 31) return index.vocabulary;
  const k = maxErrors(word.length, worst);
  const ids = index.grams.matching(word.toLowerCase(), k, word.length - 2, word.length + 4);
  const records = ids.map((id) => index.recordOf[id]).filter((r) => r !== undefined);
  return new Fuse(index.words, VOCABULARY_OPTIONS, Fuse.parseIndex<string>({ keys: [], records }));
}

/**
 * The facts matching the terms that `admits` lets through (`matched` counts them) and, of those,
 * the ones scoring at least MIN_SCORE and RELATIVE_CUTOFF of the best, best first. (Only the
 * facts holding a matched word are scored; the others score 0 on every term.)
 */
export function search(index: FactIndex, terms: ReturnType<typeof queryTerms>, admits: (fact: DatedFact) => boolean): { hits: Hit[]; matched: number; unmatched: string[] } {
  const total = index.entries.length;
  // Only the entries holding a matching word can score; the rest score 0 for every term.
  const { scratch } = index;
  const touched: number[] = [];
  // One word must match; of two, both; of more, at least half (and never fewer than two).
  const needed = terms.length <= 1 ? terms.length : Math.max(2, Math.ceil(terms.length / 2));
  const termWords = terms.map((term) => {
    const words = new Map<string, number>();
    for (const [variant, weight] of term.variants) {
      for (const [word, similarity] of matchingWords(index, variant)) {
        words.set(word, Math.max(words.get(word) ?? 0, similarity * weight));
      }
    }
    let size = 0;
    for (const word of words.keys()) size += index.postings.get(word)?.length ?? 0;
    return { words, size };
  });
  // A fact matching `needed` of the terms matches one of the terms - needed + 1 rarest: only
  // those terms' postings can add a fact; the others only score the facts already found (and
  // count their frequency).
  const finders = new Set(
    termWords
      .map((w, t) => ({ t, size: w.size }))
      .sort((a, b) => a.size - b.size || a.t - b.t)
      .slice(0, terms.length - needed + 1)
      .map((x) => x.t),
  );
  const stamp = (scratch.stamp ??= new Int32Array(total));
  // Finders first, so that the others see every fact found.
  const perTerm: { best: Float64Array; direct: Uint8Array; weight: number }[] = [];
  for (const t of [...finders, ...termWords.keys()].filter((t, i, all) => all.indexOf(t) === i)) perTerm[t] = scoreTerm(t);
  function scoreTerm(t: number) {
    const { words } = termWords[t]!;
    const best = (scratch.best[t] ??= new Float64Array(total));
    const direct = (scratch.direct[t] ??= new Uint8Array(total));
    const finder = finders.has(t);
    // Facts holding one of the term's words in their event or people, each counted once.
    const generation = (scratch.generation = (scratch.generation ?? 0) + 1);
    let frequency = 0;
    for (const [word, similarity] of words) {
      const list = index.postings.get(word);
      if (!list) continue;
      const event = similarity * FIELD_WEIGHT.event;
      const people = similarity * FIELD_WEIGHT.people;
      const context = similarity * FIELD_WEIGHT.context;
      for (let j = 0; j < list.length; j += 2) {
        const entry = list[j]!;
        const mask = list[j + 1]!;
        if (mask & 3 && stamp[entry] !== generation) {
          stamp[entry] = generation;
          frequency += 1;
        }
        if (!scratch.touched[entry]) {
          if (!finder) continue;
          scratch.touched[entry] = 1;
          touched.push(entry);
        }
        if (mask & 1 && event > best[entry]!) best[entry] = event;
        if (mask & 2 && people > best[entry]!) best[entry] = people;
        if (mask & 4 && context > best[entry]!) best[entry] = context;
        if (mask & 3) direct[entry] = 1;
      }
    }
    const weight = Math.log(1 + total / (1 + frequency));
    return { best, direct, weight };
  }

  const totalWeight = perTerm.reduce((sum, t) => sum + t.weight, 0);
  // Any order: hits are sorted below, ties broken by entry position.
  const order = Int32Array.from(touched);
  const scores = (scratch.score ??= new Float64Array(total));
  let scored = 0;
  let best = -Infinity;
  for (let n = 0; n < order.length; n++) {
    const i = order[n]!;
    let score = 0;
    let matched = 0;
    let covered = 0;
    for (let t = 0; t < perTerm.length; t++) {
      const term = perTerm[t]!;
      const value = term.best[i]!;
      score += term.weight * value;
      if (value > 0) matched += 1;
      if (term.direct[i]) covered += 1;
    }
    scratch.touched[i] = 0;
    // The paragraph around a fact can complete a match, not make one.
    if (matched < needed || covered === 0 || totalWeight === 0) {
      order[n] = -1;
      continue;
    }
    const entry = index.entries[i]!;
    score /= totalWeight;
    if (entry.fact.fallback) score *= FALLBACK_DISCOUNT;
    if (!admits(entry.fact)) {
      order[n] = -1;
      continue;
    }
    if (score > best) best = score;
    scored += 1;
    scores[i] = score;
  }
  const cutoff = Math.max(MIN_SCORE, best * RELATIVE_CUTOFF);
  const hits: Hit[] = [];
  for (let n = 0; n < order.length; n++) {
    const i = order[n]!;
    if (i >= 0 && scores[i]! >= cutoff) {
      // Which query words it matches (bit t for term t; terms past the 52nd are not told apart).
      let mask = 0;
      let covered = 0;
      for (let t = 0; t < perTerm.length; t++) {
        const term = perTerm[t]!;
        if (term.best[i]! > 0 && t < 52) mask += 2 ** t;
        if (term.direct[i]) covered += 1;
      }
      const entry = index.entries[i]!;
      hits.push({ fact: entry.fact, entry, at: i, score: scores[i]!, covered, terms: mask });
    }
  }
  // Leave the scratch space clean for the next search.
  for (let n = 0; n < touched.length; n++) {
    const i = touched[n]!;
    scores[i] = 0;
    for (const term of perTerm) {
      term.best[i] = 0;
      term.direct[i] = 0;
    }
  }
  const unmatched = terms.filter((_, t) => termWords[t]!.size === 0).map((term) => term.word);
  return { hits: hits.sort(byScore), matched: scored, unmatched };
}

/** Best first; ties by article id (localeCompare order, precomputed as ranks), then sentence, then position. */
function byScore(a: Hit, b: Hit): number {
  return b.score - a.score || a.entry.rank - b.entry.rank || a.fact.sentence - b.fact.sentence || a.at - b.at;
}
