/**
 * Who is speaking: an attribution's speaker phrase resolved to a person of the article or a named
 * institution — a name ("Xi", "Mr Gandhi"), a pronoun ("he": the last person spoken of who fits),
 * a role noun ("the minister": the one person of the article with that title), an aide (whose
 * principal is not the speaker), or a relay ("according to Xinhua"). Unsure means no one.
 */
import type { Sentence } from "../../ingest/types.js";
import { FEMALE_TITLES, GROUP_NOUNS, key, MALE_TITLES, RELAY_WORDS } from "../../lexicon/people.js";
import type { ArticlePerson } from "../people/article-people.js";
import { isNameWord, isParticle, isPersonName, isTitleWord, splitTitledName } from "../people/names.js";
import { foldName, isCapitalised, isPossessive, type Token, tokenize } from "../people/tokens.js";
import { findQuoteSpans, insideQuotation, openMarkAtEnd } from "../text/quote-spans.js";
import { type Attribution, openingSubject, speakerKind } from "./attribution/index.js";
import { SAY_VERBS } from "../../lexicon/speech-verbs.js";
import type { ArticleSpeaker, Context } from "./types.js";

export function resolveSpeaker(ctx: Context, attribution: Attribution, sentence: Sentence): ArticleSpeaker | null {
  const phrase = attribution.speaker;
  switch (speakerKind(phrase)) {
    case "pronoun":
      return withGender(ctx, resolvePronoun(ctx, sentence, phrase[0]!), phrase[0]!.key === "she" ? "f" : "m");
    case "neuter": {
      // "Iran has been a key backer …, but it denied …": "it" is the institution the sentence opens with.
      const opener = openingSubject(tokenize(sentence.text), 8);
      return opener && speakerKind(opener) === "institution" && opener[0]!.start < phrase[0]!.start ? { type: "institution", name: institutionName(opener) } : null;
    }
    case "name": {
      if (namesByDescription(phrase)) return null;
      const words = properName(phrase);
      const person =
        (words && ctx.people.resolveName(words, { sentence: sentence.index, start: phrase[0]!.start })) ??
        // The person the name finder found where the phrase ends ("Governor of the Bank of England Andrew Bailey").
        namedAtEnd(ctx, phrase, sentence) ??
        (words && isPersonName(words) && !isAmbiguous(ctx, words) && looksLikeName(ctx, words) ? ctx.people.ensurePerson(words) : null);
      // "Mr Gandhi" is not the Gandhi the article has shown to be a woman (nor "Ms Gandhi" a man).
      return person ? withGender(ctx, { type: "person", person }, titleGender(phrase)) : null;
    }
    case "role": {
      const role = phrase.map((t) => t.text).filter((w) => !["the", "a", "an"].includes(key(w)));
      // "the Iranian president" must fit exactly one person of the article; two presidents make it a guess.
      const fits = ctx.people.withRole(role, sentence.index);
      return fits.length === 1 ? { type: "person", person: fits[0]! } : null;
    }
    case "institution":
      return { type: "institution", name: institutionName(phrase) };
    default:
      return null; // aides, unnamed groups: not a speaker we can name
  }
}

/** The person whose mention ends the speaker phrase, inside it. */
function namedAtEnd(ctx: Context, phrase: Token[], sentence: Sentence): ArticlePerson | null {
  const from = phrase[0]!.start;
  const to = phrase.at(-1)!.end;
  const mention = ctx.people.mentionsIn(sentence.index).find((m) => m.end === to && m.start > from);
  return mention ? ctx.people.persons[mention.person]! : null;
}

/**
 * "the Dane", "the Frenchman", "the Brentford head coach", "the Ireland defender": an article
 * before a capitalised word that ends the phrase alone, or before capitalised words followed by a
 * common noun, describes someone (by nationality, club, company) rather than naming them; the
 * capitalised word is not that person.
 */
function namesByDescription(phrase: Token[]): boolean {
  if (phrase.length < 2 || !["the", "a", "an"].includes(phrase[0]!.key)) return false;
  const rest = phrase.slice(1).filter((t) => /^[\p{L}\p{N}]/u.test(t.text));
  if (rest.length === 0 || !isCapitalised(rest[0]!.text)) return false;
  return rest.length === 1 || !isCapitalised(rest[rest.length - 1]!.text);
}

/** The name words of a speaker phrase, titles removed: "Chinese President Xi Jinping" → Xi Jinping. */
function properName(phrase: Token[]): string[] | null {
  // "Fox News's Ed Henry", "the campaign's Tom Reyes": the name after the owner's possessive.
  const owner = phrase.findLastIndex((t, i) => i < phrase.length - 1 && isPossessive(t));
  const named = owner >= 0 ? phrase.slice(owner + 1) : phrase;
  if (owner >= 0 && !named.every((t) => isNameWord(t.text) || isTitleWord(t.text))) return null;
  const words = named.map((t) => t.text).filter((w) => !["the", "a", "an"].includes(key(w)));
  const split = splitTitledName(words);
  if (split) return split.name;
  const names = words.filter((w) => isNameWord(w) && !isTitleWord(w));
  return names.length > 0 && isPersonName(names) ? names : null;
}

/**
 * A name the article's name finder did not register may still be a speaker ("Marković said"),
 * but a lone word is accepted only when the article also writes it capitalised mid-sentence,
 * where capitals mean a name, and it is not a group ("Analysts", "Residents").
 */
function looksLikeName(ctx: Context, words: string[]): boolean {
  if (words.length > 1) return !words.some((w) => GROUP_NOUNS.has(w.toLowerCase()));
  const word = words[0]!;
  if (GROUP_NOUNS.has(word.toLowerCase())) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(String.raw`[\p{Ll},;]\s+${escaped}\b`, "u").test(ctx.article.text);
}

/** A family name shared by two people of the article ("Wang" for Wang Di and Wang Yi, "van der Meer" for a father and his daughter). */
export function isAmbiguous(ctx: Context, words: string[]): boolean {
  const folded = words.map(foldName).filter(Boolean);
  return ctx.people.persons.filter((p) => folded.every((t) => p.tokens.includes(t))).length > 1;
}

/**
 * "he" / "she": the person whose possessive opens the sentence ("During Liu’s meeting with
 * Heshmatian, he said"), else the one person the previous sentence opens with and names,
 * else the last speaker if no one else has taken the stage since. Otherwise unresolved.
 */
function resolvePronoun(ctx: Context, sentence: Sentence, pronoun: Token): ArticleSpeaker | null {
  // People named inside quotation marks are what was said, not who said it ("“Thijs is ready,” he said").
  const before = ctx.people.mentionsIn(sentence.index).filter((m) => m.end <= pronoun.start && !quotedAt(ctx, sentence.index, m.start));
  const possessive = before.filter((m) => m.possessive);
  if (possessive.length === 1 && before.length <= 2) return { type: "person", person: ctx.people.persons[possessive[0]!.person]! };
  if (before.length > 0) return null;

  // The one person the previous sentence opens with, when it names no one else and no one else spoke
  // in it ("Hale's daughter, Emily, said …" opens with Hale's, but the subject is his daughter).
  // A quotation that began in earlier sentences is the speaker's: the sentence before it is the previous one.
  const pending = ctx.pending;
  const quotedSince = pending && pending.paragraph === sentence.paragraph && pending.sentences.at(-1) === sentence.index - 1 ? pending.sentences[0]! : sentence.index;
  const previous = ctx.article.sentences[quotedSince - 1];
  const last = ctx.last;
  if (previous && previous.paragraph >= sentence.paragraph - 1) {
    const opener = subjectMention(ctx, previous.index);
    const everyone = new Set(ctx.people.mentionsIn(previous.index).map((m) => m.person));
    const spokeThere = last !== null && last.sentence.index === previous.index && !isPerson(last.statement.speaker, opener);
    if (opener !== null && everyone.size === 1 && !spokeThere) return { type: "person", person: ctx.people.persons[opener]! };
    // "Donald Trump is raising questions about his debate with Hillary Clinton. He notes …": the
    // previous sentence's subject, when it opens the paragraph before or this one, no one of its
    // gender is named beside it, and the pronoun does not contradict what is known of it.
    const said = pronoun.key === "she" ? "f" : pronoun.key === "he" ? "m" : null;
    if (opener !== null && !spokeThere && said !== null && everyone.size <= 2 && pronoun.start === 0 && genderOf(ctx, opener) !== (said === "m" ? "f" : "m")) {
      const others = [...everyone].filter((p) => p !== opener);
      if (others.every((p) => genderOf(ctx, p) !== said)) return { type: "person", person: ctx.people.persons[opener]! };
    }
  }
  // The last speaker, if no one else has been named since ("… after Environment Minister Marina
  // Silva warned …. “…,” she said." is not the earlier speaker's), nor has spoken unnamed.
  const othersSpoke = last !== null && ctx.unnamedAt > last.sentence.index && ctx.unnamedAt < sentence.index;
  if (last && !othersSpoke && last.statement.speaker.type === "person" && sentence.index - last.sentence.index <= 3 && sentence.paragraph - last.sentence.paragraph <= 1) {
    const speaker = last.statement.speaker.person;
    let rival = false;
    for (let i = last.sentence.index + 1; i < sentence.index; i++) {
      if (ctx.people.mentionsIn(i).some((m) => m.person !== speaker.id && !quotedAt(ctx, i, m.start)) || ctx.people.namesSomeoneUnlinked(i)) rival = true;
    }
    if (!rival) return last.statement.speaker;
  }
  return null;
}

/**
 * True when `at` in sentence `index` lies inside a quotation, one opened by an earlier sentence of
 * its paragraph included (read from the paragraph's first sentence; kept per sentence).
 */
function quotedAt(ctx: Context, index: number, at: number): boolean {
  const { sentences } = ctx.article;
  const sentence = sentences[index]!;
  let spans = ctx.quotations.get(index);
  if (!spans) {
    let first = index;
    while (first > 0 && sentences[first - 1]!.paragraph === sentence.paragraph) first--;
    let open: number | null = null;
    for (let i = first; i < index; i++) open = openMarkAtEnd(sentences[i]!.text, open);
    spans = findQuoteSpans(sentence.text, open);
    ctx.quotations.set(index, spans);
  }
  return spans.length > 0 && insideQuotation(sentence.text, spans, at);
}

/** The gender a title in the speaker phrase gives ("Mr", "Mrs", "Queen"), if any. */
function titleGender(phrase: Token[]): "m" | "f" | null {
  for (const t of phrase) {
    if (MALE_TITLES.has(t.key)) return "m";
    if (FEMALE_TITLES.has(t.key)) return "f";
  }
  return null;
}

/**
 * A pronoun or a gendered title ("Mr Gandhi") must agree with what the article has shown of the
 * person: a title ("Mrs", "King") or an earlier "he" / "she" or title resolved to them. "She" for
 * a man is no attribution.
 */
function withGender(ctx: Context, speaker: ArticleSpeaker | null, said: "m" | "f" | null): ArticleSpeaker | null {
  if (!speaker || speaker.type !== "person" || said === null) return speaker;
  const person = speaker.person;
  let known = ctx.genders.get(person.id);
  if (!known) {
    const titles = [...person.titles];
    if (titles.some((t) => MALE_TITLES.has(t))) known = "m";
    else if (titles.some((t) => FEMALE_TITLES.has(t))) known = "f";
  }
  if (known && known !== said) return null;
  ctx.genders.set(person.id, said);
  return speaker;
}

/** What the article has shown of a person's gender: an earlier "he" / "she" resolved to them, or a gendered title. */
function genderOf(ctx: Context, person: number): "m" | "f" | null {
  const known = ctx.genders.get(person);
  if (known) return known;
  const titles = [...ctx.people.persons[person]!.titles];
  return titles.some((t) => MALE_TITLES.has(t)) ? "m" : titles.some((t) => FEMALE_TITLES.has(t)) ? "f" : null;
}

function isPerson(speaker: ArticleSpeaker, person: number | null): boolean {
  return speaker.type === "person" && speaker.person.id === person;
}

/**
 * The person a sentence opens with as its subject (within its first few words), if any. Not one
 * named in a possessive ("Hale's daughter"), nor a name used as a modifier after an article ("A
 * Red Cross volunteer", "The Brentford coach"), nor one inside what an unnamed subject said ("The
 * manager said that Saka had been fouled"): the subject is then someone else.
 */
function subjectMention(ctx: Context, sentence: number): number | null {
  const first = ctx.people.mentionsIn(sentence)[0];
  if (!first || first.possessive) return null;
  const text = ctx.article.sentences[sentence]!.text;
  const lead = text.slice(0, first.start);
  if (ARTICLE_BEFORE.test(lead) || CLAUSE_IN_LEAD.test(lead)) return null;
  return lead.split(/\s+/).filter(Boolean).length <= 4 || /,\s*(?:\S+\s+){0,3}$/.test(lead) ? first.person : null;
}

const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|the)\s+$/i;

/** A verb of saying or a "that" before the name: the name is inside a clause, not the subject. */
const CLAUSE_IN_LEAD = new RegExp(String.raw`\b(?:that|${[...SAY_VERBS].join("|")})\b`, "i");

/** "the Chinese commerce ministry" → "Chinese commerce ministry"; "Tehran" → "Tehran". */
function institutionName(phrase: Token[]): string {
  const words = phrase.map((t) => t.text);
  while (words.length > 1 && ["the", "a", "an"].includes(key(words[0]!))) words.shift();
  return joinWords(phrase.slice(phrase.length - words.length));
}

/**
 * The relaying outlet's name: the proper name in the phrase ("Chinese state news agency Xinhua",
 * "Xinhua news agency" → "Xinhua"); for "the ministry", the ministry the sentence names.
 */
/** How far back (characters) the fuller name of "the ministry" is looked for. */
const RELAY_LOOKBACK = 6_000;

export function relayName(ctx: Context, phrase: Token[], sentence: Sentence): string {
  const isProper = (t: Token | undefined) => t !== undefined && isNameWord(t.text) && !isTitleWord(t.text) && !RELAY_WORDS.has(t.key) && !/^(?:The|A|An)$/.test(t.text);
  // A particle between two words of the name stays: "Corriere dello Sport".
  const proper = phrase.filter((t, i) => isProper(t) || (isParticle(t.text) && isProper(phrase[i - 1]) && isProper(phrase[i + 1])));
  const known = phrase.filter((t) => RELAY_WORDS.has(t.key) && isCapitalised(t.text));
  if (known.length > 0) return known.map((t) => t.text).join(" ");
  if (proper.length > 0 && !phrase.some((t) => isPossessive(t))) return proper.map((t) => t.text).join(" ");
  const name = institutionName(phrase);
  const head = phrase.at(-1)!.key;
  if (/^the\s/i.test(joinWords(phrase)) && phrase.length === 2) {
    // "according to the ministry": the fuller name used earlier in the sentence or the article's
    // last few thousand characters (not the whole article again: a long one would cost its square).
    const at = sentence.start + phrase[0]!.start;
    const before = ctx.article.text.slice(Math.max(0, at - RELAY_LOOKBACK), at);
    const pattern = new RegExp(String.raw`((?:\p{Lu}[\p{L}’'-]*\s+)+(?:\p{Ll}+\s+){0,2}${head})\b`, "gu");
    const matches = [...before.matchAll(pattern)];
    if (matches.length > 0) return matches.at(-1)![1]!.trim();
  }
  return name;
}

function joinWords(tokens: Token[]): string {
  return tokens.map((t, i) => (i > 0 && !isPossessive(t) ? " " : "") + t.text).join("");
}

export function sameSpeaker(a: ArticleSpeaker, b: ArticleSpeaker): boolean {
  if (a.type === "person" && b.type === "person") return a.person.id === b.person.id;
  if (a.type === "institution" && b.type === "institution") return a.name.toLowerCase() === b.name.toLowerCase();
  return false;
}
