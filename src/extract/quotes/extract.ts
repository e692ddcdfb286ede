/**
 * Statements of an article, sentence by sentence: attributions (./attribution) give the speaker
 * phrase and the words, speakers.ts says who the phrase is; readouts ("X said, …"), quotations
 * carried across sentences and transcripts ("Guo Jiakun: …") continue a statement.
 */
import type { Article, Sentence } from "../../ingest/types.js";
import { LABEL_CUES } from "../../lexicon/speech-verbs.js";
import { AGE, ArticlePeople } from "../people/article-people.js";
import { isNameWord, isPersonName, isTitleWord, splitTitledName } from "../people/names.js";
import { lettersAndDigits, startsLowerCase } from "../people/tokens.js";
import { findQuoteSpans, isWhollyQuoted, openMarkAtEnd, quotedWords } from "../text/quote-spans.js";
import { type Attribution, findAttributions, speakerKind } from "./attribution/index.js";
import { isAmbiguous, relayName, resolveSpeaker, sameSpeaker } from "./speakers.js";
import type { ArticleExtraction, ArticleSpeaker, ArticleStatement, Context } from "./types.js";

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
      // "“We held the line,” she said. “We never gave up.”": the quotation goes on; one statement.
      const last = ctx.last?.statement;
      const joint = RESUMED.get(statement);
      if (joint !== undefined && last && last.kind === "direct" && sameSpeaker(last.speaker, statement.speaker) && last.paragraph === statement.paragraph) {
        last.quote = `${last.quote}${joint}${statement.quote}`;
        last.sentences = [...last.sentences, ...statement.sentences];
        ctx.last = { statement: last, sentence };
        continue;
      }
      statements.push(statement);
      ctx.last = { statement, sentence };
    }
  }
  const unclosed = unclosedAtEnd(article);
  return { people, statements: unclosed < 0 ? statements : statements.flatMap((s) => withoutUnclosed(article, s, unclosed)) };
}

/**
 * Where the quotation still open at the end of the article opens (its mark's offset), or -1: a file
 * cut short, or being written, leaves the last words of a quotation without their closing mark, and
 * they are not shown as a complete quotation. (A quotation over several paragraphs, each opened and
 * only the last closed, is news convention: it closes.)
 */
function unclosedAtEnd(article: Article): number {
  const last = article.paragraphs.at(-1);
  if (!last || last.kind === "headline") return -1;
  const text = article.text.slice(last.start, last.end);
  const open = findQuoteSpans(text).find((span) => span.open && span.depth === 1);
  return open ? last.start + open.start - 1 : -1;
}

/** A direct statement without the pieces of its words that stand in the unclosed quotation at `cut`. */
function withoutUnclosed(article: Article, statement: ArticleStatement, cut: number): ArticleStatement[] {
  if (statement.kind !== "direct") return [statement];
  let at = article.sentences[statement.sentences[0]!]!.start;
  const kept: string[] = [];
  for (const piece of statement.quote.split(" … ")) {
    const found = article.text.indexOf(piece, at);
    if (found >= 0 && found < cut) kept.push(piece);
    if (found >= 0) at = found + piece.length;
  }
  if (kept.length === 0) return [];
  if (kept.length === statement.quote.split(" … ").length) return [statement];
  const sentences = statement.sentences.filter((i) => article.sentences[i]!.start < cut);
  return [{ ...statement, quote: kept.join(" … "), sentences }];
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
/** A label with a description of the speaker, before a quotation: "Dana Cole, a pollster at Ridge Analytics: “…”". */
const DESCRIBED_LABEL = /^((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*),\s+(?:a|an|the)\s[^:“”"]{2,80}:\s+(?=[“"])/u;

/**
 * The answer of a transcript ("Guo Jiakun: We have noted …", the first sentence of its paragraph):
 * the label must name a person — one of the article's, or a full personal name — so that
 * "Bloomberg: …" (a reporter's question), "Update: …" or "Photo: …" are not answers, and the
 * words must be sentences (SAID_IN_FULL).
 */
function transcriptAnswer(ctx: Context, sentence: Sentence): { speaker: ArticleSpeaker; words: string } | null {
  const previous = ctx.article.sentences[sentence.index - 1];
  if (previous && previous.paragraph === sentence.paragraph) return null;
  const match = SPEAKER_LABEL.exec(sentence.text) ?? DESCRIBED_LABEL.exec(sentence.text);
  if (!match) return null;
  const label = match[1]!.split(/\s+/);
  const name = splitTitledName(label)?.name ?? label;
  if (!name.every(isNameWord) || name.some(isTitleWord)) return null;
  const person = ctx.people.resolveName(name) ?? (name.length > 1 && isPersonName(name) && !isAmbiguous(ctx, name) ? ctx.people.ensurePerson(name) : null);
  const said = sentence.text.slice(match[0].length).trim();
  // A quotation after the label is its words, without the marks.
  const words = /^[“"][^“”"]+[”"]$/.test(said) ? said.slice(1, -1) : said;
  return person && SAID_IN_FULL.test(words) ? { speaker: { type: "person", person }, words } : null;
}

/** An answer is said in sentences: a capital (or a quotation mark) first and a full stop, "!" or "?" last — unlike a subheading ("Keir Starmer: the reluctant radical"). */
const SAID_IN_FULL = /^[\p{Lu}“"‘'«\d][\s\S]*[.!?…]["”’'»)]*$/u;

/** A sentence without an attribution of its own that continues a readout or a quotation. */
/**
 * Statements that go on with the quotation of the statement before them (see `continuation`), with
 * what joins them: a space within one quotation, " … " across its attribution ("“X,” she said. “Y.”").
 */
const RESUMED = new WeakMap<ArticleStatement, string>();

function resumed(statement: ArticleStatement, joint: string): ArticleStatement[] {
  RESUMED.set(statement, joint);
  return [statement];
}

function continuation(ctx: Context, sentence: Sentence, via: string | null): ArticleStatement[] {
  const base = { via, sentences: [sentence.index], paragraph: sentence.paragraph };
  const last = ctx.last;
  // "“We held the line,” she said. “We never gave up. And we won.”": the sentence goes on with the quotation the last one left open.
  if (last && last.statement.kind === "direct" && last.sentence.index === sentence.index - 1 && last.sentence.paragraph === sentence.paragraph && ctx.carried !== null) {
    const span = findQuoteSpans(sentence.text, ctx.carried).find((s) => s.start === 0 && s.depth === 1);
    const words = span ? quotedWords(sentence.text, span) : "";
    if (HAS_LETTER.test(words)) return resumed({ speaker: last.statement.speaker, quote: words, kind: "direct", ...base, via: last.statement.via }, " ");
  }
  const quoted = isWhollyQuoted(sentence.text);
  if (quoted && last && last.statement.kind === "direct") {
    const sameParagraph = last.sentence.paragraph === sentence.paragraph && last.sentence.index === sentence.index - 1;
    const carriedOver = last.sentence.paragraph === sentence.paragraph - 1 && endsWithOpenQuote(ctx.article, last.sentence.paragraph);
    // "“…,” X said.¶“More words.”": a paragraph that is one quotation, right after the speaker's
    // quoted words closed the paragraph before, goes on with them (wire copy's resumed quotation).
    const nextParagraph = last.sentence.index === sentence.index - 1 && last.sentence.paragraph === sentence.paragraph - 1 && isWhollyQuoted(paragraphText(ctx.article, sentence.paragraph));
    if (sameParagraph) {
      const words = quotedWords(sentence.text, findQuoteSpans(sentence.text.trim())[0]!);
      return resumed({ speaker: last.statement.speaker, quote: words, kind: "direct", ...base, via: last.statement.via }, " … ");
    }
    if (carriedOver || nextParagraph) {
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

function paragraphText(article: Article, paragraph: number): string {
  const p = article.paragraphs[paragraph]!;
  return article.text.slice(p.start, p.end);
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

/** One speaker saying the same words (case and punctuation aside) is one statement. */
function statementIdentity(s: ArticleStatement): string {
  const speaker = s.speaker.type === "person" ? `p${s.speaker.person.id}` : `i${s.speaker.name.toLowerCase()}`;
  return `${speaker}\u0000${lettersAndDigits(s.quote.toLowerCase())}`;
}
