import { loadArticles, type LoadOptions } from "./load.js";
import type { Article, DatedFact, SkippedFile, Statement } from "./types.js";

/** Everything the answering code needs: articles, what was extracted from them, and what was skipped. */
export interface Corpus {
  articles: Article[];
  byId: Map<string, Article>;
  statements: Statement[];
  facts: DatedFact[];
  skipped: SkippedFile[];
}

/** load → clean → segment (in loadArticles) → extract. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const { articles, skipped } = await loadArticles(dir, options);
  return buildCorpus(articles, skipped);
}

export function buildCorpus(articles: Article[], skipped: SkippedFile[] = []): Corpus {
  return {
    articles,
    byId: new Map(articles.map((article) => [article.id, article])),
    statements: [],
    facts: [],
    skipped,
  };
}

/** A few lines describing what was loaded, for the start-up log. */
export function describeCorpus(corpus: Corpus): string {
  const lines = [
    `Loaded ${corpus.articles.length} article${corpus.articles.length === 1 ? "" : "s"}: ` +
      `${corpus.statements.length} statements, ${corpus.facts.length} dated facts.`,
  ];
  if (corpus.skipped.length > 0) {
    lines.push(`Skipped ${corpus.skipped.length} file${corpus.skipped.length === 1 ? "" : "s"}:`);
    for (const { file, reason } of corpus.skipped) lines.push(`  - ${file}: ${reason}`);
  }
  return lines.join("\n");
}
