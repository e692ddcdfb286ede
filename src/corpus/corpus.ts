import { ExtractionCache, MIN_FILES_FOR_WORKERS, extractRecords } from "./cache.js";
import { completeFacts } from "../extract/facts/facts.js";
import { loadArticles, type LoadedArticles, type LoadOptions, type ParseFiles } from "../ingest/load.js";
import { SpeakerRegistry } from "./registry.js";
import { SLICE, runSteps, runStepsAsync, type Steps } from "./steps.js";
import { extractArticle, type ExtractedArticle } from "../extract/index.js";
import { isSkip } from "./record.js";
import type { Article, Sentence, SkippedFile } from "../ingest/types.js";
import type { DatedFact, Statement } from "../extract/types.js";
import { ExtractorPool, workerCount } from "./workers.js";

/** Everything the answering code needs: articles, what was extracted from them, and what was skipped. */
export interface Corpus {
  articles: Article[];
  byId: Map<string, Article>;
  statements: Statement[];
  facts: DatedFact[];
  /** Every person and institution under its canonical name, with name lookup. */
  speakers: SpeakerRegistry;
  skipped: SkippedFile[];
  /**
   * Set by loads with a cache: where answer indexes built from this corpus may be kept, and the
   * key of what was loaded (see `corpusKey`); an index cached under another key is not used.
   */
  cache?: CorpusCache;
}

export interface CorpusCache {
  cacheDir: string;
  corpusDir: string;
  key: string;
  warn: (message: string) => void;
  /** Writes held back by `deferCacheWrites`, run in order by `writeCorpusCache`. */
  pending?: Array<() => void | Promise<void>>;
}

/**
 * Keeps a write of this corpus's cache: now, or with the writes held back until
 * `writeCorpusCache` when the load deferred them.
 */
export function cacheWrite(cache: CorpusCache, write: () => void | Promise<void>): Promise<void> | void {
  if (cache.pending) cache.pending.push(write);
  else return write();
}

/**
 * Runs the cache writes a load with `deferCacheWrites` held back (the extraction pack, the answer
 * indexes built so far), in order; later ones are written at once. Never throws: a write that
 * fails is reported through the cache's `warn`, and the next start rebuilds what it lacks.
 */
export async function writeCorpusCache(corpus: Corpus): Promise<void> {
  const cache = corpus.cache;
  if (!cache?.pending) return;
  const writes = cache.pending;
  delete cache.pending;
  for (const write of writes) await write();
}

/** Options of loadCorpus: reading (LoadOptions), the extraction cache and worker threads. */
export type CorpusLoadOptions = LoadOptions;

/** load → clean → segment → extract (per file, cached and in parallel when asked) → assemble. */
export async function loadCorpus(dir: string, options: CorpusLoadOptions = {}): Promise<Corpus> {
  const extracted = new Map<Article, ExtractedArticle>();
  const warn = options.warn ?? ((m: string) => process.stderr.write(`verbatim: ${m}\n`));
  const cache = options.cacheDir === undefined ? null : await ExtractionCache.open(options.cacheDir, dir, warn);
  const workers = options.workers ?? workerCount();
  // When most files will need extracting, the workers start loading while the files are read.
  let pool: ExtractorPool | null = null;
  const listed = (count: number) => {
    if (workers > 0 && count - (cache?.size ?? 0) >= MIN_FILES_FOR_WORKERS) pool = ExtractorPool.start(workers);
  };
  let key: string | undefined;
  const parse: ParseFiles = async (files) => {
    const records = await extractRecords(files, { cache, workers, pool, deferCacheWrites: options.deferCacheWrites, stats: options.stats }, (k) => (key = k));
    return records.map((record) => {
      if (isSkip(record)) return new Error(record.skip);
      extracted.set(record.article, record);
      return record.article;
    });
  };
  const inThread = options.cacheDir === undefined && options.workers === 0;
  let loaded: LoadedArticles;
  try {
    loaded = await loadArticles(dir, inThread ? options : { ...options, listed, parse });
  } finally {
    await (pool as ExtractorPool | null)?.close();
  }
  const corpus = await runStepsAsync(
    assembleSteps(
      loaded.articles.map((article) => extracted.get(article) ?? extractArticle(article)),
      loaded.skipped,
    ),
  );
  if (cache && key !== undefined) {
    corpus.cache = { cacheDir: options.cacheDir!, corpusDir: dir, key, warn };
    if (options.deferCacheWrites) corpus.cache.pending = [() => cache.save()];
  }
  return corpus;
}

export function buildCorpus(articles: Article[], skipped: SkippedFile[] = []): Corpus {
  return assembleCorpus(articles.map(extractArticle), skipped);
}

/**
 * The corpus-wide pass over what each article yielded: people of different articles merged under
 * canonical names, statements given their speakers' names, dated facts their people. Cheap next
 * to extraction, so it is redone on every load (a new article can change a canonical name).
 */
export function assembleCorpus(extracted: ExtractedArticle[], skipped: SkippedFile[] = []): Corpus {
  return runSteps(assembleSteps(extracted, skipped));
}

/** assembleCorpus, yielding between slices of articles (see steps.ts). */
function* assembleSteps(extracted: ExtractedArticle[], skipped: SkippedFile[]): Steps<Corpus> {
  const extractions = new Map<string, ExtractedArticle>(extracted.map((x) => [x.article.id, x]));
  const speakers = new SpeakerRegistry();
  let n = 0;
  for (const [id, extraction] of extractions) {
    if (++n % SLICE === 0) yield;
    speakers.addArticlePeople(id, extraction.people.persons);
    for (const s of extraction.statements) if (s.speaker.type === "institution") speakers.institution(s.speaker.name, id);
  }
  speakers.finish();
  yield;

  const statements: Statement[] = [];
  for (const [id, extraction] of extractions) {
    if (++n % SLICE === 0) yield;
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

  const facts: DatedFact[] = [];
  for (const x of extracted) {
    if (++n % SLICE === 0) yield;
    for (const fact of completeFacts(x.article, x.facts, mentionedPeople)) facts.push(fact);
  }
  const articles = extracted.map((x) => x.article);
  return { articles, byId: new Map(articles.map((article) => [article.id, article])), statements, facts, speakers, skipped };
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
