/**
 * `tsx scripts/bench/answers.ts --articles N [--vocabulary V] --dir <folder> [--reps R] [--impl <src folder>]...`:
 * loads a generated corpus once (written to `<dir>/articles` if missing, cached in `<dir>/cache`),
 * runs the bench's /quote and /when queries (scripts/bench/queries.ts) through `answerQuote` and
 * `answerWhen`, and prints a sha256 of every answer's JSON — to check that a change of the fast
 * path changes no answer. With several `--impl` source folders (e.g. a checkout of the previous
 * commit), each builds its own indexes over the same corpus and the queries are timed
 * alternately, implementation after implementation, `reps` times: same-run comparisons on a
 * noisy machine (medians of the per-query times, then p50/p95/p99 over the queries).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { loadCorpus, writeCorpusCache } from "../../src/corpus/corpus.js";
import { generateCorpus, writeCorpus } from "./generate.js";
import { quoteQueries, whenQueries } from "./queries.js";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const impls = process.argv.flatMap((a, i) => (a === "--impl" ? [resolve(process.argv[i + 1]!)] : []));
if (impls.length === 0) impls.push(resolve("src"));

const articles = Number(arg("articles") ?? 10000);
const vocabulary = Number(arg("vocabulary") ?? 0);
const dir = resolve(arg("dir") ?? `/tmp/verbatim-answers-${articles}-${vocabulary}`);
const reps = Number(arg("reps") ?? 0);
const count = Number(arg("queries") ?? 500);
const only = arg("only");

const generated = generateCorpus(articles, undefined, undefined, vocabulary);
if (!existsSync(join(dir, "articles"))) await writeCorpus(join(dir, "articles"), generated);
const corpus = await loadCorpus(join(dir, "articles"), { cacheDir: join(dir, "cache"), deferCacheWrites: true });
await writeCorpusCache(corpus);

const quotes = quoteQueries(generated, count);
const whens = whenQueries(generated, count);

interface Impl {
  name: string;
  quote: (q: (typeof quotes)[number]) => unknown;
  when: (q: (typeof whens)[number]) => unknown;
}
const loaded: Impl[] = [];
for (const root of impls) {
  const quote = (await import(pathToFileURL(join(root, "answer/quote/quote.ts")).href)) as typeof import("../../src/answer/quote/quote.js");
  const when = (await import(pathToFileURL(join(root, "answer/when/when.ts")).href)) as typeof import("../../src/answer/when/when.js");
  // Each implementation its own copy of the corpus object (its indexes are kept by corpus), without the cache.
  const own = { ...corpus, cache: undefined };
  const started = performance.now();
  quote.prepareQuotes(own);
  when.prepareWhen(own);
  process.stderr.write(`${root}: indexes ${(performance.now() - started).toFixed(0)} ms\n`);
  loaded.push({
    name: root,
    quote: (q) => quote.answerQuote(own, { leader: q.leader, topic: q.topic }),
    when: (q) => when.answerWhen(own, { event: q.event, ...(q.leader ? { leader: q.leader } : {}) }),
  });
}

for (const impl of loaded) {
  const hash = createHash("sha256");
  for (const q of quotes) hash.update(JSON.stringify(impl.quote(q)) + "\n");
  const quoteHash = hash.copy().digest("hex").slice(0, 16);
  for (const q of whens) hash.update(JSON.stringify(impl.when(q)) + "\n");
  console.log(`${impl.name}: quote ${quoteHash} all ${hash.digest("hex").slice(0, 16)}`);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
if (reps > 0) {
  for (const kind of ["quote", "when"] as const) {
    if (only && only !== kind) continue;
    const list: unknown[] = kind === "quote" ? quotes : whens;
    // times[impl][query][rep]
    const times = loaded.map(() => list.map(() => [] as number[]));
    for (let r = 0; r < reps; r++) {
      list.forEach((q, i) => {
        const order = r % 2 === 0 ? loaded.keys() : [...loaded.keys()].reverse();
        for (const k of order) {
          const impl = loaded[k]!;
          const start = performance.now();
          (impl[kind] as (q: unknown) => unknown)(q);
          times[k]![i]!.push(performance.now() - start);
        }
      });
    }
    loaded.forEach((impl, k) => {
      const perQuery = times[k]!.map(median).sort((a, b) => a - b);
      console.log(`${kind} ${impl.name}: p50 ${pct(perQuery, 50).toFixed(2)} p95 ${pct(perQuery, 95).toFixed(2)} p99 ${pct(perQuery, 99).toFixed(2)} max ${perQuery.at(-1)!.toFixed(2)} ms`);
    });
    if (arg("slowest")) {
      const k = loaded.length - 1;
      const ranked = list.map((q, i) => ({ q, ms: loaded.map((_, j) => median(times[j]![i]!)) })).sort((a, b) => b.ms[k]! - a.ms[k]!);
      for (const { q, ms } of ranked.slice(0, Number(arg("slowest")))) console.log(`  ${ms.map((m) => m.toFixed(2)).join(" / ")} ms  ${JSON.stringify(q, (key, v) => (key === "targets" || key === "target" ? undefined : v))}`);
    }
  }
}
