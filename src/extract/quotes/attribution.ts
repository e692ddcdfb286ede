import { CLAUSE_SUBJECTS, DETERMINERS, PERSON_PRONOUNS, POSSESSIVE_PRONOUNS, PREPOSITIONS, SUBJECT_PRONOUNS } from "../../lexicon/function-words.js";
import { AIDE_NOUNS, key, NOT_NAME_WORDS, ORGANISATION_WORDS, RELAY_WORDS, ROLE_NOUNS } from "../../lexicon/people.js";
import { AGE } from "../people/article-people.js";
import { IRREGULAR_PAST } from "../../lexicon/verbs.js";
import { isNameWord, isParticle, isPlace, isTitleWord, nameTail, officeBefore, splitTitledName } from "../people/names.js";
import { isCapitalised, isPossessive, startsLowerCase, tokenize, type Token } from "../people/tokens.js";
import { datelineEnd as wireDatelineEnd } from "../text/dateline.js";
import { findQuoteSpans, insideQuotation } from "../text/quote-spans.js";
import {
  ACT_PARTICLES, ACT_VERBS, ADVERBS, PARTICIPLES, PASSIVE_AUXILIARIES, RELAY_VERBS, SAY_PHRASES, SAY_VERBS,
} from "../../lexicon/speech-verbs.js";
import { alternatives, capitalise, MONTHS, WEEKDAYS_FROM_MONDAY } from "../../lexicon/calendar.js";

/**
 * Attribution: finds, in one sentence, who is said to have said something and which words
 * are theirs. Patterns (X a name, pronoun or role):
 *   X said (that) …            X said, …  (readout)          X said: “…”
 *   …, X said.                 “…,” X said / “…,” said X      X told Y that …
 *   X stressed / noted / pointed out / pledged / urged / expressed / welcomed … (act verbs)
 *   According to X, …          …, according to X              X …, saying: “…”
 * A second attribution naming an outlet ("…, Xinhua said", "…, according to Xinhua") is a relay.
 */
export interface Attribution {
  /** The words naming the speaker (may include titles, a determiner, a pronoun). */
  speaker: Token[];
  /** Offsets (within the sentence) of the words attributed to the speaker. */
  content: [number, number];
  /** Where the attribution phrase (speaker and verb) starts and ends. */
  phrase: [number, number];
  /** "X said, …": the sentences after it in the paragraph continue the statement. */
  readout: boolean;
  /** Set when this attribution relays another one in the sentence (an outlet, an agency). */
  relay: boolean;
  /** How the speaker was found. */
  form: "subject" | "inverted" | "according" | "participle";
}

export type SpeakerPhraseKind = "pronoun" | "neuter" | "name" | "role" | "aide" | "institution" | "none";

const QUOTE_MARK = /["“”«»]/;
const AFFILIATION = new Set(["of", "at", "from", "with"]);
/** Objects of a say verb that point back to words given before ("said it", "said so"). */
const REFERRING_OBJECTS = new Set(["it", "so", "this", "these", "those"]);
/** What may follow such an object (the end of the clause, a time, a manner): then it is the object, not a subject. */
const AFTER_REFERRING_OBJECT = new Set([
  "", ".", ",", ";", "!", "?", "in", "on", "at", "to", "before", "again", "first", "publicly", "privately", "repeatedly", "and", "but",
  "often", "too", "as", "last", "yesterday", "earlier", "twice", "once", "himself", "herself", "themselves", "then", "many", "during", "after",
]);
/** Words that end a noun phrase naming a speaker: "a commission led by …", "Soner Cagaptay of the Washington Institute". */
const PHRASE_ENDERS = new Set(["who", "which", "that", "led", "headed", "chaired", "run", "based", "set", "appointed", "named", "backed", "founded", "owned", "created", "formed"]);
const OPENING_MARK = /^[“"«]$/;
/** Words that open an introductory phrase ("On Monday, Raisi said, …", "Asked about the talks, he said, …"), not a clause of the words. */
const INTRODUCTIONS = new Set([
  "on", "in", "at", "during", "after", "before", "when", "while", "as", "since", "earlier", "later", "separately", "meanwhile",
  "however", "also", "today", "yesterday", "tonight", "last", "this", "with", "for", "from", "by", "under", "then", "now", "still",
  "but", "and", "so", "instead", "again", "according", "elsewhere", "overall", "similarly", "likewise", "previously", "afterwards",
]);
const TIME_WORDS = new Set([
  "on", "in", "at", "late", "early", "earlier", "later", "this", "last", "a", "an", "the", "statement",
  "interview", "briefing", ...WEEKDAYS_FROM_MONDAY,
  "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year",
  "separately", "previously", "then", "also", "too", "again", "recently", "post", "speech", "press",
  "conference", "news", "televised", "written", "told", "reporters",
]);

// Regexes with \p{…} are module constants: tsx (esbuild) compiles such a literal to a `new RegExp(…)`
// call wherever it stands, so one inside a function is rebuilt on every call.
const LETTERS_ONLY = /^\p{L}+$/u;
const ING_WORD = /^\p{Ll}+ing$/u;

/**
 * The attributions of a sentence. A speech verb inside quoted words is part of them ("“If the
 * United States insists …,” Wang said"), not an attribution. `carried`: the opening mark of a
 * quotation an earlier sentence of the paragraph left open (`It is not for us to say," Sato said.`).
 */
export function findAttributions(text: string, carried: number | null = null): Attribution[] {
  const tokens = tokenize(text);
  const found: Attribution[] = [];
  const spans = text.length > 0 && (carried !== null || QUOTE_MARK.test(text)) ? findQuoteSpans(text, carried) : [];
  const startsQuoted = carried !== null;
  for (let v = 0; v < tokens.length; v++) {
    if (spans.length > 0 && insideQuotation(text, spans, tokens[v]!.start)) continue;
    const word = tokens[v]!.text;
    const lower = tokens[v]!.key;
    if (!startsLowerCase(word)) {
      if (lower === "according" && tokens[v + 1]?.text === "to") {
        const a = accordingTo(text, tokens, v);
        if (a) found.push(a);
      }
      continue;
    }
    if (lower === "according" && tokens[v + 1]?.text === "to") {
      const a = accordingTo(text, tokens, v);
      if (a) found.push(a);
      continue;
    }
    // "what he called “…”" labels words; it is not a second attribution.
    if (["what", "which"].includes(tokens[v - 2]?.key ?? "") && SUBJECT_PRONOUNS.has(tokens[v - 1]?.key ?? "")) continue;
    const phraseEnd = sayPhraseEnd(tokens, v);
    if (phraseEnd !== null) {
      const a = sayAttribution(text, tokens, v, phraseEnd, startsQuoted);
      if (a) found.push(a);
      continue;
    }
    if ((lower === "reported" || lower === "reports") && v > 0 && tokens[v - 1]!.text !== ",") {
      const subject = subjectBefore(tokens, v);
      if (Array.isArray(subject) && speakerKind(subject) === "institution") {
        const phrase: [number, number] = [subject[0]!.start, tokens[v]!.end];
        found.push({ speaker: subject, content: [0, subject[0]!.start], phrase, readout: false, relay: true, form: "subject" });
      }
      continue;
    }
    if (isActVerb(tokens, v)) {
      const a = actAttribution(text, tokens, v);
      if (a) found.push(a);
    }
  }
  if (!found.some((a) => !a.relay && speakerKind(a.speaker) !== "none")) {
    const p = participleAttribution(text, tokens);
    if (p) {
      found.push(p);
      const relay = quotedBy(tokens);
      if (relay) found.push(relay);
    }
  }
  markRelays(found);
  trimContents(text, found);
  // A wire dateline ("GENEVA, Feb 20 (Reuters) -") opening the sentence is no one's words.
  if (found.some((a) => a.content[0] === 0 && a.content[1] > 0) && DASH.test(text)) {
    const dateline = wireDatelineEnd(text);
    for (const a of found) if (a.content[0] < dateline && a.content[1] > dateline) a.content = [dateline, a.content[1]];
  }
  // An outlet that only reports (no one else speaks in the sentence) is not a speaker.
  return found.filter((a) => a.relay === false || found.some((b) => !b.relay && speakerKind(b.speaker) !== "none"));
}

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

function isActVerb(tokens: Token[], v: number): boolean {
  const lower = tokens[v]!.key;
  if (!ACT_VERBS.has(lower)) return false;
  const previous = tokens[v - 1]?.key ?? "";
  if (DETERMINERS.has(previous) || POSSESSIVE_PRONOUNS.has(previous)) return false; // "the pledges", "his thanks"
  if (lower === "thanks" && (tokens[v + 1]?.key ?? "") === "to") return false;
  const particles = ACT_PARTICLES.get(lower);
  // "called for", "called on", or "called the pact “a good compromise”".
  const quoteFollows = tokens.slice(v + 1, v + 7).some((t) => /^[“"«]$/.test(t.text));
  if (particles && !particles.includes(tokens[v + 1]?.key ?? "") && !(lower.startsWith("call") && quoteFollows)) return false;
  // "welcomed Iranian President X to …" is an act of hospitality, not a statement.
  if (/^welcome/.test(lower)) {
    const next = tokens[v + 1]?.text ?? "";
    if (isNameWord(next) && !isPlace(next) && !ORGANISATION_WORDS.has(key(next))) return false;
  }
  return true;
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
    const speaker = nounPhraseAfter(tokens, last + 1);
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

function actAttribution(text: string, tokens: Token[], v: number): Attribution | null {
  let subject = subjectBefore(tokens, v);
  if (subject === null) subject = coordinatedSubject(tokens, v);
  if (!subject || subject === "passive" || subject === "complement") return null;
  if (inDependentClause(tokens, subject[0]!)) return null;
  const that = thatWithin(tokens, v + 1, 1);
  const from = that !== null ? tokens[that]!.end : tokens[v]!.start;
  return {
    speaker: subject,
    content: [from, clauseEnd(text, from)],
    phrase: [subject[0]!.start, tokens[v]!.end],
    readout: false,
    relay: false,
    form: "subject",
  };
}

function accordingTo(text: string, tokens: Token[], v: number): Attribution | null {
  const speaker = sourceName(nounPhraseAfter(tokens, v + 2));
  if (speaker.length === 0) return null;
  const afterSpeaker = tokens.indexOf(speaker.at(-1)!) + 1;
  const phrase: [number, number] = [tokens[v]!.start, speaker.at(-1)!.end];
  const atStart = v === 0 || (v === 1 && /^[“"(]$/.test(tokens[0]!.text));
  const content: [number, number] =
    atStart && tokens[afterSpeaker]?.text === "," ? [tokens[afterSpeaker]!.end, text.length] : [0, tokens[v]!.start];
  return { speaker, content, phrase, readout: false, relay: false, form: "according" };
}

/**
 * The source named after "according to", without what only describes it: a participle's clause
 * ("figures released in June", "court records obtained by TMZ") and, before a name, the kind of
 * body it is ("market research firm Canalys" → Canalys, "the think tank Chatham House").
 */
function sourceName(phrase: Token[]): Token[] {
  const participle = phrase.findIndex((t, i) => i > 0 && PARTICIPLE_WORD.test(t.text));
  const cut = participle > 0 ? phrase.slice(0, participle) : phrase;
  const name = cut.findIndex((t) => isCapitalised(t.text));
  if (name > 0 && cut.slice(0, name).every((t) => startsLowerCase(t.text) && LETTERS_ONLY.test(t.text)) && cut.slice(name).every((t, i, rest) => isCapitalised(t.text) || (isParticle(t.text) && i + 1 < rest.length)) && cut.slice(0, name).some((t) => isRoleOrOrgWord(t.text) || SOURCE_KINDS.has(t.key))) {
    return cut.slice(name);
  }
  return cut;
}

/** Words for the kind of body a source is, which may stand before its name. */
const SOURCE_KINDS = new Set(["firm", "consultancy", "tank", "watchdog", "regulator", "monitor", "broadcaster", "newspaper", "magazine", "publication", "outlet", "website", "channel", "tracker", "provider", "analyst", "researcher", "economist", "pollster"]);

/** A past participle that opens a clause describing a source ("released", "obtained", "seen"). */
const PARTICIPLE_WORD = /^(?:\p{Ll}+ed|seen|made|given|shown|written|taken|held|kept|drawn|known)$/u;

/** "Xi meanwhile repeated his call for a ceasefire, saying: “…”": the sentence's subject speaks. */
function participleAttribution(text: string, tokens: Token[]): Attribution | null {
  // "…, saying: “…”" and "X was quoted (by the BBC) as saying …".
  const p = tokens.findIndex((t, i) => PARTICIPLES.has(t.text) && (tokens[i - 1]?.text === "," || (t.text === "saying" && tokens[i - 1]?.text === "as")));
  if (p === -1) return null;
  const quoteFollows = tokens.slice(p + 1, p + 8).some((t) => /^[“"«]$/.test(t.text));
  if (tokens[p]!.text === "calling" && !["for", "on"].includes(tokens[p + 1]?.text ?? "") && !quoteFollows) return null;
  // The subject is the noun phrase that opens the sentence, followed by its verb.
  const subject = openingSubject(tokens, p) ?? (SUBJECT_PRONOUNS.has(tokens[0]?.key ?? "") ? [tokens[0]!] : null);
  if (!subject) return null;
  let from = tokens[p]!.end;
  if (tokens[p + 1]?.text === ":" || tokens[p + 1]?.text === ",") from = tokens[p + 1]!.end;
  else if (tokens[p + 1]?.text === "that") from = tokens[p + 1]!.end;
  return {
    speaker: subject,
    content: [from, text.length],
    phrase: [subject[0]!.start, subject.at(-1)!.end],
    readout: false,
    relay: false,
    form: "participle",
  };
}

/**
 * "Tehran has been a key backer of Hamas but denies involvement", "Boric declared a state of
 * catastrophe and said …": a verb joined by "but" / "and" to the sentence's first predicate shares
 * its subject, when that subject opens the sentence and names someone or a body.
 */
function coordinatedSubject(tokens: Token[], v: number): Token[] | null {
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

const WEEKDAY = new RegExp(`^(?:${alternatives(WEEKDAYS_FROM_MONDAY.map(capitalise))})$`);

/** Tokens of a dateline opening a sentence: "BRUSSELS (Reuters) -", "KAZAN, Russia:", "WASHINGTON —". */
function datelineEnd(tokens: Token[]): number {
  if (!/^[\p{Lu}]{2,}$/u.test(tokens[0]?.text ?? "")) return 0;
  for (let k = 1; k < Math.min(tokens.length, 10); k++) {
    const t = tokens[k]!.text;
    if (t === "-" || t === "—" || t === "–" || t === ":") return k + 1;
    if (!/^[\p{L}(),.]+$/u.test(t)) return 0;
  }
  return 0;
}

/** "X was quoted by the BBC as saying …": the outlet that quoted X relays X's words. */
function quotedBy(tokens: Token[]): Attribution | null {
  const q = tokens.findIndex((t, i) => t.text === "quoted" && tokens[i + 1]?.text === "by");
  if (q === -1) return null;
  const as = tokens.findIndex((t, i) => i > q + 1 && t.text === "as");
  if (as === -1 || as > q + 8) return null;
  const speaker = tokens.slice(q + 2, as).filter((t, i) => !(i === 0 && DETERMINERS.has(t.key)));
  if (speaker.length === 0 || !speaker.every((t) => isCapitalised(t.text) || isRoleOrOrgWord(t.text))) return null;
  return { speaker, content: [0, 0], phrase: [tokens[q]!.start, tokens[as - 1]!.end], readout: false, relay: true, form: "according" };
}

/**
 * The noun phrase right before the verb at v, skipping adverbs and an appositive
 * ("Wang Di, director general for the region, said"). "passive" for "is believed".
 */
function subjectBefore(tokens: Token[], v: number): Token[] | "passive" | "complement" | null {
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
function nounPhraseAfter(tokens: Token[], i: number): Token[] {
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
function namesSomeone(phrase: Token[]): boolean {
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

/** A dash of a dateline ("-", "--", "–", "—"). */
const DASH = /[-–—]/;

const isRole = (t: Token | undefined) => t !== undefined && (isRoleOrOrgWord(t.text) || isTitleWord(t.text));

/** Words that start or join a clause: a description of a speaker holds none of them. */
const CLAUSE_WORDS = new Set(["and", "but", "or", "that", "which", "who", "while", "as", "is", "are", "was", "were", "has", "have", "had", "will", "would", "not"]);

function isRoleOrOrgWord(word: string): boolean {
  const k = key(word);
  return ROLE_NOUNS.has(k) || AIDE_NOUNS.has(k) || ORGANISATION_WORDS.has(k) || RELAY_WORDS.has(k) || k === "leaders";
}

/**
 * True when the tokens before `comma` are an introductory phrase (a time, a place, a participle:
 * "On Monday,", "Speaking in Berlin,", "Asked about the talks,") or a dateline, not a clause.
 */
function isIntroduction(tokens: Token[], comma: number): boolean {
  const begin = datelineEnd(tokens);
  if (begin >= comma) return true;
  const first = tokens[begin]!;
  if (INTRODUCTIONS.has(first.key) || WEEKDAY.test(first.text) || /(?:ing|ed)$/.test(first.key)) return true;
  // Fewer than three words before the comma are no clause of their own ("The deal, he said, …").
  let words = 0;
  for (let k = begin; k < comma; k++) if (LETTERS_ONLY.test(tokens[k]!.text)) words++;
  return words < 3;
}

/** Words that open a clause dating or explaining another ("after Beijing announced …") or a relative clause whose object comes before it ("…, which Merz has promised to tighten"). */
const DEPENDENT_OPENERS = new Set([
  "after", "before", "when", "whenever", "since", "until", "till", "once", "because", "if", "whether", "unless", "although", "though", "as",
  "which", "that", "whom", "whose",
]);

/** True when the subject at `first` opens a dependent clause: its verb's words are not a statement of the sentence. */
function inDependentClause(tokens: Token[], first: Token): boolean {
  const i = tokens.indexOf(first);
  return i > 0 && DEPENDENT_OPENERS.has(tokens[i - 1]!.key);
}

/**
 * Where an act verb's words end: before a comment on the whole clause ("…, a move that allies
 * called an attack", "…, which …") or a clause joined by "though" / "but".
 */
function clauseEnd(text: string, from: number): number {
  COMMENT_CLAUSE.lastIndex = from;
  const found = COMMENT_CLAUSE.exec(text);
  return found ? found.index : text.length;
}

const COMMENT_CLAUSE = /,\s+(?:which\b|a\s+(?:\w+\s+){0,2}?(?:that|which)\b|(?:though|although|but|yet|while|whereas)\b)/gi;

/** True when nothing but a time phrase and an optional relay clause follows token i. */
function isTrailer(tokens: Token[], i: number): boolean {
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

function skipTimePhrase(tokens: Token[], i: number): number {
  const first = tokens[i]?.key ?? "";
  if (!["on", "in", "at", "during", "late", "earlier", "this", "last"].includes(first)) return i;
  for (let k = i; k < tokens.length && k < i + 8; k++) {
    if (tokens[k]!.text === "that" || tokens[k]!.text === "," || tokens[k]!.text === ":") return k;
  }
  return i;
}

/** A time phrase right after the verb: "on Monday", "late on Tuesday night", "last week", "earlier this month". */
const TIME_LEAD = new RegExp(
  String.raw`(?:(?:on|at|in|during|late|early|earlier|later|last|this|next)\s+)+` +
    String.raw`(?:(?:the\s+)?(?:${alternatives([...WEEKDAYS_FROM_MONDAY, ...MONTHS].map(capitalise))}|\d{1,2}(?:st|nd|rd|th)?|week|weekend|month|year|morning|afternoon|evening|night|day)\b[\s,]*){1,3}`,
  "y",
);

/** Words in -ly that are not adverbs: "said family members …", "said supply had …". */
const NOT_ADVERBS = new Set(["family", "supply", "assembly", "ally", "rally", "reply", "monopoly", "anomaly", "only", "italy", "july"]);
const LY_ADVERB = /^[a-z]{2,}ly$/;

/** An adverb after a verb of saying: "said afterwards that", "said publicly that", "warned repeatedly about". */
const isAdverb = (token: Token): boolean =>
  (LY_ADVERB.test(token.key) && !NOT_ADVERBS.has(token.key)) || ["afterwards", "afterward", "later", "again", "also", "then", "earlier", "separately"].includes(token.key);

/** Tokens of a phrase between a verb of saying and its "that" ("in an interview with the BBC on Monday that"). */
const LONG_PHRASE = 16;

/** Words after a verb of saying that start a phrase, not a clause: "answered with …", "warned about …". */
const PHRASE_OPENERS = new Set([
  "with", "about", "on", "at", "for", "to", "from", "by", "of", "over", "in", "into", "after", "before", "during",
  "against", "without", "upon", "as", "like",
]);

/**
 * Verbs of saying that as often take a thing as their object ("conceded defeat", "admitted the
 * mistake", "confirmed the deal"): without "that", their words are taken only when a pronoun or a
 * name opens a clause ("admitted he had erred", "confirmed Iran had agreed").
 */
// "declared martial law", "announced the levies": what was declared or announced is an act, not words.
const OBJECT_VERBS = new Set(["conceded", "concedes", "admitted", "admits", "acknowledged", "acknowledges", "answered", "replied", "responded", "asked", "confirmed", "claimed", "claims", "declared", "declares", "announced", "announces"]);
const SUBJECT_WORDS = new Set([...SUBJECT_PRONOUNS, "there"]);

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

/** Index of "that" within `window` tokens from i, stopping at punctuation. */
function thatWithin(tokens: Token[], i: number, window: number): number | null {
  for (let k = i; k < tokens.length && k < i + window; k++) {
    if (tokens[k]!.text === "that") return k;
    if (/^[.;:“"]$/.test(tokens[k]!.text) && !abbreviationDot(tokens, k)) return null;
  }
  return null;
}

/** Words that make a clause finite: auxiliaries, modals, past forms. */
const FINITE = new Set(["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "do", "does", "did", "won't", "can't", ...IRREGULAR_PAST]);
const ED_WORD = /^\p{Ll}{2,}ed$/u;
const S_WORD = /^\p{Ll}{2,}s$/u;

/**
 * True when "that" at k is a determiner, not the start of a clause: a lower-case word after it and
 * no verb in what follows up to the end of the sentence or clause ("reiterated that position in a
 * meeting with …"), where a clause has one ("that growth in the region had slowed", "that inflation
 * remains high").
 */
function pointsAt(tokens: Token[], k: number): boolean {
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
    if (held && held.titles.length > 0) return "name";
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

/** Later attributions naming an outlet or agency relay the earlier speaker's words. */
function markRelays(found: Attribution[]): void {
  for (const a of found) {
    const others = found.filter((b) => b !== a && b.phrase[0] !== a.phrase[0] && speakerKind(b.speaker) !== "none");
    if (others.length === 0) continue;
    const endsSentence = a.content[1] <= a.phrase[0] && others.some((b) => b.phrase[0] < a.phrase[0]);
    // Whoever's account closes the sentence ("…,” Xinhua said", "Xi told Biden the talks were
    // useful, a US official said") or frames it ("…, according to Xinhua", "According to Biden,
    // Xi said …") relays the other speaker's words.
    if (a.speaker.length > 0 && (a.form === "according" || endsSentence)) a.relay = true;
  }
}

/** Where several speakers share a sentence, each one's words end where the next attribution starts. */
function trimContents(text: string, found: Attribution[]): void {
  const main = found.filter((a) => !a.relay && speakerKind(a.speaker) !== "none");
  for (const a of found) {
    if (speakerKind(a.speaker) === "none" || speakerKind(a.speaker) === "aide") continue; // unnamed speakers keep all their words
    for (const other of found) {
      if (other === a) continue;
      const [start, end] = a.content;
      if (other.phrase[0] > start && other.phrase[0] < end && (other.relay || main.includes(other))) {
        // Cut before the other attribution, and before the clause joiner that introduces it.
        const cut = text.slice(start, other.phrase[0]).replace(/(?:,?\s*(?:while|and|but|as|whereas|though|although|yet)?\s*(?:according to\s*)?)$/i, "");
        a.content = [start, start + cut.length];
      }
    }
  }
}
