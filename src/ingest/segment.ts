import { SAY_VERBS } from "../lexicon/speech-verbs.js";
import type { CleanBlock } from "./clean.js";
import type { Paragraph, Sentence } from "./types.js";

/**
 * Segmentation: lays the cleaned paragraphs out as one text (blank line between paragraphs)
 * and splits each paragraph into sentences with offsets into that text.
 *
 * `Intl.Segmenter` does the splitting; a refiner then re-joins the places where it breaks
 * wrongly in news copy: after abbreviations and titles ("Mr.", "Gen.", "St."), initials
 * ("J. Trump"), month abbreviations before a day ("Jan. 5"), "U.S." before a name, an ellipsis
 * inside an open quotation ("“We need to... Stop"), and a quotation ending in "?" or "!" before
 * its attribution ("“Who will pay for it?” Ms. Reyes asked.").
 */
export interface SegmentedText {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Abbreviations that never end a sentence in news copy. */
const TITLES = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl",
  "gov", "sen", "rep", "rev", "hon", "pres", "amb", "st", "ste", "mt", "ft", "no", "nos", "vs", "v",
  "fig", "approx", "dept", "est", "jr", "sr", "messrs", "mme", "mlle", "op", "art", "sec", "gov't",
]);
const MONTH_ABBREVIATIONS = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);
/** Words that start a new sentence after an abbreviation such as "U.S." or "a.m.". */
const SENTENCE_STARTERS = new Set([
  "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these",
  "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "as", "if", "when",
  "while", "after", "before", "since", "his", "her", "their", "our", "my", "what", "who", "how",
  "why", "meanwhile", "however", "still", "also", "then", "now", "some", "many", "most", "both",
]);

export function segmentBlocks(blocks: CleanBlock[]): SegmentedText {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let text = "";
  for (const block of blocks) {
    if (text !== "") text += "\n\n";
    const start = text.length;
    text += block.text;
    const paragraph: Paragraph = { index: paragraphs.length, kind: block.kind, start, end: text.length };
    paragraphs.push(paragraph);
    for (const [from, to] of splitSentences(block.text)) {
      sentences.push({
        index: sentences.length,
        paragraph: paragraph.index,
        start: start + from,
        end: start + to,
        text: block.text.slice(from, to),
        duplicateOf: null,
      });
    }
  }
  markSummaryDuplicates(paragraphs, sentences);
  return { text, paragraphs, sentences };
}

/** Where a sentence can end (UAX #29): after a sentence terminator or a paragraph separator. */
const BREAK_AFTER = /[\p{Sentence_Terminal}\n\r\u0085\u2028\u2029]/u;
/** BREAK_AFTER of each BMP code point, tested as it is first met (0: not yet, 1: no, 2: yes). */
const breaksAfter = new Uint8Array(0x10000);

/**
 * `text.search(BREAK_AFTER)`, read with a table of the BMP code points tested so far: the regex
 * (a Unicode property) walked every paragraph. An astral code point is tested as before.
 */
function firstBreakAfter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (BREAK_AFTER.test(text.slice(i, i + 2))) return i;
        i++;
        continue;
      }
    }
    let known = breaksAfter[code]!;
    if (known === 0) breaksAfter[code] = known = BREAK_AFTER.test(String.fromCharCode(code)) ? 2 : 1;
    if (known === 2) return i;
  }
  return -1;
}

/**
 * What may follow the first terminator of a one-sentence text without a break: terminators,
 * closing quotes and brackets after them, spaces at the end ("…,” she said.", "Why?!”").
 * A closing mark after a space would start a new sentence, so it must follow a terminator again.
 */
const FINAL_PUNCTUATION = /^\p{Sentence_Terminal}(?:["'”’)\]»]*[ ]*\p{Sentence_Terminal})*["'”’)\]»]*[ ]*$/u;

/**
 * The segmenter's sentences of the text. Most paragraphs of news are one sentence, and then the
 * segmenter (the costly part of segmenting) is not needed: a text with no terminator or separator
 * before its final punctuation has no break for it to find, so its one segment is the whole text.
 * `test/segment.test.ts` compares the two on every code point and on random texts.
 */
export function sentenceSegments(text: string): Iterable<{ segment: string; index: number }> {
  const first = firstBreakAfter(text);
  if (first === -1 || FINAL_PUNCTUATION.test(text.slice(first))) return text === "" ? [] : [{ segment: text, index: 0 }];
  return segmenter.segment(text);
}

/** Sentence spans [start, end) within `text`, trimmed of surrounding whitespace. */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const { segment, index } of sentenceSegments(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed === "") continue;
    const span: [number, number] = [index + lead, index + lead + trimmed.length];
    const previous = spans.at(-1);
    if (previous && shouldJoin(text.slice(previous[0], previous[1]), trimmed, text.slice(span[0], span[0] + 80))) previous[1] = span[1];
    else spans.push(span);
  }
  return spans;
}

// Regexes with \p{…} are module constants: tsx (esbuild) compiles such a literal to a `new RegExp(…)`
// call wherever it stands, so one inside a function is rebuilt on every call.
const LOWER_INITIAL = /^\p{Ll}/u;
const INITIAL = /^\p{Lu}$/u;
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;

/** A quotation that ends with a question or an exclamation: "“Who will pay for it?”". */
const QUOTED_QUESTION_END = /[?!][”"’»]$/;
/** Its attribution after it: a name or a pronoun (titles allowed), then a verb of saying ("Ms. Reyes asked.", "he said, adding …"). */
const ATTRIBUTION_AFTER = new RegExp(
  String.raw`^(?:(?:[A-Z][\w.'’-]*\s+){1,5}|(?:He|She|They|It|We|I)\s+)(?:${[...SAY_VERBS].join("|")})\b`,
);

/** `rest`: the text from where `next` starts (an attribution may run over a title's dot: "Ms. Reyes asked"). */
function shouldJoin(previous: string, next: string, rest: string = next): boolean {
  // Closing punctuation or a quote mark split off on its own.
  if (/^[”"’)\]]+[.,;:!?]*$/.test(next)) return true;
  // “Who will pay for it?” Ms. Reyes asked. — the question mark ends the quotation, not the sentence.
  if (QUOTED_QUESTION_END.test(previous) && ATTRIBUTION_AFTER.test(rest)) return true;
  const nextWord = /^[“"‘(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? "";
  if (LOWER_INITIAL.test(nextWord)) return true;
  const lastToken = /(\S+)$/.exec(previous)?.[1] ?? "";
  if (/(?:\.\.\.|…)["”’]?$/.test(lastToken)) return hasOpenQuote(previous);
  if (!lastToken.endsWith(".")) return false;
  const bare = lastToken.replace(/^[“"‘(]+/, "").slice(0, -1);
  const lower = bare.toLowerCase();
  if (INITIAL.test(bare)) return true; // an initial: "J. Trump"
  if (TITLES.has(lower)) return true;
  if (MONTH_ABBREVIATIONS.has(lower)) return /^\d/.test(nextWord);
  // Dotted abbreviations: "U.S.", "U.N.", "a.m.", "p.m.", "e.g.".
  if (DOTTED_ABBREVIATION.test(bare)) return !SENTENCE_STARTERS.has(nextWord.toLowerCase());
  return false;
}

/** True when a double quotation mark opened in `text` has not been closed. */
function hasOpenQuote(text: string): boolean {
  const opened = (text.match(/“/g)?.length ?? 0) - (text.match(/”/g)?.length ?? 0);
  if (opened > 0) return true;
  return (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * A standfirst bullet often repeats a body sentence word for word or nearly so
 * ("…,” according to Xinhua" / "…,” Xinhua said"). Such summary sentences point at the
 * body sentence they repeat, so extractors can skip them.
 */
function markSummaryDuplicates(paragraphs: Paragraph[], sentences: Sentence[]): void {
  if (!paragraphs.some((p) => p.kind === "summary")) return;
  const body = sentences.filter((s) => paragraphs[s.paragraph]!.kind === "body");
  const bodyTokens = body.map((s) => new Set(tokens(s.text)));
  // Which body sentences hold each token: a summary sentence is compared only with those that
  // share one of its rarest tokens (see below), so a long article costs no summary × body pairs.
  const holders = new Map<string, number[]>();
  bodyTokens.forEach((set, i) => {
    for (const token of set) {
      const list = holders.get(token);
      if (list) list.push(i);
      else holders.set(token, [i]);
    }
  });
  // The same bullet text twice has the same duplicate: found once.
  const known = new Map<string, number | null>();
  for (const sentence of sentences) {
    if (paragraphs[sentence.paragraph]!.kind !== "summary") continue;
    const seen = known.get(sentence.text);
    if (seen !== undefined) {
      sentence.duplicateOf = seen;
      continue;
    }
    const own = tokens(sentence.text);
    if (own.length < 4) continue;
    // A duplicate shares at least 80% of the sentence's words, so it misses fewer than
    // floor(0.2 × words) + 1 of its distinct words: it holds one of that many rarest ones.
    const rarest = [...new Set(own)].sort((a, b) => (holders.get(a)?.length ?? 0) - (holders.get(b)?.length ?? 0)).slice(0, Math.floor(own.length * 0.2) + 1);
    const candidates = [...new Set(rarest.flatMap((token) => holders.get(token) ?? []))].sort((a, b) => a - b);
    let best = -1;
    let bestScore = 0;
    for (const i of candidates) {
      const set = bodyTokens[i]!;
      const shared = own.filter((token) => set.has(token)).length;
      const score = shared / Math.max(own.length, Math.min(set.size, own.length * 1.5));
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    if (best !== -1 && bestScore >= 0.8) sentence.duplicateOf = body[best]!.index;
    known.set(sentence.text, sentence.duplicateOf);
  }
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
