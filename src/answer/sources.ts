import type { Corpus } from "../corpus/corpus.js";
import type { AskResponse, SourceResult } from "./types.js";

/** The loaded articles, newest first (undated last). */
export function answerSources(corpus: Corpus): AskResponse<SourceResult> {
  const results = corpus.articles
    .map((article) => ({
      article: article.id,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      url: article.url,
      paragraphs: article.paragraphs.length,
      sentences: article.sentences.length,
    }))
    .sort((a, b) => (b.published ?? "").localeCompare(a.published ?? "") || a.article.localeCompare(b.article));
  return {
    command: "sources",
    query: {},
    results,
    ...(results.length === 0 ? { message: "No articles are loaded." } : {}),
  };
}
