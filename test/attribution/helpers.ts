/** Reading one pattern or filter of src/extract/quotes/attribution on a sentence of the test's own writing. */
import { buildCorpus } from "../../src/corpus/corpus.js";
import { tokenize } from "../../src/extract/people/tokens.js";
import { parseArticle } from "../../src/ingest/parse-article.js";
import type { Attribution, CuePattern, SentenceContext } from "../../src/extract/quotes/attribution/types.js";

export function sentence(text: string, startsQuoted = false): SentenceContext {
  return { text, tokens: tokenize(text), startsQuoted };
}

/** The pattern's answer at the first token that reads `cue` (a word of the sentence). */
export function atCue(pattern: CuePattern, text: string, cue: string): Attribution | null | undefined {
  const context = sentence(text);
  const v = context.tokens.findIndex((t) => t.text === cue);
  if (v < 0) throw new Error(`no token '${cue}' in: ${text}`);
  return pattern.at(context, v);
}

/** An attribution as words: who, and what they said. */
export function read(text: string, a: Attribution | null | undefined) {
  if (!a) return a;
  return { speaker: a.speaker.map((t) => t.text).join(" "), words: text.slice(a.content[0], a.content[1]).trim(), relay: a.relay, form: a.form };
}

/**
 * The statements the whole extractor finds in a one-article corpus of the test's writing (a
 * headline, then the body): each pattern's tests end with one read end to end, so that they fail
 * when extraction returns nothing.
 */
export function statementsOf(body: string): Array<{ speaker: string; quote: string; kind: string; via: string | null }> {
  const article = parseArticle("test.md", new TextEncoder().encode(`---\ntitle: Test\npublished: 2025-03-14\n---\nTest headline\n\n${body}\n`));
  return buildCorpus([article]).statements.map(({ speaker, quote, kind, via }) => ({ speaker, quote, kind, via }));
}
