import { key } from "../../lexicon/people.js";

/** Word tokens with offsets, for the name and attribution scanners. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** `key(text)`, the lexicon form, looked up once here: the scanners compare it many times per token. */
  key: string;
}

/**
 * What a token is: words (letters, marks, digits, inner hyphens/apostrophes/dots as in "al-Assad",
 * "O'Brien", "U.S.") and possessive endings as their own token; everything else is punctuation, one
 * character each. `tokenEnd` below reads exactly what this pattern matches, without running it (a
 * regex match per token was the costly part of tokenizing); `test/tokens.test.ts` compares them.
 */
export const TOKEN_PATTERN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'’](?=\p{L})(?!s\b)|\.(?=\p{L}\.))*\.?|['’]s\b|\S/gu;

// Regexes with \p{…} are module constants: tsx (esbuild) compiles such a literal to a `new RegExp(…)`
// call wherever it stands, so one inside a function is rebuilt on every call.
const DOTTED = /^(?:\p{L}\.)+$/u;
const UPPER_INITIAL = /^\p{Lu}/u;
const LOWER_INITIAL = /^\p{Ll}/u;
const MARKS = /\p{M}/gu;

const tokenized = new Map<string, readonly Token[]>();

/**
 * The tokens of a text. A sentence is read by several scanners (names, attribution, quotes), so
 * results are memoised for recent texts; callers must not change the returned array.
 */
/** Abbreviations that keep their dot inside a name: "Donald Trump Jr.", "Mr. Wang", "Gen. Milley". */
const ABBREVIATIONS = /^(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Prof|Rev|Hon)\.$/;

export function tokenize(text: string): Token[] {
  let tokens = tokenized.get(text);
  if (!tokens) {
    tokens = tokenizeUncached(text);
    if (tokenized.size > 2_000) tokenized.clear();
    tokenized.set(text, tokens);
  }
  return tokens as Token[];
}

/** `key(".")` (the empty string: a final dot is dropped), made once. */
const DOT_KEY = key(".");

function tokenizeUncached(text: string): Token[] {
  const tokens: Token[] = [];
  let start = skipSpaces(text, 0);
  while (start < text.length) {
    const end = tokenEnd(text, start);
    let wordEnd = end;
    // A trailing dot belongs to the word only for dotted abbreviations ("U.S.", "Mr." handled by callers).
    // Only a token ending in a dot is sliced twice; the others are sliced once, as the word.
    if (text.charCodeAt(end - 1) === DOT) {
      const match = text.slice(start, end);
      if (!DOTTED.test(match) && !ABBREVIATIONS.test(match)) wordEnd = end - 1;
    }
    const word = text.slice(start, wordEnd);
    tokens.push({ text: word, start, end: wordEnd, key: key(word) });
    if (wordEnd < end) tokens.push({ text: ".", start: wordEnd, end, key: DOT_KEY });
    start = skipSpaces(text, end);
  }
  return tokens;
}

// TOKEN_PATTERN read by hand. It has the u flag: it reads code points, and its `\b` and `\w` are ASCII.

const LETTER = 1; // \p{L}
const NUMBER = 2; // \p{N}
const MARK = 4; // \p{M}
const SPACE = 8; // \s
const LOOKED_UP = 16;
/** The classes of BMP code points, looked up as they are met (0: not yet). */
const bmpClasses = new Uint8Array(0x10000);
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_SPACE = /^\s$/u;

function lookUpClasses(codePoint: number): number {
  const c = String.fromCodePoint(codePoint);
  return (IS_LETTER.test(c) ? LETTER : 0) | (IS_NUMBER.test(c) ? NUMBER : 0) | (IS_MARK.test(c) ? MARK : 0) | (IS_SPACE.test(c) ? SPACE : 0);
}

/** The classes of the code point at i (0 past the end). */
function classesAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const codePoint = text.codePointAt(i)!;
  if (codePoint > 0xffff) return lookUpClasses(codePoint);
  let classes = bmpClasses[codePoint]!;
  if (classes === 0) bmpClasses[codePoint] = classes = LOOKED_UP | lookUpClasses(codePoint);
  return classes;
}

/** The length in UTF-16 units of the code point at i: 2 for a surrogate pair. */
function sizeAt(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

const HYPHEN = 0x2d; // -
const APOSTROPHE = 0x27; // '
const RIGHT_QUOTE = 0x2019; // ’
const DOT = 0x2e; // .
const LOWER_S = 0x73; // s

/** `\w`: ASCII letters, digits and underscore. */
function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

/** `s\b` at i: a lower-case "s" ending a word. */
function endingSAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === LOWER_S && (i + 1 >= text.length || !isWordChar(text.charCodeAt(i + 1)));
}

const isApostrophe = (code: number) => code === APOSTROPHE || code === RIGHT_QUOTE;

/** Where the next token starts at or after i: past any spaces (text.length when none is left). */
function skipSpaces(text: string, i: number): number {
  while (i < text.length && classesAt(text, i) & SPACE) i += sizeAt(text, i);
  return i;
}

/** Where the token starting at i ends (i must not be at a space or past the end). */
function tokenEnd(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (!(classesAt(text, i) & (LETTER | NUMBER))) {
    // "['’]s\b": a possessive ending; anything else: one character.
    return isApostrophe(first) && endingSAt(text, i + 1) ? i + 2 : i + sizeAt(text, i);
  }
  // [\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'’](?=\p{L})(?!s\b)|\.(?=\p{L}\.))*\.?
  let j = i + sizeAt(text, i);
  while (j < text.length) {
    const next = text.charCodeAt(j);
    if (classesAt(text, j) & (LETTER | MARK | NUMBER)) j += sizeAt(text, j);
    // An inner hyphen or apostrophe before a letter, not before a possessive "s": "al-Assad", "O'Brien".
    else if ((next === HYPHEN || isApostrophe(next)) && classesAt(text, j + 1) & LETTER && !endingSAt(text, j + 1)) j += 1;
    // A dot between the letters of a dotted abbreviation: "U.S.".
    else if (next === DOT && classesAt(text, j + 1) & LETTER && text.charCodeAt(j + 1 + sizeAt(text, j + 1)) === DOT) j += 1;
    else break;
  }
  return text.charCodeAt(j) === DOT ? j + 1 : j;
}

/**
 * The runs of letters and digits of the text joined by single spaces: what
 * `text.replace(/[^\p{L}\p{N}]+/gu, " ").trim()` gives, read with the character table above.
 */
export function lettersAndDigits(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    while (i < text.length && !(classesAt(text, i) & (LETTER | NUMBER))) i += sizeAt(text, i);
    if (i >= text.length) break;
    let j = i;
    while (j < text.length && classesAt(text, j) & (LETTER | NUMBER)) j += sizeAt(text, j);
    out += out === "" ? text.slice(i, j) : ` ${text.slice(i, j)}`;
    i = j;
  }
  return out;
}

/** [start, end) of every match of TOKEN_PATTERN in the text, in order (for tests). */
export function scanTokens(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let start = skipSpaces(text, 0); start < text.length; ) {
    const end = tokenEnd(text, start);
    spans.push([start, end]);
    start = skipSpaces(text, end);
  }
  return spans;
}

/** True when the word starts with an upper-case letter (\p{Lu}); an ASCII first letter is told without the regex. */
export function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 0x80 ? first >= 0x41 && first <= 0x5a : UPPER_INITIAL.test(word);
}

/** True when the word starts with a lower-case letter (\p{Ll}); an ASCII first letter is told without the regex. */
export function startsLowerCase(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 0x80 ? first >= 0x61 && first <= 0x7a : LOWER_INITIAL.test(word);
}

export const isWord = (token: Token | undefined): boolean => !!token && /^[\p{L}\p{N}]/u.test(token.text);
export const isPossessive = (token: Token | undefined): boolean => !!token && /^['’]s$/.test(token.text);

/** Accent-, case- and punctuation-insensitive form of a name, for comparing and searching. */
const folded = new Map<string, string>();

export function foldName(name: string): string {
  let f = folded.get(name);
  if (f === undefined) {
    f = foldUncached(name);
    if (folded.size > 50_000) folded.clear();
    folded.set(name, f);
  }
  return f;
}

function foldUncached(name: string): string {
  return name
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(/[łŁ]/g, "l")
    .replace(/[đĐ]/g, "d")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[‐‑‒–—-]/g, " ")
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}
