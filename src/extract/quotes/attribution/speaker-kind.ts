/** What a speaker phrase names — a pronoun, a name, a role, an aide, an institution, or no one — judged from its words. */
import { DETERMINERS, PERSON_PRONOUNS, SUBJECT_PRONOUNS } from "../../../lexicon/function-words.js";
import { AIDE_NOUNS, key, NOT_NAME_WORDS, ORGANISATION_WORDS, RELAY_WORDS, ROLE_NOUNS } from "../../../lexicon/people.js";
import { AGE } from "../../people/article-people.js";
import { isNameWord, isPlace, isTitleWord, splitTitledName } from "../../people/names.js";
import { isCapitalised, isPossessive, startsLowerCase, type Token } from "../../people/tokens.js";
import { LETTERS_ONLY } from "./word-shapes.js";
import type { Attribution, SpeakerPhraseKind } from "./types.js";

const kinds = new WeakMap<Token[], SpeakerPhraseKind>();

/** What a speaker phrase names, judged from its words (memoised per phrase: the scanners ask often). */
export function speakerKind(phrase: Token[]): SpeakerPhraseKind {
  let kind = kinds.get(phrase);
  if (kind === undefined) {
    kind = judgeSpeaker(phrase);
    kinds.set(phrase, kind);
  }
  return kind;
}

function judgeSpeaker(phrase: Token[]): SpeakerPhraseKind {
  if (phrase.length === 0) return "none";
  const words = phrase.map((t) => t.key);
  if (phrase.length === 1 && SUBJECT_PRONOUNS.has(words[0]!)) {
    return PERSON_PRONOUNS.has(words[0]!) ? "pronoun" : words[0] === "it" ? "neuter" : "none";
  }
  const head = words.at(-1)!;
  // "a senior U.S. administration official", "a White House official", "an EU diplomat": someone
  // unnamed, whatever organisation the words name.
  if ((words[0] === "a" || words[0] === "an") && startsLowerCase(phrase.at(-1)!.text) && (ROLE_NOUNS.has(head) || AIDE_NOUNS.has(head) || AGE.test(head))) return "none";
  // "the 45-year-old said": the one person of the article given that age.
  if (words[0] === "the" && phrase.length === 2 && AGE.test(head)) return "role";
  if (AIDE_NOUNS.has(head) && !phrase.some((t, i) => i > 0 && isNameWord(t.text) && !isTitleWord(t.text) && !isPossessive(phrase[i + 1]))) {
    return "aide";
  }
  // "European Commission President Ursula von der Leyen": a person, whatever the title's words.
  const titled = splitTitledName(phrase.map((t) => t.text).filter((w) => !DETERMINERS.has(key(w))));
  if (titled && titled.titles.length > 0 && !phrase.some((t) => isPossessive(t))) return "name";
  // "Spain's Energy Transition Minister José Núñez": a title held of a place or body, then the name.
  const owner = phrase.findLastIndex((t) => isPossessive(t));
  if (owner >= 0 && owner < phrase.length - 2) {
    const held = splitTitledName(phrase.slice(owner + 1).map((t) => t.text));
    // …or a full name after the owner: "Fox News's Ed Henry" is Ed Henry, not the channel.
    if (held && (held.titles.length > 0 || held.name.length >= 2)) return "name";
  }
  // "the Congress leader", "the Fed chair": a person of the body, called by role.
  if (words[0] === "the" && phrase.length > 2 && ROLE_NOUNS.has(head) && startsLowerCase(phrase.at(-1)!.text)) return "role";
  if (words.some((w) => ORGANISATION_WORDS.has(w) || RELAY_WORDS.has(w))) {
    // An institution is named ("the Chinese commerce ministry", "Xinhua"), not just "the ministry".
    return phrase.some((t) => isCapitalised(t.text) && !DETERMINERS.has(t.key)) ? "institution" : "none";
  }
  // "Christian leaders said", "Labour lawmakers said": a common noun heads the phrase; the capitalised
  // words before it say what kind, and name no one.
  if (phrase.length > 1 && startsLowerCase(phrase.at(-1)!.text) && LETTERS_ONLY.test(phrase.at(-1)!.text) && !phrase.some((t) => isPossessive(t)) && !DETERMINERS.has(words[0]!)) {
    return ROLE_NOUNS.has(head) ? "role" : "none";
  }
  const proper = phrase.filter((t) => isNameWord(t.text) && !isTitleWord(t.text) && !NOT_NAME_WORDS.has(t.key));
  if (proper.length > 0) {
    if (!proper.every((t) => isPlace(t.text))) return "name";
    // A place speaks for its government ("Tehran said"); "the Ireland defender", "the US president" are roles.
    return startsLowerCase(phrase.at(-1)!.text) ? "role" : "institution";
  }
  if (ROLE_NOUNS.has(head) || ROLE_NOUNS.has(words.slice(-2).join(" "))) return "role";
  return "none";
}

/** An attribution of someone the sentence names (a name, pronoun or role), not relaying another's words. */
export const namesSpeaker = (a: Attribution): boolean => !a.relay && speakerKind(a.speaker) !== "none";
