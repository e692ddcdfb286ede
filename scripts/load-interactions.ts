/**
 * Load test of the HTTP interactions endpoint, over loopback only, bounded in requests and time.
 * Run by hand (not in CI):
 *
 *   npx tsx scripts/load-interactions.ts [--articles 10000] [--requests 4000] [--concurrency 32] [--seconds 60]
 *
 * Builds the synthetic benchmark corpus (scripts/bench/generate.ts) in a temporary folder, serves
 * it with the real endpoint (signature checks included) on 127.0.0.1, and sends signed /quote,
 * /when, /sources and autocomplete interactions from `concurrency` parallel clients. Webhook edits
 * go to a sink on 127.0.0.1 that stands in for Discord. Reports requests per second and latency
 * percentiles of the HTTP response (what Discord waits 3 s for) and of the finished answer (the
 * webhook edit arriving). Client and server share one process and machine: the figures are a
 * floor for a dedicated server.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { prepareAnswers } from "../src/answer/prepare.js";
import { loadCorpus } from "../src/corpus/index.js";
import { createLogger } from "../src/discord/log.js";
import { startInteractionsServer } from "../src/http/server.js";
import { generateCorpus, writeCorpus } from "./bench/generate.js";
import { autocompleteInputs, quoteQueries, whenQueries } from "./bench/queries.js";
import { autocomplete, chatInput } from "../test/helpers/fake-discord/payloads.js";
import { agent, keyPair, post, signatureHeaders } from "../test/helpers/signed.js";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    requests: { type: "string", default: "4000" },
    concurrency: { type: "string", default: "32" },
    seconds: { type: "string", default: "60" },
  },
});
const ARTICLES = Number(values.articles);
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const SECONDS = Number(values.seconds);

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main() {
  const dir = await mkdtemp(join(tmpdir(), "verbatim-load-"));
  try {
    let t = performance.now();
    const generated = generateCorpus(ARTICLES);
    await writeCorpus(dir, generated);
    process.stderr.write(`generated ${ARTICLES} articles in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    t = performance.now();
    const corpus = await loadCorpus(dir);
    prepareAnswers(corpus); // as `npm start` does before serving a corpus
    process.stderr.write(
      `loaded and indexed ${corpus.articles.length} articles (${corpus.statements.length} statements, ${corpus.facts.length} dated facts) in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );

    // Discord's webhook endpoints, as far as the bot can tell: note when each answer arrives.
    const delivered = new Map<string, number>();
    const waiting = new Map<string, () => void>();
    const sink = createServer((req, res) => {
      const token = /\/webhooks\/\d+\/([^/]+)/.exec(req.url ?? "")?.[1];
      req.resume();
      req.on("end", () => {
        if (token && !delivered.has(token)) {
          delivered.set(token, performance.now());
          waiting.get(token)?.();
        }
        res.writeHead(200, { "content-type": "application/json" }).end('{"id":"1"}');
      });
    });
    await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
    const apiUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/api`;

    const { privateKey, publicKeyHex } = keyPair();
    const server = await startInteractionsServer({
      publicKey: publicKeyHex,
      port: 0,
      host: "127.0.0.1",
      corpus,
      apiUrl,
      log: createLogger({ level: "warn" }),
    });

    // The mix: 40 % /quote, 30 % /when, 25 % autocomplete, 5 % /sources.
    const quotes = quoteQueries(generated, Math.ceil(REQUESTS * 0.4));
    const whens = whenQueries(generated, Math.ceil(REQUESTS * 0.3));
    const typed = autocompleteInputs(generated, Math.ceil(REQUESTS * 0.25));
    const interactions = Array.from({ length: REQUESTS }, (_, i) => {
      const k = i % 20;
      if (k < 8) {
        const q = quotes[i % quotes.length]!;
        return { kind: "quote", body: chatInput("quote", { leader: q.leader, topic: q.topic }) };
      }
      if (k < 14) {
        const q = whens[i % whens.length]!;
        return { kind: "when", body: chatInput("when", { event: q.event, ...(q.leader ? { leader: q.leader } : {}) }) };
      }
      if (k < 19) return { kind: "autocomplete", body: autocomplete("quote", { leader: typed[i % typed.length]! }, "leader") };
      return { kind: "sources", body: chatInput("sources") };
    });

    const http: number[] = [];
    const byKind = new Map<string, number[]>();
    const sentAt = new Map<string, number>();
    let failures = 0;
    let next = 0;
    const deadline = performance.now() + SECONDS * 1000;
    const started = performance.now();
    const client = async () => {
      while (next < interactions.length && performance.now() < deadline) {
        const { kind, body } = interactions[next++]!;
        const json = JSON.stringify(body);
        const at = performance.now();
        sentAt.set(body.token, at);
        try {
          // Closed loop: a client asks its next question once the answer to this one has arrived
          // (the webhook edit), as a person would; autocomplete is answered in the response itself.
          const answer = kind === "autocomplete" ? null : new Promise<void>((resolve) => waiting.set(body.token, resolve));
          const result = await post(server.url, json, signatureHeaders(privateKey, json), { timeoutMs: 10_000 });
          if (result.status !== 200) failures++;
          http.push(result.ms);
          byKind.set(kind, [...(byKind.get(kind) ?? []), result.ms]);
          if (answer && result.status === 200) {
            let timer: NodeJS.Timeout | undefined;
            await Promise.race([answer, new Promise<void>((resolve) => (timer = setTimeout(resolve, 15_000)))]);
            clearTimeout(timer);
          }
          waiting.delete(body.token);
        } catch {
          failures++;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, client));
    const elapsed = (performance.now() - started) / 1000;
    // Let the last edits land.
    const settle = performance.now() + 10_000;
    while (server.inFlight > 0 && performance.now() < settle) await new Promise((resolve) => setTimeout(resolve, 20));

    const answered = [...delivered].map(([token, at]) => at - (sentAt.get(token) ?? at)).sort((a, b) => a - b);
    http.sort((a, b) => a - b);
    const lines = [
      `${http.length} interactions answered in ${elapsed.toFixed(1)} s by ${CONCURRENCY} closed-loop clients over loopback: ${(http.length / elapsed).toFixed(0)} requests/s, ${failures} failed`,
      `HTTP response (Discord's 3 s budget): p50 ${fmt(percentile(http, 50))}, p95 ${fmt(percentile(http, 95))}, p99 ${fmt(percentile(http, 99))}, max ${fmt(http.at(-1) ?? NaN)}`,
      ...[...byKind].map(([kind, ms]) => {
        const sorted = ms.sort((a, b) => a - b);
        return `  ${kind.padEnd(12)} n=${String(sorted.length).padEnd(5)} p50 ${fmt(percentile(sorted, 50))}, p99 ${fmt(percentile(sorted, 99))}`;
      }),
      `answer delivered (webhook edit received, /quote /when /sources): p50 ${fmt(percentile(answered, 50))}, p99 ${fmt(percentile(answered, 99))}, n=${answered.length}`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    await server.stop();
    sink.close();
    agent.destroy();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`load test failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
