/** Clauses around a verb of saying: where a "that" clause starts, whether a clause depends on another, what closes a sentence. */
import { DEPENDENT_OPENERS, INTRODUCTIONS, NOT_ADVERBS, TIME_WORDS } from "../../../lexicon/attribution.js";
import { CLAUSE_SUBJECTS } from "../../../lexicon/function-words.js";
import { RELAY_VERBS } from "../../../lexicon/speech-verbs.js";
import { startsLowerCase, type Token } from "../../people/tokens.js";
import { datelineEnd, WEEKDAY } from "./phrases.js";
import { ED_WORD, FINITE, LETTERS_ONLY } from "./word-shapes.js";

/**
 * True when the tokens before `comma` are an introductory phrase (a time, a place, a participle:
 * "On Monday,", "Speaking in Berlin,", "Asked about the talks,") or a dateline, not a clause.
 */
export function isIntroduction(tokens: Token[], comma: number): boolean {
  const begin = datelineEnd(tokens);
  if (begin >= comma) return true;
  const first = tokens[begin]!;
  if (INTRODUCTIONS.has(first.key) || WEEKDAY.test(first.text) || /(?:ing|ed)$/.test(first.key)) return true;
  // Fewer than three words before the comma are no clause of their own ("The deal, he said, …").
  let words = 0;
  for (let k = begin; k < comma; k++) if (LETTERS_ONLY.test(tokens[k]!.text)) words++;
  return words < 3;
}

/** True when the subject at `first` opens a dependent clause: its verb's words are not a statement of the sentence. */
export function inDependentClause(tokens: Token[], first: Token): boolean {
  const i = tokens.indexOf(first);
  return i > 0 && DEPENDENT_OPENERS.has(tokens[i - 1]!.key);
}

/** True when nothing but a time phrase and an optional relay clause follows token i. */
export function isTrailer(tokens: Token[], i: number): boolean {
  let k = i;
  while (k < tokens.length && TIME_WORDS.has(tokens[k]!.key)) k++;
  const next = tokens[k];
  if (!next || /^[.!?]$/.test(next.text) || /^[”"]$/.test(next.text)) return true;
  if (next.text === "," && ["according", "citing", "quoted", "in"].includes(tokens[k + 1]?.key ?? "")) return true;
  return next.text === "," && k + 1 < tokens.length && isRelayTail(tokens, k + 1);
}

/** ", Xinhua said." / ", Xinhua reported Wednesday." at the end of a sentence. */
function isRelayTail(tokens: Token[], i: number): boolean {
  let k = i;
  while (k < tokens.length && /^[\p{Lu}]/u.test(tokens[k]!.text)) k++;
  return k > i && RELAY_VERBS.has(tokens[k]?.key ?? "") && (k + 1 >= tokens.length || /^[.]$/.test(tokens[k + 1]!.text) || TIME_WORDS.has(tokens[k + 1]!.key));
}

export function skipTimePhrase(tokens: Token[], i: number): number {
  const first = tokens[i]?.key ?? "";
  if (!["on", "in", "at", "during", "late", "earlier", "this", "last"].includes(first)) return i;
  for (let k = i; k < tokens.length && k < i + 8; k++) {
    if (tokens[k]!.text === "that" || tokens[k]!.text === "," || tokens[k]!.text === ":") return k;
  }
  return i;
}

const LY_ADVERB = /^[a-z]{2,}ly$/;

/** An adverb after a verb of saying: "said afterwards that", "said publicly that", "warned repeatedly about". */
export const isAdverb = (token: Token): boolean =>
  (LY_ADVERB.test(token.key) && !NOT_ADVERBS.has(token.key)) || ["afterwards", "afterward", "later", "again", "also", "then", "earlier", "separately"].includes(token.key);

/** Index of "that" within `window` tokens from i, stopping at punctuation. */
export function thatWithin(tokens: Token[], i: number, window: number): number | null {
  for (let k = i; k < tokens.length && k < i + window; k++) {
    if (tokens[k]!.text === "that") return k;
    if (/^[.;:“"]$/.test(tokens[k]!.text) && !abbreviationDot(tokens, k)) return null;
  }
  return null;
}

const S_WORD = /^\p{Ll}{2,}s$/u;

/**
 * True when "that" at k is a determiner, not the start of a clause: a lower-case word after it and
 * no verb in what follows up to the end of the sentence or clause ("reiterated that position in a
 * meeting with …"), where a clause has one ("that growth in the region had slowed", "that inflation
 * remains high").
 */
export function pointsAt(tokens: Token[], k: number): boolean {
  const noun = tokens[k + 1];
  if (!noun || !LETTERS_ONLY.test(noun.text) || !startsLowerCase(noun.text) || CLAUSE_SUBJECTS.has(noun.key) || FINITE.has(noun.key)) return false;
  const next = tokens[k + 2];
  if (next && (S_WORD.test(next.text) || FINITE.has(next.key) || ED_WORD.test(next.text))) return false;
  for (let j = k + 2; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (/^[.;:!?“”"]$/.test(t.text)) break;
    if (FINITE.has(t.key) || ED_WORD.test(t.text)) return false;
  }
  return true;
}

/** The dot of an abbreviation inside a sentence: right after a word, a number or a lower-case word after it ("on Feb. 17 that"). */
function abbreviationDot(tokens: Token[], k: number): boolean {
  const dot = tokens[k]!;
  const next = tokens[k + 1];
  return dot.text === "." && k > 0 && tokens[k - 1]!.end === dot.start && next !== undefined && /^(?:\d|\p{Ll})/u.test(next.text);
}
