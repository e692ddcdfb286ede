import Fuse, { type FuseIndex } from "fuse.js";
import { editDistance, GramIndex, maxErrors, MAX_PATTERN } from "../search/approx.js";
import { sameNameLonger, type ArticlePerson } from "../extract/people/article-people.js";
import { isParticle, isTitleWord } from "../extract/people/names.js";
import { foldName } from "../extract/people/tokens.js";

/** A person or institution known to the corpus, under its canonical name. */
export interface SpeakerEntry {
  /** The fullest form of the name in the corpus ("Xi Jinping", "Masoud Pezeshkian"). */
  name: string;
  type: "person" | "institution";
  /** Folded forms a user may type: the full name, the family name, other name parts. */
  aliases: string[];
  /** Ids of the articles that name it. */
  articles: Set<string>;
  /** How many statements are attributed to it. */
  statements: number;
  /** Title words the articles give a person ("prime", "minister", "spanish"), for a user who asks by role. */
  titles: Set<string>;
}

export type NameLookup =
  | { status: "found"; entry: SpeakerEntry }
  | { status: "ambiguous"; candidates: SpeakerEntry[] }
  | { status: "unknown"; suggestions: SpeakerEntry[] };

interface AliasRecord {
  alias: string;
  entry: number;
}

/**
 * Every person and institution of the corpus under one canonical name. People of different
 * articles are the same person when their full names agree (accents and case aside); a person
 * an article names only by family name joins the one corpus person with that name part.
 */
export class SpeakerRegistry {
  readonly entries: SpeakerEntry[] = [];
  private readonly byFolded = new Map<string, number>();
  private readonly personIndex = new Map<string, Map<number, number>>();
  private fuse: { records: AliasRecord[]; index: FuseIndex<AliasRecord>; grams: GramIndex } | null = null;
  /** Folded canonical names, computed once per `finish`. */
  private folded: { entries: SpeakerEntry[]; names: string[] } | null = null;

  /** Pairs of names (folded, joined by NUL) that one article gives two different people: never merged. */
  private readonly apart = new Set<string>();

  /** Registers the people of one article; call `finish` once all articles are added. */
  addArticlePeople(articleId: string, persons: readonly ArticlePerson[]): void {
    const ids = new Map<number, number>();
    for (const person of persons) {
      const folded = person.tokens.join(" ");
      let index = this.byFolded.get(folded);
      if (index === undefined) {
        index = this.entries.length;
        this.entries.push({ name: person.name, type: "person", aliases: [], articles: new Set(), statements: 0, titles: new Set() });
        this.byFolded.set(folded, index);
        this.folded = null;
      }
      const entry = this.entries[index]!;
      entry.articles.add(articleId);
      for (const title of person.titles) entry.titles.add(title);
      ids.set(person.id, index);
      // "José Núñez" beside "María José Núñez" in one article: two people, so never merged.
      if (person.tokens.length > 1) {
        for (const other of persons) if (other.tokens.length > person.tokens.length && sameNameLonger(other.tokens, person.tokens)) this.apart.add(`${folded}\u0000${other.tokens.join(" ")}`);
      }
    }
    this.personIndex.set(articleId, ids);
  }

  /** The entry of an institution speaker, created on first use. */
  institution(name: string, articleId: string): SpeakerEntry {
    const folded = foldName(name);
    let index = this.byFolded.get(folded);
    if (index === undefined) {
      index = this.entries.length;
      this.entries.push({ name, type: "institution", aliases: [], articles: new Set(), statements: 0, titles: new Set() });
      this.byFolded.set(folded, index);
      this.folded = null;
    }
    const entry = this.entries[index]!;
    entry.articles.add(articleId);
    return entry;
  }

  /** The corpus entry for a person of an article. */
  person(articleId: string, person: ArticlePerson): SpeakerEntry {
    const index = this.personIndex.get(articleId)?.get(person.id) ?? this.byFolded.get(person.tokens.join(" "));
    if (index === undefined) throw new Error(`person ${person.name} of ${articleId} was not registered`);
    return this.entries[this.canonicalIndex(index)]!;
  }

  /**
   * Merges people known by part of a name into the one fuller name that contains it, then
   * computes aliases. Entries that merge away keep pointing at their canonical entry.
   */
  finish(): void {
    const merged = new Map<number, number>();
    const people = this.entries.map((entry, index) => ({ entry, index, tokens: foldName(entry.name).split(" ") })).filter((p) => p.entry.type === "person");
    // A fuller name holds every token of the shorter one, so only the people holding its rarest
    // token are compared (comparing every pair would take minutes with tens of thousands of names).
    const byToken = new Map<string, typeof people>();
    for (const person of people) {
      for (const token of new Set(person.tokens)) {
        const list = byToken.get(token);
        if (list) list.push(person);
        else byToken.set(token, [person]);
      }
    }
    for (const short of people) {
      const holders = short.tokens.map((token) => byToken.get(token)!).reduce((a, b) => (b.length < a.length ? b : a));
      const fuller = holders.filter((p) => p !== short && sameNameLonger(p.tokens, short.tokens) && !this.apart.has(`${short.tokens.join(" ")}\u0000${p.tokens.join(" ")}`));
      if (fuller.length === 1) merged.set(short.index, fuller[0]!.index);
      // "Shigeru Ishiba" joins "Ishiba Shigeru", named first: one name, written in the two orders.
      else if (fuller.length === 0 && short.tokens.length === 2) {
        const first = holders.find((p) => p.index < short.index && p.tokens.length === 2 && p.tokens[0] === short.tokens[1] && p.tokens[1] === short.tokens[0]);
        if (first && !merged.has(first.index)) merged.set(short.index, first.index);
      }
    }
    for (const [from, to] of merged) {
      const target = this.entries[to]!;
      for (const article of this.entries[from]!.articles) target.articles.add(article);
      target.statements += this.entries[from]!.statements;
      for (const title of this.entries[from]!.titles) target.titles.add(title);
    }
    this.redirect = merged;
    for (const [index, entry] of this.entries.entries()) {
      if (merged.has(index)) continue;
      entry.aliases = aliasesOf(entry);
    }
    this.fuse = null;
    this.folded = null;
  }

  private redirect = new Map<number, number>();

  private canonicalIndex(index: number): number {
    return this.redirect.get(index) ?? index;
  }

  /** Canonical entries (people merged into a fuller name are left out). */
  canonical(): SpeakerEntry[] {
    return this.entries.filter((_, index) => !this.redirect.has(index));
  }

  /**
   * Finds who a typed name means: accent- and case-insensitive, titles ignored ("President Xi"),
   * family names ("Pezeshkian"), typos ("Pezeshkain", "Markovik").
   */
  lookup(typed: string): NameLookup {
    const role = roleWords(foldName(typed));
    if (role) return this.byRole(role);
    const folded = stripTitles(foldName(typed));
    if (folded === "") return { status: "unknown", suggestions: [] };
    this.folded ??= { entries: this.canonical(), names: this.canonical().map((e) => foldName(e.name)) };
    const { entries, names } = this.folded;
    const exact = entries.filter((_, i) => names[i] === folded);
    if (exact.length === 1) return { status: "found", entry: exact[0]! };
    const byAlias = entries.filter((e) => e.aliases.includes(folded));
    if (byAlias.length === 1) return { status: "found", entry: byAlias[0]! };
    if (byAlias.length > 1) return { status: "ambiguous", candidates: rankForAmbiguity(byAlias) };

    const hits = this.search(folded, 0.34);
    if (hits.length === 0) {
      // Fuse's score can miss a swap of two letters in a long name ("Perdo de la Vega"): a near spelling is still taken.
      const suggestions = this.suggest(folded);
      const spelt = nearest(folded, suggestions.filter((entry) => entry.type === "person" && misspells(folded, foldName(entry.name))));
      return spelt.length === 1 ? { status: "found", entry: spelt[0]! } : { status: "unknown", suggestions };
    }
    const best = hits[0]!.score;
    const close = unique(hits.filter((h) => h.score <= best + 0.08).map((h) => h.entry));
    if (close.length === 1) {
      // A near spelling of the name is taken for it ("Sheinbum", "Pogacar"); a name that only looks
      // a little like it is offered, not assumed ("Obama" is not Osama Hamdan, "Harris" not Christine Lagarde).
      if (close[0]!.type === "institution" || misspells(folded, foldName(close[0]!.name))) return { status: "found", entry: close[0]! };
      return { status: "unknown", suggestions: unique([close[0]!, ...this.suggest(folded)]) };
    }
    // Of several that look alike, the one the typed name is a near spelling of ("Nagle": Joachim Nagel, not "Fire Management Assistance Grant").
    const spelt = close.filter((entry) => entry.type === "institution" || misspells(folded, foldName(entry.name)));
    if (spelt.length === 1) return { status: "found", entry: spelt[0]! };
    if (spelt.length === 0) return { status: "unknown", suggestions: unique([...close, ...this.suggest(folded)]).slice(0, 5) };
    if (spelt.length < close.length) return { status: "ambiguous", candidates: rankForAmbiguity(spelt) };
    return { status: "ambiguous", candidates: rankForAmbiguity(close) };
  }

  /**
   * "the Spanish prime minister", "President": the one person the articles give every one of these
   * title words; several are listed; none is no match. Never a name that merely holds the words
   * ("Israeli Prime Minister Benjamin Netanyahu's office" is no answer to "the Spanish prime minister").
   */
  private byRole(words: string[]): NameLookup {
    const fits = this.canonical().filter((entry) => entry.type === "person" && words.every((word) => entry.titles.has(word)));
    if (fits.length === 1) return { status: "found", entry: fits[0]! };
    if (fits.length > 1) return { status: "ambiguous", candidates: rankForAmbiguity(fits) };
    return { status: "unknown", suggestions: [] };
  }

  /** Names that look like the typed one, best first (for "did you mean" and autocomplete). */
  suggest(typed: string, limit = 5): SpeakerEntry[] {
    const folded = stripTitles(foldName(typed));
    if (folded === "") return this.canonical().sort(byStatements).slice(0, limit);
    // People someone quoted first: the name finder's mentions include phrases that are no one ("Great Depression").
    const hits = unique(this.search(folded, 0.6).map((h) => h.entry));
    return [...hits.filter((e) => e.statements > 0), ...hits.filter((e) => e.statements === 0)].slice(0, limit);
  }

  /**
   * Fuse over the aliases, scoring only those that can reach `threshold`: a hit's score is at
   * least errors / length, so an alias is scored only if it holds the typed name within that many
   * errors (index-approx.ts). Scores and order are Fuse's, as over every alias.
   */
  private search(folded: string, threshold: number): Array<{ entry: SpeakerEntry; score: number }> {
    if (!this.fuse) {
      const records = this.canonical().flatMap((entry) => entry.aliases.map((alias) => ({ alias, entry: this.entries.indexOf(entry) })));
      const grams = new GramIndex();
      for (const record of records) grams.add(record.alias.toLowerCase());
      this.fuse = { records, index: Fuse.createIndex(["alias"], records), grams };
    }
    const { records, index, grams } = this.fuse;
    let subset = index;
    if (folded.length <= MAX_PATTERN) {
      const k = maxErrors(folded.length, Math.min(threshold, ALIAS_OPTIONS.threshold));
      const all = index.toJSON();
      const kept = grams.matching(folded.toLowerCase(), k).map((id) => all.records[id]!);
      subset = Fuse.parseIndex<AliasRecord>({ keys: all.keys, records: kept });
    }
    return new Fuse(records, ALIAS_OPTIONS, subset)
      .search(folded)
      .filter((r) => (r.score ?? 1) <= threshold)
      .map((r) => ({ entry: this.entries[r.item.entry]!, score: r.score ?? 1 }));
  }
}

const ALIAS_OPTIONS = { keys: ["alias"], includeScore: true, ignoreLocation: true, threshold: 0.6 };

function aliasesOf(entry: SpeakerEntry): string[] {
  const full = foldName(entry.name);
  const aliases = new Set([full]);
  if (entry.type === "person") {
    const parts = full.split(" ");
    // "Ishiba Shigeru" is also written "Shigeru Ishiba" (family name first or last).
    if (parts.length === 2) aliases.add(`${parts[1]} ${parts[0]}`);
    for (const [i, part] of parts.entries()) {
      if (part.length >= 2 && !isParticle(part)) aliases.add(part);
      // "al-Khatib" → "al khatib"; "von der Leyen" → "von der leyen"
      if (isParticle(part) && i < parts.length - 1) aliases.add(parts.slice(i).join(" "));
    }
  }
  return [...aliases];
}

/**
 * True when every typed word is the start of a part of the name (4 letters or more: "Sheinb"), or
 * that part misspelt — within one edit of a part of up to six letters, two of a longer one
 * (a swap of two letters is one edit). A single word must so match a family name, not only the
 * first name: users type family names, and "Obama" is not a misspelt "Osama".
 */
export function misspells(typed: string, name: string): boolean {
  const parts = name.split(" ").filter((p) => p !== "" && !isParticle(p));
  const words = typed.split(" ").filter((w) => w !== "" && !isParticle(w));
  if (words.length === 0 || parts.length === 0) return false;
  const near = (word: string, part: string) => (word.length >= 4 && part.startsWith(word)) || editDistance(word, part) <= (part.length <= 6 ? 1 : 2);
  // Spaces and hyphens aside, as a whole: "Kim Eunnji" for "Kim Eun-ji" (folded "kim eun ji").
  if (words.length === 1 && parts.length > 1) return parts.slice(1).some((part) => near(words[0]!, part)) || near(words[0]!, squash(parts.slice(1).join("")));
  return words.every((word) => parts.some((part) => near(word, part))) || near(squash(typed), squash(name));
}

/** The entries whose name, spaces and hyphens aside, is fewest edits from the typed one ("Lim D-aeun": Lim Da-eun, not Kim Da-eun). */
function nearest(typed: string, entries: SpeakerEntry[]): SpeakerEntry[] {
  const distances = entries.map((entry) => editDistance(squash(typed), squash(foldName(entry.name))));
  const least = Math.min(...distances);
  return entries.filter((_, i) => distances[i] === least);
}

/** A name without its spaces and hyphens. */
const squash = (text: string): string => text.replace(/[\s-]+/g, "");


/** The words of a name typed as a role alone ("the spanish prime minister"), articles dropped; null when it holds a name. */
function roleWords(folded: string): string[] | null {
  const words = folded.split(" ").filter((w) => w !== "" && w !== "the" && w !== "a" && w !== "an");
  return words.length > 0 && words.every((w) => isTitleWord(w)) ? words : null;
}

function stripTitles(folded: string): string {
  const words = folded.split(" ");
  while (words.length > 1 && (isTitleWord(words[0]!) || words[0] === "the")) words.shift();
  return words.join(" ");
}

const byStatements = (a: SpeakerEntry, b: SpeakerEntry) => b.statements - a.statements || a.name.localeCompare(b.name);

function rankForAmbiguity(entries: SpeakerEntry[]): SpeakerEntry[] {
  return [...entries].sort(byStatements);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

