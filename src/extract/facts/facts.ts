/**
 * Dated facts: each sentence (or, when it holds several dates, each clause) with a resolved date,
 * and the people it mentions. A sentence with no date of its own is dated by its article's
 * publication date only when it reports an event in the simple past ("met", "said", "signed") in
 * the body of the article; that date is a fallback, marked `fallback: true`. A date after "since"
 * is a reference point, not the event's date, and counts as no date here; so is a date in a
 * headline that only the headline's tense could place (`readByTense`).
 */
import { DAY_WORDS, isPastSpan, resolveDates } from "../dates/index.js";
import { datelineEnd } from "../text/dateline.js";
import { findQuoteSpans, insideQuotation, openMarkAtEnd } from "../text/quote-spans.js";
import { isSpace } from "../../ingest/spaces.js";
import type { Article, Sentence } from "../../ingest/types.js";
import type { DateMention, DatedFact } from "../types.js";
import { alternatives, capitalise, MONTHS, MONTHS_BUT_MAY, SHORT_MONTHS, WEEKDAYS_FROM_MONDAY } from "../../lexicon/calendar.js";
import { EVENT_VERBS, IRREGULAR_PAST, THEN_PAST } from "../../lexicon/verbs.js";

export type PeopleIn = (article: Article, sentence: Sentence) => string[];

export function extractFacts(article: Article, peopleIn: PeopleIn): DatedFact[] {
  return completeFacts(article, draftFacts(article), peopleIn);
}

/**
 * A dated fact before the people it names are known by their corpus-wide names: what one article
 * says on its own (the expensive part — reading dates — which the extraction cache keeps).
 */
export interface FactDraft {
  sentence: number;
  event: string;
  date: DateMention;
  fallback: boolean;
  /** The date is the sentence before's (see `continuesEvent`); `date.start`/`end` are then 0. */
  carried: boolean;
}

/**
 * How a sentence that goes on telling the event before it opens: a pronoun or "the two" as its
 * subject, or the event itself named again ("He made the remarks during a phone call with …", "The
 * two leaders also discussed …", "The meeting came as …").
 */
const CONTINUES = /^(?:[“"]?\s*)(?:He|She|They|The\s+two\b|Both\b|The\s+(?:remarks|comments|meeting|talks|call|conversation|visit|summit|statement|announcement|decision|agreement|deal|vote|attack|strike|ceremony)\b)/;

/** The one date of the sentence before, when this sentence goes on telling its event; else null. */
function carriedDate(sentence: Sentence, before: { sentence: number; dates: DateMention[] } | null): DateMention | null {
  if (!before || before.sentence !== sentence.index - 1 || !CONTINUES.test(sentence.text)) return null;
  const values = new Set(before.dates.map((d) => d.value));
  if (values.size !== 1) return null;
  const date = before.dates[0]!;
  return { value: date.value, precision: date.precision, qualifier: date.qualifier, expression: date.expression, start: 0, end: 0 };
}

/** The dated events of one article, without their people. */
export function draftFacts(article: Article): FactDraft[] {
  const drafts: FactDraft[] = [];
  // The quotation an earlier sentence of the paragraph left open: the sentence starts inside it.
  let paragraph = -1;
  let open: number | null = null;
  // The dates the sentence before was given from its own words.
  let before: { sentence: number; dates: DateMention[] } | null = null;
  for (const sentence of article.sentences) {
    const carried = sentence.paragraph === paragraph ? open : null;
    paragraph = sentence.paragraph;
    open = openMarkAtEnd(sentence.text, carried);
    if (sentence.duplicateOf !== null || ASKS.test(sentence.text)) continue;
    const headline = article.paragraphs[sentence.paragraph]?.kind === "headline" && !ENDS_A_SENTENCE.test(sentence.text);
    const resolved = withoutQuotedDayWords(sentence.text, resolveDates(sentence.text, article.published), carried);
    const mentions = resolved.filter((mention) => !isReferencePoint(sentence.text, mention) && !(headline && readByTense(mention)) && !isDenied(sentence.text, mention));
    if (mentions.length > 0) {
      // A time the resolver did not read ("begin in April", its year untold) has a clause of its
      // own too: cut there, the read date keeps only its clause ("… with completion planned for 2029").
      const { cuts, clauses } = clausesWithUnread(sentence.text, mentions, unreadTimes(sentence.text, resolved));
      const dates: DateMention[] = [];
      cuts.forEach((date, i) => {
        if ("unread" in date) return;
        // "his 1996 campaign": the year dates the thing it names, not the sentence's event.
        const named = adjectiveYearPhrase(sentence.text, date);
        if (!named) dates.push(date);
        drafts.push({ sentence: sentence.index, event: named ?? withoutDateline(clauses[i]!), date, fallback: false, carried: false });
      });
      before = { sentence: sentence.index, dates };
    } else if (article.paragraphs[sentence.paragraph]?.kind === "body" && reportsPastEvent(sentence.text)) {
      // A sentence that goes on telling the event before takes its date ("He made the remarks
      // during a phone call with …": the call is that event, not a time of its own), unless it
      // names a time of its own; else, the last resort, the publication date.
      const ownTime = resolved.length > 0 || MONTH_NAME.test(sentence.text) || RELATIVE_TIME.test(sentence.text);
      const continued = ownTime ? null : carriedDate(sentence, before);
      if (continued) drafts.push({ sentence: sentence.index, event: withoutDateline(sentence.text), date: continued, fallback: false, carried: true });
      else if (article.published && !saysWhen(sentence.text, resolved, carried)) {
        const date: DateMention = { value: article.published, precision: "day", qualifier: null, expression: "", start: 0, end: 0 };
        drafts.push({ sentence: sentence.index, event: withoutDateline(sentence.text), date, fallback: true, carried: false });
      }
    }
  }
  return drafts;
}


/** "not" right before the date (or its preposition): "by the end of this decade, not by the end of this year", "not in March". */
const DENIED = /\bnot\s+(?:(?:by|in|on|during|for|before|after|at)\s+)?(?:the\s+)?$/i;

/** True when the text says the date is not when it happens: it dates nothing. ("not until March" is when it does.) */
function isDenied(text: string, mention: DateMention): boolean {
  return DENIED.test(text.slice(Math.max(0, mention.start - 24), mention.start));
}

/** A question ("Will President Lula visit China again this year?") asks; it tells no event, whatever date it names. */
const ASKS = /\?["”’»)]*\s*$/;

/** An event's words without the wire dateline that opens its sentence ("SYDNEY (AFP) - "). */
function withoutDateline(event: string): string {
  return event.slice(datelineEnd(event));
}

/** A month named as a date ("the October 7 attack", "in September"; an abbreviation only with its dot or a day, as "Jan" is also a name; "May" only with a day or a date word before it). */
const MONTH_NAME = new RegExp(
  String.raw`\b(?:(?:${alternatives(MONTHS_BUT_MAY.map(capitalise))})\b|(?:${alternatives(SHORT_MONTHS.map(capitalise))})(?:\.|\s+\d)|May\s+\d|(?:in|on|since|until|by|early|mid|late|last|next|this)[\s-]+May\b)`,
);

/**
 * Words that say when in relative terms: "last week", "two days after", "earlier this month",
 * "yesterday", a weekday, a span up to publication ("the past 18 months", "the last few years"),
 * a season after a preposition or a qualifier ("in the winter", "in early spring", which give no
 * year when it is a winter or there is no tense cue).
 */
const WEEKDAY_NAMES = alternatives(WEEKDAYS_FROM_MONDAY.map(capitalise));

const RELATIVE_TIME = new RegExp(
  String.raw`\b(?:(?:last|this|next|past|previous|coming)\s+(?:week|weekend|month|year|decade|spring|summer|autumn|fall|winter)|(?:in|during|over|throughout|early|mid|late)[\s-]+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:spring|summer|autumn|fall|winter)|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|after|before|earlier|later)|(?:past|last|previous)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|several|few|many|couple\s+of)\s+)?(?:(?:consecutive|straight|full)\s+)?(?:days|weeks|months|years|decades)|yesterday|the\s+day\s+before|${WEEKDAY_NAMES})\b`, "i");

/**
 * A time an event is placed at, by a preposition before a month, weekday or season ("in April",
 * "on Tuesday", "by early spring", "for next year"), or in relative words ("last week", "two days
 * ago"). A year alone is not one: "The 2015 deal" names the deal.
 */
const ADVERBIAL_TIME = new RegExp(
  String.raw`\b(?:in|on|by|until|from|during|before|after|for)\s+(?:(?:early|mid|late)[\s-]+)?(?:the\s+)?(?:(?:${alternatives(MONTHS.map(capitalise))})\b|(?:${WEEKDAY_NAMES})\b|(?:spring|summer|autumn|fall|winter)\b)|${RELATIVE_TIME.source.slice(2, -2)}`,
  "gi",
);

interface UnreadTime {
  start: number;
  end: number;
  unread: true;
}

/** The adverbial times of a sentence outside every resolved date (see ADVERBIAL_TIME), as spans. */
function unreadTimes(text: string, resolved: readonly DateMention[]): UnreadTime[] {
  if (!MAY_HOLD_A_TIME.test(text)) return [];
  const out: UnreadTime[] = [];
  ADVERBIAL_TIME.lastIndex = 0;
  for (let match = ADVERBIAL_TIME.exec(text); match !== null; match = ADVERBIAL_TIME.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!resolved.some((m) => m.start < end && start < m.end)) out.push({ start, end, unread: true });
  }
  return out;
}
const MAY_HOLD_A_TIME = /day|uary|ch\b|ril|May|une|uly|gust|ber|spring|summer|autumn|fall|winter|week|month|year|decade|ago|yesterday/i;


/**
 * Words that point at a time other than publication, which the sentence then tells of: "at the
 * time", "at that point"; "then" as "at that time" ("said then that", "back then", "even then") —
 * not "then" before a past verb or after "and", which tells what came next ("The minister then
 * resigned"), nor "then-president"; and "after", "before", "during", "following" an event ("after
 * the ensemble's debut", "during their march").
 */
const OTHER_TIME = new RegExp(
  [
    String.raw`\bat\s+(?:the\s+time|that\s+(?:time|point|moment|stage))\b`,
    String.raw`(?<!\band\s+)\bthen\b(?![-‑\w])(?!\s+(?:\w+ed|${THEN_PAST.join("|")})\b)`,
    String.raw`\b(?:after|before|during|following)\s+(?:the|his|her|their|its|a|an|that|this|these|those|our|my|your|[A-Z][\w'’-]*['’]s)\b`,
  ].join("|"),
  "i",
);

/** A year or a decade, also one not read as a date: "His 1985 recording", "the 1970s" (not "2,019", "$2000", "2019/20"). */
const YEAR_WORD = /(?<![\w.,$£€/-])(?:1[89]|20)\d\d(?:s|['’]s)?(?![\w/%-]|[.,]\d)/g;

/**
 * True when the sentence says when in words that were not resolved to a date (a date that names an
 * event, a month too far from publication to tell its year, "told Politico last week", "two days
 * after the minister warned", "said at the time", "His 1985 recording", a quoted "today"): such a sentence is not
 * dated by the publication date instead — that would be a date the text does not give. A year
 * that was read as a date (`resolved`, such as the reference point of "since 2019") is not counted
 * again. A wire dateline ("Oct 23 (Reuters) -") says when the story was filed, not when its event
 * happened, and is not read.
 */
export function saysWhen(text: string, resolved: readonly DateMention[] = [], carried: number | null = null): boolean {
  const from = datelineEnd(text);
  const story = text.slice(from);
  if (MONTH_NAME.test(story) || RELATIVE_TIME.test(story) || quotesADayWord(text, carried)) return true;
  // Most sentences hold neither; only those that do are read again without their quotations.
  YEAR_WORD.lastIndex = 0;
  if (!OTHER_TIME.test(story) && !YEAR_WORD.test(story)) return false;
  const told = unquoted(text);
  return OTHER_TIME.test(told.slice(from)) || namesYearAside(told, from, resolved);
}

/** A day named by its distance from the moment of speaking. */
const DAY_WORD = new RegExp(String.raw`\b${DAY_WORDS}`, "gi");

/**
 * True when a quotation names a day ("“Today, the Australian people have voted …,” Albanese told
 * supporters"): the day the words were spoken, which the resolver does not take (it may be the day
 * before publication), so the publication date would be a guess.
 */
function quotesADayWord(text: string, carried: number | null = null): boolean {
  DAY_WORD.lastIndex = 0;
  let spans: ReturnType<typeof findQuoteSpans> | null = null;
  for (let match = DAY_WORD.exec(text); match !== null; match = DAY_WORD.exec(text)) {
    spans ??= findQuoteSpans(text, carried);
    if (insideQuotation(text, spans, match.index)) return true;
  }
  return false;
}

/**
 * The dates without a day word ("today", "yesterday") inside a quotation that an earlier sentence
 * of the paragraph opened ("“I have not slept since. … Today the jury told the world …”"): said
 * when the words were spoken, which is not the publication date (the resolver drops those within
 * one sentence's quotation marks; see quoted-day-words.ts).
 */
function withoutQuotedDayWords(text: string, resolved: DateMention[], carried: number | null): DateMention[] {
  if (carried === null || resolved.length === 0) return resolved;
  const spans = findQuoteSpans(text, carried);
  return resolved.filter((m) => !(STARTS_WITH_DAY_WORD.test(m.expression) && insideQuotation(text, spans, m.start)));
}
const STARTS_WITH_DAY_WORD = new RegExp(String.raw`^${DAY_WORDS}`, "i");

/**
 * The text with its quoted words blanked (same offsets): what a speaker says ("we will know more
 * after the scan") does not say when it was said.
 */
function unquoted(text: string): string {
  const spans = findQuoteSpans(text);
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of spans) {
    if (span.depth !== 1 || span.start < at || !insideQuotation(text, spans, span.start)) continue;
    out += text.slice(at, span.start) + " ".repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}

/** True when text from `from` on holds a year outside every resolved date. */
function namesYearAside(text: string, from: number, resolved: readonly DateMention[]): boolean {
  YEAR_WORD.lastIndex = from;
  for (let match = YEAR_WORD.exec(text); match !== null; match = YEAR_WORD.exec(text)) {
    const at = match.index;
    if (!resolved.some((m) => at >= m.start && at < m.end)) return true;
  }
  return false;
}

/** A full stop at the end: a first paragraph so ended is the article's lede in sentences, not a headline (a file without one). */
const ENDS_A_SENTENCE = /\.["”’)]*$/;

/** Words that fix a date without the verb's help: a year, "last", "next", "ago", "yesterday" … */
const ORIENTED = /\b(?:(?:1[89]|20)\d\d|last|next|this|ago|yesterday|today|tonight|tomorrow|earlier|later|coming|past|previous)\b/i;

/**
 * True when the date was placed before or after publication by the tense of its sentence ("on
 * Tuesday", "in March", "March 3"). A headline's tense cannot do that: headlines tell the past in
 * the present ("Putin arrives in Pyongyang on Tuesday") and the future in the infinitive ("Macron
 * to host leaders on Tuesday"), so such a date in a headline dates nothing (the article's first
 * paragraphs tell the same event in full sentences).
 */
function readByTense(mention: DateMention): boolean {
  return !ORIENTED.test(mention.expression);
}

/** A determiner or possessive before a year, perhaps with one word between: the year is an adjective. */
const ADJECTIVE_YEAR_LEAD = /(?:\b(?:a|an|the|its|his|her|their|our|that|this|these|those)|[\w.]+['’]s)\s+(?:[a-z]+\s+)?$/i;
/** Words that end the noun phrase after an adjective year: a verb or a clause's opener. */
const PHRASE_STOPS = String.raw`(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|says|which|that|who|and|but|${IRREGULAR_PAST.join("|")}|[a-z]+ed)`;
/** The noun phrase after an adjective year: up to punctuation, a verb or eight words. */
const NOUN_PHRASE_AFTER = new RegExp(String.raw`^(?:\s+(?!${PHRASE_STOPS}\b)[\w'’-]+){1,8}?(?=\s*(?:[,;:.!?()]|$|\s${PHRASE_STOPS}\b))`, "i");

/**
 * The phrase a year used as an adjective names, determiner to noun ("his unsuccessful 1996 campaign
 * for re-election", "the company's 1989 operating results"), or null when the year is not one.
 */
function adjectiveYearPhrase(text: string, date: DateMention): string | null {
  if (!/^(?:19|20)\d{2}$/.test(date.expression)) return null;
  const lead = ADJECTIVE_YEAR_LEAD.exec(text.slice(Math.max(0, date.start - 40), date.start));
  const noun = NOUN_PHRASE_AFTER.exec(text.slice(date.end));
  if (!lead || !noun) return null;
  return text.slice(date.start - lead[0].length, date.end + noun[0].length);
}

/** "since" opening the expression ("since June 2020"). */
const SINCE_AT_START = /^since\b/i;
/**
 * "since" before it, right before ("since October 7") or with a few words of the same clause
 * between ("since their peak in late 2022", "since he took office in 2019"): no comma, semicolon,
 * colon, bracket, dash or quotation mark, nor a conjunction that opens a new clause ("since the
 * vote but the plant closed in 2024"). "long since" is "long ago", not a reference point.
 */
const SINCE_AT_END = /(?<!\blong\s+)\bsince\s+(?:(?!(?:and|but|while|whereas|although|though|because|yet|so)\b)[^\s,;:()[\]—–"“”]+\s+){0,6}$/i;
/** Enough of the text before a date to hold "since" and six words. */
const SINCE_LOOKBACK = 100;

/**
 * A date in a "since" phrase is a reference point ("its worst day since June 2020", "has not grown
 * that fast since 2010", "have camped there since Monday", "have fallen 80 per cent since their
 * peak in late 2022"), not when the sentence's event happened: it dates no fact, and the sentence
 * is dated as if it had no date of its own. So is the start of a span that runs up to publication
 * ("had moved final assembly out of China over the past 18 months"): the event may lie anywhere in it.
 */
export function isReferencePoint(text: string, mention: DateMention): boolean {
  if (isPastSpan(mention.expression)) return true;
  let since = SINCE_AT_START.test(mention.expression) ? mention.start : -1;
  if (since < 0) {
    const from = Math.max(0, mention.start - SINCE_LOOKBACK);
    const found = SINCE_AT_END.exec(text.slice(from, mention.start));
    if (found) since = from + found.index + found[0].search(/since/i);
  }
  // What has held since a date began then ("crossings closed since 2019", "has led China since
  // 2012"): the date dates the start. After a comparison it is only a yardstick.
  return since >= 0 && COMPARED.test(clauseBefore(text, since));
}

/**
 * A comparison before "since": a superlative or a first ("its worst day since June 2020", "its
 * first rate cut since 2019"), a degree ("not been this cheap since 2008", "that fast since"), or a
 * negation ("has not grown … since 2010", "never … since").
 */
const COMPARED = new RegExp(
  String.raw`\b(?:most|least|best|worst|first|last|(?!(?:inter|pro|sugg|requ|for|w|harv|hon|mod|inv|arr|cont|t|r|qu|ch|gu|n|dig|manif|l)est\b)[a-z]{2,}est)\b` +
    String.raw`|\b(?:not|never|no|nothing|none|n['’]t)\b|n['’]t\b|\b(?:this|that|so|as)\s+[a-z]+(?:\s+[a-z]+)?\s*$|\b[a-z]+er\s+than\b`,
  "i",
);

/** The clause before position `at`: back to the nearest comma, semicolon, colon, dash, bracket or quotation mark. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const cut = Math.max(...[",", ";", ":", "—", "–", "(", "“", "”", '"'].map((mark) => before.lastIndexOf(mark)));
  return before.slice(cut + 1);
}

/** Drafts made facts: each with the people it names, under their canonical names. */
export function completeFacts(article: Article, drafts: readonly FactDraft[], peopleIn: PeopleIn): DatedFact[] {
  const facts: DatedFact[] = [];
  let peopleOf = -1;
  let named: string[] = [];
  for (const draft of drafts) {
    const sentence = article.sentences[draft.sentence]!;
    if (peopleOf !== draft.sentence) {
      peopleOf = draft.sentence;
      named = peopleIn(article, sentence);
    }
    const people = draft.fallback || draft.carried ? named : peopleInClause(draft.event, sentence.text, named);
    // A literal of fixed shape (not a spread): 80,000 facts stay fast objects.
    facts.push({ article: article.id, sentence: sentence.index, paragraph: sentence.paragraph, event: draft.event, date: draft.date, people, fallback: draft.fallback, carried: draft.carried });
  }
  return facts;
}

/** Where one clause ends and the next begins: ";", ", and", " and ", ", while", " but ", else a comma. */
const STRONG_BREAK = /;\s*|,?\s+(?:and|but|while|whereas|after|before)\s+|\s+[–—]\s+/g;
const WEAK_BREAK = /,\s+/g;
const MIN_CLAUSE_WORDS = 4;

/** A break set off by punctuation: ";", ",", a dash. */
const PUNCTUATION_BREAK = /[;,]\s*|\s+[–—]\s+/g;

const CLAUSE_BREAKS = [STRONG_BREAK, WEAK_BREAK];

/** The first or last break set off by punctuation between `from` and `to`. */
function punctuationBreak(text: string, from: number, to: number, which: "first" | "last"): { at: number; after: number } | null {
  const part = text.slice(from, to);
  let found: { at: number; after: number } | null = null;
  PUNCTUATION_BREAK.lastIndex = 0;
  for (let match = PUNCTUATION_BREAK.exec(part); match !== null; match = PUNCTUATION_BREAK.exec(part)) {
    found = { at: from + match.index, after: from + match.index + match[0].length };
    if (which === "first") break;
  }
  return found;
}

function lastBreak(text: string, from: number, to: number, patterns: readonly RegExp[]): { at: number; after: number } | null {
  for (const pattern of patterns) {
    let found: { at: number; after: number } | null = null;
    const part = text.slice(from, to);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(part); match !== null; match = pattern.exec(part)) {
      found = { at: from + match.index, after: from + match.index + match[0].length };
    }
    if (found) return found;
  }
  return null;
}

/**
 * The clauses of the read dates, cut also at the times the resolver did not read: a cut next to
 * an unread time only at punctuation ("… due to begin in April, with completion planned for 2029";
 * not "soldiers and volunteers … three days after"), and none if that leaves a clause too short.
 */
function clausesWithUnread(text: string, mentions: DateMention[], unread: UnreadTime[]): { cuts: Array<DateMention | UnreadTime>; clauses: string[] } {
  if (unread.length > 0) {
    const cuts = [...mentions, ...unread].sort((a, b) => a.start - b.start);
    const clauses = clausesFor(text, cuts, (i) => ("unread" in cuts[i]! ? "last" : "unread" in cuts[i - 1]! ? "first" : null));
    if (clauses.some((clause) => clause !== text)) return { cuts, clauses };
  }
  return { cuts: mentions, clauses: clausesFor(text, mentions) };
}

/**
 * The clause of each mention (in order). A sentence with one date is its own event; with several,
 * it is cut between consecutive dates at the last clause break (when `punctuationOnly(i)` says
 * so, only at punctuation between the mentions i - 1 and i, the first or the last). When a cut would leave a clause of only a few
 * words ("met on Saturday and Sunday"), every date keeps the whole sentence.
 */
export function clausesFor(text: string, mentions: ReadonlyArray<{ start: number; end: number }>, punctuationOnly?: (i: number) => "first" | "last" | null): string[] {
  if (mentions.length < 2) return mentions.map(() => text);
  const cuts: { at: number; after: number }[] = [];
  for (let i = 1; i < mentions.length; i++) {
    const only = punctuationOnly?.(i) ?? null;
    const cut = only === null ? lastBreak(text, mentions[i - 1]!.end, mentions[i]!.start, CLAUSE_BREAKS) : punctuationBreak(text, mentions[i - 1]!.end, mentions[i]!.start, only);
    if (!cut) return mentions.map(() => text);
    cuts.push(cut);
  }
  const clauses = mentions.map((_, i) => {
    const from = i === 0 ? 0 : cuts[i - 1]!.after;
    const to = i === mentions.length - 1 ? text.length : cuts[i]!.at;
    return text.slice(from, to).trim().replace(/[,;]$/, "");
  });
  if (clauses.some((clause) => clause.split(/\s+/).length < MIN_CLAUSE_WORDS)) return mentions.map(() => text);
  return clauses;
}

/** The people named in the clause; people the sentence only refers to (not by name) go with every clause. */
function peopleInClause(clause: string, sentence: string, people: string[]): string[] {
  if (clause === sentence) return people;
  const named = (name: string, text: string) => name.split(/\s+/).some((part) => part.length > 1 && wholeWord(part).test(text));
  return people.filter((person) => named(person, clause) || !named(person, sentence));
}

/** `\b<part>\b`, compiled once per name part (a corpus has a few thousand). */
const wholeWords = new Map<string, RegExp>();
function wholeWord(part: string): RegExp {
  let pattern = wholeWords.get(part);
  if (!pattern) wholeWords.set(part, (pattern = new RegExp(`\\b${escape(part)}\\b`)));
  return pattern;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const EVENT_VERB = new RegExp(`\\b(?:${EVENT_VERBS.join("|")})\\b`, "gi");
/**
 * Words right before the verb that make it background or hypothetical rather than a reported
 * event. A lookbehind tried at the verb (sticky: `lastIndex` is the verb's offset), so the text
 * before the verb is neither copied nor scanned from its start for every verb.
 */
const NOT_SIMPLE_PAST_BEFORE = /(?<=\b(?:has|have|had|having|will|would|shall|should|could|can|may|might|must|to|be|been|being|is|are|was|were|not|never)\s+(?:(?:\w+ly|often|also|still|always|already|long|even|just)\s+)?)/iy;

const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const STRAIGHT = 0x22; // "

/** `text.trim().endsWith("?")`, without making the trimmed copy. */
function endsWithQuestionMark(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 0x3f;
}

/** `text.split(/\s+/).length`, without making the array: one more than the runs of spaces. */
function splitWordCount(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i)) && (i === 0 || !isSpace(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}

/** True when the sentence reports, outside any quotation, an event in the simple past. */
export function reportsPastEvent(text: string): boolean {
  if (endsWithQuestionMark(text) || splitWordCount(text) < 5) return false;
  // Quotation marks before the current verb, counted as the verbs are met.
  let opened = 0;
  let straight = 0;
  let counted = 0;
  // `exec` on the shared pattern rather than `matchAll`, which copies the pattern on every call.
  EVENT_VERB.lastIndex = 0;
  for (let match = EVENT_VERB.exec(text); match !== null; match = EVENT_VERB.exec(text)) {
    for (; counted < match.index; counted++) {
      const ch = text.charCodeAt(counted);
      if (ch === LEFT_DOUBLE) opened++;
      else if (ch === RIGHT_DOUBLE) opened--;
      else if (ch === STRAIGHT) straight ^= 1;
    }
    NOT_SIMPLE_PAST_BEFORE.lastIndex = match.index;
    if (NOT_SIMPLE_PAST_BEFORE.test(text)) continue;
    if (opened > 0 || straight === 1) continue;
    return true;
  }
  return false;
}
