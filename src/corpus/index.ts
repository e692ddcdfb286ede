/** The corpus pipeline's public face: load → clean → segment → extract. */
export { buildCorpus, describeCorpus, loadCorpus, writeCorpusCache, type Corpus } from "./corpus.js";
export { CorpusError, DEFAULT_MAX_FILE_BYTES, loadArticles, type LoadOptions, type LoadedArticles } from "./load.js";
export { parseArticle } from "./parse-article.js";
export { ArticleError } from "./errors.js";
export type * from "./types.js";
