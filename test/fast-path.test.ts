import fc from "fast-check";
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../scripts/bench/generate.js";
import { quoteQueries, whenQueries } from "../scripts/bench/queries.js";
import { Random } from "../scripts/bench/random.js";
import { answerQuote } from "../src/answer/quote/quote.js";
import { excerptOf } from "../src/answer/quote/quote-index.js";
import { buildPostings, fieldNorm, tokensOf, TopicIndex, Vocabulary } from "../src/search/topic-index.js";
import { extendedQuery, searchTopic, topicFuseOptions, topicTerms } from "../src/search/topic-search.js";
import { answerWhen } from "../src/answer/when/when.js";
import { approxContains, compilePattern, GramIndex, leastDistance, maxErrors } from "../src/search/approx.js";
import { buildCorpus, type Corpus } from "../src/corpus/corpus.js";
import { parseArticle } from "../src/ingest/parse-article.js";
import type { Statement } from "../src/extract/types.js";

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

  it("leastDistance is the least edit distance to a substring, and Fuse finds a word with no fewer errors", () => {
    const random = new Random(12);
    // Edit distance between the pattern and the best substring of the text (free start and end in the text).
    const semiGlobal = (pattern: string, text: string) => {
      let row = Array.from({ length: pattern.length + 1 }, (_, i) => i);
      let least = row[pattern.length]!;
      for (let j = 1; j <= text.length; j++) {
        const next = [0];
        for (let i = 1; i <= pattern.length; i++) next[i] = Math.min(row[i]! + 1, next[i - 1]! + 1, row[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1));
        row = next;
        least = Math.min(least, row[pattern.length]!);
      }
      return least;
    };
    let fuseMatches = 0;
    for (let n = 0; n < 3000; n++) {
      const pattern = randomText(random, 1, 14).trim() || "ab";
      const text = random.chance(0.5) ? randomText(random, 0, 40) : `${randomText(random, 0, 10)}${pattern.slice(1)}${randomText(random, 0, 10)}`;
      const k = random.int(0, pattern.length);
      const least = leastDistance(compilePattern(pattern), text, k);
      expect(least, `${pattern} in ${text}`).toBe(Math.min(semiGlobal(pattern, text), k + 1));
      const fuse = Fuse.match(pattern, text, { threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 });
      if (!fuse?.isMatch || text.toLowerCase() === pattern) continue;
      fuseMatches++;
      const errors = leastDistance(compilePattern(pattern), text.toLowerCase(), pattern.length);
      expect(fuse.score, `${pattern} in ${text}`).toBeGreaterThanOrEqual(Math.max(0.001, errors / pattern.length));
    }
    expect(fuseMatches).toBeGreaterThan(500);
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

  it("Vocabulary.matchingIn finds within a set of tokens what matching finds, checking them one by one or looking them up", () => {
    const random = new Random(13);
    const vocabulary = Vocabulary.of([...new Set(Array.from({ length: 4000 }, () => randomText(random, 1, 14).trim()).filter((t) => t.length > 0))]);
    const size = vocabulary.tokens.length;
    let checked = 0;
    for (let n = 0; n < 300; n++) {
      const keep = random.pick([0.002, 0.01, 0.1, 0.5, 1]);
      const ids = Int32Array.from(Array.from({ length: size }, (_, id) => id).filter(() => random.chance(keep)));
      const set = new Set(ids);
      const pattern = randomText(random, 2, 12).trim() || "ab";
      const k = maxErrors(pattern.length, 0.34);
      const expected = vocabulary.matching(pattern, k, (id) => set.has(id)).map((id) => ids.indexOf(id));
      expect(vocabulary.matchingIn(pattern, k, ids), `${pattern} in ${ids.length}`).toEqual(expected);
      checked += expected.length;
    }
    expect(checked).toBeGreaterThan(1000);
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

describe("/quote ranks only the candidates that can be among the first results", () => {
  type Rec = { quote: string; excerpt: string };
  const options = topicFuseOptions<Rec>([{ name: "quote", weight: 2 }, { name: "excerpt", weight: 1 }]);
  const build = (records: Rec[]) => TopicIndex.build(records, options, (r) => [r.quote, r.excerpt], new Vocabulary());
  /**
   * The definition, without shortcuts: Fuse.js over the records with, for every word (AND) or
   * for some word (OR), a token holding it within Fuse's error budget; plain Fuse for words too
   * long for the approximate index.
   */
  function reference(records: Rec[], topic: string) {
    const terms = topicTerms(topic);
    if (terms.length === 0) return [];
    if (terms.some((t) => t.length > 31)) return searchTopic(new Fuse(records, options), topic);
    const holding = terms.map((term) => {
      const k = maxErrors(term.length, 0.34);
      const pattern = compilePattern(term);
      return records.map((r) => [r.quote, r.excerpt].some((text) => tokensOf(text).some((t) => t.length >= term.length - k && approxContains(pattern, t, k))));
    });
    for (const mode of ["all", "any"] as const) {
      const kept = records.filter((_, p) => (mode === "all" ? holding.every((h) => h[p]) : holding.some((h) => h[p])));
      const hits = kept.length > 0 ? new Fuse(kept, options).search(extendedQuery(terms, mode)) : [];
      if (hits.length > 0) return hits.map((h) => ({ item: h.item, score: h.score! }));
      if (terms.length === 1) break;
    }
    return [];
  }
  /** The first `limit` hits equal the first `limit` of the definition, and so does the whole search. */
  function expectSameTop(index: TopicIndex<Rec>, topic: string, limits = [1, 2, 3, 5, 8, 20]) {
    const all = reference(index.records as Rec[], topic);
    const at = (hits: Array<{ item: Rec; score: number }>) => hits.map((h) => [index.records.indexOf(h.item), h.score]);
    expect(at(index.search(topic)), topic).toEqual(at(all));
    for (const limit of limits) expect(at(index.search(topic, limit)), `${topic} (${limit})`).toEqual(at(all.slice(0, limit)));
    return all.length;
  }

  it("gives the same first results as ranking every candidate, on a long-tail corpus", () => {
    const generated = generateCorpus(150, undefined, 40, 3000);
    const corpus = buildCorpus(generated.articles.map((a) => parseArticle(a.file, new TextEncoder().encode(a.text))));
    const bySpeaker = new Map<string, Rec[]>();
    for (const s of corpus.statements) bySpeaker.set(s.speaker, [...(bySpeaker.get(s.speaker) ?? []), { quote: s.quote, excerpt: excerptOf(corpus, s) }]);
    const indexes = new Map([...bySpeaker].map(([speaker, records]) => [speaker, build(records)]));
    const big = [...indexes.values()].sort((a, b) => b.records.length - a.records.length)[0]!;
    let hits = 0;
    for (const q of quoteQueries(generated, 120, 31)) hits += expectSameTop(indexes.get(q.target.speaker) ?? big, q.topic);
    // Words held by many tokens, short words, several words, a word and a typo, no match at all.
    for (const topic of ["ports", "port", "re", "al", "ion", "ent", "said", "the government", "minister said", "ports rail", "tarriffs", "zzzzqx", "2024", "5"]) hits += expectSameTop(big, topic);
    expect(hits).toBeGreaterThan(1000);
  });

  it("keeps ties in order, finds a text equal to the word, and handles accents, blanks, long words and empty partitions", () => {
    const records: Rec[] = [];
    const random = new Random(5);
    const words = ["ports", "reports", "sports", "supports", "passports", "port", "portal", "Łódź", "İstanbul", "São", "Paulo", "harbour", "rail", "the", "a", "and"];
    for (let i = 0; i < 400; i++) {
      const n = random.int(1, 12);
      const quote = Array.from({ length: n }, () => random.pick(words)).join(random.chance(0.1) ? "\u00a0" : " ");
      records.push({ quote, excerpt: random.chance(0.2) ? quote : `${quote} ${random.pick(words)} ${random.pick(words)}.` });
      // Copies of the same record: equal scores, ranked by position.
      if (random.chance(0.2)) for (let c = random.int(1, 6); c > 0; c--) records.push({ ...records.at(-1)! });
    }
    records.push({ quote: "ports", excerpt: "Ports" }, { quote: "", excerpt: "ports" }, { quote: "   ", excerpt: "the ports" }, { quote: "PORTS", excerpt: "ports and rail" });
    const index = build(records);
    for (const topic of ["ports", "port", "sport", "reports rail", "lodz", "łódź", "istanbul", "i̇stanbul", "sao paulo", "harbour rail", "rail ports sports", "or", "xylophone", "supercalifragilisticexpialidociousness ports"]) {
      expectSameTop(index, topic, [1, 2, 5, 10, 50]);
    }
    // A quote that is the word itself scores 0 (Fuse counts it as Number.EPSILON): far ahead of
    // the many exact matches before it, though its long excerpt matches less well.
    const equal = [...Array.from({ length: 40 }, () => ({ quote: "ports ports", excerpt: "ports" })), { quote: "Ports", excerpt: `ports ${"and more words ".repeat(12)}` }];
    expect(build(equal).search("ports", 5)[0]!.item).toBe(equal[40]);
    expectSameTop(build(equal), "ports", [1, 5, 10]);
    // A limit that is not a whole number from 1 asks for every hit.
    for (const limit of [0, -1, 2.5, NaN]) expect(index.search("ports", limit)).toEqual(index.search("ports"));
    expect(build([]).search("ports", 5)).toEqual([]);
    expect(build([{ quote: "", excerpt: "" }]).search("ports", 5)).toEqual([]);
  });

  it("keeps the first results where exact matches in long texts compete with typos in short ones", () => {
    // Scores that differ only by a word's errors or a text's length: a bound a little too high
    // anywhere (one error reckoned as two, 0.001 as 0.002, a text equal to the word as 0.001)
    // drops a record that belongs among the first.
    const random = new Random(11);
    const filler = ["the", "minister", "said", "on", "tuesday", "that", "new", "rules", "would", "follow", "soon"];
    const variants = (word: string) => {
      const i = random.int(1, word.length - 2);
      return random.pick([
        word, word, `re${word}`, `${word},`, word.toUpperCase(),
        word.slice(0, i) + word.slice(i + 1), // one deletion
        word.slice(0, i) + "x" + word.slice(i + 1), // one substitution
        word.slice(0, i) + "xy" + word.slice(i + 2), // two substitutions
        word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), // a swap (two edits)
        `${word.slice(0, i)} ${word.slice(i)}`, // cut by a space
      ]);
    };
    const text = (words: string[]) => {
      const out = Array.from({ length: random.int(0, 30) }, () => random.pick(filler));
      for (const w of words) out.splice(random.int(0, out.length), 0, variants(w));
      return out.join(" ");
    };
    let compared = 0;
    for (let trial = 0; trial < 150; trial++) {
      const topic = random.pick(["ports", "miners", "harbour", "tariffs", "ports miners", "harbour tariffs rail"]);
      const words = topic.split(" ");
      const records: Rec[] = [];
      for (let r = random.int(10, 80); r > 0; r--) {
        const held = words.filter(() => random.chance(0.8));
        const quote = random.chance(0.05) ? words[0]! : text(held);
        records.push({ quote, excerpt: random.chance(0.3) ? quote : `${text(held)} ${quote}` });
      }
      compared += expectSameTop(build(records), topic, [1, 2, 3, 5, 8]);
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it("reckons field norms as Fuse.js does", () => {
    const piece = fc.constantFrom("a", "É", "ß", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680", "\u2000", "\u3000", "\ufeff", "-", "😀", "word");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const record = Fuse.createIndex(["v"], [{ v: text }]).records[0] as unknown as { $: Record<number, { n: number }> };
        if (record.$[0]) expect(fieldNorm(text), JSON.stringify(text)).toBe(record.$[0].n);
      }),
    );
  });
});
