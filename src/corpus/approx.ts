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
  const m = p.length;
  if (k >= m) return true;
  const high = 1 << (m - 1);
  const mask = m === 31 ? 0x7fffffff : (1 << m) - 1;
  let pv = mask;
  let mv = 0;
  let score = m;
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
    if (score <= k) return true;
  }
  return false;
}

/** The most errors Fuse's Bitap accepts for a pattern of this length at this threshold (ignoring location). */
export function maxErrors(length: number, threshold: number): number {
  let k = 0;
  while (k + 1 < length && (k + 1) / length <= threshold) k++;
  return k;
}

/**
 * Strings indexed by their two- and three-character pieces, to find the few that can hold a
 * pattern within k errors without looking at all of them. Cut the pattern into k + 1 pieces:
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

export class GramIndex {
  readonly texts: string[] = [];
  private readonly grams = new Map<string, number[]>();

  /** Adds a (lower-cased) string; returns its id. */
  add(text: string): number {
    const id = this.texts.length;
    this.texts.push(text);
    const seen = new Set<string>();
    const index = (gram: string) => {
      if (seen.has(gram)) return;
      seen.add(gram);
      let list = this.grams.get(gram);
      if (!list) this.grams.set(gram, (list = []));
      list.push(id);
    };
    for (const n of [2, 3]) for (let i = 0; i + n <= text.length; i++) index(text.slice(i, i + n));
    for (let i = 0; i + 3 <= text.length; i++) index(gapped(text[i]!, text[i + 2]!));
    return id;
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
    // character pairs (an edit breaks at most two), so it holds at least `needed` of them.
    const pairs = [...new Set(Array.from({ length: pattern.length - 1 }, (_, i) => pattern.slice(i, i + 2)))];
    const needed = pairs.length - 2 * k;
    if (needed >= 2) return this.holdingAtLeast(pairs, needed).filter(check);
    if (pattern.length === 3 && k === 1) {
      const [a, b, c] = pattern;
      const candidates = new Set<number>();
      for (const gram of [a! + b!, b! + c!, a! + c!, gapped(a!, c!)]) for (const id of this.grams.get(gram) ?? []) candidates.add(id);
      return [...candidates].filter(check).sort((x, y) => x - y);
    }
    if (size < 2) {
      const out: number[] = [];
      for (let id = 0; id < this.texts.length; id++) if (check(id)) out.push(id);
      return out;
    }
    const candidates = new Set<number>();
    let start = 0;
    for (let p = 0; p < pieces; p++) {
      const length = size + (p < pattern.length % pieces ? 1 : 0);
      const piece = pattern.slice(start, start + length);
      start += length;
      // A longer piece is looked up by its first three characters (a superset of its holders).
      for (const id of this.grams.get(piece.slice(0, 3)) ?? []) candidates.add(id);
    }
    return [...candidates].filter(check).sort((a, b) => a - b);
  }

  /** Scratch counts for holdingAtLeast, by string id (kept between calls; reset after each). */
  private counts = new Uint8Array(0);

  /** Ids (ascending) of the strings holding at least `needed` of these distinct grams. */
  private holdingAtLeast(grams: string[], needed: number): number[] {
    if (this.counts.length < this.texts.length) this.counts = new Uint8Array(Math.max(this.texts.length, 2 * this.counts.length));
    const { counts } = this;
    const touched: number[] = [];
    const out: number[] = [];
    for (const gram of grams) {
      for (const id of this.grams.get(gram) ?? []) {
        if (counts[id] === 0) touched.push(id);
        if (++counts[id]! === needed) out.push(id);
      }
    }
    for (const id of touched) counts[id] = 0;
    return out.sort((a, b) => a - b);
  }
}
