/** The corpus pipeline's public face: load → clean → segment → extract. */
export { buildCorpus, describeCorpus, loadCorpus, writeCorpusCache, type Corpus } from "./corpus.js";
export { CorpusError, DEFAULT_MAX_FILE_BYTES, loadArticles, type LoadOptions, type LoadedArticles } from "../ingest/load.js";
export { parseArticle } from "../ingest/parse-article.js";
export { ArticleError } from "../ingest/errors.js";
export type * from "../ingest/types.js";
export type * from "../extract/types.js";
