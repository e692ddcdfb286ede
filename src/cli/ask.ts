/**
 * `npm run --silent ask -- <quote|when|sources> …`: the answers without Discord.
 * stdout carries the answer only (one JSON object with --json); logs go to stderr.
 * Exit codes: 0 the query ran (also with no results), 1 the corpus cannot be loaded, 2 bad arguments.
 */
import { ask } from "../answer/ask.js";
import { renderText } from "../answer/render-text.js";
import { cacheDir, ConfigError, loadConfig, maxFileBytes } from "../config.js";
import { extractionReport, renderExtractionReport } from "../corpus/extraction-report.js";
import { CorpusError, loadCorpus, type Corpus } from "../corpus/index.js";
import { ASK_USAGE, parseAskArgs, UsageError, type AskInvocation } from "./ask-args.js";

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
    (argv.length === 0 ? process.stderr : process.stdout).write(`${ASK_USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  let invocation: AskInvocation;
  try {
    invocation = parseAskArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`ask: ${error.message} (see: npm run ask -- --help)\n`);
      return 2;
    }
    throw error;
  }
  const { request } = invocation;
  let corpus: Corpus;
  try {
    const config = loadConfig();
    const dataDir = invocation.dataDir ?? config.VERBATIM_DATA_DIR;
    corpus = await loadCorpus(dataDir, { maxFileBytes: maxFileBytes(config), cacheDir: cacheDir(config) });
    // `extract` lists skipped files in its own output.
    if (request.command !== "extract") for (const { file, reason } of corpus.skipped) process.stderr.write(`skipped ${file}: ${reason}\n`);
    if (corpus.articles.length === 0 && request.command !== "extract") {
      const why = corpus.skipped.length === 0 ? "it holds no .md or .txt article files" : "every article file was skipped";
      process.stderr.write(`ask: no article could be loaded from '${dataDir}': ${why}\n`);
      return 1;
    }
  } catch (error) {
    if (error instanceof CorpusError || error instanceof ConfigError) {
      process.stderr.write(`ask: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (request.command === "extract") {
    const lines = extractionReport(corpus);
    process.stdout.write(invocation.json ? lines.map((line) => `${JSON.stringify(line)}\n`).join("") : `${renderExtractionReport(lines)}\n`);
    return 0;
  }
  const response = ask(corpus, request);
  process.stdout.write(invocation.json ? `${JSON.stringify(response)}\n` : `${renderText(response)}\n`);
  return 0;
}

// A reader that stops early (`… | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ask: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
