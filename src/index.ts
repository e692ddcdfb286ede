/**
 * `npm start`: loads the corpus and prints its summary.
 * (The Discord gateway and the local console arrive with the bot issue.)
 */
import { ConfigError, loadConfig, maxFileBytes } from "./config.js";
import { CorpusError, describeCorpus, loadCorpus } from "./corpus/index.js";

async function main(): Promise<number> {
  const config = loadConfig();
  const corpus = await loadCorpus(config.VERBATIM_DATA_DIR, { maxFileBytes: maxFileBytes(config) });
  console.log(describeCorpus(corpus));
  if (corpus.articles.length === 0) {
    console.error(`No article could be loaded from '${config.VERBATIM_DATA_DIR}'.`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof CorpusError) console.error(error.message);
    else console.error(error);
    process.exitCode = 1;
  },
);
