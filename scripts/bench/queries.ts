/**
 * Benchmark queries drawn from a generated corpus, each with the target it must find: /quote
 * (exact names, one-letter typos, accent-free spellings, family names; topic words), /when (event
 * words, sometimes a leader) and autocomplete prefixes. Deterministic for a seed.
 */
import Fuse from "fuse.js";
import type { Corpus } from "../../src/corpus/corpus.js";
import { foldName } from "../../src/extract/people/tokens.js";
import type { Statement } from "../../src/extract/types.js";
import type { QuoteResult, WhenResult } from "../../src/answer/types.js";
import type { EventTarget, GeneratedCorpus, QuoteTarget, SpeakerSpec } from "./generate.js";
import { Random } from "./random.js";

export interface QuoteQueryCase {
  leader: string;
  topic: string;
  /** How the leader was written. */
  form: "exact" | "typo" | "accent-free" | "family";
  /** The statement the query was drawn from. */
  target: QuoteTarget;
  /**
   * Every statement the query describes equally well: the target and the speaker's other
   * statements with all the topic's words (a one-word topic can fit hundreds). A result among
   * them counts as found.
   */
  targets: QuoteTarget[];
}

export interface WhenQueryCase {
  event: string;
  leader?: string;
  target: EventTarget;
  /** Every generated event with all the query's words (and the leader), the target among them. */
  targets: EventTarget[];
}

const stripAccents = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/Ł/g, "L").replace(/ø/g, "o").replace(/ð/g, "d").replace(/ı/g, "i").replace(/ß/g, "ss");

/** One letter changed, dropped or swapped inside the longest word of the name (never its first letter). */
function typo(random: Random, text: string): string {
  const words = text.split(" ");
  let w = 0;
  for (let i = 1; i < words.length; i++) if (words[i]!.length > words[w]!.length) w = i;
  const word = words[w]!;
  if (word.length < 5) return text;
  const i = random.int(1, word.length - 2);
  const kind = random.int(0, 2);
  const letters = "aeiounrst";
  let changed: string;
  if (kind === 0) changed = word.slice(0, i) + word.slice(i + 1);
  else if (kind === 1) changed = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  else {
    let c = random.pick([...letters]);
    if (c === word[i]) c = c === "a" ? "e" : "a";
    changed = word.slice(0, i) + c + word.slice(i + 1);
  }
  words[w] = changed;
  return words.join(" ");
}

function familyIsUnique(speakers: SpeakerSpec[], speaker: SpeakerSpec): boolean {
  if (speaker.short === speaker.full) return false;
  const short = foldName(speaker.short);
  return speakers.filter((s) => foldName(s.full).split(" ").includes(short) || foldName(s.short) === short).length === 1;
}

export function quoteQueries(corpus: GeneratedCorpus, count: number, seed = 1): QuoteQueryCase[] {
  const random = new Random(seed);
  const bySpeaker = new Map(corpus.speakers.map((s) => [s.full, s]));
  const quotesBySpeaker = new Map<string, QuoteTarget[]>();
  for (const q of corpus.quotes) quotesBySpeaker.set(q.speaker, [...(quotesBySpeaker.get(q.speaker) ?? []), q]);
  const out: QuoteQueryCase[] = [];
  while (out.length < count) {
    const target = random.pick(corpus.quotes);
    const speaker = bySpeaker.get(target.speaker)!;
    const roll = random.next();
    let form: QuoteQueryCase["form"];
    let leader: string;
    if (roll < 0.4) [form, leader] = ["exact", speaker.full];
    else if (roll < 0.6 && stripAccents(speaker.full) !== speaker.full) [form, leader] = ["accent-free", stripAccents(speaker.full)];
    else if (roll < 0.8 && typo(random, speaker.full) !== speaker.full) [form, leader] = ["typo", typo(random, speaker.full)];
    else if (familyIsUnique(corpus.speakers, speaker)) [form, leader] = ["family", speaker.short];
    else [form, leader] = ["exact", speaker.full];
    const [a, n1, n2] = target.words as [string, string, string];
    const pool = random.chance(0.5) ? [n1, n2] : random.chance(0.5) ? [n1, a] : [a, n1, n2];
    const words = random.chance(0.25) ? [random.pick([n1, n2])] : pool;
    const topic = words.map((w) => (w.length >= 7 && random.chance(0.15) ? typo(random, w) : w)).join(" ");
    const targets = (quotesBySpeaker.get(target.speaker) ?? []).filter((t) => words.every((w) => t.words.includes(w)));
    out.push({ leader, topic, form, target, targets });
  }
  return out;
}

export function whenQueries(corpus: GeneratedCorpus, count: number, seed = 2): WhenQueryCase[] {
  const random = new Random(seed);
  const bySpeaker = new Map(corpus.speakers.map((s) => [s.full, s]));
  const out: WhenQueryCase[] = [];
  while (out.length < count) {
    const target = random.pick(corpus.events);
    const [ea, en, kind, city] = target.words as [string, string, string, string];
    const cityWord = random.chance(0.3) ? stripAccents(city) : city;
    const choice = random.pick([[ea, en, kind], [en, kind, city], [ea, en, city], [ea, en, kind, city]]);
    const words = choice.map((w) => (w === city ? cityWord : w));
    const item: WhenQueryCase = { event: words.join(" "), target, targets: [] };
    let person: string | undefined;
    if (target.people.length > 0 && random.chance(0.5)) {
      person = random.pick(target.people);
      const speaker = bySpeaker.get(person)!;
      item.leader = random.chance(0.5) ? stripAccents(speaker.full) : speaker.full;
    }
    item.targets = corpus.events.filter((e) => choice.every((w) => e.words.includes(w)) && (!person || e.people.includes(person)));
    out.push(item);
  }
  return out;
}

/** What a user has typed into the leader box so far. */
export function autocompleteInputs(corpus: GeneratedCorpus, count: number, seed = 3): string[] {
  const random = new Random(seed);
  const out: string[] = [];
  while (out.length < count) {
    const s = random.pick(corpus.speakers);
    const name = random.chance(0.5) ? s.short : s.full;
    const roll = random.next();
    if (roll < 0.6) out.push(name.slice(0, random.int(1, Math.min(8, name.length))));
    else if (roll < 0.8) out.push(stripAccents(name).slice(0, random.int(2, Math.min(10, name.length))));
    else out.push(typo(random, name));
  }
  return out;
}

export const quoteHit = (q: QuoteQueryCase, r: QuoteResult) =>
  q.targets.some((t) => r.citation.article === t.article && foldName(r.speaker) === foldName(t.speaker) && r.quote.includes(t.marker));

export const whenHit = (q: WhenQueryCase, r: WhenResult) => q.targets.some((t) => r.citation.article === t.article && r.excerpt.includes(t.marker));

// ---------------------------------------------------------------------------------------------
// The baseline: plain Fuse.js, one instance over every statement (keys speaker and text, default
// options but ignoreLocation), asked the leader in `speaker` and the topic — the words as one
// pattern — in `text`. (The whole query as one string, "Chen Xueqin drones northern", takes
// Fuse over 30 characters of pattern at threshold 0.6 through every statement: about 0.3 ms a
// statement here, seconds per query on 1,000 articles, far too slow to sample at 10,000.)

export interface Baseline {
  quote(q: QuoteQueryCase): Statement[];
}

export function plainFuse(corpus: Corpus): Baseline {
  const statements = new Fuse(
    corpus.statements.map((s) => ({ speaker: s.speaker, text: s.quote, s })),
    { keys: ["speaker", "text"], ignoreLocation: true, includeScore: true },
  );
  return {
    quote: (q) => statements.search({ $and: [{ speaker: q.leader }, { text: q.topic }] }, { limit: 5 }).map((hit) => hit.item.s),
  };
}

export const baselineQuoteHit = (q: QuoteQueryCase, s: Statement) =>
  q.targets.some((t) => s.article === t.article && foldName(s.speaker) === foldName(t.speaker) && s.quote.includes(t.marker));
