import type { Article } from "../ingest/types.js";
import type { Citation } from "./types.js";

/** The citation of a place in an article; `paragraph` is the 0-based paragraph index, or null. */
export function citationFor(article: Article, paragraph: number | null): Citation {
  return {
    article: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    url: article.url,
    paragraph: paragraph === null ? null : paragraph + 1,
  };
}
