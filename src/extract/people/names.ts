import { key, NATIONALITIES, NOT_NAME_WORDS, ORGANISATION_WORDS, PLACES, TITLE_WORDS } from "../../lexicon/people.js";
import { isCapitalised, type Token } from "./tokens.js";
import { MONTHS } from "../../lexicon/calendar.js";

/** Name particles written in lower case inside names: "Bashar al-Assad", "Ursula von der Leyen". */
const PARTICLE = /^(?:al|el|bin|ibn|bint|abu|van|von|der|den|de|da|di|du|del|della|dello|delle|degli|dei|dos|das|le|la|ben)$/;
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|bin|ibn|abu|de|da|di|du|d|o)['’-]\p{Lu}/u;

/** True for a token that can be part of a person's name. */
export function isNameWord(word: string): boolean {
  // A particle prefix starts with a lower-case letter, so a capitalised word never has one.
  if (!isCapitalised(word)) return mayHaveParticlePrefix(word) && PARTICLE_PREFIX.test(word);
  if (ROMAN_NUMERAL.test(word)) return true; // "King Charles III"
  return isAsciiWord(word) ? asciiNameWord(word) : !ACRONYM.test(word) && !/\d/.test(word);
}

const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX)$/;
/** Acronyms and datelines: "SCO", "KAZAN". */
const ACRONYM = /^[\p{Lu}\d.]{2,}$/u;

/** PARTICLE_PREFIX needs an apostrophe or hyphen as the 2nd to 5th character ("d'", "al-", "ash-"). */
function mayHaveParticlePrefix(word: string): boolean {
  for (let i = 1; i < word.length && i <= 4; i++) {
    const code = word.charCodeAt(i);
    if (code === 0x27 || code === 0x2019 || code === 0x2d) return true;
  }
  return false;
}

function isAsciiWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** For an ASCII capitalised word: not an acronym (ACRONYM) and without a digit, read char by char. */
function asciiNameWord(word: string): boolean {
  // A middle initial ("Robert J. Hale", "George W. Bush") is part of a name, not an acronym.
  if (word.length === 2 && word.charCodeAt(1) === 0x2e && word.charCodeAt(0) >= 0x41 && word.charCodeAt(0) <= 0x5a) return true;
  let acronym = word.length >= 2;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return false; // a digit: not a name, acronym or not
    if (!((code >= 0x41 && code <= 0x5a) || code === 0x2e)) acronym = false;
  }
  return !acronym;
}

export function isParticle(word: string): boolean {
  return PARTICLE.test(word);
}

const PREFIXED_TITLE = /^(?:vice|deputy|co|ex|former)-/;

export function isTitleWord(word: string): boolean {
  const k = key(word);
  return TITLE_WORDS.has(k) || NATIONALITIES.has(k) || (k.includes("-") && PREFIXED_TITLE.test(k));
}

export function isPlace(phrase: string): boolean {
  return PLACES.has(key(phrase).replace(/^the /, ""));
}

export function isOrganisationWord(word: string): boolean {
  return ORGANISATION_WORDS.has(key(word));
}

/**
 * Splits a run of capitalised tokens into its leading titles and the name proper, or returns
 * null when the run is not a person's name ("Chinese President Xi Jinping" → titles
 * [Chinese, President], name [Xi, Jinping]; "South China Morning Post" → null).
 */
export function splitTitledName(words: string[]): { titles: string[]; name: string[] } | null {
  let i = 0;
  while (i < words.length - 1 && (isTitleWord(words[i]!) || key(words[i]!) === "the")) i++;
  // "Commerce Minister Wang Wentao": a title word further in makes everything before it a title.
  for (let k = words.length - 2; k >= i; k--) {
    if (TITLE_WORDS.has(key(words[k]!))) {
      i = k + 1;
      break;
    }
  }
  // A lone trailing word after titles may itself be a title ("the Iranian President"): no name.
  const titles = words.slice(0, i);
  const name = words.slice(i);
  if (name.length === 1 && isTitleWord(name[0]!)) return null;
  if (!isPersonName(name)) return null;
  return { titles, name };
}

const MONTH_SET: ReadonlySet<string> = new Set(MONTHS);

/** True when the words can be a person's name: no organisation or place words, no function words. */
const INITIAL_WORD = /^[A-Z]\.$/;

export function isPersonName(name: string[]): boolean {
  if (name.length === 0 || name.length > 5) return false;
  // A letter alone is no one's name: "a post on X", "Plan B".
  if (name.length === 1 && name[0]!.replace(/\.$/, "").length === 1) return false;
  if (!(isNameWord(name[0]!) || (isParticle(name[0]!) && name.length > 1)) || !isNameWord(name.at(-1)!)) return false;
  // A middle initial makes it a person's name whatever the family name: "Sarah K. Jordan".
  const initialled = name.length === 3 && INITIAL_WORD.test(name[1]!);
  for (const [i, word] of name.entries()) {
    const k = key(word);
    if (isParticle(word)) continue;
    // A month after a given name is a family name: "Theresa May", "Phillip May".
    if (i > 0 && MONTH_SET.has(k)) continue;
    if (initialled && i === 2 && PLACES.has(k)) continue;
    if (NOT_NAME_WORDS.has(k) || ORGANISATION_WORDS.has(k) || PLACES.has(k) || NATIONALITIES.has(k)) return false;
    if (k.includes("-") && k.split("-").some((part) => PLACES.has(part))) return false; // "Iran-China"
  }
  return initialled || !isPlace(name.join(" "));
}

/** Words that join the parts of an office's name: "Leader of the Opposition in the …", "Minister of Road Transport and …". */
const OFFICE_JOINERS = new Set(["of", "the", "in", "for", "and", "on"]);
const OFFICE_LOOKBACK = 10;

/**
 * The title words of an office whose name runs up to token i ("Leader of the Opposition in the",
 * "Minister of Road Transport and"): joiners and capitalised words back to a capitalised title
 * word, the word right before i a joiner. Null when the words before i are not such a name.
 */
export function officeBefore(tokens: Token[], i: number): string[] | null {
  if (!OFFICE_JOINERS.has(tokens[i - 1]?.key ?? "")) return null;
  const titles: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - OFFICE_LOOKBACK; k--) {
    const t = tokens[k]!;
    if (isCapitalised(t.text) && isTitleWord(t.text)) titles.unshift(t.text);
    else if (!OFFICE_JOINERS.has(t.key) && !isCapitalised(t.text)) break;
  }
  return titles.length > 0 ? titles : null;
}

/**
 * Where the holder's name starts in a run that ends an office's name: its last two name words,
 * particles between them kept ("Ursula von der Leyen"); 0 when the rest is not a person's name.
 */
export function nameTail(run: Token[]): number {
  let start = run.length - 1;
  while (start > 0 && isParticle(run[start - 1]!.text)) start--;
  if (start > 0 && isNameWord(run[start - 1]!.text) && !isTitleWord(run[start - 1]!.text)) start--;
  return start > 0 && start < run.length - 1 && isPersonName(run.slice(start).map((t) => t.text)) ? start : 0;
}

/** The words of a token run, for name tests. */
export const words = (tokens: Token[]): string[] => tokens.map((t) => t.text);
