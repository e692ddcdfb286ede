/** Word tokens with offsets, for the name and attribution scanners. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words (letters, marks, digits, inner hyphens/apostrophes/dots as in "al-Assad", "O'Brien", "U.S.")
// and possessive endings as their own token; everything else is punctuation, one character each.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'’](?=\p{L})(?!s\b)|\.(?=\p{L}\.))*\.?|['’]s\b|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    // A trailing dot belongs to the word only for dotted abbreviations ("U.S.", "Mr." handled by callers).
    if (word.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(word)) word = word.slice(0, -1);
    tokens.push({ text: word, start: match.index, end: match.index + word.length });
    if (word.length < match[0].length) tokens.push({ text: ".", start: match.index + word.length, end: match.index + match[0].length });
  }
  return tokens;
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isWord = (token: Token | undefined): boolean => !!token && /^[\p{L}\p{N}]/u.test(token.text);
export const isPossessive = (token: Token | undefined): boolean => !!token && /^['’]s$/.test(token.text);

/** Accent-, case- and punctuation-insensitive form of a name, for comparing and searching. */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[łŁ]/g, "l")
    .replace(/[đĐ]/g, "d")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[‐‑‒–—-]/g, " ")
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}
