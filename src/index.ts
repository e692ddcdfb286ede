/**
 * `npm start`: loads the corpus, prints its summary, keeps it in step with the article folder,
 * then answers in one of three modes:
 * - with DISCORD_PUBLIC_KEY and INTERACTIONS_PORT: serves Discord's HTTP interactions endpoint
 *   (POST /interactions, signature-checked; no gateway connection, no bot token needed);
 * - else with DISCORD_TOKEN: logs in to the gateway (Guilds intent only) and answers there;
 * - else: a local console that takes the same commands as text (ends at end of input).
 * Logs go to stderr; console answers go to stdout. SIGINT/SIGTERM: finish the replies in
 * flight (bounded), disconnect and exit 0. Errors nobody caught are logged, never fatal.
 */
import { ask } from "./answer/ask.js";
import { prepareAnswersAsync } from "./answer/prepare.js";
import { startBot } from "./bot.js";
import { cacheDir, ConfigError, httpMode, loadConfig, maxFileBytes, watchIntervalMs } from "./config.js";
import { runConsole } from "./console/console.js";
import { CorpusError, describeCorpus, loadCorpus, writeCorpusCache, type LoadOptions } from "./corpus/index.js";
import { CorpusStore } from "./corpus/store.js";
import { fingerprint, watchCorpus, type CorpusWatcher } from "./corpus/watch.js";
import { createLogger, describeError, guardProcess } from "./discord/log.js";
import { startInteractionsServer } from "./http/server.js";

/** Replies in flight get this long after SIGTERM; the process exits regardless a little later. */
const DRAIN_MS = 8_000;
const FORCE_EXIT_MS = 10_000;

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const log = createLogger({ level: config.LOG_LEVEL });
  if (config.DISCORD_TOKEN) log.redact(config.DISCORD_TOKEN);

  // A bug in some corner must not take every conversation down with it.
  guardProcess(log);

  const dir = config.VERBATIM_DATA_DIR;
  const started = performance.now();
  // Every answer index is built (or read from the cache) before a corpus is served, at start and
  // at each reload, so no question pays for it. The cache is written after: the corpus is served
  // first (the writes run a slice at a time, as answers come in).
  const loader = async (folder: string, options: LoadOptions) => {
    const loaded = await loadCorpus(folder, {
      ...options,
      deferCacheWrites: true,
      stats: ({ cached, extracted }) => {
        if (extracted > 0) log.info(`extracted ${extracted} article file${extracted === 1 ? "" : "s"}, ${cached} from the cache`);
      },
    });
    await prepareAnswersAsync(loaded);
    setImmediate(() => void writeCorpusCache(loaded));
    return loaded;
  };
  const interval = watchIntervalMs(config);
  // Taken before the load, so that what changes while it runs is seen at the watcher's first look.
  const since = interval > 0 ? await fingerprint(dir) : undefined;
  const store = await CorpusStore.open({ dir, load: { maxFileBytes: maxFileBytes(config), cacheDir: cacheDir(config) }, loader, log });
  const corpus = store.current();
  for (const line of describeCorpus(corpus).split("\n")) log.info(line);
  log.info(`corpus ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (corpus.articles.length === 0) {
    log.error(`No article could be loaded from '${dir}'.`);
    return 1;
  }
  const watcher: CorpusWatcher | null = interval > 0 ? watchCorpus(store, dir, { intervalMs: interval, log, since }) : null;
  if (watcher) log.info(`watching '${dir}' for changes (every ${interval} ms)`);

  const http = httpMode(config);
  if (!http && !config.DISCORD_TOKEN) {
    const interactive = process.stdin.isTTY === true;
    process.stderr.write(
      `DISCORD_TOKEN is not set, so Verbatim is not connecting to Discord: local console open — type /help${interactive ? ", Ctrl-D to quit" : ""}.\n`,
    );
    // Ctrl-C at a prompt is handled by the console; a signal from outside just ends it.
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(0));
    await runConsole({ corpus: store, ask, input: process.stdin, output: process.stdout, prompt: interactive });
    watcher?.stop();
    return 0;
  }

  let service: { stop(): Promise<void> } | null = null;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received, finishing replies in flight and shutting down`);
    watcher?.stop();
    const done = (code: number) => process.exit(code);
    const force = setTimeout(() => {
      log.warn(`shutdown took over ${FORCE_EXIT_MS / 1000} s; exiting anyway`);
      done(0);
    }, FORCE_EXIT_MS);
    force.unref();
    (service ? service.stop() : Promise.resolve()).then(
      () => done(0),
      (error: unknown) => {
        log.warn("error while shutting down", describeError(error));
        done(0);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));

  if (http) {
    if (config.DISCORD_TOKEN) log.info("DISCORD_PUBLIC_KEY and INTERACTIONS_PORT are set: HTTP interactions mode; the bot token is not used");
    try {
      service = await startInteractionsServer({
        publicKey: http.publicKey,
        port: http.port,
        host: http.host,
        corpus: store,
        log,
        ask,
        drainMs: DRAIN_MS,
        ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
      });
    } catch (error) {
      log.error(`could not serve HTTP interactions on port ${http.port}`, describeError(error));
      return 1;
    }
  } else {
    try {
      service = await startBot({
        token: config.DISCORD_TOKEN!,
        corpus: store,
        log,
        drainMs: DRAIN_MS,
        ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
      });
    } catch (error) {
      log.error("could not connect to Discord", describeError(error));
      return 1;
    }
  }
  if (stopping) await service.stop();
  return await new Promise<number>(() => undefined); // runs until a signal
}

main().then(
  (code) => {
    process.exitCode = code;
    // Nothing else should keep the process alive once main is done (e.g. the watcher's timers are unref'd).
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof CorpusError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
