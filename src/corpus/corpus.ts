import { extractFacts } from "./facts.js";
import { loadArticles, type LoadOptions } from "./load.js";
import { SpeakerRegistry } from "./people/registry.js";
import { extractStatements, type ArticleExtraction } from "./quotes/extract.js";
import type { Article, DatedFact, Sentence, SkippedFile, Statement } from "./types.js";

/** Everything the answering code needs: articles, what was extracted from them, and what was skipped. */
export interface Corpus {
  articles: Article[];
  byId: Map<string, Article>;
  statements: Statement[];
  facts: DatedFact[];
  /** Every person and institution under its canonical name, with name lookup. */
  speakers: SpeakerRegistry;
  skipped: SkippedFile[];
}

/** load → clean → segment (in loadArticles) → extract. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const { articles, skipped } = await loadArticles(dir, options);
  return buildCorpus(articles, skipped);
}

export function buildCorpus(articles: Article[], skipped: SkippedFile[] = []): Corpus {
  const extractions = new Map<string, ArticleExtraction>(articles.map((article) => [article.id, extractStatements(article)]));
  const speakers = new SpeakerRegistry();
  for (const [id, extraction] of extractions) {
    speakers.addArticlePeople(id, extraction.people.persons);
    for (const s of extraction.statements) if (s.speaker.type === "institution") speakers.institution(s.speaker.name, id);
  }
  speakers.finish();

  const statements: Statement[] = [];
  for (const [id, extraction] of extractions) {
    for (const s of extraction.statements) {
      const entry = s.speaker.type === "person" ? speakers.person(id, s.speaker.person) : speakers.institution(s.speaker.name, id);
      entry.statements++;
      statements.push({ speaker: entry.name, quote: s.quote, kind: s.kind, via: s.via, article: id, sentences: s.sentences, paragraph: s.paragraph });
    }
  }

  /** Canonical names of the people a sentence names. */
  const mentionedPeople = (article: Article, sentence: Sentence): string[] => {
    const extraction = extractions.get(article.id);
    if (!extraction) return [];
    const names = extraction.people.mentionsIn(sentence.index).map((m) => speakers.person(article.id, extraction.people.persons[m.person]!).name);
    return [...new Set(names)];
  };

  return {
    articles,
    byId: new Map(articles.map((article) => [article.id, article])),
    statements,
    facts: articles.flatMap((a) => extractFacts(a, mentionedPeople)),
    speakers,
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
