/**
 * `npm run eval:polnear -- --corpus <dir> --split train|dev|test [--errors]`: who said what, as
 * Verbatim extracts it, scored against the attributions of PolNeAR (Newell, Margolin & Ruths,
 * LREC 2018). The corpus is read from the path given and never copied into this repository.
 *
 * Layout: `<dir>/data/<split>/` (a checkout of the corpus) or `<dir>/<split>/`, each holding
 * `text/<name>.txt` (the article, its first line the headline), `attributions/<name>_<annotator>.ann`
 * (brat standoff; of several annotators, the alphabetically first file) and
 * `corenlp/<name>.txt.xml` (CoreNLP: tokens with NER tags, coreference chains).
 *
 * - Gold attributions: the brat events (Attribution or Attribution-no-source) with their Source,
 *   Cue and Content spans. A gold *statement* is one whose content holds a quotation mark
 *   (" “ ”) or whose cue has a verb of saying (SAYING_VERBS), outside the headline (the first
 *   line), with a content.
 * - Its speaker is *named* when a CoreNLP PERSON token lies in its Source span; a pronoun or
 *   "who" source is named when a coreference chain links it to a mention with PERSON tokens
 *   (the representative mention, else the first such mention of the chain).
 * - A gold statement is *found* when one extracted statement covers at least half of its
 *   content's words (runs of letters and digits) and at least half of that statement's words lie
 *   inside the gold content; the *speaker is right* when the family names (last words) agree and
 *   the given names (first words), where both are written, do not conflict (`sameSpeaker`).
 * - Recall: named gold statements found with the right speaker / named gold statements, overall
 *   and by how much of the content is quoted. Precision: extracted statements matched (same
 *   test) to a gold attribution, any, whose speaker agrees / extracted statements matched to one;
 *   also on the matches whose gold speaker is named. A gold speaker that is not named is its
 *   Source words (without a leading article), compared by the same rule.
 *
 * Articles are written to a temporary folder as `<name>.md` (front matter with the headline as
 * title, then the text unchanged but for control characters) and loaded with loadCorpus; the
 * cleaned text Verbatim's offsets index is aligned word by word with the original, which the
 * gold's offsets index. The test split is read only when asked for.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractionReport, type ExtractedArticleReport, type ExtractedStatement } from "../src/corpus/extraction-report.js";
import { loadCorpus } from "../src/corpus/index.js";

export type Span = [number, number];

/** One brat event of an .ann file: an attribution with its parts (any may be empty but the cue). */
export interface GoldAttribution {
  id: string;
  source: Span[];
  cue: Span[];
  content: Span[];
}

const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/;
const EVENT = /^(E\d+)\t(.*)$/;

/** The attributions of a brat .ann file (lines other than text-bound spans and events are skipped). */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const events: Array<{ id: string; args: string[] }> = [];
  for (const line of ann.split("\n")) {
    const t = TEXT_BOUND.exec(line);
    if (t) {
      spans.set(t[1]!, t[3]!.split(";").map((pair) => pair.split(" ").map(Number) as Span));
      continue;
    }
    const e = EVENT.exec(line);
    if (e) events.push({ id: e[1]!, args: e[2]!.trim().split(/\s+/) });
  }
  return events.map(({ id, args }) => {
    const attribution: GoldAttribution = { id, source: [], cue: [], content: [] };
    for (const arg of args) {
      const [role, ref] = arg.split(":");
      const found = ref === undefined ? undefined : spans.get(ref);
      if (!found) continue;
      if (role === "Source") attribution.source.push(...found);
      else if (role === "Cue") attribution.cue.push(...found);
      else if (role !== undefined && /^Content\d*$/.test(role)) attribution.content.push(...found);
    }
    attribution.content.sort((a, b) => a[0] - b[0]);
    return attribution;
  });
}

export interface CoreToken {
  sentence: number;
  /** 1-based within its sentence, as CoreNLP numbers them. */
  index: number;
  begin: number;
  end: number;
  word: string;
  ner: string;
}

export interface CorefMention {
  sentence: number;
  /** Token ids, end exclusive. */
  start: number;
  end: number;
  head: number;
  representative: boolean;
}

export interface CoreNlpDocument {
  tokens: CoreToken[];
  /** sentence id → its tokens, in order (index 0 is token 1). */
  sentences: Map<number, CoreToken[]>;
  chains: CorefMention[][];
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decodeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]!);
const element = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1] ?? "";

/** Tokens (offsets, word, NER) and coreference chains of a CoreNLP XML document. */
export function parseCoreNlp(xml: string): CoreNlpDocument {
  const tokens: CoreToken[] = [];
  const sentences = new Map<number, CoreToken[]>();
  const corefAt = xml.indexOf("</sentences>");
  const sentencePart = corefAt < 0 ? xml : xml.slice(0, corefAt);
  for (const s of sentencePart.matchAll(/<sentence id="(\d+)"[^>]*>([\s\S]*?)<\/sentence>/g)) {
    const sentence = Number(s[1]);
    const list: CoreToken[] = [];
    for (const t of s[2]!.matchAll(/<token id="(\d+)">([\s\S]*?)<\/token>/g)) {
      const token: CoreToken = {
        sentence,
        index: Number(t[1]),
        begin: Number(element(t[2]!, "CharacterOffsetBegin")),
        end: Number(element(t[2]!, "CharacterOffsetEnd")),
        word: decodeXml(element(t[2]!, "word")),
        ner: element(t[2]!, "NER"),
      };
      list.push(token);
      tokens.push(token);
    }
    sentences.set(sentence, list);
  }
  const chains: CorefMention[][] = [];
  if (corefAt >= 0) {
    // The coreference section: an outer <coreference> around one <coreference> per chain.
    for (const chain of xml.slice(corefAt).split("</coreference>")) {
      const mentions: CorefMention[] = [];
      for (const m of chain.matchAll(/<mention( representative="true")?>([\s\S]*?)<\/mention>/g)) {
        mentions.push({
          sentence: Number(element(m[2]!, "sentence")),
          start: Number(element(m[2]!, "start")),
          end: Number(element(m[2]!, "end")),
          head: Number(element(m[2]!, "head")),
          representative: m[1] !== undefined,
        });
      }
      if (mentions.length > 0) chains.push(mentions);
    }
  }
  return { tokens, sentences, chains };
}

/** The verbs of saying whose forms make a cue a statement's. */
export const SAYING_VERBS = [
  "say", "tell", "add", "state", "announce", "declare", "claim", "argue", "insist", "explain", "note",
  "warn", "write", "tweet", "ask", "answer", "reply", "respond", "suggest", "acknowledge", "admit",
  "confirm", "deny", "report", "call", "urge", "vow", "pledge", "promise", "predict",
];

/** Past forms (and, for "admit", the doubled -ing) that the spelling rules do not give. */
const IRREGULAR_FORMS: Record<string, string[]> = {
  say: ["said"],
  tell: ["told"],
  write: ["wrote", "written"],
  admit: ["admitted", "admitting"],
};

/** A verb's forms: the lemma, -s, -ed and -ing (spelling rules for -e, consonant + y, sibilants), irregular pasts. */
export function verbForms(lemma: string): string[] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = consonantY ? `${lemma.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const past = consonantY ? `${lemma.slice(0, -1)}ied` : lemma.endsWith("e") ? `${lemma}d` : `${lemma}ed`;
  const ing = lemma.endsWith("e") && !lemma.endsWith("ee") ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  const irregular = IRREGULAR_FORMS[lemma];
  return irregular ? [lemma, third, ing, ...irregular] : [lemma, third, past, ing];
}

export const SAYING_FORMS: ReadonlySet<string> = new Set(SAYING_VERBS.flatMap(verbForms));

/** A cue with a verb of saying among its words. */
export function isSayingCue(cue: string): boolean {
  return (cue.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => SAYING_FORMS.has(w));
}

const QUOTE_MARK = /["“”]/;
const WORD = /[\p{L}\p{N}]+/gu;

export type QuoteCategory = "quoted" | "partly" | "unquoted";

/**
 * How much of a content is quoted: "unquoted" without a quotation mark (" “ ”), "quoted" when
 * every word is inside quotation marks, else "partly". A straight mark opens after a space, a
 * bracket or the start and closes otherwise; a closing mark with none open means the words before
 * it were quoted (a content that starts inside a quotation).
 */
export function quoteCategory(content: string): QuoteCategory {
  if (!QUOTE_MARK.test(content)) return "unquoted";
  const inside: boolean[] = [];
  let depth = 0;
  let inWord = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    if (c === "“" || c === "”" || c === '"') {
      inWord = false;
      const before = i === 0 ? " " : content[i - 1]!;
      const after = content[i + 1] ?? " ";
      const opens = c === "“" || (c === '"' && /[\s([{—–\-/“‘]/.test(before) && !/\s/.test(after));
      if (opens) depth++;
      else if (depth > 0) depth--;
      else inside.fill(true);
      continue;
    }
    const isWord = /[\p{L}\p{N}]/u.test(c);
    if (isWord && !inWord) inside.push(depth > 0);
    inWord = isWord;
  }
  return inside.every(Boolean) ? "quoted" : "partly";
}

/** Word tokens (runs of letters and digits) of a text, as [start, end]. */
export function wordTokens(text: string): Span[] {
  return [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
}

const FOLD_MARKS = /\p{M}/gu;
/** Titles and roles written before a name ("Ms. Park", "Vice President Alan R. Ford"): not part of it. */
const TITLES = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sen", "senator", "rep", "representative",
  "gov", "governor", "gen", "general", "lt", "col", "colonel", "maj", "major", "capt", "captain", "cmdr",
  "adm", "admiral", "sgt", "cpl", "pres", "president", "rev", "reverend", "hon", "judge", "justice", "sir",
  "dame", "lord", "lady", "del", "delegate", "secretary", "mayor", "ambassador", "chairman", "chairwoman",
  "chief", "commissioner", "sheriff", "pope", "king", "queen", "prince", "princess", "rabbi", "imam",
  "speaker", "leader", "minister", "premier", "chancellor", "nominee", "candidate", "spokesman",
  "spokeswoman", "spokesperson",
]);
/** Generational suffixes after a family name ("Ford Jr.", "Gray II"). */
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * A name's words, case and accents folded, possessive 's and punctuation at the ends removed,
 * without a generational suffix or the titles and roles before the name (what precedes the last
 * title goes too: "Ohio Gov. Ann Lee" is "ann lee").
 */
export function nameWords(name: string): string[] {
  const words = name
    .normalize("NFD")
    .replace(FOLD_MARKS, "")
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/'s$/, "").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w !== "");
  while (words.length > 1 && SUFFIXES.has(words.at(-1)!)) words.pop();
  let title = -1;
  for (let i = 0; i < words.length - 1; i++) if (TITLES.has(words[i]!)) title = i;
  return words.slice(title + 1);
}

/**
 * Two names of the same person: the family names (last words) agree and the given names (first
 * words), where both names have more than one word, do not conflict: "Hillary" and "Bill"
 * conflict; an initial matching the other's first letter does not, nor a first word that is
 * one of the other name's words ("Van Dyke", "Mary van Dyke"; "Councillor Ann Lee").
 */
export function sameSpeaker(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0 || x.at(-1) !== y.at(-1)) return false;
  if (x.length < 2 || y.length < 2) return true;
  const [gx, gy] = [x[0]!, y[0]!];
  if (gx === gy || x.slice(0, -1).includes(gy) || y.slice(0, -1).includes(gx)) return true;
  if (gx.length === 1 || gy.length === 1) return gx[0] === gy[0];
  return false;
}

/** Pronoun sources a coreference chain may name. */
const PRONOUN_SOURCES = new Set(["he", "she", "him", "her", "i", "me", "we", "us", "they", "them", "you", "who", "whom", "himself", "herself"]);
const POSSESSIVE = /^['’]s?$/;

/** The PERSON names among some tokens: runs of PERSON tokens, their words as written in the text. */
function personRuns(tokens: CoreToken[], text: string, sentences: CoreNlpDocument["sentences"]): Array<{ name: string; possessor: boolean }> {
  const runs: Array<{ name: string; possessor: boolean }> = [];
  let run: CoreToken[] = [];
  const close = () => {
    if (run.length === 0) return;
    const last = run.at(-1)!;
    // The token after the run (token ids are 1-based): "'s" makes the run a possessor.
    const next = sentences.get(last.sentence)?.[last.index];
    runs.push({ name: run.map((t) => text.slice(t.begin, t.end)).join(" "), possessor: next !== undefined && POSSESSIVE.test(next.word) });
    run = [];
  };
  for (const token of tokens) {
    if (token.ner === "PERSON" && (run.length === 0 || (run.at(-1)!.index + 1 === token.index && run.at(-1)!.sentence === token.sentence))) run.push(token);
    else {
      close();
      if (token.ner === "PERSON") run.push(token);
    }
  }
  close();
  return runs;
}

/** The names of runs, those of possessors ("the mayor's aide Tom Hale": Tom Hale) left out when another is there. */
function namesOf(runs: Array<{ name: string; possessor: boolean }>): string[] {
  const heads = runs.filter((r) => !r.possessor);
  return (heads.length > 0 ? heads : runs).map((r) => r.name);
}

const inSpans = (spans: readonly Span[], begin: number, end: number) => spans.some(([a, b]) => begin < b && a < end);

export interface GoldSpeaker {
  /** The person's names (usually one), from PERSON tokens; empty when the speaker is not named. */
  names: string[];
  /** How the name was found. */
  how: "person" | "coreference" | null;
  /** The Source words as written. */
  sourceText: string;
}

/** Who a gold attribution's source is: the PERSON names in its span, or through coreference for a pronoun. */
export function goldSpeaker(attribution: GoldAttribution, text: string, nlp: CoreNlpDocument | null): GoldSpeaker {
  const sourceText = attribution.source.map(([a, b]) => text.slice(a, b)).join(" ");
  if (!nlp || attribution.source.length === 0) return { names: [], how: null, sourceText };
  const inside = nlp.tokens.filter((t) => inSpans(attribution.source, t.begin, t.end));
  const direct = namesOf(personRuns(inside, text, nlp.sentences));
  if (direct.length > 0) return { names: direct, how: "person", sourceText };
  if (!PRONOUN_SOURCES.has(sourceText.trim().toLowerCase())) return { names: [], how: null, sourceText };
  const mentionTokens = (m: CorefMention) => (nlp.sentences.get(m.sentence) ?? []).slice(m.start - 1, m.end - 1);
  for (const chain of nlp.chains) {
    const linked = chain.some((m) => mentionTokens(m).some((t) => inSpans(attribution.source, t.begin, t.end)));
    if (!linked) continue;
    const ordered = [...chain.filter((m) => m.representative), ...chain.filter((m) => !m.representative)];
    for (const mention of ordered) {
      const names = namesOf(personRuns(mentionTokens(mention), text, nlp.sentences));
      if (names.length > 0) return { names, how: "coreference", sourceText };
    }
  }
  return { names: [], how: null, sourceText };
}

const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;

/** Whether an extracted speaker is a gold attribution's: one of its names, or (not named) its Source words. */
export function speakerAgrees(gold: GoldSpeaker, extracted: string): boolean {
  if (gold.names.length > 0) return gold.names.some((name) => sameSpeaker(name, extracted));
  const source = gold.sourceText.trim().replace(LEADING_ARTICLE, "");
  return source !== "" && sameSpeaker(source, extracted.replace(LEADING_ARTICLE, ""));
}

/**
 * For each word token of `clean`, the index of the same word in `original` (or -1): words are
 * taken in order; a word that is not the next one of the original is looked for ahead, where the
 * two words after it match too (cleaning drops lines, link targets and the like, never reorders).
 */
export function alignWords(clean: readonly string[], original: readonly string[]): number[] {
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i < clean.length; i++) {
    const word = clean[i]!;
    if (original[j] === word) {
      map.push(j++);
      continue;
    }
    let found = -1;
    let single = -1;
    for (let k = j; k < Math.min(original.length, j + 5000); k++) {
      if (original[k] !== word) continue;
      if (single < 0 && k - j < 60) single = k;
      const next1 = clean[i + 1];
      const next2 = clean[i + 2];
      if ((next1 === undefined || original[k + 1] === next1) && (next2 === undefined || original[k + 2] === next2)) {
        found = k;
        break;
      }
    }
    if (found < 0) found = single;
    map.push(found);
    if (found >= 0) j = found + 1;
  }
  return map;
}

export interface PolnearArticle {
  name: string;
  text: string;
  attributions: GoldAttribution[];
  nlp: CoreNlpDocument | null;
}

/** A named gold statement's outcome, or an extracted statement's, for the error listing. */
export interface Score {
  articles: number;
  goldAttributions: number;
  goldStatements: number;
  namedStatements: number;
  /** Of the named ones, those named through coreference (a pronoun source). */
  namedByCoreference: number;
  /** By category: named gold statements, found, found with the right speaker. */
  byCategory: Record<QuoteCategory, { named: number; found: number; right: number }>;
  extracted: number;
  /** Extracted statements matched to some gold attribution, and of those whose speaker agrees. */
  matched: number;
  matchedRight: number;
  /** Matched to a gold attribution whose speaker is named; and agreeing with such a one. */
  matchedNamed: number;
  matchedNamedRight: number;
  unmatched: number;
  /** Extracted words the alignment could not place in the original text, of all extracted words. */
  unalignedWords: number;
  extractedWords: number;
  errors: string[];
}

export const emptyScore = (): Score => ({
  articles: 0,
  goldAttributions: 0,
  goldStatements: 0,
  namedStatements: 0,
  namedByCoreference: 0,
  byCategory: { quoted: { named: 0, found: 0, right: 0 }, partly: { named: 0, found: 0, right: 0 }, unquoted: { named: 0, found: 0, right: 0 } },
  extracted: 0,
  matched: 0,
  matchedRight: 0,
  matchedNamed: 0,
  matchedNamedRight: 0,
  unmatched: 0,
  unalignedWords: 0,
  extractedWords: 0,
  errors: [],
});

const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
};

/** Scores one article: its gold against the extracted statements of its report. */
export function scoreArticle(doc: PolnearArticle, report: ExtractedArticleReport, score: Score): void {
  score.articles++;
  const { text } = doc;
  const firstLineEnd = text.indexOf("\n") < 0 ? text.length : text.indexOf("\n");
  const originalTokens = wordTokens(text);
  const originalWords = originalTokens.map(([a, b]) => text.slice(a, b));
  const cleanTokens = wordTokens(report.text);
  const map = alignWords(cleanTokens.map(([a, b]) => report.text.slice(a, b)), originalWords);

  // Each extracted statement's words, as indices of the original's word tokens (-1: not placed).
  const extracted = report.statements.map((s) => {
    const words: number[] = [];
    cleanTokens.forEach(([a], i) => {
      if (inSpans(s.spans, a, a + 1)) words.push(map[i]!);
    });
    return { statement: s, words, set: new Set(words.filter((w) => w >= 0)) };
  });
  for (const e of extracted) {
    score.extracted++;
    score.extractedWords += e.words.length;
    score.unalignedWords += e.words.filter((w) => w < 0).length;
  }

  const golds = doc.attributions.map((attribution) => {
    const words = new Set<number>();
    originalTokens.forEach(([a, b], i) => {
      if (inSpans(attribution.content, a, b)) words.add(i);
    });
    const content = attribution.content.map(([a, b]) => text.slice(a, b)).join(" ");
    const cue = attribution.cue.map(([a, b]) => text.slice(a, b)).join(" ");
    const start = Math.min(...[...attribution.cue, ...attribution.content, ...attribution.source].map(([a]) => a));
    const headline = start < firstLineEnd;
    const statement = !headline && words.size > 0 && (QUOTE_MARK.test(content) || isSayingCue(cue));
    return { attribution, words, content, cue, statement, speaker: goldSpeaker(attribution, text, doc.nlp) };
  });
  score.goldAttributions += golds.length;

  const matches = (gold: (typeof golds)[number], e: (typeof extracted)[number]) => {
    if (gold.words.size === 0 || e.words.length === 0) return false;
    let covered = 0;
    for (const w of gold.words) if (e.set.has(w)) covered++;
    let inside = 0;
    for (const w of e.words) if (w >= 0 && gold.words.has(w)) inside++;
    return covered >= gold.words.size / 2 && inside >= e.words.length / 2;
  };
  const describe = (s: ExtractedStatement) => `${s.speaker}: “${clip(s.words, 60)}”`;
  const goldName = (g: (typeof golds)[number]) => (g.speaker.names.length > 0 ? g.speaker.names.join(" / ") : `(${clip(g.speaker.sourceText, 40) || "no source"})`);

  for (const gold of golds) {
    if (!gold.statement) continue;
    score.goldStatements++;
    if (gold.speaker.names.length === 0) continue;
    score.namedStatements++;
    if (gold.speaker.how === "coreference") score.namedByCoreference++;
    const category = quoteCategory(gold.content);
    const tally = score.byCategory[category];
    tally.named++;
    const found = extracted.filter((e) => matches(gold, e));
    const right = found.filter((e) => speakerAgrees(gold.speaker, e.statement.speaker));
    if (found.length > 0) tally.found++;
    if (right.length > 0) tally.right++;
    if (found.length === 0) {
      const near = extracted.filter((e) => e.words.some((w) => gold.words.has(w)));
      const gave = near.length === 0 ? "nothing there" : near.map((e) => `${describe(e.statement)} [covers ${[...gold.words].filter((w) => e.set.has(w)).length}/${gold.words.size}, ${e.words.filter((w) => gold.words.has(w)).length}/${e.words.length} inside]`).join("; ");
      score.errors.push(`MISSED ${doc.name} [${category}${gold.speaker.how === "coreference" ? ", via coreference" : ""}] ${goldName(gold)} (${clip(gold.speaker.sourceText, 30)}; cue “${clip(gold.cue, 30)}”): “${clip(gold.content, 100)}” — extractor: ${gave}`);
    } else if (right.length === 0) {
      score.errors.push(`WRONG SPEAKER ${doc.name} [${category}] gold ${goldName(gold)} (${clip(gold.speaker.sourceText, 30)}), got ${found.map((e) => e.statement.speaker).join(" / ")}: “${clip(gold.content, 100)}”`);
    }
  }

  for (const e of extracted) {
    const matched = golds.filter((g) => matches(g, e));
    if (matched.length === 0) {
      score.unmatched++;
      continue;
    }
    score.matched++;
    const agrees = matched.some((g) => speakerAgrees(g.speaker, e.statement.speaker));
    if (agrees) score.matchedRight++;
    const named = matched.filter((g) => g.speaker.names.length > 0);
    if (named.length > 0) {
      score.matchedNamed++;
      if (named.some((g) => speakerAgrees(g.speaker, e.statement.speaker))) score.matchedNamedRight++;
    }
    if (!agrees) {
      score.errors.push(`WRONG MATCH ${doc.name} extracted ${describe(e.statement)} — gold speaker ${matched.map(goldName).join(" / ")}`);
    }
  }
}

/** The split's folder: `<dir>/data/<split>` (a checkout of the corpus) or `<dir>/<split>`. */
export function splitDir(corpusDir: string, split: string): string {
  for (const dir of [join(corpusDir, "data", split), join(corpusDir, split)]) {
    if (existsSync(join(dir, "text")) && existsSync(join(dir, "attributions"))) return dir;
  }
  throw new Error(`no ${split} split under ${corpusDir} (looked for data/${split}/text and ${split}/text)`);
}

/** The split's articles that have an annotation, each with the alphabetically first .ann file's gold. */
export function readSplit(dir: string): { articles: PolnearArticle[]; withoutAnnotation: string[]; withoutCoreNlp: string[] } {
  const annFiles = new Map<string, string>();
  for (const file of readdirSync(join(dir, "attributions")).sort()) {
    const m = /^(.*)_[^_]+\.ann$/.exec(file);
    if (m && !annFiles.has(m[1]!)) annFiles.set(m[1]!, file);
  }
  const articles: PolnearArticle[] = [];
  const withoutAnnotation: string[] = [];
  const withoutCoreNlp: string[] = [];
  for (const file of readdirSync(join(dir, "text")).sort()) {
    if (!file.endsWith(".txt")) continue;
    const name = file.slice(0, -4);
    const ann = annFiles.get(name);
    if (!ann) {
      withoutAnnotation.push(name);
      continue;
    }
    const xmlPath = join(dir, "corenlp", `${name}.txt.xml`);
    if (!existsSync(xmlPath)) withoutCoreNlp.push(name);
    articles.push({
      name,
      text: readFileSync(join(dir, "text", file), "utf8"),
      attributions: parseAnn(readFileSync(join(dir, "attributions", ann), "utf8")),
      nlp: existsSync(xmlPath) ? parseCoreNlp(readFileSync(xmlPath, "utf8")) : null,
    });
  }
  return { articles, withoutAnnotation, withoutCoreNlp };
}

/** Control characters Verbatim refuses a file for (one train article holds an ESC). */
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/g;

/**
 * The article file written for Verbatim: the headline as title, then the text unchanged but for
 * any control character, made a space (the offsets stay those of the original).
 */
export function articleFile(doc: Pick<PolnearArticle, "name" | "text">): string {
  const text = doc.text.replace(CONTROL, " ");
  const headline = text.split("\n", 1)[0]!.trim();
  return `---\ntitle: ${JSON.stringify(headline || doc.name)}\n---\n${text}`;
}

export interface PolnearResult {
  split: string;
  withoutAnnotation: string[];
  /** Articles scored without CoreNLP: none of their speakers is named. */
  withoutCoreNlp: string[];
  notLoaded: string[];
  score: Score;
}

/** Runs Verbatim on the articles of a split and scores it. */
export async function evaluatePolnear(corpusDir: string, split: string): Promise<PolnearResult> {
  const { articles, withoutAnnotation, withoutCoreNlp } = readSplit(splitDir(corpusDir, split));
  const dir = mkdtempSync(join(tmpdir(), "verbatim-polnear-"));
  try {
    for (const doc of articles) writeFileSync(join(dir, `${doc.name}.md`), articleFile(doc));
    const corpus = await loadCorpus(dir, { workers: 0 });
    const lines = extractionReport(corpus);
    const reports = new Map(lines.flatMap((line) => ("statements" in line ? [[line.file, line] as const] : [])));
    const reasons = new Map(lines.flatMap((line) => ("skipped" in line ? [[line.file, line.skipped] as const] : [])));
    const score = emptyScore();
    const notLoaded: string[] = [];
    for (const doc of articles) {
      const report = reports.get(`${doc.name}.md`);
      if (report) scoreArticle(doc, report, score);
      else notLoaded.push(`${doc.name} (${reasons.get(`${doc.name}.md`) ?? "not loaded"})`);
    }
    return { split, withoutAnnotation, withoutCoreNlp, notLoaded, score };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);

/** The figures, one line each. */
export function formatResult(result: PolnearResult): string[] {
  const s = result.score;
  const total = (["quoted", "partly", "unquoted"] as const).reduce(
    (t, c) => ({ named: t.named + s.byCategory[c].named, found: t.found + s.byCategory[c].found, right: t.right + s.byCategory[c].right }),
    { named: 0, found: 0, right: 0 },
  );
  const recall = (label: string, c: { named: number; found: number; right: number }) =>
    `  ${label}: ${pct(c.right, c.named)} (${c.right}/${c.named}); found with any speaker ${pct(c.found, c.named)} (${c.found})`;
  return [
    `PolNeAR ${result.split}: ${s.articles} articles${result.withoutAnnotation.length ? `, ${result.withoutAnnotation.length} without annotation left out` : ""}${result.withoutCoreNlp.length ? `, ${result.withoutCoreNlp.length} without CoreNLP (no speaker named)` : ""}${result.notLoaded.length ? `, ${result.notLoaded.length} not loaded by Verbatim` : ""}`,
    `Gold: ${s.goldAttributions} attributions, ${s.goldStatements} statements, ${s.namedStatements} by named people (${s.namedByCoreference} named through coreference)`,
    `Extracted: ${s.extracted} statements (${s.unalignedWords} of ${s.extractedWords} words not placed in the original text)`,
    `Recall, end to end (named statements found with the right speaker):`,
    recall("overall", total),
    recall("quoted", s.byCategory.quoted),
    recall("partly quoted", s.byCategory.partly),
    recall("unquoted", s.byCategory.unquoted),
    `Precision (speaker agrees, of extracted statements matched to a gold attribution): overall ${pct(s.matchedRight, s.matched)} (${s.matchedRight}/${s.matched}); named gold speaker ${pct(s.matchedNamedRight, s.matchedNamed)} (${s.matchedNamedRight}/${s.matchedNamed})`,
    `Extracted statements matching no gold attribution: ${s.unmatched}`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { corpus: { type: "string" }, split: { type: "string" }, errors: { type: "boolean", default: false } } });
  if (!values.corpus || !values.split || !["train", "dev", "test"].includes(values.split)) {
    process.stderr.write("usage: npm run eval:polnear -- --corpus <dir> --split train|dev|test [--errors]\n");
    process.exit(2);
  }
  const result = await evaluatePolnear(values.corpus, values.split);
  for (const line of formatResult(result)) console.log(line);
  if (values.errors) {
    for (const name of result.withoutCoreNlp) console.log(`NO CORENLP ${name}`);
    for (const name of result.notLoaded) console.log(`NOT LOADED ${name}`);
    for (const line of result.score.errors) console.log(line);
  }
}
