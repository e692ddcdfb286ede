/**
 * Say verbs: "X said (that) …", "X said, …" (a readout), "X said: “…”", "…, X said.", "“…,” said X",
 * "X told Y (that) …", "X pointed out …". The subject is found before the verb (or, inverted, after it).
 */
import { AFTER_REFERRING_OBJECT, CLAUSE_WORDS, DEPENDENT_OPENERS, OBJECT_VERBS, PHRASE_OPENERS, REFERRING_OBJECTS, SUBJECT_WORDS } from "../../../../lexicon/attribution.js";
import { alternatives, capitalise, MONTHS, WEEKDAYS_FROM_MONDAY } from "../../../../lexicon/calendar.js";
import { CLAUSE_SUBJECTS, DETERMINERS, POSSESSIVE_PRONOUNS, PREPOSITIONS } from "../../../../lexicon/function-words.js";
import { ADVERBS, SAY_PHRASES, SAY_VERBS } from "../../../../lexicon/speech-verbs.js";
import { isNameWord, isParticle, isTitleWord } from "../../../people/names.js";
import { isCapitalised, isPossessive, startsLowerCase, type Token } from "../../../people/tokens.js";
import { inDependentClause, isAdverb, isIntroduction, isTrailer, pointsAt, skipTimePhrase, thatWithin } from "../clauses.js";
import { coordinatedSubject, isRoleOrOrgWord, namesSomeone, nounPhraseAfter, subjectBefore } from "../phrases.js";
import { LETTERS_ONLY } from "../word-shapes.js";
import type { Attribution, CuePattern } from "../types.js";

const OPENING_MARK = /^[“"«]$/;

/** The index of the last token of a say verb starting at v ("said", "pointed out"), or null. */
function sayPhraseEnd(tokens: Token[], v: number): number | null {
  const lower = tokens[v]!.key;
  if (SAY_PHRASES.has(lower)) return (tokens[v + 1]?.key ?? "") === SAY_PHRASES.get(lower) ? v + 1 : null;
  if (!SAY_VERBS.has(lower)) return null;
  const previous = tokens[v - 1]?.key ?? "";
  if (DETERMINERS.has(previous) || POSSESSIVE_PRONOUNS.has(previous)) return null; // "the notes", "his claims"
  if (lower === "added" && (tokens[v + 1]?.key ?? "") === "to") return null; // "added to tensions"
  return v;
}

function sayAttribution(text: string, tokens: Token[], v: number, last: number, startsQuoted: boolean): Attribution | null {
  // "Boric declared a state of catastrophe … and said he would travel …": the sentence's subject said it.
  const found = subjectBefore(tokens, v) ?? coordinatedSubject(tokens, v);
  if (found === "passive") return null;
  // A speaker we cannot name ("A spokesman for Chancellor Scholz said …") still owns the words
  // that follow: an empty speaker keeps them from being attributed to anyone named inside them.
  let subject = found === "complement" ? [] : found;
  // "As Xi has pointed out, “…”" quotes Xi inside the writer's (or another speaker's) sentence: the
  // words are his, but what follows is not his readout. "When Xi said …, …" states nothing.
  let echoes = false;
  if (subject && subject.length > 1 && DEPENDENT_OPENERS.has(subject[0]!.key)) {
    if (subject[0]!.key !== "as") return null;
    subject = subject.slice(1);
    echoes = true;
  }
  const end = text.length;
  if (subject && subject.length === 0) {
    const that = thatWithin(tokens, last + 1, 1);
    const from = that !== null ? tokens[that]!.end : tokens[last]!.end;
    return { speaker: [], content: [from, end], phrase: [tokens[v]!.start, tokens[last]!.end], readout: false, relay: false, form: "subject" };
  }
  if (subject) {
    const phrase: [number, number] = [subject[0]!.start, tokens[last]!.end];
    let after = last + 1;
    // "“…,” Powell told reporters after the meeting, adding …": the quotation before the speaker is what was said.
    // So is it with a description of the speaker before the name: "“…,” foreign ministry spokesperson Mao Ning told a regular briefing."
    const quoteFirst = QUOTE_BEFORE_SPEAKER.test(text.slice(0, subject[0]!.start)) && (startsQuoted || /^\s*[“"‘«]/.test(text));
    if (quoteFirst || isTrailer(tokens, after)) {
      // "…, Xi said." / "“…,” Xi said, according to Xinhua." / "“Europe,” Merz said, “must be able to defend itself.”"
      const resumes = quoteFirst && tokens[after]?.text === "," && OPENING_MARK.test(tokens[after + 1]?.text ?? "");
      return { speaker: subject, content: [0, resumes ? end : roleLeadStart(tokens, tokens.indexOf(subject[0]!))], phrase, readout: false, relay: false, form: "subject" };
    }
    // "Stocks fell after Trump announced tariffs, a move …": a clause that dates or explains another states nothing.
    if (!echoes && inDependentClause(tokens, subject[0]!)) return null;
    after = skipTimePhrase(tokens, after);
    const next = tokens[after];
    if (!next) return null;
    // "He said it in 2018": the words are something said before, not what follows.
    // ("Beijing says it supports Tehran": there "it" is the subject of what was said.)
    if (REFERRING_OBJECTS.has(next.key) && AFTER_REFERRING_OBJECT.has(tokens[after + 1]?.key ?? "")) return null;
    if (next.text === ",") {
      // "A fifth round will be held next week, he said, without giving a location.": said in the middle
      // of a sentence, the attribution's words are the clause before it, not what follows.
      const s = tokens.indexOf(subject[0]!);
      if (s > 0 && tokens[s - 1]!.text === "," && !isIntroduction(tokens, s - 1)) {
        return { speaker: subject, content: [0, tokens[s - 1]!.start], phrase, readout: false, relay: false, form: "subject" };
      }
      return { speaker: subject, content: [next.end, end], phrase, readout: !echoes, relay: false, form: "subject" };
    }
    if (next.text === ":") return { speaker: subject, content: [next.end, end], phrase, readout: false, relay: false, form: "subject" };
    const told = tokens[v]!.key === "told" || tokens[v]!.key === "tells";
    const that = thatWithin(tokens, after, told ? 14 : 1);
    // "Xi reiterated that position in a meeting with …": "that" points at something; no clause follows.
    if (that !== null && pointsAt(tokens, that)) return null;
    let from = that !== null ? tokens[that]!.end : next.start;
    if (told && that === null) {
      // "Xi told Biden the talks were useful": the one told is not part of what was said. Where
      // the one told does not end plainly, nothing is taken for the words.
      const k = addresseeEnd(tokens, after);
      if (k === null) return null;
      // "she told the crowd: “…”"
      if (k > after && tokens[k]?.text === ":") return { speaker: subject, content: [tokens[k]!.end, end], phrase, readout: false, relay: false, form: "subject" };
      if (k > after && tokens[k]) from = tokens[k]!.start;
    }
    // Without "that", what was said is a clause: "said China will …", "said the talks were useful".
    // "conceded defeat", "answered with characteristic dryness", "warned repeatedly about backsliding"
    // use the verb for an act, and what follows is no statement.
    if (that === null) {
      // "said on Monday the talks were useful": the words are the clause after the time.
      TIME_LEAD.lastIndex = from;
      if (TIME_LEAD.exec(text)) from = TIME_LEAD.lastIndex;
      const first = tokens.findIndex((t) => t.start >= from);
      // "said on Radio 4's Today programme on Monday that …", "told Putin in a video call on Tuesday that …",
      // "said afterwards that …".
      const opener = first >= 0 ? tokens[first]! : null;
      const later = opener && (PHRASE_OPENERS.has(opener.key) || isAdverb(opener)) ? thatWithin(tokens, first, isAdverb(opener) ? 2 : LONG_PHRASE) : null;
      if (later !== null) from = tokens[later]!.end;
      else if (!opensAClause(tokens[v]!, tokens[first])) return null;
    }
    return { speaker: subject, content: [from, end], phrase, readout: false, relay: false, form: "subject" };
  }
  // Inverted: "“…,” said Ivo Brandt, an analyst." / "…, said the minister."
  const before = tokens[v - 1]?.text ?? "";
  if ([",", "”", '"', "’"].includes(before)) {
    const described = nounPhraseAfter(tokens, last + 1);
    // "…,” said the governor's press secretary, Tom Reyes.": the name apposed to the role speaks.
    const speaker = described.length > 0 ? (apposedName(tokens, tokens.indexOf(described.at(-1)!) + 1) ?? described) : described;
    if (speaker.length > 0 && namesSomeone(speaker)) {
      return {
        speaker,
        content: [0, tokens[v - 1]!.start + (before === "," ? 0 : 1)],
        phrase: [tokens[v]!.start, speaker.at(-1)!.end],
        readout: false,
        relay: false,
        form: "inverted",
      };
    }
  }
  return null;
}

/** A name set off by a comma after a role ("…, Tom Reyes." / "…, Tom Reyes, said"): its tokens, or null. */
function apposedName(tokens: Token[], comma: number): Token[] | null {
  if (tokens[comma]?.text !== ",") return null;
  let k = comma + 1;
  while (k < tokens.length && k < comma + 5 && (isNameWord(tokens[k]!.text) || (k > comma + 1 && isParticle(tokens[k]!.text)))) k++;
  const name = tokens.slice(comma + 1, k);
  const next = tokens[k]?.text;
  return name.length >= 2 && (next === undefined || /^[.,;)]$/.test(next)) ? name : null;
}

/**
 * Where the words said end when they come before "<role> <Name> said": at the comma before a
 * description of the speaker that the name does not take in ("…, EU foreign policy chief Josep
 * Borrell said", "…, the club's sporting director Marco Rossi said"), else at the speaker.
 */
function roleLeadStart(tokens: Token[], s: number): number {
  const start = tokens[s]!.start;
  let k = s - 1;
  if (k < 0 || !(isRole(tokens[k]) || (startsLowerCase(tokens[s]!.text) && isRole(tokens[s])))) return start;
  for (; k >= 0 && k >= s - 7; k--) {
    const t = tokens[k]!;
    if (t.text === ",") return t.start;
    if (!(LETTERS_ONLY.test(t.text) || isPossessive(t) || CAPITALISED_WORD.test(t.text)) || ADVERBS.has(t.key) || CLAUSE_WORDS.has(t.key)) return start;
  }
  return start;
}

/**
 * Where the one told ends in "told <addressee> <clause>" without "that": after a name ("Biden",
 * "Gazzetta dello Sport"), an object pronoun, an audience ("reporters"), or "the" and up to three
 * words ("the BBC", "the chamber", "the BBC's Laura Kuenssberg") before the clause's subject.
 * Null when no such end is found.
 */
function addresseeEnd(tokens: Token[], after: number): number | null {
  const at = (k: number) => tokens[k]?.text ?? "";
  let k = after;
  // "told a news conference …", "told an audience …": as "the" (what is told is never the one told).
  if (DETERMINERS.has(tokens[k]?.key ?? "")) {
    k++;
    const first = k;
    for (; k < tokens.length && k < first + 3; k++) {
      const t = at(k);
      // "told the BBC on Monday …": a preposition ends the one told (what follows is read as usual).
      if (CLAUSE_SUBJECTS.has(tokens[k]!.key) || PREPOSITIONS.has(tokens[k]!.key) || !(LETTERS_ONLY.test(t) || isPossessive(tokens[k]!) || CAPITALISED_WORD.test(t))) break;
      // "the chamber Labour would …": a capitalised word after a lower-case one starts the clause.
      if (k > first && isCapitalised(t) && startsLowerCase(at(k - 1))) break;
    }
    return k > first && (CLAUSE_START(tokens, k) || at(k) === ":" || PREPOSITIONS.has(tokens[k]?.key ?? "")) ? k : null;
  }
  while (k < tokens.length && (isNameWord(at(k)) || (k > after && isParticle(at(k)) && isCapitalised(at(k + 1))) || AUDIENCE.test(at(k)))) k++;
  return k;
}

/** A closing quotation mark before the speaker, perhaps with a comma and a few words describing them ("”, foreign ministry spokesperson"). */
const QUOTE_BEFORE_SPEAKER = /[”"’»]\s*,?\s*(?:[\p{L}][\p{L}'’.-]*\s+){0,4}$/u;

const AUDIENCE = /^(?:him|her|them|us|me|reporters|journalists|lawmakers|delegates|supporters|parliament|congress)$/;

const CLAUSE_START = (tokens: Token[], k: number) => {
  const t = tokens[k];
  return t !== undefined && (CLAUSE_SUBJECTS.has(t.key) || isCapitalised(t.text));
};

/** A word in capitals or starting with one ("BBC", "Sport", "U.S."): a module constant, as tsx rebuilds a \p{…} literal on every use. */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}.&-]*$/u;

const isRole = (t: Token | undefined) => t !== undefined && (isRoleOrOrgWord(t.text) || isTitleWord(t.text));

/** A time phrase right after the verb: "on Monday", "late on Tuesday night", "last week", "earlier this month". */
const TIME_LEAD = new RegExp(
  String.raw`(?:(?:on|at|in|during|late|early|earlier|later|last|this|next)\s+)+` +
    String.raw`(?:(?:the\s+)?(?:${alternatives([...WEEKDAYS_FROM_MONDAY, ...MONTHS].map(capitalise))}|\d{1,2}(?:st|nd|rd|th)?|week|weekend|month|year|morning|afternoon|evening|night|day)\b[\s,]*){1,3}`,
  "y",
);

/** Tokens of a phrase between a verb of saying and its "that" ("in an interview with the BBC on Monday that"). */
const LONG_PHRASE = 16;

/**
 * True when the words at `token`, after the say verb `verb` without "that", can be what was said:
 * not a phrase ("answered with characteristic dryness", "warned repeatedly about backsliding") and,
 * after a verb that takes objects, not its object ("conceded defeat").
 */
function opensAClause(verb: Token, token: Token | undefined): boolean {
  if (!token) return false;
  if (!startsLowerCase(token.text)) return true;
  if (PHRASE_OPENERS.has(token.key) || isAdverb(token)) return false;
  return !OBJECT_VERBS.has(verb.key) || SUBJECT_WORDS.has(token.key);
}

/** "X said (that) …", "…, X said.", "“…,” said X", "X told Y …", "X pointed out …". */
export const sayVerbPattern: CuePattern = {
  name: "say verb",
  at({ text, tokens, startsQuoted }, v) {
    if (!startsLowerCase(tokens[v]!.text)) return undefined;
    const phraseEnd = sayPhraseEnd(tokens, v);
    return phraseEnd === null ? undefined : sayAttribution(text, tokens, v, phraseEnd, startsQuoted);
  },
};
