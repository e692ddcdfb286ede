import { key } from "./lexicon.js";

/** Word tokens with offsets, for the name and attribution scanners. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** `key(text)`, the lexicon form, looked up once here: the scanners compare it many times per token. */
  key: string;
}

// Words (letters, marks, digits, inner hyphens/apostrophes/dots as in "al-Assad", "O'Brien", "U.S.")
// and possessive endings as their own token; everything else is punctuation, one character each.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'’](?=\p{L})(?!s\b)|\.(?=\p{L}\.))*\.?|['’]s\b|\S/gu;

// Regexes with \p{…} are module constants: tsx (esbuild) compiles such a literal to a `new RegExp(…)`
// call wherever it stands, so one inside a function is rebuilt on every call.
const DOTTED = /^(?:\p{L}\.)+$/u;
const UPPER_INITIAL = /^\p{Lu}/u;
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

function tokenizeUncached(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    // A trailing dot belongs to the word only for dotted abbreviations ("U.S.", "Mr." handled by callers).
    if (word.endsWith(".") && !DOTTED.test(word) && !ABBREVIATIONS.test(word)) word = word.slice(0, -1);
    tokens.push({ text: word, start: match.index, end: match.index + word.length, key: key(word) });
    if (word.length < match[0].length) tokens.push({ text: ".", start: match.index + word.length, end: match.index + match[0].length, key: key(".") });
  }
  return tokens;
}

export const isCapitalised = (word: string): boolean => UPPER_INITIAL.test(word);
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
