/**
 * Which way a date without a year (or a bare weekday) points from the publication date.
 * News looks backwards unless the text says otherwise, so the answer is "past" unless the verb
 * phrase nearest to the expression is future ("will be signed on March 21", "a summit … on
 * Wednesday" that the meeting "comes just ahead of"). `cueAt` tells a sentence without any tense
 * cue ("Carney faces an election on April 28") apart, for readers that then take the occurrence
 * nearest to publication (`nearestMonthOffset`, `nearestYearOf`).
 */
import { compareDays, daysBetween, isValidDay, type Day } from "./calendar.js";
import { opensSentence } from "./parsers/common.js";
import { IRREGULAR_PAST } from "../../lexicon/verbs.js";

/**
 * "future-in-past": what lies ahead of a moment that is itself past — the saying of reported speech
 * ("told us in the summer that orders would come back in September"), a plan as it stood ("the
 * summit was to open on Friday"). The date is after that moment, which the text does not give, so
 * it may lie before or after publication: readers take it only where that cannot matter
 * (`laterMonthOffset`, `laterYearOf`, `laterWeekdayOffset`).
 */
export type Direction = "past" | "future" | "future-in-past";

/** Verb phrases that put what follows in the future, wherever the date is. Each match spans the whole phrase, main verb included. */
const FUTURE_PHRASES = [
  String.raw`\b(?:will|shall|won['’]t|would(?!\s+have)|['’]ll)\b(?:\s+(?:not|also|then|soon|again|likely|probably|\w+ly))*(?:\s+(?:be|have\s+been))?\s+\w+`,
  String.raw`\b(?:had\s+been|is|are|was|were|be|been)\s+(?:also\s+)?(?:set|due|scheduled|expected|slated|poised|planned|supposed|likely|going)\s+to(?:\s+be)?\s+\w+`,
  String.raw`\b(?:is|are|was|were)\s+to\s+(?:be\s+)?\w+`,
  String.raw`\b(?:plans?|planning|intends?|intending|aims?|hopes?)\s+to\s+(?:be\s+)?\w+`,
  // ("had to be rescued" was a need, and past.)
  String.raw`(?<!\bhad\s)\bto\s+be\s+\w+ed\b`,
  // ("a record high set on Aug. 6" was set then: "set" looks ahead only as "set for" or "is set to".)
  String.raw`\b(?:planned|scheduled|slated|due)\s+(?:for|on)\b|\bset\s+for\b`,
  // An arrangement told in the present progressive: "is calling for the redemption on Dec. 7",
  // "are holding talks on Monday".
  String.raw`\b(?:is|are)\s+(?:\w+ly\s+)?(?!being\b)[a-z]{3,}ing\b`,
  // A hearing or vote moved to a date: "has been listed for January 20", "was adjourned until November 4".
  String.raw`\b(?:listed|adjourned|postponed|delayed|deferred|rescheduled|pushed\s+back|put\s+off)\s+(?:for|to|until|till)\b`,
  // A scheduled event in the present: "The election is on Nov. 5", "talks are for Monday".
  String.raw`\b(?:is|are)\s+(?:on|for)\b`,
  String.raw`\b(?:ahead\s+of|upcoming|forthcoming|coming|next|tomorrow)\b`,
  // What is expected or forecast now lies ahead: "a ruling is expected in November".
  String.raw`\b(?:is|are|be)\s+(?:also\s+)?(?:\w+ly\s+)?(?:expected|forecast|predicted|anticipated|projected)\b`,
  // What may come: "rates could fall again in October", "talks should resume in November",
  // "supplies must be delivered by May" ("could have", "must have" look back; "may" is a month).
  String.raw`\b(?:could|might|should|must)\b(?!\s+(?:not\s+|n['’]t\s+)?have\b)(?:\s+(?:not|also|still|well|soon|again|\w+ly))*(?:\s+be)?\s+\w+`,
  // An undertaking or a deadline: "agreed to hold a meeting in October", "Chile prepares for an
  // election in November", "faces a confidence vote on Tuesday", "had until the summit in November".
  String.raw`\b(?:agreed|agrees|agree|decided|decides|promised|promises|pledged|pledges|vowed|vows|resolved)\s+to\s+\w+`,
  // What a plan, an offer or a request is for lies ahead of it: "announced an agreement to acquire the
  // bank in January", "asked it to respond by Oct. 31", "approved a plan to close the plant in May".
  String.raw`\b(?:agreement|deal|plan|offer|bid|proposal|asked|ordered|urged|invited|authori[sz]ed|approved)\s+(?:[\w'’.,-]+\s+){0,3}?to\s+(?!(?:be|the|a|an|his|her|its|their|this|that|these|those)\b)[a-z]+\b`,
  String.raw`\b(?:prepares|preparing|prepare)\s+(?:for|to)\b`,
  String.raw`\b(?:faces|face|facing)\s+(?:a|an)\b`,
  String.raw`\b(?:has|have|had)\s+until\b`,
  // "a cut in December was possible", "a deal is likely in March".
  String.raw`\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:possible|likely|unlikely|probable)\b`,
  // A scheduled event told in the present: "the law takes effect in January", "the summit opens on
  // Thursday" (only the -s forms: "did not take effect until March" looks back).
  String.raw`\b(?:takes\s+(?:effect|office)|(?:comes|goes)\s+into\s+(?:force|effect)|begins|starts|opens|reopens|resumes|expires|convenes|kicks\s+off|gets\s+under\s*way)\b`,
];

/**
 * Expectations and forecasts point forward what follows them: "economists expected two cuts by
 * December". A date before the verb is not what is expected but when the expecting was done ("In
 * November, Toyota forecast a profit of …"), so after the date these are not future cues, and a
 * past form ("forecast", "predicted") is then read as the past tense it is.
 */
const EXPECTATION = String.raw`\b(?:expects?|expected|expecting|forecasts?|forecast|predicts?|predicted|anticipates?|anticipated|projects?|projected)\s+(?:that\s+)?(?:to\s+)?\w+`;

/**
 * Expectations that look ahead even to a day: "expects to report results on Wednesday", "forecasts
 * that …", "predicted to fall on Friday". Not the past form with its object: "Nvidia forecast
 * revenue above estimates on Wednesday" (Reuters' lead) is when the forecast was made.
 */
const EXPECTATION_OF_A_DAY = String.raw`\b(?:expects?|expecting|forecasts|predicts|anticipates|projects)\s+(?:that\s+)?(?:to\s+)?\w+|\b(?:expected|forecast|predicted|anticipated|projected)\s+(?:that|to)\s+\w+`;

/** Future cues before the date. */
const FUTURE = new RegExp([...FUTURE_PHRASES.slice(0, 4), EXPECTATION, ...FUTURE_PHRASES.slice(4)].join("|"), "gi");
/** Future cues before a day (see EXPECTATION_OF_A_DAY). */
const FUTURE_OF_A_DAY = new RegExp([...FUTURE_PHRASES.slice(0, 4), EXPECTATION_OF_A_DAY, ...FUTURE_PHRASES.slice(4)].join("|"), "gi");
/** Future cues after the date: not expectations (see EXPECTATION). */
const FUTURE_AFTER = new RegExp(FUTURE_PHRASES.join("|"), "gi");

/** A future phrase that looks ahead from a past moment: "would", "was to", "were due to". */
const FUTURE_IN_PAST = /^(?:would|could|might|should|was|were|had|agreed|decided|promised|pledged|vowed|resolved|agreement|deal|plan|offer|bid|proposal|asked|ordered|urged|invited|authori[sz]ed|approved)\b/i;

// A hyphenated word in -ed is an adjective, not a past verb: "so-called", "state-owned", "US-backed".
const PAST = new RegExp(String.raw`\b(?<!-)(?:${IRREGULAR_PAST.join("|")}|ago|earlier|previously|already|last|\w{2,}ed)\b`, "gi");

/**
 * The direction of the date expression at [start, end) in `sentence`: the nearest tense cue before
 * it (a future phrase wins a tie, so "will be signed" is future although "signed" ends in -ed);
 * if there is none before it, the nearest after it; if none at all, the past.
 *
 * The cues are read with `exec` on the shared patterns and only the best one so far is kept: no
 * array of cues, no sort, and no regex clone (`matchAll` copies its pattern on every call).
 * Among cues of equal rank the first found wins (future phrases are read first), as the stable
 * sort of all cues that this replaces chose.
 */
export function directionAt(sentence: string, start: number, end: number): Direction {
  return cueAt(sentence, start, end) ?? "past";
}

/**
 * Words that make the date right after them a due date or the target of a change: "payable on Dec.
 * 15", "effective Jan. 1", "valid until March 31", "maturing on Dec. 1", "due on November 30",
 * "expiring on Dec. 31", "which expire Nov. 21", "(stock) of record Dec. 15", "beginning September",
 * "extended to Nov. 20", "moved to March 3", "to run through January", "gave it until mid-November".
 * The date lies ahead of the moment it was set, whatever the sentence's tense.
 */
const DUE_BEFORE = new RegExp(
  String.raw`\b(?:(?:payable|effective|expiring|expires|expire|maturing|matures|due|beginning|starting)(?:\s+(?:on|from|as\s+of|by|until))?` +
    String.raw`|valid\s+(?:until|till|through)|of\s+record(?:\s+(?:on|as\s+of))?|record\s+date(?:\s+(?:of|on|is))?` +
    String.raw`|(?:extended|extends|extend|extending|moved|moves|rescheduled|pushed\s+back|put\s+off)\s+(?:\w+\s+){0,2}?(?:to|until|till|through|for)` +
    String.raw`|(?:to\s+)?(?:run|runs|running|last|lasts)\s+(?:through|until|till)` +
    String.raw`|(?:gave|given|give|gives|giving)\s+(?:[\w'’.-]+\s+){1,3}?(?:until|till))\s+$`,
  "i",
);
/** "effective in March" says how well, not when: "in" does not open a due date. */
const IN_AT_START = /^in\b/i;
/** …except after words that open a span: "beginning in September", "starting in January". */
const SPAN_OPENER_BEFORE = /\b(?:beginning|starting)\s+$/i;
/** A preposition the date expression itself opens with ("until mid-November"): read as part of what comes before. */
const LEADING_PREPOSITION = /^(?:until|till|through|by|to|for|on)\s+/i;
/** "is" or "are" right before the due word: "the dividend is payable on …" is still to come. */
const PRESENT_BEFORE = /\b(?:is|are)\s+(?:\w+ly\s+)?$/i;

/**
 * As `directionAt`, but null when the sentence holds no tense cue at all. `day`: the date is a day
 * ("on Wednesday", "Oct. 29"), which a forecast's past form dates rather than points to.
 */
export function cueAt(sentence: string, start: number, end: number, day = false): Direction | null {
  const expression = sentence.slice(start, end);
  const lead = LEADING_PREPOSITION.exec(expression)?.[0] ?? "";
  const before = sentence.slice(0, start) + lead;
  const due = IN_AT_START.test(expression) ? SPAN_OPENER_BEFORE.exec(before) : DUE_BEFORE.exec(before);
  return due ? dueDirection(sentence, due.index, end) : tenseCueAt(sentence, start, end, day ? FUTURE_OF_A_DAY : FUTURE);
}

/**
 * A due date lies ahead of the moment it was set, whatever the tense of the sentence that sets it
 * ("The company raised its dividend …, payable on Dec. 15"); that moment is untold, so it is read
 * as a future seen from the past (`laterYearOf`): the occurrence nearest publication if not before
 * it — one behind may be a date that has passed ("The new fee, effective Sept. 1, drove customers
 * away"). Said in the present or future ("is payable on", "will be effective"), it is simply ahead.
 */
function dueDirection(sentence: string, wordStart: number, end: number): Direction {
  if (PRESENT_BEFORE.test(sentence.slice(0, wordStart))) return "future";
  return tenseCueAt(sentence, wordStart, end) === "future" ? "future" : "future-in-past";
}

/** The tense cue nearest the expression at [start, end), or null (`future`: the future cues read before it). */
function tenseCueAt(sentence: string, start: number, end: number, future = FUTURE): Direction | null {
  const before = withoutAsides(sentence.slice(0, start));
  const cue = nearestCue(before, NEARER_BEFORE, future, true);
  if (cue === null) {
    const after = nearestCue(withoutTrailingAttribution(sentence.slice(end)), NEARER_AFTER, FUTURE_AFTER, false);
    // No cue outside the asides: the date may be inside the last one, when no word that could be
    // the main clause's verb comes between ("the index, which fell 1.4%, or 6.43, on Friday");
    // "Napoli, who finished 10th last season, face Parma on Saturday" goes on with "face".
    return after ?? (withinLastAside(sentence.slice(0, start), before) ? nearestCue(sentence.slice(0, start), NEARER_BEFORE, future, true) : null);
  }
  // "He said a cut in December was possible": the verb of saying is past, but the date belongs to
  // the clause said, whose own verb comes after it.
  const open = cue === "past" ? REPORTED_CLAUSE_OPEN.exec(before) : null;
  if (open && nearestCue(before.slice(open.index + open[0].search(/\s/)), NEARER_BEFORE, future, false) === null) {
    const after = nearestCue(sentence.slice(end), NEARER_AFTER, FUTURE_AFTER, false);
    if (after === "future" || after === "future-in-past") return after;
  }
  return cue;
}

/**
 * A verb of saying, and the start of what was said up to the date: a noun phrase in lower case
 * ("said a further cut in December was possible"), checked to hold no other tense cue.
 */
const REPORTED_CLAUSE_OPEN = /\b(?:said|added|warned|stated|argued|insisted|noted|believed|thought)\s+(?:that\s+)?(?:the|a|an|any|another|further|its|their|his|her|our|this|these|those|no|some)\s+(?:[a-z][\w-]*\s+){1,3}$/;

/** A relative clause set off by commas, the main clause going on after it: ", who finished 10th last season, face". */
const RELATIVE_CLAUSE = /,\s*(?:who|which|whose)\b[^,]*,(?=\s*\p{Ll})/gu;

/** Verbs that attribute words to someone: an attribution's tense is the saying's, not that of what was said. */
const SAYING = String.raw`(?:said|says|told|tells|added|adds|announced|announces|confirmed|confirms|noted|notes|stated|states|warned|warns|wrote|writes|explained|explains|insisted|insists|argued|argues|claimed|claims)`;

/** An attribution set off by commas, what it attributes going on after it: "The law, the minister said, takes effect …". */
const ASIDE_ATTRIBUTION = new RegExp(String.raw`,\s*(?:[^,;:"“”]{1,60}?\s)?${SAYING}\b[^,;:"“”]{0,40},(?=\s*\p{Ll})`, "gu");

/**
 * The text with its relative clauses and attributions set off by commas blanked (same length):
 * their tense is not the main clause's ("United, who finished 10th last season, face City on
 * Saturday" says nothing past of Saturday; nor does "The ban, officials said, starts in August").
 */
function withoutAsides(text: string): string {
  if (!text.includes(",")) return text;
  const blank = (clause: string) => " ".repeat(clause.length);
  return text.replace(RELATIVE_CLAUSE, blank).replace(ASIDE_ATTRIBUTION, blank);
}

/**
 * An attribution that ends the sentence: ", Fifa said in a statement.", ", the minister said on
 * Monday.", ", according to officials." — a few words after the verb, not a clause of their own
 * ("…, the minister told reporters the talks would resume" is one).
 */
const TRAILING_ATTRIBUTION = new RegExp(
  String.raw`,["”’]?\s+(?:according\s+to\b[^,;:"“”]{1,60}|(?:[^,;:"“”]{1,60}?\s)?${SAYING}\b(?![^,;:"“”]*\b(?:that|would|will|had|has|have|was|were|is|are)\b)[^,;:"“”]{0,50})[.!]?["”’)]*\s*$`,
  "u",
);

/**
 * The text after a date without the attribution that ends its sentence: "The tournament begins in
 * June, Fifa said" tells nothing past of June (the saying is past, what was said is not).
 */
function withoutTrailingAttribution(text: string): string {
  const attribution = text.includes(",") ? TRAILING_ATTRIBUTION.exec(text) : null;
  return attribution ? text.slice(0, attribution.index) : text;
}

/** Words that may stand between an aside and a date inside it without being a verb of the main clause. */
const ASIDE_GLUE = new Set(["and", "or", "the", "but", "for", "with", "from", "into", "onto", "than", "about", "down", "per", "cent", "percent"]);

/** True when `blanked` (the text with its asides blanked) hides an aside after which no word that could be a verb comes. */
function withinLastAside(raw: string, blanked: string): boolean {
  let last = -1;
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) !== blanked.charCodeAt(i)) last = i;
  if (last < 0) return false;
  const words = raw.slice(last + 1).toLowerCase().match(/\b[a-z]{3,}\b/g) ?? [];
  return words.every((w) => ASIDE_GLUE.has(w));
}

type Nearer = (start: number, end: number, bestStart: number, bestEnd: number) => boolean;
/** Before the expression, the nearest cue: the latest end, then the earliest start. */
const NEARER_BEFORE: Nearer = (s, e, bestS, bestE) => e > bestE || (e === bestE && s < bestS);
/** After it, the nearest: the earliest start, then the latest end. */
const NEARER_AFTER: Nearer = (s, e, bestS, bestE) => s < bestS || (s === bestS && e > bestE);

/**
 * The direction of the best cue in `text` by `better(start, end, bestStart, bestEnd)`, future
 * phrases read first; null if none. `opens`: the text is the start of the sentence.
 */
function nearestCue(text: string, better: Nearer, future: RegExp, opens: boolean): Direction | null {
  let found: Direction | null = null;
  let bestStart = 0;
  let bestEnd = -1;
  for (let p = 0; p < 2; p++) {
    const pattern = p === 0 ? future : PAST;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const cueStart = match.index;
      if (p === 1 && (isNameAt(text, cueStart, opens) || isAdjectiveAt(text, cueStart, match[0]))) continue;
      const cueEnd = cueStart + match[0].length;
      if (found === null || better(cueStart, cueEnd, bestStart, bestEnd)) {
        found = p === 1 ? "past" : FUTURE_IN_PAST.test(match[0]) ? "future-in-past" : "future";
        bestStart = cueStart;
        bestEnd = cueEnd;
      }
    }
  }
  return found;
}

/** What stands before an -ed word that is an adjective: a determiner or a number ("the reduced dividend", "a still unspecified date"). */
const ADJECTIVE_BEFORE = /(?:\b(?:a|an|the|its|his|her|their|our|this|these|those|each|every|no|any|some)|\d)\s+(?:(?:still|newly|recently|\w+ly)\s+)?$/i;
/** -ed words that are adjectives wherever they stand: "Series H preferred shares". */
const ED_ADJECTIVES = new Set(["preferred", "unspecified", "undisclosed", "unnamed", "so-called"]);
const ED_FORM = /ed$/i;

/**
 * An -ed word that is an adjective, not a past verb: "the reduced dividend is payable …", "a planned
 * visit", "preferred shares" (an irregular past form such as "met" is always a verb).
 */
function isAdjectiveAt(text: string, index: number, word: string): boolean {
  if (!ED_FORM.test(word)) return false;
  return ED_ADJECTIVES.has(word.toLowerCase()) || ADJECTIVE_BEFORE.test(text.slice(Math.max(0, index - 40), index));
}

/**
 * A capitalised word inside a sentence is a name, not a past-tense verb: "the United Arab
 * Emirates", "Mohammed bin Salman", "the Met Office". Opening the sentence (or a quotation) it is
 * the verb it looks like: "Elected on Sunday, the mayor …".
 */
function isNameAt(text: string, index: number, opens: boolean): boolean {
  const first = text.charAt(index);
  return first !== first.toLowerCase() && !opensSentence(text, index, opens);
}

/**
 * Without any tense cue, a date is read as its occurrence nearest to publication (what chrono
 * itself would do) when that lies within this many months either way; farther, both readings are
 * about as likely (a date half a year off), and none is taken.
 */
const NEAREST_WITHIN_MONTHS = 4;
const NEAREST_WITHIN_DAYS = 122;

/** Months from `ref` to the nearest occurrence of `month` (negative: before), or null when that is too far to tell. */
export function nearestMonthOffset(ref: Day, month: number): number | null {
  const back = (ref.month - month + 12) % 12;
  const ahead = (month - ref.month + 12) % 12;
  const offset = back <= ahead ? -back : ahead;
  return Math.abs(offset) <= NEAREST_WITHIN_MONTHS ? offset : null;
}

/**
 * Dates read with a "future-in-past" cue take the occurrence nearest to publication, and only if
 * it is not before publication: it is then after the past moment too, whenever that was. One
 * before publication may be this one or the next ("would come back in September", said at some
 * time before a November article), so none is taken.
 */
export function laterMonthOffset(ref: Day, month: number): number | null {
  const back = (ref.month - month + 12) % 12;
  const ahead = (month - ref.month + 12) % 12;
  return ahead <= back ? ahead : null;
}

/**
 * A weekday read with a "future-in-past" cue ("said his cabinet would approve the package on
 * Tuesday"): news reports what was said in the last day or so, so the day is the coming one (today
 * included); when its last occurrence was yesterday, that may be the one meant, and none is taken.
 * Days ahead, or null.
 */
export function laterWeekdayOffset(back: number, ahead: number): number | null {
  return back === 1 ? null : ahead;
}

/** As `laterMonthOffset`, for a day: its year, or null. */
export function laterYearOf(ref: Day, month: number, day: number): number | null {
  const year = compareDays({ year: ref.year, month, day }, ref) >= 0 ? ref.year : ref.year + 1;
  const ahead = { year, month, day };
  const back = { year: year - 1, month, day };
  if (!isValidDay(ahead) || !isValidDay(back)) return null;
  return daysBetween(ref, ahead) <= daysBetween(back, ref) ? year : null;
}

/** The year of the occurrence of (month, day) nearest to `ref`, or null when that is too far to tell. */
export function nearestYearOf(ref: Day, month: number, day: number): number | null {
  let best: { year: number; distance: number } | null = null;
  for (let year = ref.year - 1; year <= ref.year + 1; year++) {
    const candidate = { year, month, day };
    if (!isValidDay(candidate)) continue;
    const distance = Math.abs(daysBetween(ref, candidate));
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best && best.distance <= NEAREST_WITHIN_DAYS ? best.year : null;
}

const YEAR_NUMBER = /(?<![\w./-])(?:1[89]|20)\d\d(?![\w/-])/g;
/** A year that bounds a span ("who has led China since 2012", "its strategy to 2030", "through 2026") says nothing of the date's year. */
const TARGET_BEFORE = /\b(?:since|from|to|until|till|through|by|beyond|towards?)\s+$/i;

/**
 * True when the sentence names a year other than the one inferred, outside this expression: "The
 * 2022 invasion began on February 24" — the date's year may well be that one, so none is guessed.
 */
export function namesOtherYear(text: string, result: { index: number; text: string }, year: number): boolean {
  const end = result.index + result.text.length;
  YEAR_NUMBER.lastIndex = 0;
  for (let match = YEAR_NUMBER.exec(text); match !== null; match = YEAR_NUMBER.exec(text)) {
    const inside = match.index >= result.index && match.index < end;
    if (!inside && Number(match[0]) !== year && !TARGET_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) return true;
  }
  return false;
}
