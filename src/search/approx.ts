/**
 * Approximate substring matching (Myers' bit-parallel algorithm), used to choose the candidates
 * Fuse.js then ranks. Fuse's Bitap finds a pattern in a text with `i` errors only where some
 * substring of the text is within `i` edits (insertions, deletions, substitutions) of it, so
 * "the least edit distance to any substring is at most k" keeps every record Fuse could match
 * with up to k errors: a superset, never a miss. Text and pattern are compared by UTF-16 code
 * unit, as Fuse does.
 */

/** The longest pattern the bit-parallel search takes (one 32-bit word, sign bit spare). */
export const MAX_PATTERN = 31;

export interface Pattern {
  length: number;
  /** Bit i set where pattern[i] is the code unit: ASCII code units by table, others by map. */
  ascii: Int32Array;
  peq: Map<number, number>;
}

export function compilePattern(pattern: string): Pattern {
  if (pattern.length === 0 || pattern.length > MAX_PATTERN) throw new Error(`pattern length ${pattern.length} out of range`);
  const ascii = new Int32Array(128);
  const peq = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 128) ascii[c]! |= 1 << i;
    else peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  return { length: pattern.length, ascii, peq };
}

/** True when some substring of `text` is within `k` edits of the pattern. */
export function approxContains(p: Pattern, text: string, k: number): boolean {
  return k >= p.length || leastDistanceUntil(p, text, k) <= k;
}

/**
 * The least edit distance between the pattern and any substring of `text`, or `k + 1` when it
 * is more than `k` (Fuse's Bitap finds a pattern with no fewer errors than this).
 */
export function leastDistance(p: Pattern, text: string, k: number): number {
  return Math.min(leastDistanceUntil(p, text, 0), k + 1);
}

/**
 * Myers' bit-parallel pass over `text`: the least edit distance between the pattern and a
 * substring of it, the pass stopping as soon as it is at most `enough`.
 */
function leastDistanceUntil(p: Pattern, text: string, enough: number): number {
  const m = p.length;
  const high = 1 << (m - 1);
  const mask = m === 31 ? 0x7fffffff : (1 << m) - 1;
  let pv = mask;
  let mv = 0;
  let score = m;
  let least = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 128 ? p.ascii[c]! : (p.peq.get(c) ?? 0);
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) & mask) ^ pv) | eq;
    let ph = mv | (~(xh | pv) & mask);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph = (ph << 1) & mask;
    mh = (mh << 1) & mask;
    pv = mh | (~(xv | ph) & mask);
    mv = ph & xv;
    if (score < least) {
      least = score;
      if (least <= enough) return least;
    }
  }
  return least;
}

/** The most errors Fuse's Bitap accepts for a pattern of this length at this threshold (ignoring location). */
export function maxErrors(length: number, threshold: number): number {
  let k = 0;
  while (k + 1 < length && (k + 1) / length <= threshold) k++;
  return k;
}

/**
 * Strings indexed by their two- and three-character pieces, to find the few that can hold a
 * pattern within k errors without looking at all of them. A pattern long enough for it is
 * found by counting the pattern's character pairs a string holds (an edit breaks at most two of
 * the m − 1 pairs' positions). Otherwise, cut the pattern into k + 1 pieces:
 * k edits touch at most k of them, so any approximate occurrence contains one piece exactly,
 * and only strings containing one of the pieces are candidates (then checked with
 * `approxContains`). A three-character pattern with one error ("oil", "war": the commonest case
 * where pieces would be one character) is found through what every such occurrence holds: "abc"
 * within one edit holds "ab", "bc" or "ac", or "a?c" (a middle character replaced), so strings
 * are also indexed by their gapped pairs. Any other pattern that would need one-character pieces
 * is checked against every string.
 */
/** The key of a gapped pair: two characters with one between them (a control character never in a word). */
const gapped = (first: string, last: string) => `${first}\u0000${last}`;

/**
 * A two- or three-character piece as one number, its UTF-16 code units side by side (exact: under
 * 2^32 for a pair, from 2^32 for a triple): the index is keyed by numbers, so adding a string
 * cuts no substrings and hashes no strings.
 */
const pairKey = (a: number, b: number) => a * 0x10000 + b;
const tripleKey = (a: number, b: number, c: number) => (a * 0x10000 + b) * 0x10000 + c;
const gramKey = (gram: string) =>
  gram.length === 2 ? pairKey(gram.charCodeAt(0), gram.charCodeAt(1)) : tripleKey(gram.charCodeAt(0), gram.charCodeAt(1), gram.charCodeAt(2));

export class GramIndex {
  readonly texts: string[] = [];
  private readonly grams = new Map<number, number[]>();

  /** Adds a (lower-cased) string; returns its id. */
  add(text: string): number {
    const id = this.texts.length;
    this.texts.push(text);
    for (let i = 0; i + 2 <= text.length; i++) this.index(pairKey(text.charCodeAt(i), text.charCodeAt(i + 1)), id);
    for (let i = 0; i + 3 <= text.length; i++) {
      const first = text.charCodeAt(i);
      const last = text.charCodeAt(i + 2);
      this.index(tripleKey(first, text.charCodeAt(i + 1), last), id);
      this.index(tripleKey(first, 0, last), id); // gapped(first, last)
    }
    return id;
  }

  /** Adds string `id` to the list of a piece (a method, not a closure per string: adding 50,000 strings is part of a restart). */
  private index(gram: number, id: number): void {
    // Ids come in increasing order: a gram this string holds already ends its list with `id`.
    const list = this.grams.get(gram);
    if (!list) this.grams.set(gram, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }

  /**
   * Ids (ascending) of the strings holding `pattern` within `k` edits, by length bounds too, and
   * only among the ids `among` keeps (checked before the costlier edit-distance test).
   */
  matching(pattern: string, k: number, minLength = 0, maxLength = Infinity, among?: (id: number) => boolean): number[] {
    const compiled = compilePattern(pattern);
    const check = (id: number) => {
      const text = this.texts[id]!;
      return (
        text.length >= minLength && text.length <= maxLength && text.length >= pattern.length - k && (!among || among(id)) && approxContains(compiled, text, k)
      );
    };
    const pieces = k + 1;
    const size = Math.floor(pattern.length / pieces);
    // Counting filter: an occurrence with k edits keeps all but at most 2k of the pattern's
    // m − 1 character pairs (an edit breaks at most two), so a string holds pairs standing for at
    // least m − 1 − 2k of those positions (a pair counted as often as the pattern has it).
    const needed = pattern.length - 1 - 2 * k;
    // Without errors, a string holds every piece of the pattern: only the rarest piece's strings
    // are checked, and for the pattern itself.
    if (k === 0 && pattern.length >= 2) {
      return this.rarestGram(pattern).filter((id) => {
        const text = this.texts[id]!;
        return text.length >= minLength && text.length <= maxLength && (!among || among(id)) && text.includes(pattern);
      });
    }
    if (needed >= 2) return this.holdingAtLeast(pairsOf(pattern), needed).filter(check).sort((a, b) => a - b);
    if (pattern.length === 3 && k === 1) {
      const [a, b, c] = pattern;
      return this.holdingAny([a! + b!, b! + c!, a! + c!, gapped(a!, c!)]).filter(check).sort((x, y) => x - y);
    }
    if (size < 2) {
      const out: number[] = [];
      for (let id = 0; id < this.texts.length; id++) if (check(id)) out.push(id);
      return out;
    }
    return this.holdingAny(this.pieceGrams(pattern, pieces, size)).filter(check).sort((a, b) => a - b);
  }

  /**
   * About how many postings `matching` reads for this pattern (the number of strings when it
   * checks them all): a caller holding a smaller set of strings to check can check them itself.
   */
  work(pattern: string, k: number): number {
    const pieces = k + 1;
    const size = Math.floor(pattern.length / pieces);
    let grams: Iterable<string>;
    if (k === 0 && pattern.length >= 2) return this.rarestGram(pattern).length;
    if (pattern.length - 1 - 2 * k >= 2) grams = pairsOf(pattern).keys();
    else if (pattern.length === 3 && k === 1) grams = [pattern.slice(0, 2), pattern.slice(1), pattern[0]! + pattern[2]!, gapped(pattern[0]!, pattern[2]!)];
    else if (size < 2) return this.texts.length;
    else grams = this.pieceGrams(pattern, pieces, size);
    let total = 0;
    for (const gram of grams) total += this.grams.get(gramKey(gram))?.length ?? 0;
    return total;
  }

  /** The ids (ascending) of the strings holding the pattern's rarest two- or three-character piece. */
  private rarestGram(pattern: string): readonly number[] {
    let rarest: readonly number[] | null = null;
    for (const n of [3, 2]) {
      for (let i = 0; i + n <= pattern.length; i++) {
        const list = this.grams.get(gramKey(pattern.slice(i, i + n))) ?? [];
        if (!rarest || list.length < rarest.length) rarest = list;
      }
    }
    return rarest!;
  }

  /** The grams looked up for k + 1 pieces of the pattern (a longer piece by its first three characters). */
  private pieceGrams(pattern: string, pieces: number, size: number): string[] {
    const out: string[] = [];
    let start = 0;
    for (let p = 0; p < pieces; p++) {
      const length = size + (p < pattern.length % pieces ? 1 : 0);
      out.push(pattern.slice(start, start + Math.min(length, 3)));
      start += length;
    }
    return out;
  }

  /** Scratch counts for holdingAtLeast and holdingAny, by string id (kept between calls; reset after each). */
  private counts = new Uint8Array(0);

  private scratch(): Uint8Array {
    if (this.counts.length < this.texts.length) this.counts = new Uint8Array(Math.max(this.texts.length, 2 * this.counts.length));
    return this.counts;
  }

  /** Ids (in no order) of the strings holding grams whose weights add up to at least `needed` (at most 255). */
  private holdingAtLeast(grams: Map<string, number>, needed: number): number[] {
    const counts = this.scratch();
    const touched: number[] = [];
    const out: number[] = [];
    for (const [gram, weight] of grams) {
      for (const id of this.grams.get(gramKey(gram)) ?? []) {
        const before = counts[id]!;
        if (before === 0) touched.push(id);
        if (before < needed && before + weight >= needed) out.push(id);
        counts[id] = before + weight;
      }
    }
    for (const id of touched) counts[id] = 0;
    return out;
  }

  /** Ids (in no order) of the strings holding any of these grams. */
  private holdingAny(grams: string[]): number[] {
    const counts = this.scratch();
    const out: number[] = [];
    for (const gram of grams) {
      for (const id of this.grams.get(gramKey(gram)) ?? []) {
        if (counts[id] === 0) {
          counts[id] = 1;
          out.push(id);
        }
      }
    }
    for (const id of out) counts[id] = 0;
    return out;
  }
}

/** The pattern's character pairs, each with how many times the pattern has it. */
function pairsOf(pattern: string): Map<string, number> {
  const pairs = new Map<string, number>();
  for (let i = 0; i + 2 <= pattern.length; i++) {
    const pair = pattern.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours;
 * 3 for any two strings whose lengths differ by more than 2 (callers allow at most 2).
 */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
