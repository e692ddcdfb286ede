import type { Article, Sentence } from "../../ingest/types.js";
import { AGE, ArticlePeople, type ArticlePerson } from "../people/article-people.js";
import { FEMALE_TITLES, key, MALE_TITLES, RELAY_WORDS } from "../../lexicon/people.js";
import { isNameWord, isParticle, isPersonName, isTitleWord, splitTitledName } from "../people/names.js";
import { foldName, isCapitalised, isPossessive, lettersAndDigits, startsLowerCase, tokenize, type Token } from "../people/tokens.js";
import { findAttributions, openingSubject, speakerKind, type Attribution } from "./attribution/index.js";
import { findQuoteSpans, insideQuotation, isWhollyQuoted, openMarkAtEnd, quotedWords, type QuoteSpan } from "../text/quote-spans.js";
import { LABEL_CUES, SAY_VERBS } from "../../lexicon/speech-verbs.js";

/** Who spoke, as far as one article tells: a person of the article, or a named institution. */
export type ArticleSpeaker = { type: "person"; person: ArticlePerson } | { type: "institution"; name: string };

/** A statement found in one article, before speakers are given their corpus-wide names. */
export interface ArticleStatement {
  speaker: ArticleSpeaker;
  quote: string;
  kind: "direct" | "reported";
  via: string | null;
  sentences: number[];
  paragraph: number;
}

export interface ArticleExtraction {
  people: ArticlePeople;
  statements: ArticleStatement[];
}

interface Context {
  article: Article;
  people: ArticlePeople;
  /** The last statement made, for pronouns and continued quotations. */
  last: { statement: ArticleStatement; sentence: Sentence } | null;
  /**
   * The speaker of a readout paragraph ("Raisi said, …"), until the paragraph ends; `verbatim` for
   * a transcript's answer ("Guo Jiakun: …"), whose every word is the speaker's own.
   */
  readout: { speaker: ArticleSpeaker; paragraph: number; verbatim?: boolean } | null;
  /** What "he" / "she" has already been resolved to, by person id. */
  genders: Map<number, "m" | "f">;
  /** The opening mark of a quotation an earlier sentence of this paragraph left open (the sentence being read starts inside it). */
  carried: number | null;
  /** The last sentence in which someone who could not be named spoke ("A spokesman said", an ambiguous "Mr. van der Meer said"); -1 for none. */
  unnamedAt: number;
  /** Sentences of this paragraph inside a quotation not yet attributed (“We are ready. We always were,” Sato said.), and their words. */
  pending: { paragraph: number; sentences: number[]; words: string[] } | null;
  /** The quotations of sentences read for pronouns, by sentence index (see quotedAt). */
  quotations: Map<number, QuoteSpan[]>;
}

/**
 * extract: every statement in an article, attributed to its speaker. Headlines are skipped (an
 * editor's summary, not anyone's words), as are summary bullets that repeat a body sentence.
 * When the speaker cannot be resolved with confidence the statement is dropped, never guessed.
 */
export function extractStatements(article: Article): ArticleExtraction {
  const people = new ArticlePeople(article);
  const ctx: Context = { article, people, last: null, readout: null, genders: new Map(), carried: null, pending: null, unnamedAt: -1, quotations: new Map() };
  const statements: ArticleStatement[] = [];
  const seen = new Set<string>();
  let open: { paragraph: number; mark: number } | null = null;
  for (const sentence of article.sentences) {
    const paragraph = article.paragraphs[sentence.paragraph]!;
    if (paragraph.kind === "headline") continue;
    if (ctx.readout && ctx.readout.paragraph !== sentence.paragraph) ctx.readout = null;
    // A quotation is carried from sentence to sentence within a paragraph (a new paragraph opens its own).
    ctx.carried = open && open.paragraph === sentence.paragraph ? open.mark : null;
    const mark = openMarkAtEnd(sentence.text, ctx.carried);
    open = mark === null ? null : { paragraph: sentence.paragraph, mark };
    if (sentence.duplicateOf !== null) {
      ctx.pending = null;
      continue;
    }
    const found = statementsIn(ctx, sentence);
    ctx.pending = found.length === 0 && mark !== null ? pendingWith(ctx, sentence) : null;
    for (const statement of found) {
      const identity = statementIdentity(statement);
      if (seen.has(identity)) continue;
      seen.add(identity);
      statements.push(statement);
      ctx.last = { statement, sentence };
    }
  }
  return { people, statements };
}

/** True when the attribution stands inside the words of another one (in `unnamed`). */
function nestedIn(a: Attribution, unnamed: Attribution[]): boolean {
  return unnamed.some((u) => u !== a && a.phrase[0] >= u.content[0] && a.phrase[0] < u.content[1]);
}

/**
 * "Biden said Xi had told him that …": words reported inside another speaker's statement are that
 * speaker's account, so `b` opens no statement of its own when another attribution's words start with it.
 *
 * (These helpers live at module level rather than as closures inside statementsIn: under tsx every
 * closure created in a hot function costs a `__name` call.)
 */
function opensOther(b: Attribution, named: Attribution[], text: string): boolean {
  return named.some((a) => a !== b && a.content[0] >= a.phrase[1] && b.phrase[0] >= a.content[0] && /^[\s,:]*(?:that\s+)?$/i.test(text.slice(a.content[0], b.phrase[0])));
}

/**
 * The quotation still open at the end of this unattributed sentence, added to those before it:
 * whoever the sentence that closes it names said them all.
 */
function pendingWith(ctx: Context, sentence: Sentence): Context["pending"] {
  const span = findQuoteSpans(sentence.text, ctx.carried).find((s) => s.open && s.depth === 1);
  const words = span ? quotedWords(sentence.text, span) : "";
  if (!span || !HAS_LETTER.test(words)) return null;
  const before = ctx.pending;
  const continues = before !== null && ctx.carried !== null && before.paragraph === sentence.paragraph && before.sentences.at(-1) === sentence.index - 1;
  // Only a quotation that opens the sentence (or goes on from the one before) is pending: “… Sato said, "We are ready. …" is attributed already.
  if (!continues && span.start > 1) return null;
  return continues
    ? { paragraph: sentence.paragraph, sentences: [...before.sentences, sentence.index], words: [...before.words, words] }
    : { paragraph: sentence.paragraph, sentences: [sentence.index], words: [words] };
}

function statementsIn(ctx: Context, sentence: Sentence): ArticleStatement[] {
  const answer = transcriptAnswer(ctx, sentence);
  if (answer) {
    ctx.readout = { speaker: answer.speaker, paragraph: sentence.paragraph, verbatim: true };
    return [{ speaker: answer.speaker, quote: answer.words, kind: "direct", via: null, sentences: [sentence.index], paragraph: sentence.paragraph }];
  }
  if (ctx.readout?.verbatim && ctx.readout.paragraph === sentence.paragraph) {
    // The rest of a transcript's answer, quotations of others included ("As President Xi has said, “…”").
    const words = sentence.text.trim();
    return HAS_LETTER.test(words) ? [{ speaker: ctx.readout.speaker, quote: words, kind: "direct", via: null, sentences: [sentence.index], paragraph: sentence.paragraph }] : [];
  }
  const attributions = findAttributions(sentence.text, ctx.carried);
  // Words of someone we cannot name (an aide, "officials") are theirs: attributions inside them do not count.
  const unnamed = attributions.filter((a) => !a.relay && ["none", "aide"].includes(speakerKind(a.speaker)) && a.content[0] >= a.phrase[1]);
  const named = attributions.filter((a) => !a.relay && !["none", "aide"].includes(speakerKind(a.speaker)) && !nestedIn(a, unnamed));
  const speaking = named.filter((b) => !opensOther(b, named, sentence.text));
  const relay = attributions.find((a) => a.relay);
  const via = relay ? relayName(ctx, relay.speaker, sentence) : null;

  if (unnamed.length > 0) ctx.unnamedAt = sentence.index;
  if (speaking.length === 0) return continuation(ctx, sentence, via);

  const out: ArticleStatement[] = [];
  for (const attribution of speaking) {
    const speaker = resolveSpeaker(ctx, attribution, sentence);
    if (!speaker) {
      // "The 61-year-old said" of someone whose age the article never gave is, as a rule, the person
      // the article is about: not someone else who speaks between them and a later "he said".
      if (!AGE.test(attribution.speaker.at(-1)?.text ?? "")) ctx.unnamedAt = sentence.index;
      continue;
    }
    const words = wordsOf(sentence.text, attribution.content, ctx.carried);
    if (!words) continue;
    const statement: ArticleStatement = { speaker, quote: words.quote, kind: words.kind, via, sentences: [sentence.index], paragraph: sentence.paragraph };
    // The words began in earlier sentences of the quotation: “We are ready. We always were,” Sato said.
    const pending = ctx.pending;
    if (words.fromStart && pending && pending.paragraph === sentence.paragraph && pending.sentences.at(-1) === sentence.index - 1) {
      statement.quote = [...pending.words, statement.quote].join(" ");
      statement.sentences = [...pending.sentences, sentence.index];
    }
    out.push(statement);
    if (attribution.readout) ctx.readout = { speaker, paragraph: sentence.paragraph };
    else if (ctx.readout && !sameSpeaker(ctx.readout.speaker, speaker)) ctx.readout = null;
  }
  // Several attributions to one speaker in a sentence make one statement.
  return out.filter((s, i) => !out.slice(0, i).some((t) => sameSpeaker(t.speaker, s.speaker)));
}

/** "Guo Jiakun: We have noted …" / "Spokesperson Guo Jiakun: …" opening a paragraph: a transcript's speaker label. */
const SPEAKER_LABEL = /^((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’.-]*)\s*:\s+(?=\S)/u;

/**
 * The answer of a transcript ("Guo Jiakun: We have noted …", the first sentence of its paragraph):
 * the label must name a person — one of the article's, or a full personal name — so that
 * "Bloomberg: …" (a reporter's question), "Update: …" or "Photo: …" are not answers, and the
 * words must be sentences (SAID_IN_FULL).
 */
function transcriptAnswer(ctx: Context, sentence: Sentence): { speaker: ArticleSpeaker; words: string } | null {
  const previous = ctx.article.sentences[sentence.index - 1];
  if (previous && previous.paragraph === sentence.paragraph) return null;
  const match = SPEAKER_LABEL.exec(sentence.text);
  if (!match) return null;
  const label = match[1]!.split(/\s+/);
  const name = splitTitledName(label)?.name ?? label;
  if (!name.every(isNameWord) || name.some(isTitleWord)) return null;
  const person = ctx.people.resolveName(name) ?? (name.length > 1 && isPersonName(name) && !isAmbiguous(ctx, name) ? ctx.people.ensurePerson(name) : null);
  const words = sentence.text.slice(match[0].length).trim();
  return person && SAID_IN_FULL.test(words) ? { speaker: { type: "person", person }, words } : null;
}

/** An answer is said in sentences: a capital (or a quotation mark) first and a full stop, "!" or "?" last — unlike a subheading ("Keir Starmer: the reluctant radical"). */
const SAID_IN_FULL = /^[\p{Lu}“"‘'«\d][\s\S]*[.!?…]["”’'»)]*$/u;

/** A sentence without an attribution of its own that continues a readout or a quotation. */
function continuation(ctx: Context, sentence: Sentence, via: string | null): ArticleStatement[] {
  const base = { via, sentences: [sentence.index], paragraph: sentence.paragraph };
  const last = ctx.last;
  // "“We held the line,” she said. “We never gave up. And we won.”": the sentence goes on with the quotation the last one left open.
  if (last && last.statement.kind === "direct" && last.sentence.index === sentence.index - 1 && last.sentence.paragraph === sentence.paragraph && ctx.carried !== null) {
    const span = findQuoteSpans(sentence.text, ctx.carried).find((s) => s.start === 0 && s.depth === 1);
    const words = span ? quotedWords(sentence.text, span) : "";
    if (HAS_LETTER.test(words)) return [{ speaker: last.statement.speaker, quote: words, kind: "direct", ...base, via: last.statement.via }];
  }
  const quoted = isWhollyQuoted(sentence.text);
  if (quoted && last && last.statement.kind === "direct") {
    const sameParagraph = last.sentence.paragraph === sentence.paragraph && last.sentence.index === sentence.index - 1;
    const carriedOver = last.sentence.paragraph === sentence.paragraph - 1 && endsWithOpenQuote(ctx.article, last.sentence.paragraph);
    if (sameParagraph || carriedOver) {
      const words = quotedWords(sentence.text, findQuoteSpans(sentence.text.trim())[0]!);
      return [{ speaker: last.statement.speaker, quote: words, kind: "direct", ...base, via: last.statement.via }];
    }
  }
  if (ctx.readout && ctx.readout.paragraph === sentence.paragraph) {
    const words = wordsOf(sentence.text, [0, sentence.text.length], ctx.carried);
    if (words) return [{ speaker: ctx.readout.speaker, quote: words.quote, kind: words.kind, ...base }];
  }
  return [];
}

function endsWithOpenQuote(article: Article, paragraph: number): boolean {
  const p = article.paragraphs[paragraph]!;
  return findQuoteSpans(article.text.slice(p.start, p.end)).some((span) => span.open && span.depth === 1);
}

// Regexes with \p{…} are module constants: tsx (esbuild) compiles such a literal to a `new RegExp(…)`
// call wherever it stands, so one inside a function is rebuilt on every call.
const HAS_LETTER = /\p{L}/u;
const LETTER_RUNS = /\p{L}+/gu;

/** True when the text has at least `count` runs of letters (`(text.match(LETTER_RUNS)?.length ?? 0) >= count`, without the array). */
export function hasLetterRuns(text: string, count: number): boolean {
  let found = 0;
  LETTER_RUNS.lastIndex = 0;
  while (found < count && LETTER_RUNS.exec(text) !== null) found++;
  LETTER_RUNS.lastIndex = 0;
  return found >= count;
}

/** True when the quotation at `span` is a label introduced by "called" / "dubbed" well after `start`. */
function isLabel(text: string, start: number, span: { start: number }): boolean {
  return span.start - start > 40 && LABEL_CUES.test(text.slice(Math.max(start, span.start - 40), span.start));
}

/**
 * The attributed words: the speaker's own quoted words if there are any, else the reported clause.
 * `fromStart`: the words begin with a quotation an earlier sentence opened (`carried`).
 */
function wordsOf(text: string, [start, end]: [number, number], carried: number | null = null): { quote: string; kind: "direct" | "reported"; fromStart: boolean } | null {
  // A quotation introduced by "called" / "dubbed" is a label, unless the speaker's own verb
  // introduces it ("Scholz called the pact “a good compromise”").
  const spans = findQuoteSpans(text, carried).filter((span) => span.depth === 1 && span.end > start && span.start < end && !isLabel(text, start, span));
  const quoted = spans.filter((span) => HAS_LETTER.test(quotedWords(text, span)));
  const reported = text
    .slice(start, end)
    .trim()
    .replace(/^[,:;–—-]\s*/, "")
    .replace(/[\s,;:–—-]+$/, "")
    .replace(/\.$/, "")
    .trim();
  if (quoted.length > 0) {
    const words = quoted.map((span) => quotedWords(text, span));
    // Words quoted only in passing ("said Europe should not “decouple” from China") mean little
    // alone: the reported clause, with its quotation marks, says what was said.
    // Only where the writer's words lead into the quotation; "“Europe,” Merz said, “must be able …”" is all his.
    const leadIn = hasLetterRuns(text.slice(start, quoted[0]!.start), 1);
    if (!(leadIn && words.every(isFragment) && hasLetterRuns(reported, FRAGMENT_WORDS + 3) && reported.length > words.join(" ").length + 12)) {
      return { quote: words.join(" … "), kind: "direct", fromStart: carried !== null && quoted[0]!.start === 0 };
    }
  }
  if (!hasLetterRuns(reported, 3)) return null;
  return { quote: reported, kind: "reported", fromStart: false };
}

/** A quotation of at most this many words inside a longer reported clause is a fragment of it. */
const FRAGMENT_WORDS = 3;

/** Quoted words that are part of the writer's sentence: a few words, or words that start in lower case ("through at least the first half of next year"). */
const isFragment = (words: string): boolean => !hasLetterRuns(words, FRAGMENT_WORDS + 1) || startsLowerCase(words);

function resolveSpeaker(ctx: Context, attribution: Attribution, sentence: Sentence): ArticleSpeaker | null {
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
  const words = phrase.map((t) => t.text).filter((w) => !["the", "a", "an"].includes(key(w)));
  const split = splitTitledName(words);
  if (split) return split.name;
  const names = words.filter((w) => isNameWord(w) && !isTitleWord(w));
  return names.length > 0 && isPersonName(names) ? names : null;
}

/** Capitalised plurals that open sentences: "Analysts said" is a group, not a person called Analysts. */
const GROUP_WORDS = /^(?:analysts|experts|officials|critics|residents|witnesses|protesters|protestors|sources|diplomats|observers|investors|economists|lawmakers|legislators|authorities|police|troops|rebels|militants|activists|scientists|researchers|doctors|voters|users|others|many|some|both|neighbours|neighbors|relatives|families|parents|students|workers|farmers|traders|officers|soldiers|leaders|ministers|members|organisers|organizers|supporters|opponents|campaigners|prosecutors|lawyers|judges|medics|rescuers|villagers|locals|citizens|people|women|men|children|israelis|palestinians|ukrainians|russians|americans|iranians|chinese)$/i;

/**
 * A name the article's name finder did not register may still be a speaker ("Marković said"),
 * but a lone word is accepted only when the article also writes it capitalised mid-sentence,
 * where capitals mean a name, and it is not a group ("Analysts", "Residents").
 */
function looksLikeName(ctx: Context, words: string[]): boolean {
  if (words.length > 1) return !words.some((w) => GROUP_WORDS.test(w));
  const word = words[0]!;
  if (GROUP_WORDS.test(word)) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(String.raw`[\p{Ll},;]\s+${escaped}\b`, "u").test(ctx.article.text);
}

/** A family name shared by two people of the article ("Wang" for Wang Di and Wang Yi, "van der Meer" for a father and his daughter). */
function isAmbiguous(ctx: Context, words: string[]): boolean {
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
function relayName(ctx: Context, phrase: Token[], sentence: Sentence): string {
  const isProper = (t: Token | undefined) => t !== undefined && isNameWord(t.text) && !isTitleWord(t.text) && !RELAY_WORDS.has(t.key) && !/^(?:The|A|An)$/.test(t.text);
  // A particle between two words of the name stays: "Corriere dello Sport".
  const proper = phrase.filter((t, i) => isProper(t) || (isParticle(t.text) && isProper(phrase[i - 1]) && isProper(phrase[i + 1])));
  const known = phrase.filter((t) => RELAY_WORDS.has(t.key) && isCapitalised(t.text));
  if (known.length > 0) return known.map((t) => t.text).join(" ");
  if (proper.length > 0 && !phrase.some((t) => isPossessive(t))) return proper.map((t) => t.text).join(" ");
  const name = institutionName(phrase);
  const head = phrase.at(-1)!.key;
  if (/^the\s/i.test(joinWords(phrase)) && phrase.length === 2) {
    // "according to the ministry": the fuller name used earlier in the sentence or article.
    const before = ctx.article.text.slice(0, sentence.start + phrase[0]!.start);
    const pattern = new RegExp(String.raw`((?:\p{Lu}[\p{L}’'-]*\s+)+(?:\p{Ll}+\s+){0,2}${head})\b`, "gu");
    const matches = [...before.matchAll(pattern)];
    if (matches.length > 0) return matches.at(-1)![1]!.trim();
  }
  return name;
}

function joinWords(tokens: Token[]): string {
  return tokens.map((t, i) => (i > 0 && !isPossessive(t) ? " " : "") + t.text).join("");
}

function sameSpeaker(a: ArticleSpeaker, b: ArticleSpeaker): boolean {
  if (a.type === "person" && b.type === "person") return a.person.id === b.person.id;
  if (a.type === "institution" && b.type === "institution") return a.name.toLowerCase() === b.name.toLowerCase();
  return false;
}

/** One speaker saying the same words (case and punctuation aside) is one statement. */
function statementIdentity(s: ArticleStatement): string {
  const speaker = s.speaker.type === "person" ? `p${s.speaker.person.id}` : `i${s.speaker.name.toLowerCase()}`;
  return `${speaker}\u0000${lettersAndDigits(s.quote.toLowerCase())}`;
}
