import type { Article } from "../../ingest/types.js";
import { FEMALE_TITLES, key, MALE_TITLES, NOT_NAME_WORDS, ORGANISATION_WORDS, ROLE_NOUNS } from "../../lexicon/people.js";
import { isNameWord, isParticle, isTitleWord, nameTail, officeBefore, splitTitledName } from "./names.js";
import { foldName, isCapitalised, isPossessive, startsLowerCase, tokenize, type Token } from "./tokens.js";
import { alternatives, MONTHS, SHORT_MONTHS } from "../../lexicon/calendar.js";

/** A person named in one article. */
export interface ArticlePerson {
  id: number;
  /** The fullest form of the name in the article ("Xi Jinping"). */
  name: string;
  /** Folded name tokens ("xi", "jinping"). */
  tokens: string[];
  /** Lower-case title and role words seen with the name ("chinese", "president"). */
  titles: Set<string>;
}

const GENERATION = /^(?:jr|sr|ii|iii|iv)$/;

/**
 * True when `longer` is a fuller form of the name `shorter` ("Faisal bin Farhan Al Saud" of
 * "Faisal bin Farhan", "Andrés Manuel López Obrador" of "López Obrador"), but not another
 * generation ("Donald Trump Jr" is not "Donald Trump"). Whether it is the same person is for the
 * caller: "José Núñez" may be "María José Núñez" written shorter, or someone else.
 */
export function sameNameLonger(longer: string[], shorter: string[]): boolean {
  if (longer.length <= shorter.length || !shorter.every((t) => longer.includes(t))) return false;
  return !longer.some((t) => GENERATION.test(t) && !shorter.includes(t));
}

/** Role nouns that stand for a longer title: "the premier" is the prime minister. */
const ROLE_SYNONYMS: Record<string, string[]> = {
  premier: ["prime", "minister"],
  pm: ["prime", "minister"],
  secretary: ["secretary-general"],
};

/** The people of one article as plain data, for the extraction cache and worker threads. */
export interface ArticlePeopleRecord {
  persons: Array<{ id: number; name: string; tokens: string[]; titles: string[] }>;
  /** [sentence, person, start, end, possessive (0/1)], sentence by sentence, each in order of appearance. */
  mentions: Array<[number, number, number, number, number]>;
}

/** One place where a person is named. Offsets are within the sentence text. */
export interface PersonMention {
  person: number;
  sentence: number;
  start: number;
  end: number;
  /** Followed by a possessive ’s ("Liu’s meeting"). */
  possessive: boolean;
}

interface Candidate {
  sentence: number;
  start: number;
  end: number;
  name: string[];
  titles: string[];
  possessive: boolean;
}

/**
 * The people of one article: every personal name, grouped so that "Chinese President Xi Jinping",
 * "Xi Jinping" and "Xi" are one person, with the titles and roles the article gives them.
 */
/** How many sentences back a full name claims the family name alone for its person (see `introducedFirst`). */
const RECENT_SENTENCES = 3;

export class ArticlePeople {
  readonly persons: ArticlePerson[] = [];
  private readonly mentions = new Map<number, PersonMention[]>();
  /**
   * Sentences that name someone who could be either of two people ("Mr. van der Meer" beside a
   * father and a daughter): no mention is recorded, but someone was named. Known while the article
   * is read (not kept in records: only extraction asks).
   */
  private readonly unlinked = new Set<number>();
  /** The sentences that name each person in full (more than one word), in order, while the article is read. */
  private readonly namedInFull = new Map<number, number[]>();
  /** Each person's mentions: how many, and the first (its sentence and the earliest end in it), kept as mentions are added. */
  private readonly mentionStats = new Map<number, MentionStats>();

  constructor(article: Article) {
    const candidates = article.sentences
      .filter((sentence) => !isTitleCaseHeadline(article, sentence.paragraph, sentence.text))
      .flatMap((sentence) => findNameCandidates(sentence.text, sentence.index));
    // Full names first, so that a lone family name can be linked to the person it belongs to.
    for (const c of candidates.filter((c) => c.name.length > 1 && !isFamilyNameOnly(c.name))) this.addMention(c, this.personFor(c.name, c.titles, true));
    // A family name with its particle ("Mr. van der Meer") is one person's only if one fits.
    for (const c of candidates.filter((c) => c.name.length > 1 && isFamilyNameOnly(c.name))) {
      const tokens = c.name.map(foldName).filter(Boolean);
      const fits = this.persons.filter((p) => p.tokens.join(" ") === tokens.join(" ") || sameNameLonger(p.tokens, tokens));
      if (fits.length === 1) this.addMention(c, fits[0]!);
      else if (fits.length === 0) this.addMention(c, this.personFor(c.name, c.titles, true));
      else this.unlinked.add(c.sentence);
    }
    for (const c of candidates.filter((c) => c.name.length === 1)) {
      const matches = this.introducedFirst(this.byToken(foldName(c.name[0]!)), c.sentence, c.start);
      // "Mr Gandhi" linked to the one Gandhi known: its "Mr" is not taken as hers or his (the link
      // may be wrong — a second Gandhi the finder missed); the extraction checks it against what
      // the article shows of that person instead.
      if (matches.length === 1) this.addMention({ ...c, titles: c.titles.filter((t) => !isGendered(t)) }, matches[0]!);
      else if (matches.length > 1) this.unlinked.add(c.sentence);
      else if (matches.length === 0 && c.titles.some((t) => ROLE_NOUNS.has(key(t)))) {
        this.addMention(c, this.personFor(c.name, c.titles, true));
      }
    }
    for (const list of this.mentions.values()) list.sort((a, b) => a.start - b.start);
  }

  /** The people of an article as found before (see `toRecord`), without reading the article again: its persons and their mentions (in order within each sentence). */
  static of(persons: ArticlePerson[], mentionList: readonly PersonMention[]): ArticlePeople {
    const people = Object.create(ArticlePeople.prototype) as ArticlePeople;
    const mentions = new Map<number, PersonMention[]>();
    for (const mention of mentionList) {
      let list = mentions.get(mention.sentence);
      if (!list) mentions.set(mention.sentence, (list = []));
      list.push(mention);
    }
    const mentionStats = new Map<number, MentionStats>();
    for (const mention of mentionList) countMention(mentionStats, mention.person, mention.sentence, mention.end);
    Object.assign(people, { persons, mentions, unlinked: new Set<number>(), namedInFull: new Map<number, number[]>(), mentionStats });
    return people;
  }

  toRecord(): ArticlePeopleRecord {
    const mentions: ArticlePeopleRecord["mentions"] = [];
    for (const [sentence, list] of this.mentions) {
      for (const m of list) mentions.push([sentence, m.person, m.start, m.end, m.possessive ? 1 : 0]);
    }
    return { persons: this.persons.map((p) => ({ id: p.id, name: p.name, tokens: p.tokens, titles: [...p.titles] })), mentions };
  }

  /** People named in a sentence, in order of appearance. */
  mentionsIn(sentence: number): PersonMention[] {
    return this.mentions.get(sentence) ?? [];
  }

  /** People whose name has this (folded) token. */
  byToken(token: string): ArticlePerson[] {
    return this.persons.filter((p) => p.tokens.includes(token));
  }

  /**
   * The person a name written in the text stands for: the full name or a part of it.
   * Returns null when no one or more than one person in the article fits.
   */
  resolveName(name: string[], at?: { sentence: number; start: number }): ArticlePerson | null {
    const folded = name.map(foldName).filter(Boolean);
    if (folded.length === 0) return null;
    const fits = this.persons.filter((p) => folded.every((t) => p.tokens.includes(t)));
    const joined = folded.join(" ");
    const exact = fits.filter((p) => p.tokens.join(" ") === joined);
    if (exact.length === 1) return exact[0]!;
    if (fits.length === 1) return fits[0]!;
    const introduced = at ? this.introducedFirst(fits, at.sentence, at.start) : [];
    return introduced.length === 1 ? introduced[0]! : null;
  }

  /**
   * Of several people a name could be ("Kaczmarek" for Anna and Łukasz Kaczmarek), the ones
   * already named by the place (sentence, offset) it is written: news names a person in full before
   * using the family name alone, so when only one of them has been named yet, it is that one. When
   * several have, the family name alone is the article's principal's — the one it names first and
   * more often in full than any other ("Clinton" for Hillary Clinton beside "Bill Clinton", whom the
   * article names in full once). All of them otherwise: then it is dropped, not guessed.
   */
  private introducedFirst(people: ArticlePerson[], sentence: number, start: number): ArticlePerson[] {
    if (people.length < 2) return people;
    // When each was first named, if before this mention; and how often each is named in all.
    const firstAt = new Map<number, number>();
    for (const p of people) {
      const stats = this.mentionStats.get(p.id);
      if (stats && (stats.first < sentence || (stats.first === sentence && stats.firstEnd <= start))) firstAt.set(p.id, stats.first);
    }
    const before = people.filter((p) => firstAt.has(p.id));
    if (before.length <= 1) return before.length === 1 ? before : people;
    // A live blog or a round-up names each person in full again when their turn comes
    // ("Homeland Security Secretary Jeh Johnson said … Johnson said"): the one named in full within
    // the last few sentences, when every other of that name was last named in full at least two
    // sentences before it (two people named in full side by side leave the family name ambiguous).
    const lastInFull = (p: ArticlePerson) => lastBefore(this.namedInFull.get(p.id) ?? [], sentence);
    const latest = before.reduce((a, b) => (lastInFull(b) > lastInFull(a) ? b : a));
    const at = lastInFull(latest);
    if (sentence - at <= RECENT_SENTENCES && before.every((p) => p === latest || lastInFull(p) < at - 1)) return [latest];
    const principal = before.reduce((a, b) => (firstAt.get(b.id)! < firstAt.get(a.id)! ? b : a));
    const count = (p: ArticlePerson) => this.mentionStats.get(p.id)?.count ?? 0;
    return before.every((p) => p === principal || (firstAt.get(p.id)! > firstAt.get(principal.id)! && count(p) < count(principal))) ? [principal] : people;
  }

  /** Whether the sentence names someone who could be either of two people (see `unlinked`). */
  namesSomeoneUnlinked(sentence: number): boolean {
    return this.unlinked.has(sentence);
  }

  /** A person known only by a name used as a speaker ("Marković said"): added on demand. */
  ensurePerson(name: string[]): ArticlePerson {
    return this.resolveName(name) ?? this.personFor(name, [], false);
  }

  /**
   * People an article calls by a role ("the Iranian president", "the premier"): everyone named
   * before `beforeSentence` whose titles include the role noun and any nationality given with it.
   */
  withRole(role: string[], beforeSentence = Infinity): ArticlePerson[] {
    const words = role.map(key).filter((w) => w !== "the");
    if (words.length === 0) return [];
    const named = new Set<number>();
    for (const [sentence, list] of this.mentions) if (sentence < beforeSentence) for (const m of list) named.add(m.person);
    const has = (p: ArticlePerson, w: string) => p.titles.has(w) || (ROLE_SYNONYMS[w] ?? []).every((part) => p.titles.has(part)) && w in ROLE_SYNONYMS;
    return this.persons.filter((p) => named.has(p.id) && words.every((w) => has(p, w)));
  }

  private personFor(name: string[], titles: string[], fromText: boolean): ArticlePerson {
    const tokens = name.map(foldName).filter(Boolean);
    const joined = tokens.join(" ");
    let person = this.persons.find((p) => p.tokens.join(" ") === joined);
    // "Ishiba Shigeru" and "Shigeru Ishiba": one name, family name first or last.
    if (!person && tokens.length === 2) person = this.persons.find((p) => p.tokens.length === 2 && p.tokens[0] === tokens[1] && p.tokens[1] === tokens[0]);
    // A longer form containing a known one is the same person.
    person ??= this.persons.find((p) => fromText && p.tokens.length > 1 && sameNameLonger(tokens, p.tokens));
    // A shorter form of one fuller name already known ("Faisal bin Farhan" after "Faisal bin Farhan Al Saud").
    if (!person && fromText && tokens.length > 1) {
      const fuller = this.persons.filter((p) => sameNameLonger(p.tokens, tokens));
      // "Regional governor María José Núñez … Energy Minister José Núñez": a shorter name
      // introduced with a title of its own that the fuller one lacks is another person.
      if (fuller.length === 1) {
        const introduced = titles.flatMap((t) => key(t).split(/\s+/)).filter((w) => w !== "the");
        if (!introduced.some((w) => !fuller[0]!.titles.has(w))) person = fuller[0];
      }
    }
    if (!person) {
      person = { id: this.persons.length, name: name.join(" "), tokens, titles: new Set() };
      this.persons.push(person);
    } else if (tokens.length > person.tokens.length) {
      person.name = name.join(" ");
      person.tokens = tokens;
    }
    for (const title of titles) for (const word of key(title).split(/[\s]+/)) person.titles.add(word);
    return person;
  }

  private addMention(c: Candidate, person: ArticlePerson): void {
    for (const title of c.titles) person.titles.add(key(title));
    if (c.name.length > 1) {
      const sentences = this.namedInFull.get(person.id);
      if (!sentences) this.namedInFull.set(person.id, [c.sentence]);
      else {
        sentences.push(c.sentence);
        if (sentences.length > 1 && sentences.at(-2)! > c.sentence) sentences.sort((a, b) => a - b); // "van der Meer" comes after the other full names
      }
    }
    countMention(this.mentionStats, person.id, c.sentence, c.end);
    const list = this.mentions.get(c.sentence) ?? [];
    list.push({ person: person.id, sentence: c.sentence, start: c.start, end: c.end, possessive: c.possessive });
    this.mentions.set(c.sentence, list);
  }
}

interface MentionStats {
  count: number;
  first: number;
  firstEnd: number;
}

function countMention(stats: Map<number, MentionStats>, person: number, sentence: number, end: number): void {
  const known = stats.get(person);
  if (!known) stats.set(person, { count: 1, first: sentence, firstEnd: end });
  else {
    known.count++;
    if (sentence < known.first) Object.assign(known, { first: sentence, firstEnd: end });
    else if (sentence === known.first) known.firstEnd = Math.min(known.firstEnd, end);
  }
}

/** The last of ascending `sentences` before `sentence` (binary search), or -Infinity. */
function lastBefore(sentences: readonly number[], sentence: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]! < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sentences[lo - 1]! : -Infinity;
}

const isGendered = (title: string): boolean => MALE_TITLES.has(key(title)) || FEMALE_TITLES.has(key(title));

/** "van der Meer", "de Gaulle", "al-Sudani" written alone: a name that opens with a lower-case particle is a family name without the given name. */
function isFamilyNameOnly(name: string[]): boolean {
  return startsLowerCase(name[0]!);
}

// Regexes with \p{…} are module constants: tsx (esbuild) compiles such a literal to a `new RegExp(…)`
// call wherever it stands, so one inside a function is rebuilt on every call.
const LETTER_RUNS = /\p{L}+/gu;

/** "Xi Jinping Speaks with Iranian President": capitalised verbs would read as names. */
function isTitleCaseHeadline(article: Article, paragraph: number, text: string): boolean {
  if (article.paragraphs[paragraph]?.kind !== "headline") return false;
  const words = text.match(LETTER_RUNS) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length > 0 && long.filter((w) => isCapitalised(w)).length / long.length > 0.7;
}

/** Runs of capitalised words in a sentence that read as a person's name, with their titles. */
const MONTH_WORD = new RegExp(`^(?:${alternatives([...SHORT_MONTHS, ...MONTHS])})\\.?$`, "i");

/** A month name or its abbreviation followed by a day number ("Jan. 28", "May 7"). */
function startsADate(tokens: Token[], i: number): boolean {
  if (!MONTH_WORD.test(tokens[i]!.text)) return false;
  const next = tokens[i + 1]?.text === "." ? tokens[i + 2] : tokens[i + 1];
  return next !== undefined && /^\d{1,2}(?:st|nd|rd|th)?$/.test(next.text);
}

function findNameCandidates(text: string, sentence: number): Candidate[] {
  const tokens = tokenize(text);
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!.text) && !isCapitalisedTitle(tokens[i]!)) {
      i++;
      continue;
    }
    // Sentence openers are capitalised but are not names: "During Liu’s meeting". Nor is a month
    // before its day: "Jan. 28", "May 7" (not Jan Peters, not Theresa May).
    if ((NOT_NAME_WORDS.has(tokens[i]!.key) && !isTitleWord(tokens[i]!.text)) || startsADate(tokens, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && (isNameWord(tokens[j]!.text) || isCapitalisedTitle(tokens[j]!) || innerParticle(tokens, j))) j++;
    const run = tokens.slice(i, j);
    const split = splitTitledName(run.map((t) => t.text));
    // "Chief Secretary for Administration Eric Chan Kwok-ki": the end of an office's name, then a person.
    if (!split && run.length > 2 && ORGANISATION_WORDS.has(run[0]!.key)) {
      i++;
      continue;
    }
    // "Leader of the Opposition in the Lok Sabha Rahul Gandhi", "Minister of Road Transport and
    // Highways Nitin Gadkari": the run ends the name of an office, then names its holder.
    const office = run.length > 2 && (!split || split.titles.length === 0) ? officeBefore(tokens, i) : null;
    const holder = office ? nameTail(run) : 0;
    if (office && holder > 0) {
      out.push({
        sentence,
        start: run[holder]!.start,
        end: run.at(-1)!.end,
        name: run.slice(holder).map((t) => t.text),
        titles: [...office, ...appositiveRoles(tokens, j)],
        possessive: isPossessive(tokens[j]),
      });
    } else if (split && !(split.titles.length === 0 && namesAnOrganisation(tokens, i))) {
      const nameTokens = run.slice(split.titles.length);
      out.push({
        sentence,
        start: nameTokens[0]!.start,
        end: nameTokens.at(-1)!.end,
        name: split.name,
        titles: [...lowerTitlesBefore(tokens, i), ...split.titles, ...appositiveRoles(tokens, j)],
        possessive: isPossessive(tokens[j]),
      });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

const isCapitalisedTitle = (token: Token): boolean => isCapitalised(token.text) && isTitleWord(token.text);


/** "Office for Budget Responsibility", "Institute for Fiscal Studies": capitalised words after an organisation's "for" / "of" end its name, not a person's. */
function namesAnOrganisation(tokens: Token[], i: number): boolean {
  const joiner = tokens[i - 1]?.key ?? "";
  // "The Orion Spark, which goes on sale …", "the Financial Times": an article before capitalised
  // words without a title names a thing or a body, not a person.
  if (joiner === "the" || joiner === "a" || joiner === "an") return true;
  const head = tokens[i - 2];
  return (joiner === "for" || joiner === "of" || joiner === "on") && head !== undefined && isCapitalised(head.text) && ORGANISATION_WORDS.has(head.key);
}

/** "von der Leyen", "bin Salman": lower-case particles followed by a name. */
function innerParticle(tokens: Token[], j: number): boolean {
  let k = j;
  while (k < tokens.length && isParticle(tokens[k]!.text)) k++;
  return k > j && k - j <= 3 && !!tokens[k] && isNameWord(tokens[k]!.text);
}

/** A body's initials before a role: "UN", "EU", "IMF". */
const ACRONYM = /^[A-Z]{2,4}$/;

/** Lower-case titles right before a name: "his US counterpart Joe Biden", "opposition leader Ana Ferraz". */

function lowerTitlesBefore(tokens: Token[], i: number): string[] {
  const titles: string[] = [];
  // "The transport minister, Paul Dubois, said", "The Brazilian president, Luiz Inácio Lula da
  // Silva", "The UN secretary general, António Guterres": a role phrase set off by a comma.
  if (tokens[i - 1]?.text === "," && ROLE_NOUNS.has(tokens[i - 2]?.key ?? "")) {
    for (let k = i - 2; k >= 0 && k >= i - 5 && (isTitleWord(tokens[k]!.text) || ACRONYM.test(tokens[k]!.text)); k--) titles.unshift(tokens[k]!.text);
    return titles;
  }
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const word = tokens[k]!.text;
    if (!startsLowerCase(word) || !isTitleWord(word)) break;
    titles.unshift(word);
  }
  return titles;
}

/** Roles in an appositive after a name: "Wang Di, director general for the region, met …". */
function appositiveRoles(tokens: Token[], j: number): string[] {
  if (tokens[j]?.text !== ",") return [];
  const roles: string[] = [];
  // "Maria Lopez, 45, a nurse …": her age, by which the article may call her later ("the 45-year-old").
  if (/^\d{1,3}$/.test(tokens[j + 1]?.text ?? "") && tokens[j + 2]?.text === ",") {
    roles.push(`${tokens[j + 1]!.text}-year-old`);
    j += 2;
  }
  for (let k = j + 1; k < tokens.length && k <= j + 8; k++) {
    const word = tokens[k]!.text;
    if (word === "," || word === "”" || word === "“") break;
    if (ROLE_NOUNS.has(key(word)) || AGE.test(word)) roles.push(word);
  }
  return roles;
}

/** An age used as a noun or adjective: "45-year-old". */
export const AGE = /^\d{1,3}-year-old$/;
