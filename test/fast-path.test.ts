import fc from "fast-check";
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../scripts/bench/generate.js";
import { quoteQueries, whenQueries } from "../scripts/bench/queries.js";
import { Random } from "../scripts/bench/random.js";
import { answerQuote } from "../src/answer/quote.js";
import { excerptOf } from "../src/answer/quote-index.js";
import { buildPostings, tokensOf, TopicIndex, Vocabulary } from "../src/answer/index-topic.js";
import { searchTopic, topicFuseOptions } from "../src/answer/topic-search.js";
import { answerWhen } from "../src/answer/when.js";
import { approxContains, compilePattern, GramIndex, maxErrors } from "../src/corpus/approx.js";
import { buildCorpus, type Corpus } from "../src/corpus/corpus.js";
import { parseArticle } from "../src/corpus/parse-article.js";
import type { Statement } from "../src/corpus/types.js";

const ALPHABET = "aeinorstlcdé -";

function randomText(random: Random, min: number, max: number): string {
  let text = "";
  const length = random.int(min, max);
  while (text.length < length) text += ALPHABET[random.int(0, ALPHABET.length - 1)];
  return text;
}

describe("approximate matching keeps every record Fuse can match", () => {
  it("approxContains is true wherever Fuse's Bitap matches (threshold 0.34 and 0.6, ignoring location)", () => {
    const random = new Random(7);
    let fuseMatches = 0;
    for (let n = 0; n < 4000; n++) {
      const pattern = randomText(random, 2, 12).trim() || "ab";
      const text = random.chance(0.5) ? randomText(random, 0, 40) : `${randomText(random, 0, 10)}${pattern.slice(1)}${randomText(random, 0, 10)}`;
      for (const threshold of [0.34, 0.6]) {
        const fuse = Fuse.match(pattern, text, { threshold, ignoreLocation: true, minMatchCharLength: 1 });
        if (!fuse?.isMatch) continue;
        fuseMatches++;
        expect(approxContains(compilePattern(pattern), text.toLowerCase(), maxErrors(pattern.length, threshold)), `${pattern} in ${text}`).toBe(true);
      }
    }
    expect(fuseMatches).toBeGreaterThan(1000);
  });

  it("GramIndex finds every string holding a three-letter word within one edit (the gapped-pair case)", () => {
    const random = new Random(9);
    const grams = new GramIndex();
    const texts = Array.from({ length: 3000 }, () => randomText(random, 1, 10));
    for (const t of texts) grams.add(t);
    let found = 0;
    for (let n = 0; n < 400; n++) {
      const pattern = randomText(random, 3, 3);
      const compiled = compilePattern(pattern);
      const all = texts.map((t, i) => (t.length >= 2 && approxContains(compiled, t, 1) ? i : -1)).filter((i) => i >= 0);
      expect(grams.matching(pattern, 1)).toEqual(all);
      found += all.length;
    }
    expect(found).toBeGreaterThan(400);
  });

  it("GramIndex finds exactly what checking every string finds", () => {
    const random = new Random(8);
    const grams = new GramIndex();
    const texts = Array.from({ length: 600 }, () => randomText(random, 1, 14));
    for (const t of texts) grams.add(t);
    for (let n = 0; n < 300; n++) {
      const pattern = randomText(random, 2, 12);
      const k = random.int(0, Math.floor(pattern.length / 2));
      const compiled = compilePattern(pattern);
      const all = texts.map((t, i) => (t.length >= pattern.length - k && approxContains(compiled, t, k) ? i : -1)).filter((i) => i >= 0);
      expect(grams.matching(pattern, k)).toEqual(all);
    }
  });
});

/** Statements of one speaker, as /quote ranks them, searched with plain Fuse.js over all of them. */
function plainTopicSearch(corpus: Corpus, statements: Statement[], topic: string) {
  const records = statements.map((statement) => ({ statement, quote: statement.quote, excerpt: excerptOf(corpus, statement) }));
  const options = topicFuseOptions<(typeof records)[number]>([{ name: "quote", weight: 2 }, { name: "excerpt", weight: 1 }]);
  return {
    plain: searchTopic(new Fuse(records, options), topic).map((h) => h.item.statement),
    fast: TopicIndex.build(records, options, (r) => [r.quote, r.excerpt], new Vocabulary()).search(topic).map((h) => h.item.statement),
  };
}

describe("the fast path returns what plain Fuse.js returns", () => {
  const generated = generateCorpus(200);
  const corpus = buildCorpus(generated.articles.map((a) => parseArticle(a.file, new TextEncoder().encode(a.text))));
  const bySpeaker = new Map<string, Statement[]>();
  for (const s of corpus.statements) bySpeaker.set(s.speaker, [...(bySpeaker.get(s.speaker) ?? []), s]);

  it("/quote topic search: the same top 5 on a sample, and never a result plain Fuse.js does not give", () => {
    const queries = quoteQueries(generated, 150, 21);
    let same = 0;
    for (const q of queries) {
      const statements = bySpeaker.get(q.target.speaker) ?? [];
      const { plain, fast } = plainTopicSearch(corpus, statements, q.topic);
      if (JSON.stringify(plain.slice(0, 5)) === JSON.stringify(fast.slice(0, 5))) same++;
      // Fuse scores each record on its own, so the fast results are plain's, in plain's order,
      // less only records matched across a space (a word found in "said on Saturday").
      const inPlain = fast.filter((s) => plain.includes(s));
      if (inPlain.length === fast.length) expect(fast).toEqual(plain.filter((s) => fast.includes(s)));
    }
    expect(same / queries.length).toBeGreaterThanOrEqual(0.95);
  });

  it("/quote answers are deterministic and cite the statements found", () => {
    for (const q of quoteQueries(generated, 40, 22)) {
      const a = answerQuote(corpus, { leader: q.leader, topic: q.topic });
      expect(answerQuote(corpus, { leader: q.leader, topic: q.topic })).toEqual(a);
      for (const r of a.results) expect(corpus.byId.get(r.citation.article)).toBeDefined();
    }
  });

  it("/when finds the generated events", () => {
    const queries = whenQueries(generated, 100, 23);
    let found = 0;
    for (const q of queries) {
      const answer = answerWhen(corpus, { event: q.event, ...(q.leader ? { leader: q.leader } : {}) });
      if (answer.results.some((r) => r.citation.article === q.target.article && r.excerpt.includes(q.target.marker))) found++;
    }
    expect(found / queries.length).toBeGreaterThan(0.7);
  });
});

describe("topic postings", () => {
  it("cut texts into tokens exactly as lower-casing and splitting on \\s+ does", () => {
    const piece = fc.constantFrom(
      "a", "B", "é", "İ", "ß", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u001c", "\u0085", "\u00a0", "\u1680", "\u180e", "\u2000", "\u200a",
      "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "“", "’", "-", "😀", "\ud800",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join("");
        expect(tokensOf(text), JSON.stringify(text)).toEqual(text.toLowerCase().split(/\s+/).filter((t) => t.length > 0));
      }),
    );
  });

  it("list, for each token, the records holding it, once each and in order", () => {
    const records = ["Rates will rise", "rates, rates and RATES", "", "Trade\u00a0talks will  resume", "talks"];
    const vocabulary = new Vocabulary();
    const { tokens, starts, positions } = buildPostings(records, (r) => [r, r.toUpperCase()], vocabulary);
    const byToken = new Map<string, number[]>();
    tokens.forEach((id, t) => byToken.set(vocabulary.tokens[id]!, [...positions.subarray(starts[t]!, starts[t + 1]!)]));
    expect(Object.fromEntries(byToken)).toEqual({
      rates: [0, 1], will: [0, 3], rise: [0], "rates,": [1], and: [1], trade: [3], talks: [3, 4], resume: [3],
    });
    expect([...tokens]).toEqual([...tokens].sort((a, b) => a - b));
    // A second build over the same vocabulary reuses its ids.
    const size = vocabulary.tokens.length;
    const again = buildPostings(["resume talks, will"], (r) => [r], vocabulary);
    expect(vocabulary.tokens.length).toBe(size + 1); // "talks," is new
    expect(new Set([...again.tokens].map((id) => vocabulary.tokens[id]))).toEqual(new Set(["resume", "talks,", "will"]));
  });
});
