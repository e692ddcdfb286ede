/**
 * Preparing the answer indexes of a reloaded corpus a slice at a time (prepareAnswersAsync, what
 * `npm start` does at each reload) gives the same answers as preparing them at once, and lets
 * the event loop run in between — a serving bot keeps answering while a large corpus is indexed.
 */
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../scripts/bench/generate.js";
import { quoteQueries, whenQueries } from "../scripts/bench/queries.js";
import { prepareAnswers, prepareAnswersAsync } from "../src/answer/prepare.js";
import { answerQuote } from "../src/answer/quote/quote.js";
import { answerWhen } from "../src/answer/when/when.js";
import { assembleCorpus, type Corpus } from "../src/corpus/corpus.js";
import { extractArticle } from "../src/extract/index.js";
import { parseArticle } from "../src/ingest/parse-article.js";
import { SLICE } from "../src/corpus/steps.js";

const generated = generateCorpus(600);
// Each corpus is built as buildCorpus builds it (assembleCorpus over each article's extraction);
// the extraction, which assembling only reads, is done once for both.
const extracted = generated.articles.map((a) => extractArticle(parseArticle(a.file, new TextEncoder().encode(a.text))));
const build = () => assembleCorpus(extracted);
const answers = (corpus: Corpus) =>
  JSON.stringify([
    ...quoteQueries(generated, 30, 5).map((q) => answerQuote(corpus, { leader: q.leader, topic: q.topic })),
    ...whenQueries(generated, 30, 6).map((q) => answerWhen(corpus, { event: q.event, ...(q.leader ? { leader: q.leader } : {}) })),
  ]);

describe("prepareAnswersAsync", () => {
  it("lets the event loop run between slices and answers exactly as prepareAnswers", async () => {
    const slow = build();
    expect(slow.facts.length).toBeGreaterThan(2 * SLICE); // enough facts for the /when build to yield
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    await prepareAnswersAsync(slow);
    ticking = false;
    expect(turns).toBeGreaterThanOrEqual(4);

    const fast = build();
    prepareAnswers(fast);
    expect(answers(slow)).toBe(answers(fast));
  });
});
