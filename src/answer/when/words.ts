/** The words of /when: how a text is cut into words, normalised (accents, possessives), and which words say nothing (stopwords, date words), with news synonyms. */
import { MONTHS, WEEKDAYS_FROM_MONDAY } from "../../lexicon/calendar.js";

/**
 * What an event says, apart from who and when: its words written in lower case (names, titles
 * and places are capitalised), without stop words and date words. Two reports of one event share
 * these ("became the ninth member"); two different meetings of the same leaders do not.
 */
export function contentWords(text: string, normal?: Map<string, string>, memo?: Map<string, string[]>): Set<string> {
  // As wordsOf(lower-case-initial pieces joined by spaces): the words of each such piece, in order.
  const out = new Set<string>();
  for (const piece of piecesOf(text)) {
    let words = memo?.get(piece);
    if (words === undefined) {
      words = startsLowerCase(piece) ? wordsOf(piece, normal).filter((w) => w.length > 2 && !STOPWORDS.has(w) && !DATE_WORDS.has(w)) : [];
      memo?.set(piece, words);
    }
    for (const w of words) out.add(w);
  }
  return out;
}

/**
 * The non-empty pieces of `text` between runs of characters other than letters, digits,
 * apostrophes and hyphens: `text.split(/[^\p{L}\p{N}'’-]+/u)` without the empty strings, read
 * character by character (the regular expression is several times slower on long texts).
 */
export function piecesOf(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let inWord: boolean;
    let width = 1;
    if (code < 128) {
      inWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39 || code === 45;
    } else {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) width = 2;
      inWord = isWordPoint(point);
    }
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

const wordPoints = new Map<number, boolean>();

function isWordPoint(point: number): boolean {
  let known = wordPoints.get(point);
  if (known === undefined) wordPoints.set(point, (known = /^[\p{L}\p{N}'’-]$/u.test(String.fromCodePoint(point))));
  return known;
}

export const startsLowerCase = (piece: string) => {
  const code = piece.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(piece);
};

/**
 * Lower-case words, possessives and edge punctuation removed ("Rouhani’s" → "rouhani"), accents
 * folded so that a name typed without them matches ("Lodz" → "łódź" → "lodz").
 */
export function wordsOf(text: string, normal?: Map<string, string>): string[] {
  const out: string[] = [];
  for (const raw of piecesOf(text.toLowerCase())) {
    let word = normal?.get(raw);
    if (word === undefined) {
      word = normalWord(raw);
      normal?.set(raw, word);
    }
    if (word.length > 0) out.push(word);
  }
  return out;
}

/** One lower-case piece of text as an index word ("" when nothing is left). */
export const normalWord = (raw: string) => foldAccents(raw.replace(/['’]s$/, "").replace(/^['’-]+|['’-]+$/g, ""));

/** A lower-case word without diacritics (only words with non-ASCII letters are touched). */
function foldAccents(word: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(word)) return word;
  return word.normalize("NFKD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/đ/g, "d").replace(/ø/g, "o").replace(/ð/g, "d").replace(/ı/g, "i").replace(/ß/g, "ss").replace(/æ/g, "ae").replace(/œ/g, "oe");
}

export const STOPWORDS = new Set(
  (
    "a an the of in on at to for from by with and or but as is are was were be been being has have had do does did " +
    "that this these those it its their his her he she they them we our you your i when what where which who whom " +
    "whose why how did happen happened date about into over after before during between than then there here so " +
    "not no also said says say will would can could may might should"
  ).split(" "),
);

export const DATE_WORDS = new Set(
  (
    "today yesterday tomorrow week weekend month year years months last next earlier later early late mid ago since past"
  ).split(" ").concat(MONTHS, WEEKDAYS_FROM_MONDAY),
);

/** Words of news events that stand for one another. Keys and values are lower-case words. */
const SYNONYMS: Record<string, string[]> = {
  join: ["joined", "joins", "member", "membership", "accession", "admitted"],
  joined: ["join", "joins", "member", "membership", "accession", "admitted"],
  call: ["phone", "telephone", "conversation", "spoke"],
  phone: ["telephone", "call", "conversation"],
  telephone: ["phone", "call", "conversation"],
  talks: ["met", "meeting", "talked", "conversation"],
  meeting: ["met", "meet", "talks", "summit"],
  met: ["meeting", "meet", "talks"],
  meet: ["met", "meeting", "talks"],
  summit: ["meeting", "talks"],
  attack: ["assault", "raid", "strike", "attacked"],
  assault: ["attack", "raid", "strike"],
  deal: ["agreement", "accord", "pact", "treaty"],
  agreement: ["deal", "accord", "pact", "treaty"],
  sign: ["signed", "signing"],
  signed: ["sign", "signing"],
  war: ["conflict"],
  visit: ["visited", "trip", "travelled", "traveled"],
  trip: ["visit", "visited"],
  elected: ["election", "won"],
  election: ["elected", "vote"],
};

const SYNONYM_WEIGHT = 0.8;

/** The query's words worth matching, each with its synonyms. */
export function queryTerms(event: string): { word: string; variants: Map<string, number> }[] {
  const seen = new Set<string>();
  const terms: { word: string; variants: Map<string, number> }[] = [];
  for (const word of wordsOf(event)) {
    if (STOPWORDS.has(word) || seen.has(word)) continue;
    seen.add(word);
    const variants = new Map<string, number>([[word, 1]]);
    for (const synonym of SYNONYMS[word] ?? []) if (!variants.has(synonym)) variants.set(synonym, SYNONYM_WEIGHT);
    terms.push({ word, variants });
  }
  return terms;
}
