/**
 * `npm run bench [-- --articles N] [-- --queries N] [-- --vocabulary N]`: loads a synthetic news corpus of 100, 1,000
 * and 10,000 articles (or N) through the real pipeline and measures cold and warm loads, /quote,
 * /when and autocomplete latency, peak RSS, and recall@5 — against plain Fuse.js asked the same
 * queries in the same run. Prints a table, then one JSON line (the largest size).
 *
 * Each size runs in fresh child processes: "cold" (empty extraction cache: parse, extract,
 * index; then the queries and the baseline) and "warm" (a restart from the cache the cold run
 * wrote). Peak RSS is the largest of them. The machine is shared and its speed drifts from minute
 * to minute, so the load times are each the median of `--repeats` runs (default 3): the cold run,
 * then as many warm restarts, then further cold loads (each into an empty cache, nothing else).
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { answerQuote } from "../src/answer/quote/quote.js";
import { prepareAnswers } from "../src/answer/prepare.js";
import { suggestSpeakers } from "../src/answer/speakers.js";
import { answerWhen } from "../src/answer/when/when.js";
import { loadCorpus, writeCorpusCache, type Corpus } from "../src/corpus/corpus.js";
import { generateCorpus, writeCorpus } from "./bench/generate.js";
import {
  autocompleteInputs, baselineQuoteHit, plainFuse, quoteHit, quoteQueries, whenHit, whenQueries,
} from "./bench/queries.js";

interface ColdResult {
  articles: number;
  statements: number;
  facts: number;
  cold_load_s: number;
  /** Writing the extraction pack and answer indexes, after the cold load (the bot is serving by then). */
  cache_write_s: number;
  quote: Latency;
  when: Latency;
  autocomplete: Latency;
  recall5: { quote: number; when: number; all: number };
  baseline: { queries: number; build_s: number; quote: Latency; recall5: number; fast_recall5_same: number };
  rss_mb: number;
}

/** A cold load alone (`--child cold-load`): the time, and what was loaded to check it. */
interface ColdLoadResult {
  cold_load_s: number;
  statements: number;
  rss_mb: number;
}

interface WarmResult {
  warm_load_s: number;
  /** Of which: reading the cache and the corpus-wide pass (the rest builds the answer indexes). */
  warm_corpus_s: number;
  rss_mb: number;
  statements: number;
}

interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

const SIZES = [100, 1000, 10000];
/** /quote queries asked of the baseline (plain Fuse.js takes seconds per query on the largest corpus). */
const BASELINE_QUERIES: Record<number, number> = { 100: 500, 1000: 150 };
const BASELINE_DEFAULT = 60;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { n: sorted.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)) };
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function timed<T>(f: () => T): [T, number] {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
}

/** As `npm start` loads: the corpus and every answer index, the cache written after (writeCorpusCache). */
async function load(dir: string, cacheDir: string): Promise<Corpus> {
  const corpus = await loadCorpus(dir, { cacheDir, deferCacheWrites: true });
  prepareAnswers(corpus);
  return corpus;
}

// ---------------------------------------------------------------------------------------------
// Child processes.

/** The queries of a run (drawn from the generated corpus, which is then let go: a bot holds no such thing while it loads). */
function benchQueries(articles: number, vocabulary: number, queryCount: number) {
  const generated = generateCorpus(articles, undefined, undefined, vocabulary);
  return { quotes: quoteQueries(generated, queryCount), whens: whenQueries(generated, queryCount), typed: autocompleteInputs(generated, queryCount) };
}

async function coldChild(articles: number, dir: string, cacheDir: string, queryCount: number, vocabulary: number): Promise<ColdResult> {
  const { quotes, whens, typed } = benchQueries(articles, vocabulary, queryCount);
  const start = performance.now();
  const corpus = await load(dir, cacheDir);
  const coldLoad = (performance.now() - start) / 1000;
  const written = performance.now();
  await writeCorpusCache(corpus);
  const cacheWrite = (performance.now() - written) / 1000;

  // A few untimed queries first, as a running bot would have answered.
  for (const q of quotes.slice(0, 5)) answerQuote(corpus, { leader: q.leader, topic: q.topic });
  for (const q of whens.slice(0, 5)) answerWhen(corpus, { event: q.event, ...(q.leader ? { leader: q.leader } : {}) });

  const quoteMs: number[] = [];
  const quoteHits: boolean[] = [];
  for (const q of quotes) {
    const [response, ms] = timed(() => answerQuote(corpus, { leader: q.leader, topic: q.topic }));
    quoteMs.push(ms);
    quoteHits.push(response.results.slice(0, 5).some((r) => quoteHit(q, r)));
  }
  const whenMs: number[] = [];
  const whenHits: boolean[] = [];
  for (const q of whens) {
    const [response, ms] = timed(() => answerWhen(corpus, { event: q.event, ...(q.leader ? { leader: q.leader } : {}) }));
    whenMs.push(ms);
    whenHits.push(response.results.slice(0, 5).some((r) => whenHit(q, r)));
  }
  const autoMs = typed.map((t) => timed(() => suggestSpeakers(corpus, t))[1]);
  // Peak memory of the product: measured before the baseline builds its own index.
  const rss = rssMb();

  // The baseline, on the first queries of each kind.
  const sample = Math.min(queryCount, BASELINE_QUERIES[articles] ?? BASELINE_DEFAULT);
  const [baseline, buildMs] = timed(() => plainFuse(corpus));
  const bQuoteMs: number[] = [];
  const bHits: boolean[] = [];
  for (const q of quotes.slice(0, sample)) {
    const [top, ms] = timed(() => baseline.quote(q));
    bQuoteMs.push(ms);
    bHits.push(top.some((s) => baselineQuoteHit(q, s)));
  }
  const share = (xs: boolean[]) => round(xs.filter(Boolean).length / Math.max(1, xs.length));
  return {
    articles: corpus.articles.length,
    statements: corpus.statements.length,
    facts: corpus.facts.length,
    cold_load_s: round(coldLoad, 2),
    cache_write_s: round(cacheWrite, 2),
    quote: latency(quoteMs),
    when: latency(whenMs),
    autocomplete: latency(autoMs),
    recall5: { quote: share(quoteHits), when: share(whenHits), all: share([...quoteHits, ...whenHits]) },
    baseline: {
      queries: bQuoteMs.length,
      build_s: round(buildMs / 1000, 2),
      quote: latency(bQuoteMs),
      recall5: share(bHits),
      fast_recall5_same: share(quoteHits.slice(0, sample)),
    },
    rss_mb: rss,
  };
}

async function coldLoadChild(dir: string, cacheDir: string): Promise<ColdLoadResult> {
  const start = performance.now();
  const corpus = await load(dir, cacheDir);
  return { cold_load_s: round((performance.now() - start) / 1000, 2), statements: corpus.statements.length, rss_mb: rssMb() };
}

async function warmChild(dir: string, cacheDir: string): Promise<WarmResult> {
  const warnings: string[] = [];
  const start = performance.now();
  const corpus = await loadCorpus(dir, { cacheDir, warn: (m) => warnings.push(m) });
  const loaded = (performance.now() - start) / 1000;
  prepareAnswers(corpus);
  const warm = (performance.now() - start) / 1000;
  if (warnings.length > 0) throw new Error(`warm load warned: ${warnings.join("; ")}`);
  return { warm_load_s: round(warm, 2), warm_corpus_s: round(loaded, 2), rss_mb: rssMb(), statements: corpus.statements.length };
}

function runChild<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`bench child ${args.join(" ")} exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split("\n").at(-1)!) as T);
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The table.

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** One size's runs: the full cold run, and every load's time (the cold run's first), with their medians. */
interface Row {
  cold: ColdResult;
  warm: WarmResult;
  coldLoads: number[];
  warmLoads: number[];
  coldMedian: number;
  warmMedian: number;
  rssMb: number;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : round((sorted[mid - 1]! + sorted[mid]!) / 2, 2);
};

function table(rows: Row[]): string {
  const lines: string[] = [];
  const cols = ["articles", "statements", "facts", "cold s", "warm s", "quote p50/p95/p99 ms", "when p50/p95/p99 ms", "auto p95", "fuse p95 ms", "speedup", "recall@5", "fuse r@5", "rss MB"];
  const widths = [8, 10, 7, 7, 7, 22, 22, 8, 11, 8, 9, 9, 7];
  lines.push(cols.map((c, i) => pad(c, widths[i]!)).join(" "));
  for (const { cold, coldMedian, warmMedian, rssMb } of rows) {
    const fast = Math.max(cold.quote.p95, cold.when.p95);
    const cells = [
      cold.articles, cold.statements, cold.facts, coldMedian.toFixed(2), warmMedian.toFixed(2),
      `${cold.quote.p50.toFixed(2)}/${cold.quote.p95.toFixed(2)}/${cold.quote.p99.toFixed(2)}`,
      `${cold.when.p50.toFixed(2)}/${cold.when.p95.toFixed(2)}/${cold.when.p99.toFixed(2)}`,
      cold.autocomplete.p95.toFixed(3), cold.baseline.quote.p95.toFixed(1), `${Math.round(cold.baseline.quote.p95 / fast)}×`,
      `${cold.recall5.all.toFixed(3)}`, `${cold.baseline.recall5.toFixed(3)}`, rssMb,
    ];
    lines.push(cells.map((c, i) => pad(c, widths[i]!)).join(" "));
  }
  lines.push("");
  lines.push("cold and warm s: medians of " + rows.map((r) => `${r.cold.articles}: cold ${r.coldLoads.join(", ")} s; warm ${r.warmLoads.join(", ")} s`).join("; "));
  lines.push("cold start = extract + index; the cache is written after, while serving: " + rows.map(({ cold }) => `${cold.articles}: ${cold.cache_write_s} s`).join("; "));
  lines.push("warm start (first restart) = cache + corpus-wide pass, then answer indexes: " + rows.map(({ cold, warm }) => `${cold.articles}: ${warm.warm_corpus_s} s + ${round(warm.warm_load_s - warm.warm_corpus_s, 2)} s`).join("; "));
  lines.push("recall@5 by command (fast path):  " + rows.map(({ cold }) => `${cold.articles}: quote ${cold.recall5.quote}, when ${cold.recall5.when}`).join("; "));
  lines.push(
    "baseline (plain Fuse.js) sample:   " +
      rows
        .map(({ cold: c }) => `${c.articles}: ${c.baseline.queries} /quote queries, p50 ${c.baseline.quote.p50.toFixed(1)} ms, p95 ${c.baseline.quote.p95.toFixed(1)} ms, recall@5 ${c.baseline.recall5} (fast path on the same queries ${c.baseline.fast_recall5_same})`)
        .join("; "),
  );
  return lines.join("\n");
}

function summary({ cold, coldMedian, warmMedian, coldLoads, warmLoads, rssMb }: Row) {
  const fast = Math.max(cold.quote.p95, cold.when.p95);
  return {
    articles: cold.articles,
    quote_p95_ms: cold.quote.p95,
    when_p95_ms: cold.when.p95,
    autocomplete_p95_ms: cold.autocomplete.p95,
    baseline_p95_ms: cold.baseline.quote.p95,
    speedup: round(cold.baseline.quote.p95 / fast, 1),
    recall5: cold.recall5.all,
    baseline_recall5: cold.baseline.recall5,
    cold_load_s: coldMedian,
    warm_load_s: warmMedian,
    rss_mb: rssMb,
    cold_load_runs_s: coldLoads,
    warm_load_runs_s: warmLoads,
  };
}

// ---------------------------------------------------------------------------------------------

const role = arg("child");
if (role === "cold") {
  console.log(JSON.stringify(await coldChild(Number(arg("articles")), arg("dir")!, arg("cache")!, Number(arg("queries")), Number(arg("vocabulary") ?? 0))));
} else if (role === "cold-load") {
  console.log(JSON.stringify(await coldLoadChild(arg("dir")!, arg("cache")!)));
} else if (role === "warm") {
  console.log(JSON.stringify(await warmChild(arg("dir")!, arg("cache")!)));
} else {
  const one = arg("articles");
  const sizes = one ? [Number(one)] : SIZES;
  const queries = Number(arg("queries") ?? 500);
  // Made-up topic words added to the generator's hand-written ones: a long-tail vocabulary.
  const vocabulary = Number(arg("vocabulary") ?? 0);
  const repeats = Number(arg("repeats") ?? 3);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(queries) || queries < 1 || !Number.isInteger(vocabulary) || vocabulary < 0 || !Number.isInteger(repeats) || repeats < 1) {
    console.error("usage: npm run bench [-- --articles <n>] [-- --queries <n>] [-- --vocabulary <extra words>] [-- --repeats <load runs>]");
    process.exit(2);
  }
  const rows: Row[] = [];
  for (const articles of sizes) {
    const root = await mkdtemp(join(tmpdir(), "verbatim-bench-"));
    try {
      const dir = join(root, "articles");
      const cacheDir = join(root, "cache");
      const started = performance.now();
      await writeCorpus(dir, generateCorpus(articles, undefined, undefined, vocabulary));
      process.stderr.write(`bench: ${articles} articles written in ${((performance.now() - started) / 1000).toFixed(1)} s; cold run…\n`);
      const cold = await runChild<ColdResult>(["--child", "cold", "--articles", String(articles), "--dir", dir, "--cache", cacheDir, "--queries", String(queries), "--vocabulary", String(vocabulary)]);
      process.stderr.write(`bench: ${articles} articles cold ${cold.cold_load_s} s (cache written in ${cold.cache_write_s} s); warm run…\n`);
      const warms: WarmResult[] = [];
      for (let run = 0; run < repeats; run++) {
        const warm = await runChild<WarmResult>(["--child", "warm", "--dir", dir, "--cache", cacheDir]);
        if (warm.statements !== cold.statements) throw new Error(`warm load found ${warm.statements} statements, cold ${cold.statements}`);
        warms.push(warm);
      }
      const coldLoads = [cold.cold_load_s];
      let rss = Math.max(cold.rss_mb, ...warms.map((w) => w.rss_mb));
      for (let run = 1; run < repeats; run++) {
        process.stderr.write(`bench: ${articles} articles, cold load ${run + 1} of ${repeats}…\n`);
        const again = await runChild<ColdLoadResult>(["--child", "cold-load", "--dir", dir, "--cache", join(root, `cache-${run}`)]);
        if (again.statements !== cold.statements) throw new Error(`cold load found ${again.statements} statements, first ${cold.statements}`);
        coldLoads.push(again.cold_load_s);
        rss = Math.max(rss, again.rss_mb);
      }
      const warmLoads = warms.map((w) => w.warm_load_s);
      rows.push({ cold, warm: warms[0]!, coldLoads, warmLoads, coldMedian: median(coldLoads), warmMedian: median(warmLoads), rssMb: rss });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
  console.log(table(rows));
  const last = rows.at(-1)!;
  console.log(JSON.stringify(summary(last)));
}
