/** Noun phrases around a verb of saying: the subject before it, the speaker after it, and what kind of words they are. */
import { AFFILIATION, PHRASE_ENDERS, TIME_WORDS } from "../../../lexicon/attribution.js";
import { alternatives, capitalise, WEEKDAYS_FROM_MONDAY } from "../../../lexicon/calendar.js";
import { DETERMINERS, POSSESSIVE_PRONOUNS, PREPOSITIONS, SUBJECT_PRONOUNS } from "../../../lexicon/function-words.js";
import { AIDE_NOUNS, key, ORGANISATION_WORDS, RELAY_WORDS, ROLE_NOUNS } from "../../../lexicon/people.js";
import { ADVERBS, PASSIVE_AUXILIARIES, SAY_VERBS } from "../../../lexicon/speech-verbs.js";
import { AGE } from "../../people/article-people.js";
import { isNameWord, isParticle, isTitleWord, nameTail, officeBefore, splitTitledName } from "../../people/names.js";
import { isCapitalised, isPossessive, startsLowerCase, type Token } from "../../people/tokens.js";
import { speakerKind } from "./speaker-kind.js";
import { ED_WORD, FINITE, ING_WORD, LETTERS_ONLY } from "./word-shapes.js";

/**
 * "Tehran has been a key backer of Hamas but denies involvement", "Boric declared a state of
 * catastrophe and said …": a verb joined by "but" / "and" to the sentence's first predicate shares
 * its subject, when that subject opens the sentence and names someone or a body.
 */
export function coordinatedSubject(tokens: Token[], v: number): Token[] | null {
  let k = v - 1;
  while (k >= 0 && ADVERBS.has(tokens[k]!.key)) k--;
  if (k < 0 || !["but", "and"].includes(tokens[k]!.key)) return null;
  const subject = openingSubject(tokens, k);
  if (!subject) return null;
  if (speakerKind(subject) === "institution") return subject;
  // A person, when a verb in the past follows the name ("Boric declared …", not "Climate campaigners welcomed …").
  let after = tokens.indexOf(subject.at(-1)!) + 1;
  while (ADVERBS.has(tokens[after]?.key ?? "") && !FINITE.has(tokens[after]!.key)) after++;
  const verb = tokens[after];
  return speakerKind(subject) === "name" && verb !== undefined && (ED_WORD.test(verb.text) || FINITE.has(verb.key) || SAY_VERBS.has(verb.key)) ? subject : null;
}

/** The noun phrase that opens the sentence when a verb follows it: "Iran has …" → [Iran]. */
export function openingSubject(tokens: Token[], limit: number): Token[] | null {
  const begin = datelineEnd(tokens);
  let end = begin;
  while (end < limit && (isNameWord(tokens[end]!.text) || isTitleWord(tokens[end]!.text) || DETERMINERS.has(tokens[end]!.key) || (end > begin && isParticle(tokens[end]!.text)))) end++;
  if (end === begin) return null;
  let verb = end;
  // "Ursula von der Leyen on Thursday defended …"
  if ((tokens[verb]?.key ?? "") === "on" && WEEKDAY.test(tokens[verb + 1]?.text ?? "")) verb += 2;
  if (!startsLowerCase(tokens[verb]?.text ?? "")) return null;
  return tokens.slice(begin, end);
}

export const WEEKDAY = new RegExp(`^(?:${alternatives(WEEKDAYS_FROM_MONDAY.map(capitalise))})$`);

/** Tokens of a dateline opening a sentence: "BRUSSELS (Reuters) -", "KAZAN, Russia:", "WASHINGTON —". */
export function datelineEnd(tokens: Token[]): number {
  if (!/^[\p{Lu}]{2,}$/u.test(tokens[0]?.text ?? "")) return 0;
  for (let k = 1; k < Math.min(tokens.length, 10); k++) {
    const t = tokens[k]!.text;
    if (t === "-" || t === "—" || t === "–" || t === ":") return k + 1;
    if (!/^[\p{L}(),.]+$/u.test(t)) return 0;
  }
  return 0;
}

/**
 * The noun phrase right before the verb at v, skipping adverbs and an appositive
 * ("Wang Di, director general for the region, said"). "passive" for "is believed".
 */
export function subjectBefore(tokens: Token[], v: number): Token[] | "passive" | "complement" | null {
  let k = v - 1;
  while (k >= 0 && ADVERBS.has(tokens[k]!.key) && !isCapitalised(tokens[k]!.text)) k--;
  if (k < 0) return null;
  if (PASSIVE_AUXILIARIES.has(tokens[k]!.key)) return "passive";
  if (tokens[k]!.text === ",") {
    let c = k - 1;
    while (c >= 0 && c > k - 20 && tokens[c]!.text !== ",") c--;
    if (c < 0 || tokens[c]!.text !== ",") return null;
    const between = tokens.slice(c + 1, k);
    if (between.length > 0 && between.length <= 5 && splitTitledName(between.map((t) => t.text))) return between;
    if (!isAppositive(between)) return null;
    k = c - 1;
    // "Maria Lopez, 45, a nurse from Valencia, said": an age before the description.
    if (/^\d{1,3}$/.test(tokens[k]?.text ?? "") && tokens[k - 1]?.text === ",") k -= 2;
  }
  const head = tokens[k]!;
  if (SUBJECT_PRONOUNS.has(head.key)) return [head];
  // "the 45-year-old said" (speakerKind decides: the one person given that age, or no one).
  if (AGE.test(head.text) && ["the", "a", "an"].includes(tokens[k - 1]?.key ?? "")) return [tokens[k - 1]!, head];
  const phrase: Token[] = [];
  const headIsRole = startsLowerCase(head.text) && isRoleOrOrgWord(head.text);
  for (; k >= 0; k--) {
    const t = tokens[k]!;
    const lower = t.key;
    if (DETERMINERS.has(lower) || POSSESSIVE_PRONOUNS.has(lower)) {
      // "Governor of the Bank of England Andrew Bailey said": an office's name, then its holder.
      const holder = officeHolder(tokens, k, phrase);
      if (holder) return holder;
      // "A spokesperson for the ministry said": the phrase is a complement, not the speaker.
      if (["for", "of", "at", "to", "from", "with"].includes(tokens[k - 1]?.key ?? "")) return null;
      if (phrase.length > 0) phrase.unshift(t);
      break;
    }
    if (isPossessive(t) && phrase.length > 0) {
      phrase.unshift(t);
      continue;
    }
    const titleOf = lower === "of" && phrase.length > 0 && isTitleWord(tokens[k - 1]?.text ?? "") && isCapitalised(tokens[k - 1]!.text);
    const nameLike = isNameWord(t.text) || isTitleWord(t.text) || isRoleOrOrgWord(t.text) || (isParticle(t.text) && phrase.length > 0) || titleOf;
    const modifier = headIsRole && startsLowerCase(t.text) && phrase.length < 5 && !ADVERBS.has(lower) && LETTERS_ONLY.test(t.text);
    if (!nameLike && !modifier) break;
    if (startsLowerCase(t.text) && !headIsRole && phrase.length > 0 && !isTitleWord(t.text) && !isParticle(t.text) && !titleOf) break;
    phrase.unshift(t);
  }
  if (phrase.length === 0) return null;
  // "Minister of Road Transport and Highways Nitin Gadkari said", "President of Indonesia Prabowo Subianto said".
  const holder = officeHolder(tokens, k, phrase);
  if (holder) return holder;
  // "Economists at Goldman Sachs said", "A spokesman for Chancellor Scholz said": the phrase is a
  // complement; whoever the real subject is, it is not the person named.
  if (PREPOSITIONS.has(tokens[k]?.key ?? "")) return "complement";
  // "Scholz and Macron said": a joint statement is neither one's alone.
  if (["and", "&", "or", "nor"].includes(tokens[k]?.key ?? "") && isNameWord(tokens[k - 1]?.text ?? "")) return "complement";
  // "Fernández-López and her co-author, Dr Jordi Puig, … stressed": nor when the name stands for the second subject.
  if (tokens[k]?.text === "," && secondOfTwo(tokens, k)) return "complement";
  return phrase;
}

/**
 * The holder's name at the end of `phrase` when the phrase, from token k on, ends the name of an
 * office that opens with a capitalised title ("Leader of the Opposition in the Lok Sabha Rahul
 * Gandhi"): the last two name words (see nameTail). Null otherwise.
 */
function officeHolder(tokens: Token[], k: number, phrase: Token[]): Token[] | null {
  const run = phrase.filter((t) => !DETERMINERS.has(t.key));
  if (run.length < 3 || !officeBefore(tokens, k + 1)) return null;
  const start = nameTail(run);
  // "Spokesman for the Prime Minister Keir Starmer": a title right before the name is the name's own
  // (Starmer is the prime minister); the one speaking is someone else.
  return start > 0 && !isTitleWord(run[start - 1]!.text) ? run.slice(start) : null;
}

/** A name, "and", then "her co-author" (a possessive or an article and lower-case words) right before the comma at `comma`. */
function secondOfTwo(tokens: Token[], comma: number): boolean {
  let j = comma - 1;
  while (j >= 0 && j > comma - 5 && startsLowerCase(tokens[j]!.text) && tokens[j]!.key !== "and") j--;
  const opener = tokens[j + 1]?.key ?? "";
  return j < comma - 2 && j > 0 && tokens[j]!.key === "and" && (POSSESSIVE_PRONOUNS.has(opener) || DETERMINERS.has(opener)) && isNameWord(tokens[j - 1]!.text);
}

/** The noun phrase starting at i: "Ivo Brandt", "the minister", "Xinhua", "the Chinese commerce ministry". */
export function nounPhraseAfter(tokens: Token[], i: number): Token[] {
  const phrase: Token[] = [];
  for (let k = i; k < tokens.length && phrase.length < 10; k++) {
    const t = tokens[k]!;
    if (/^[,.;:!?)”"]$/.test(t.text)) break;
    if (SUBJECT_PRONOUNS.has(t.key) && phrase.length === 0) return [t];
    if (PHRASE_ENDERS.has(t.key)) break;
    // "Soner Cagaptay of the Washington Institute": a person's name ends before their affiliation.
    if (AFFILIATION.has(t.key) && phrase.length > 0 && phrase.every((p) => isNameWord(p.text) && !isTitleWord(p.text))) break;
    phrase.push(t);
  }
  // Drop a trailing time word ("…, Xinhua reported Wednesday").
  while (phrase.length > 0 && TIME_WORDS.has(phrase.at(-1)!.key) && isCapitalised(phrase.at(-1)!.text) === false) phrase.pop();
  return phrase;
}

/**
 * True when an inverted speaker phrase is a noun phrase naming someone ("Ivo Brandt", "the
 * minister", "the head of the central bank"), not a clause: in "…, said Netanyahu had decided to
 * resume the war" what follows "said" is what was said.
 */
export function namesSomeone(phrase: Token[]): boolean {
  if (phrase.length === 1 && SUBJECT_PRONOUNS.has(phrase[0]!.key)) return true;
  const head = phrase.at(-1)!;
  const headIsRole = isRoleOrOrgWord(head.text);
  return phrase.every(
    (t, i) =>
      isNameWord(t.text) ||
      isTitleWord(t.text) ||
      isRoleOrOrgWord(t.text) ||
      isParticle(t.text) ||
      isPossessive(t) ||
      (DETERMINERS.has(t.key) && (i === 0 || phrase[i - 1]!.key === "of")) ||
      // lower-case modifiers of a role or institution: "the Chinese commerce ministry", "a senior official", "the head of the bank"
      (headIsRole && LETTERS_ONLY.test(t.text) && !ADVERBS.has(t.key) && !PASSIVE_AUXILIARIES.has(t.key) && !/(?:ed|ing)$/.test(t.key)),
  );
}

function isAppositive(segment: Token[]): boolean {
  if (segment.length === 0) return false;
  // "Izzat al-Risheq, a member of the group's political bureau, said": an indefinite noun phrase describes the name before it.
  if (segment[0]!.key === "a" || segment[0]!.key === "an") return segment.length > 1;
  if (segment.every((t) => ADVERBS.has(t.key))) return true; // "Xi, however, said"
  if (segment.length === 1 && /^\d{1,3}$/.test(segment[0]!.text)) return true; // "Maria Gonzalez, 52, said"
  const first = segment[0]!.key;
  if (first === "who") return true;
  if (ING_WORD.test(segment[0]!.text)) return true; // "Scholz, speaking in Berlin, said"
  const startsLikeRole = startsLowerCase(segment[0]!.text) || DETERMINERS.has(first) || isPossessive(segment[1]);
  return startsLikeRole && segment.slice(0, 6).some((t) => ROLE_NOUNS.has(t.key) || AIDE_NOUNS.has(t.key));
}

export function isRoleOrOrgWord(word: string): boolean {
  const k = key(word);
  return ROLE_NOUNS.has(k) || AIDE_NOUNS.has(k) || ORGANISATION_WORDS.has(k) || RELAY_WORDS.has(k) || k === "leaders";
}
