import type { Corpus } from "../corpus/corpus.js";
import { corpusChangedAt } from "../corpus/store.js";
import type { SourcesResponse } from "./types.js";

/** The loaded articles, newest first (undated last). */
export function answerSources(corpus: Corpus): SourcesResponse {
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
  const updated = corpusChangedAt(corpus);
  return {
    command: "sources",
    query: {},
    results,
    ...(results.length === 0 ? { message: "No articles are loaded." } : {}),
    ...(updated ? { updated: updated.toISOString() } : {}),
  };
}
