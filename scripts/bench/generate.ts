/**
 * A deterministic synthetic news corpus for the benchmark and the fast-path tests.
 *
 * Articles read like wire copy: a headline, a lead with reported speech, direct quotes (quote
 * first, inverted "said X", continued quotations), act verbs ("urged … to"), pronouns ("She
 * added that …"), "according to", institutions, and dated events with absolute ("on March 3",
 * "in June 2022") and relative ("last month", "three weeks ago", "on Tuesday") dates. A few
 * hundred speakers with realistic names (accents, two given names, compound family names,
 * particles, family name first) are drawn with a Zipf-like distribution, so a few are quoted
 * very often, as in real news.
 *
 * Every statement and dated event the generator writes is recorded as a target, so queries can
 * be scored: the target is known from generation, not from the extractor.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { isPersonName } from "../../src/extract/people/names.js";
import { foldName } from "../../src/extract/people/tokens.js";
import {
  CHINESE_FAMILY, CHINESE_GIVEN, COMPOUND_FAMILY, FAMILY, GIVEN_FEMALE, GIVEN_MALE, KOREAN_FAMILY, KOREAN_GIVEN,
  MULTI_GIVEN, NATIONALITY_BY_STYLE, OFFICES, PARTICLE_NAMES, VIETNAMESE,
} from "./names.js";
import { Random, zipfTable } from "./random.js";
import {
  CITIES, EVENT_ADJECTIVES, EVENT_NOUNS, GROUPS, INSTITUTIONS, MONTHS, OUTLETS, TOPIC_ADJECTIVES, TOPIC_NOUNS, WEEKDAYS,
} from "./words.js";

export interface SpeakerSpec {
  /** Full name as written ("Łukasz Wójcik", "Zhao Lijun", "Omar al-Khatib"). */
  full: string;
  /** How the article refers to the speaker after the first mention ("Wójcik", "Zhao", or the full name). */
  short: string;
  style: "western" | "multi" | "compound" | "particle" | "chinese" | "korean" | "vietnamese";
  nationality: string;
  office: string;
  pronoun: "He" | "She";
}

/** A statement the generator wrote: who said it, in which article, with which topic words. */
export interface QuoteTarget {
  article: string;
  speaker: string;
  /** Distinctive words of the statement (an adjective and two nouns). */
  words: string[];
  /** A phrase the extracted quote contains. */
  marker: string;
}

/** A dated event the generator wrote. */
export interface EventTarget {
  article: string;
  /** Words of the event: adjective, noun, kind, city. */
  words: string[];
  /** A phrase the sentence (the result's excerpt) contains. */
  marker: string;
  /** Full names of people the event sentence names. */
  people: string[];
}

export interface GeneratedArticle {
  id: string;
  /** Path relative to the corpus folder. */
  file: string;
  text: string;
}

export interface GeneratedCorpus {
  seed: number;
  speakers: SpeakerSpec[];
  articles: GeneratedArticle[];
  quotes: QuoteTarget[];
  events: EventTarget[];
}

export const DEFAULT_SEED = 20240611;

// ---------------------------------------------------------------------------------------------
// Speakers.

function makeSpeakers(random: Random, count: number): SpeakerSpec[] {
  const speakers: SpeakerSpec[] = [];
  const usedFull = new Set<string>();
  const tokenSets: string[][] = [];
  const styles: SpeakerSpec["style"][] = [
    ...Array<SpeakerSpec["style"]>(10).fill("western"), "multi", "multi", "compound", "particle", "particle",
    "chinese", "chinese", "chinese", "korean", "vietnamese",
  ];
  let attempts = 0;
  while (speakers.length < count && attempts++ < count * 200) {
    const style = random.pick(styles);
    const female = random.chance(0.45);
    const given = () => random.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
    let full: string;
    let short: string;
    switch (style) {
      case "western": {
        const family = random.pick(FAMILY);
        full = `${given()} ${family}`;
        short = family;
        break;
      }
      case "multi": {
        const family = random.pick(FAMILY);
        full = `${random.pick(MULTI_GIVEN)} ${family}`;
        short = family;
        break;
      }
      case "compound": {
        // Each compound family name once: two "Castro Neves" would make the short form ambiguous.
        const family = random.pick(COMPOUND_FAMILY);
        if (speakers.some((s) => s.short === family)) continue;
        full = `${given()} ${family}`;
        short = family;
        break;
      }
      case "particle": {
        const [first, family] = random.pick(PARTICLE_NAMES);
        full = `${first} ${family}`;
        short = full;
        break;
      }
      case "chinese": {
        const family = random.pick(CHINESE_FAMILY);
        full = `${family} ${random.pick(CHINESE_GIVEN)}`;
        short = family;
        break;
      }
      case "korean": {
        const family = random.pick(KOREAN_FAMILY);
        full = `${family} ${random.pick(KOREAN_GIVEN)}`;
        short = family;
        break;
      }
      case "vietnamese": {
        const [family, middle, last] = random.pick(VIETNAMESE);
        full = `${family} ${middle} ${last}`;
        short = full;
        break;
      }
    }
    const folded = foldName(full);
    if (usedFull.has(folded)) continue;
    if (!isPersonName(full.split(" "))) continue;
    // No one's name may be all contained in another's: the registry would merge them.
    const tokens = folded.split(" ");
    if (tokenSets.some((other) => tokens.every((t) => other.includes(t)) || other.every((t) => tokens.includes(t)))) continue;
    usedFull.add(folded);
    tokenSets.push(tokens);
    const nationality = random.pick(NATIONALITY_BY_STYLE[style === "multi" || style === "compound" ? "western" : style]!);
    speakers.push({ full, short, style, nationality, office: random.pick(OFFICES), pronoun: female ? "She" : "He" });
  }
  return speakers;
}

/** Folded name tokens, for keeping the speakers of one article apart. */
const tokensOf = (s: SpeakerSpec) => foldName(s.full).split(" ");

// ---------------------------------------------------------------------------------------------
// Templates.

const DIRECT = [
  "We will not accept {a} {n1} while {n2} remains unresolved",
  "Our priority is {n1} and {n2}, not {a} promises",
  "The {a} plan for {n1} will protect {n2} for a generation",
  "Without {a} {n1}, there will be no progress on {n2}",
  "People are tired of {a} {n1} and want answers on {n2}",
  "We have waited long enough for {a} {n1} and fair {n2}",
  "Investment in {n1} is the only answer to {a} {n2}",
  "Nobody should doubt our commitment to {a} {n1} or to {n2}",
  "This is a {a} moment for {n1}, and {n2} will follow",
  "Let me be clear: {a} {n1} will not come at the expense of {n2}",
];
const REPORTED = [
  "the government would expand {a} {n1} to protect {n2}",
  "talks on {n1} had stalled over {a} {n2}",
  "new rules on {a} {n1} would also cover {n2}",
  "the dispute over {n1} had damaged {a} {n2}",
  "{a} {n1} remained the main obstacle to a deal on {n2}",
];
const URGED = ["approve the {a} {n1} bill and protect {n2}", "reject {a} {n1} and invest in {n2}", "support {a} {n1} and reform {n2}"];
const KINDS = ["accord", "agreement", "deal", "pact", "treaty", "project", "corridor", "programme", "summit", "talks"];
const NUMBER_WORDS = ["two", "three", "four", "five", "six"];
const FILLER = [
  "Trade between the two countries has grown steadily, according to official figures.",
  "The {n1} sector employs thousands of people in the region.",
  "Markets reacted calmly to the news.",
  "Analysts expect the debate over {n1} to dominate the coming weeks.",
  "The issue of {n1} has divided the governing coalition for months.",
  "Opposition parties have questioned the cost of the {n1} programme.",
];

interface Slots {
  a: string;
  n1: string;
  n2: string;
}

function fill(template: string, slots: Partial<Slots>): string {
  return template.replace(/\{(a|n1|n2)\}/g, (_, k: keyof Slots) => slots[k] ?? "");
}

/** The topic words statements are made of. */
interface TopicWords {
  nouns: readonly string[];
  adjectives: readonly string[];
  /** With a long tail: Zipf tables over the lists (the hand-written words first, most often). */
  zipf?: { nouns: number[]; adjectives: number[] };
}

const PLAIN_WORDS: TopicWords = { nouns: TOPIC_NOUNS, adjectives: TOPIC_ADJECTIVES };

function topicSlots(random: Random, words: TopicWords = PLAIN_WORDS): Slots {
  if (!words.zipf) {
    const [n1, n2] = random.sample(words.nouns, 2) as [string, string];
    return { a: random.pick(words.adjectives), n1, n2 };
  }
  const { nouns, adjectives, zipf } = words;
  const n1 = nouns[random.zipf(nouns.length, zipf.nouns)]!;
  let n2 = nouns[random.zipf(nouns.length, zipf.nouns)]!;
  if (n2 === n1) n2 = nouns[(nouns.indexOf(n1) + 1) % nouns.length]!;
  return { a: adjectives[random.zipf(adjectives.length, zipf.adjectives)]!, n1, n2 };
}

const SYLLABLES = [
  "con", "tra", "ment", "pro", "ver", "sion", "al", "ic", "ter", "ble", "port", "form", "ist", "ure", "age", "ance", "ent",
  "ive", "ous", "ity", "ate", "lo", "mar", "ca", "den", "vi", "sol", "gra", "mo", "per", "ha", "ri", "nel", "stra", "quin",
];

/**
 * Topic words with a long tail, as real news has: the hand-written lists followed by `extra`
 * English-like made-up words (syllables), all drawn Zipf-like — a vocabulary of tens of
 * thousands of tokens instead of about 1,400 (`npm run bench -- --vocabulary 30000`).
 */
function richWords(extra: number, seed: number): TopicWords {
  const random = new Random(seed ^ 0x5bd1e995);
  const made = new Set<string>();
  while (made.size < extra) {
    const parts = random.int(2, 4);
    let word = "";
    for (let i = 0; i < parts; i++) word += random.pick(SYLLABLES);
    made.add(word);
  }
  const tail = [...made];
  const nouns = [...TOPIC_NOUNS, ...tail.filter((_, i) => i % 3 !== 0)];
  const adjectives = [...TOPIC_ADJECTIVES, ...tail.filter((_, i) => i % 3 === 0).map((w) => `${w}al`)];
  return { nouns, adjectives, zipf: { nouns: zipfTable(nouns.length, 0.8), adjectives: zipfTable(adjectives.length, 0.8) } };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

// ---------------------------------------------------------------------------------------------
// One article.

interface Builder {
  id: string;
  random: Random;
  paragraphs: string[];
  quotes: QuoteTarget[];
  events: EventTarget[];
}

function quoteTarget(b: Builder, speaker: SpeakerSpec, slots: Slots, marker: string): void {
  b.quotes.push({ article: b.id, speaker: speaker.full, words: [slots.a, slots.n1, slots.n2], marker });
}

function eventSentence(b: Builder, published: Date, people: SpeakerSpec[]): string {
  const { random } = b;
  const ea = random.pick(EVENT_ADJECTIVES);
  const en = random.pick(EVENT_NOUNS);
  const kind = random.pick(KINDS);
  const city = random.pick(CITIES);
  const subject = `the ${ea} ${en} ${kind}`;
  const month = MONTHS[random.int(0, 11)]!;
  const year = published.getUTCFullYear() - random.int(1, 6);
  let sentence: string;
  let named: SpeakerSpec[] = [];
  switch (random.int(0, 6)) {
    case 0: {
      // A day and month before the publication date, no year: read as the past.
      const back = new Date(published.getTime() - random.int(5, 150) * 86400000);
      sentence = `The two governments signed ${subject} in ${city} on ${MONTHS[back.getUTCMonth()]} ${back.getUTCDate()}.`;
      break;
    }
    case 1:
      sentence = `${capitalise(subject)} was first agreed in ${city} in ${month} ${year}.`;
      break;
    case 2:
      sentence = `Ministers approved ${subject} in ${city} last month.`;
      break;
    case 3:
      sentence = `Work on ${subject} near ${city} began ${random.pick(NUMBER_WORDS)} weeks ago.`;
      break;
    case 4:
      sentence = `Parliament ratified ${subject} in ${city} in ${year}.`;
      break;
    default: {
      if (people.length >= 2) {
        named = people.slice(0, 2);
        sentence = `${named[0]!.short} and ${named[1]!.short} met in ${city} on ${random.pick(WEEKDAYS)} to discuss ${subject}.`;
      } else {
        named = people.slice(0, 1);
        sentence = `${named[0]!.short} visited ${city} on ${random.pick(WEEKDAYS)} to inspect ${subject}.`;
      }
    }
  }
  b.events.push({ article: b.id, words: [ea, en, kind, city], marker: `${ea} ${en} ${kind}`, people: named.map((p) => p.full) });
  return sentence;
}

function pickSpeakers(random: Random, speakers: SpeakerSpec[], table: number[], n: number): SpeakerSpec[] {
  const chosen: SpeakerSpec[] = [];
  let guard = 0;
  while (chosen.length < n && guard++ < 100) {
    const s = speakers[random.zipf(speakers.length, table)]!;
    const tokens = tokensOf(s);
    if (chosen.some((c) => c === s || tokensOf(c).some((t) => tokens.includes(t)))) continue;
    chosen.push(s);
  }
  return chosen;
}

function makeArticle(index: number, random: Random, speakers: SpeakerSpec[], table: number[], topicWords: TopicWords): { article: GeneratedArticle; quotes: QuoteTarget[]; events: EventTarget[] } {
  const id = `bench-${pad(index, 6)}`;
  const start = Date.UTC(2021, 0, 1);
  const published = new Date(start + random.int(0, 1640) * 86400000);
  const iso = published.toISOString().slice(0, 10);
  const [s1, s2, s3] = pickSpeakers(random, speakers, table, random.chance(0.4) ? 3 : 2) as [SpeakerSpec, SpeakerSpec, SpeakerSpec | undefined];
  const b: Builder = { id, random, paragraphs: [], quotes: [], events: [] };
  const p = b.paragraphs;

  const head = topicSlots(random, topicWords);
  const headline = `${s1.nationality} ${s1.office.toLowerCase()} ${random.pick(["warns of", "defends", "pledges action on", "rejects criticism over"])} ${head.a} ${head.n1}`;
  p.push(headline);

  // Lead: reported speech by the main speaker.
  {
    const slots = topicSlots(random, topicWords);
    const clause = fill(random.pick(REPORTED), slots);
    p.push(`${s1.nationality} ${s1.office} ${s1.full} said on ${random.pick(WEEKDAYS)} that ${clause}.`);
    quoteTarget(b, s1, slots, clause);
  }
  // Quote first, then a continued quotation.
  {
    const slots = topicSlots(random, topicWords);
    const words = fill(random.pick(DIRECT), slots);
    const more = topicSlots(random, topicWords);
    const next = fill(random.pick(DIRECT), more);
    const verb = random.pick(["said", "told reporters", "said in a statement"]);
    if (random.chance(0.5)) {
      p.push(`“${words},” ${s1.short} ${verb}. “${next}.”`);
      quoteTarget(b, s1, more, next);
    } else {
      p.push(`“${words},” ${s1.short} ${verb}.`);
    }
    quoteTarget(b, s1, slots, words);
  }
  p.push(eventSentence(b, published, [s1]));
  // Second speaker: inverted attribution, then an act verb and a pronoun.
  {
    const slots = topicSlots(random, topicWords);
    const words = fill(random.pick(DIRECT), slots);
    p.push(`“${words},” said ${s2.nationality} ${s2.office} ${s2.full}.`);
    quoteTarget(b, s2, slots, words);
    const urged = topicSlots(random, topicWords);
    const act = fill(random.pick(URGED), urged);
    const added = topicSlots(random, topicWords);
    const clause = fill(random.pick(REPORTED), added);
    p.push(`${s2.short} urged ${random.pick(GROUPS)} to ${act}. ${s2.pronoun} added that ${clause}.`);
    quoteTarget(b, s2, urged, act);
    quoteTarget(b, s2, added, clause);
  }
  if (random.chance(0.7)) p.push(fill(random.pick(FILLER), topicSlots(random, topicWords)));
  p.push(eventSentence(b, published, [s1, s2]));
  // "According to": reported by the main speaker.
  {
    const slots = topicSlots(random, topicWords);
    const clause = fill(random.pick(REPORTED), slots);
    p.push(`According to ${s1.short}, ${clause}.`);
    quoteTarget(b, s1, slots, clause);
  }
  if (random.chance(0.5)) {
    const slots = topicSlots(random, topicWords);
    p.push(`${capitalise(random.pick(INSTITUTIONS))} said in a statement that ${fill(random.pick(REPORTED), slots)}.`);
  }
  if (s3) {
    const slots = topicSlots(random, topicWords);
    const words = fill(random.pick(DIRECT), slots);
    p.push(`${s3.full}, the ${s3.nationality} ${s3.office.toLowerCase()}, said: “${words}.”`);
    quoteTarget(b, s3, slots, words);
  }
  p.push(eventSentence(b, published, [s1]));
  if (random.chance(0.6)) p.push(fill(random.pick(FILLER), topicSlots(random, topicWords)));

  const dir = `${iso.slice(0, 4)}/${iso.slice(5, 7)}`;
  let text: string;
  if (random.chance(0.08)) {
    // No front matter: title from the first line, date from a "Published:" line.
    text = `${headline}\nPublished: ${published.getUTCDate()} ${MONTHS[published.getUTCMonth()]} ${published.getUTCFullYear()}\n\n${p.slice(1).join("\n\n")}\n`;
  } else {
    const outlet = random.pick(OUTLETS);
    const front = [
      "---",
      `title: "${headline.replace(/"/g, "'")}"`,
      `outlet: "${outlet}"`,
      `url: "https://news.example.test/${dir}/${id}"`,
      `published: ${iso}`,
      `id: ${id}`,
      "---",
    ].join("\n");
    text = `${front}\n${p.join("\n\n")}\n`;
  }
  return { article: { id, file: `${dir}/${id}.md`, text }, quotes: b.quotes, events: b.events };
}

/**
 * The corpus of `articles` articles for `seed`. The first n articles are the same for every size.
 * `vocabulary`: made-up topic words added to the hand-written ones (0: none, the default corpus).
 */
export function generateCorpus(articles: number, seed = DEFAULT_SEED, speakerCount = 300, vocabulary = 0): GeneratedCorpus {
  const speakers = makeSpeakers(new Random(seed), speakerCount);
  const table = zipfTable(speakers.length, 0.9);
  const words = vocabulary > 0 ? richWords(vocabulary, seed) : PLAIN_WORDS;
  const out: GeneratedCorpus = { seed, speakers, articles: [], quotes: [], events: [] };
  for (let i = 0; i < articles; i++) {
    // One stream per article: article i does not depend on how many come after it.
    const made = makeArticle(i, new Random(seed ^ Math.imul(i + 1, 0x9e3779b1)), speakers, table, words);
    out.articles.push(made.article);
    out.quotes.push(...made.quotes);
    out.events.push(...made.events);
  }
  return out;
}

export async function writeCorpus(dir: string, corpus: GeneratedCorpus): Promise<void> {
  const folders = new Set(corpus.articles.map((a) => dirname(join(dir, a.file))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const batch = 64;
  for (let i = 0; i < corpus.articles.length; i += batch) {
    await Promise.all(corpus.articles.slice(i, i + batch).map((a) => writeFile(join(dir, a.file), a.text)));
  }
}
