/**
 * `npm start`: loads the corpus, prints its summary, then
 * - with DISCORD_TOKEN: logs in to Discord (Guilds intent only) and answers slash commands;
 * - without: opens a local console that takes the same commands as text (ends at end of input).
 * Logs go to stderr; console answers go to stdout. SIGINT/SIGTERM: disconnect and exit 0.
 */
import { ask } from "./answer/ask.js";
import { startBot, type Bot } from "./bot.js";
import { ConfigError, loadConfig, maxFileBytes } from "./config.js";
import { runConsole } from "./console/console.js";
import { CorpusError, describeCorpus, loadCorpus } from "./corpus/index.js";
import { createLogger, describeError } from "./discord/log.js";

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

  const corpus = await loadCorpus(config.VERBATIM_DATA_DIR, { maxFileBytes: maxFileBytes(config) });
  for (const line of describeCorpus(corpus).split("\n")) log.info(line);
  if (corpus.articles.length === 0) {
    log.error(`No article could be loaded from '${config.VERBATIM_DATA_DIR}'.`);
    return 1;
  }

  if (!config.DISCORD_TOKEN) {
    const interactive = process.stdin.isTTY === true;
    process.stderr.write(
      `DISCORD_TOKEN is not set, so Verbatim is not connecting to Discord: local console open — type /help${interactive ? ", Ctrl-D to quit" : ""}.\n`,
    );
    // Ctrl-C at a prompt is handled by the console; a signal from outside just ends it.
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(0));
    await runConsole({ corpus, ask, input: process.stdin, output: process.stdout, prompt: interactive });
    return 0;
  }

  let bot: Bot | null = null;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received, shutting down`);
    const done = (code: number) => process.exit(code);
    const force = setTimeout(() => done(0), 5_000);
    force.unref();
    (bot ? bot.stop() : Promise.resolve()).then(
      () => done(0),
      (error: unknown) => {
        log.warn("error while disconnecting", describeError(error));
        done(0);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));

  try {
    bot = await startBot({ token: config.DISCORD_TOKEN, corpus, log, ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}) });
  } catch (error) {
    log.error("could not connect to Discord", describeError(error));
    return 1;
  }
  if (stopping) await bot.stop();
  return await new Promise<number>(() => undefined); // runs until a signal
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof CorpusError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
