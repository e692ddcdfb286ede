/** Diagnostic: which /when benchmark queries miss, and why. `tsx scripts/bench/diag-when.ts 1000` */
import { existsSync } from "node:fs";
import { answerWhen } from "../../src/answer/when/when.js";
import { prepareAnswers } from "../../src/answer/prepare.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { generateCorpus, writeCorpus } from "./generate.js";
import { whenHit, whenQueries } from "./queries.js";

const n = Number(process.argv[2] ?? 1000);
const root = `/tmp/diag/${n}`;
const generated = generateCorpus(n);
if (!existsSync(`${root}/articles`)) await writeCorpus(`${root}/articles`, generated);
let t = performance.now();
const corpus = await loadCorpus(`${root}/articles`, { cacheDir: `${root}/cache` });
console.log("load", ((performance.now() - t) / 1000).toFixed(2));
t = performance.now();
prepareAnswers(corpus);
console.log("prepare", ((performance.now() - t) / 1000).toFixed(2));
const qs = whenQueries(generated, 500);
let hits = 0;
const ms: number[] = [];
let shown = 0;
for (const q of qs) {
  const s = performance.now();
  const r = answerWhen(corpus, { event: q.event, ...(q.leader ? { leader: q.leader } : {}) });
  ms.push(performance.now() - s);
  const ok = r.results.slice(0, 5).some((x) => whenHit(q, x));
  if (ok) hits++;
  else if (shown++ < Number(process.argv[3] ?? 8)) {
    const deep = answerWhen(corpus, { event: q.event, ...(q.leader ? { leader: q.leader } : {}), limit: 25 });
    const pos = deep.results.findIndex((x) => whenHit(q, x));
    const facts = corpus.facts.filter((f) => q.targets.some((tg) => f.article === tg.article && f.event.includes(tg.marker)));
    console.log(JSON.stringify({ q: q.event, leader: q.leader, targets: q.targets.map((x) => x.article + ":" + x.marker), pos, targetFacts: facts.map((f) => [f.event, f.date.value, f.fallback, f.people]) }));
    for (const x of r.results) console.log("   ", x.citation.article, x.date.value, x.event.slice(0, 110));
    console.log("   msg:", r.message);
  }
}
if (process.env.DUMP) {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(process.env.DUMP, qs.map((q) => JSON.stringify(answerWhen(corpus, { event: q.event, ...(q.leader ? { leader: q.leader } : {}), limit: 10 }))).join("\n"));
}
ms.sort((a, b) => a - b);
console.log("recall", hits / qs.length, "p50", ms[250]?.toFixed(2), "p95", ms[Math.ceil(0.95 * ms.length) - 1]?.toFixed(2));
