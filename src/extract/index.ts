/**
 * Extraction's public face: everything one article yields on its own — its people, its statements
 * (speakers as the article names them) and its dated-fact drafts. The corpus (src/corpus) caches
 * it per file and gives speakers their corpus-wide names.
 */
import type { Article } from "../ingest/types.js";
import { draftFacts, type FactDraft } from "./facts/facts.js";
import type { ArticlePeople } from "./people/article-people.js";
import { extractStatements } from "./quotes/extract.js";
import type { ArticleStatement } from "./quotes/types.js";

/** An article with everything extracted from it alone. */
export interface ExtractedArticle {
  article: Article;
  people: ArticlePeople;
  statements: ArticleStatement[];
  facts: FactDraft[];
}

/** Everything one article yields on its own. */
export function extractArticle(article: Article): ExtractedArticle {
  const { people, statements } = extractStatements(article);
  return { article, people, statements, facts: draftFacts(article) };
}
