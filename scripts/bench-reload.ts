/**
 * `npm run bench:reload [-- --mb 5]`: how one big article fares (issue #20).
 *
 * 1. Extraction throughput of one article of 0.1, 1 and 5 MB (or `--mb`), in this thread, after
 *    a warm-up: MB/s at each size, and each size's throughput as a ratio of the smallest's.
 * 2. A live reload: a corpus of the seed articles is served, the 5 MB article is added, and the
 *    store rebuilds; a 5 ms timer on this thread measures the worst event-loop delay meanwhile
 *    (an interaction waits that long at most).
 *
 * The article is built from the bench generator's articles with every fourth one a seed article
 * (real text), front matter stripped, cut just under the size.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { prepareAnswers } from "../src/answer/prepare.js";
import { loadCorpus } from "../src/corpus/corpus.js";
import { extractArticleFile } from "../src/corpus/record.js";
import { CorpusStore } from "../src/corpus/store.js";
import { generateCorpus } from "./bench/generate.js";

const SEED_DIR = fileURLToPath(new URL("../data/articles", import.meta.url));
const mbArg = process.argv.indexOf("--mb");
const bigMb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 5;
if (!(bigMb > 0 && bigMb <= 5)) {
  console.error("usage: npm run bench:reload [-- --mb <size up to 5>]");
  process.exit(2);
}

const seeds = await Promise.all((await readdir(SEED_DIR)).sort().map((f) => readFile(join(SEED_DIR, f), "utf8")));
const generated = generateCorpus(3000).articles.map((a) => a.text);
const body = (text: string) => text.replace(/^---[\s\S]*?\n---\n/, "");

function article(bytes: number): Buffer {
  const parts = ["---\ntitle: One long article\npublished: 2024-10-23\n---\n"];
  let size = Buffer.byteLength(parts[0]!);
  for (let i = 0; size < bytes; i++) {
    const text = body(i % 4 === 0 ? seeds[i % seeds.length]! : generated[i % generated.length]!) + "\n\n";
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  const whole = Buffer.from(parts.join(""));
  // Cut at a paragraph break just under the size.
  const cut = whole.lastIndexOf("\n\n", bytes);
  return whole.subarray(0, cut > 0 ? cut : bytes);
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

// 1. Throughput.
extractArticleFile("warm-up.md", article(200_000));
const sizes = [0.1, 1, bigMb].filter((mb, i, all) => all.indexOf(mb) === i);
const throughput: { mb: number; seconds: number; mb_per_s: number }[] = [];
for (const mb of sizes) {
  const bytes = article(mb * 1_000_000);
  const started = performance.now();
  const { record } = extractArticleFile(`article-${mb}.md`, bytes);
  const seconds = (performance.now() - started) / 1000;
  if ("skip" in record) throw new Error(`the ${mb} MB article was skipped: ${record.skip}`);
  throughput.push({ mb: round(bytes.length / 1e6, 3), seconds: round(seconds), mb_per_s: round(bytes.length / 1e6 / seconds) });
  process.stderr.write(`bench:reload: ${mb} MB extracted in ${seconds.toFixed(2)} s\n`);
}
const smallest = throughput[0]!.mb_per_s;

// 2. A live reload of the big article.
const root = await mkdtemp(join(tmpdir(), "verbatim-reload-"));
let reload: { seconds: number; worst_delay_ms: number; status: string };
try {
  const dir = join(root, "articles");
  await cp(SEED_DIR, dir, { recursive: true });
  const store = await CorpusStore.open({
    dir,
    load: { cacheDir: join(root, "cache") },
    loader: async (folder, options) => {
      const corpus = await loadCorpus(folder, options);
      prepareAnswers(corpus);
      return corpus;
    },
  });
  let worst = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 5);
    last = now;
  }, 5);
  await writeFile(join(dir, "long.md"), article(bigMb * 1_000_000));
  const started = performance.now();
  const outcome = await store.reload("bench");
  clearInterval(timer);
  reload = { seconds: round((performance.now() - started) / 1000), worst_delay_ms: Math.round(worst), status: outcome.status };
} finally {
  await rm(root, { recursive: true, force: true });
}

for (const t of throughput) console.log(`${String(t.mb).padStart(6)} MB  ${t.seconds.toFixed(2).padStart(7)} s  ${t.mb_per_s.toFixed(2).padStart(6)} MB/s  ${(t.mb_per_s / smallest).toFixed(2)}× the smallest's`);
console.log(`live reload of the ${bigMb} MB article: ${reload.seconds} s, worst event-loop delay ${reload.worst_delay_ms} ms (${reload.status})`);
console.log(JSON.stringify({ throughput, ratio_big_to_small: round(throughput.at(-1)!.mb_per_s / smallest), reload }));
