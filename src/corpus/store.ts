import { loadCorpus, type Corpus } from "./corpus.js";
import type { LoadOptions } from "../ingest/load.js";
import type { SkippedFile } from "../ingest/types.js";

/** Where answering code gets the corpus from, at question time. */
export interface CorpusHolder {
  current(): Corpus;
}

/** A holder for a corpus that never changes (tests, the command line). */
export function fixedCorpus(corpus: Corpus): CorpusHolder {
  return { current: () => corpus };
}

export function isCorpusHolder(value: Corpus | CorpusHolder): value is CorpusHolder {
  return typeof (value as Partial<CorpusHolder>).current === "function";
}

export function asHolder(value: Corpus | CorpusHolder): CorpusHolder {
  return isCorpusHolder(value) ? value : fixedCorpus(value);
}

/** When each served corpus was swapped in (a corpus loaded outside a store has no entry). */
const changedAtOf = new WeakMap<Corpus, Date>();

/** When the running process last changed the corpus it serves, if it is served by a store. */
export function corpusChangedAt(corpus: Corpus): Date | undefined {
  return changedAtOf.get(corpus);
}

/** The subset of the logger the store uses (it lives in src/discord/log.ts). */
export interface StoreLog {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export type CorpusLoader = (dir: string, options: LoadOptions) => Promise<Corpus>;

export interface CorpusStoreOptions {
  dir: string;
  load?: LoadOptions;
  log?: StoreLog;
  /** How to build a corpus (default: loadCorpus). */
  loader?: CorpusLoader;
  /** Clock, for tests. */
  now?: () => Date;
}

export type ReloadOutcome =
  | { status: "swapped"; corpus: Corpus; added: string[]; removed: string[]; newlySkipped: SkippedFile[] }
  | { status: "kept"; reason: string };

/**
 * Holds the corpus being served and replaces it whole: a new corpus is built off to the side
 * from the folder and swapped in with one assignment, so a question always sees one complete
 * corpus. Reloads never overlap (a reload asked for during another runs once, after it).
 * A reload that fails — the folder is gone, or not one article could be loaded — keeps the
 * corpus that was serving and says why.
 */
export class CorpusStore implements CorpusHolder {
  private corpus: Corpus;
  private readonly options: CorpusStoreOptions;
  private readonly loader: CorpusLoader;
  private readonly now: () => Date;
  private running: Promise<ReloadOutcome> | null = null;
  private again: Promise<ReloadOutcome> | null = null;
  /** Increases with every swap. */
  version = 1;

  constructor(initial: Corpus, options: CorpusStoreOptions) {
    this.corpus = initial;
    this.options = options;
    this.loader = options.loader ?? loadCorpus;
    this.now = options.now ?? (() => new Date());
    changedAtOf.set(initial, this.now());
  }

  /** Loads the folder once and holds the result (even when it has no article: the caller decides). */
  static async open(options: CorpusStoreOptions): Promise<CorpusStore> {
    const loader = options.loader ?? loadCorpus;
    return new CorpusStore(await loader(options.dir, options.load ?? {}), options);
  }

  current(): Corpus {
    return this.corpus;
  }

  get changedAt(): Date {
    return changedAtOf.get(this.corpus) ?? this.now();
  }

  /** Rebuilds from the folder and swaps the result in if it is usable. */
  reload(why = "files changed"): Promise<ReloadOutcome> {
    if (!this.running) {
      this.running = this.rebuild(why).finally(() => {
        this.running = null;
      });
      return this.running;
    }
    // One more rebuild after the running one catches whatever changed while it ran.
    if (!this.again) {
      this.again = this.running.then(() => {
        this.again = null;
        return this.reload(why);
      });
    }
    return this.again;
  }

  /** Resolves when no reload is running or queued. */
  async settled(): Promise<void> {
    while (this.running || this.again) await (this.again ?? this.running);
  }

  private async rebuild(why: string): Promise<ReloadOutcome> {
    const { log } = this.options;
    const started = Date.now();
    let next: Corpus;
    try {
      next = await this.loader(this.options.dir, this.options.load ?? {});
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log?.error("corpus reload failed; still serving the previous corpus", { reason });
      return { status: "kept", reason };
    }
    const previous = this.corpus;
    if (next.articles.length === 0) {
      const reason = `no article could be loaded from '${this.options.dir}'`;
      log?.error(`corpus reload: ${reason}; still serving the previous ${previous.articles.length} article(s)`, {
        skipped: next.skipped.map((s) => `${s.file}: ${s.reason}`),
      });
      return { status: "kept", reason };
    }
    const before = new Set(previous.articles.map((a) => a.id));
    const after = new Set(next.articles.map((a) => a.id));
    const added = [...after].filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !after.has(id));
    const wasSkipped = new Set(previous.skipped.map((s) => `${s.file}\u0000${s.reason}`));
    const newlySkipped = next.skipped.filter((s) => !wasSkipped.has(`${s.file}\u0000${s.reason}`));

    changedAtOf.set(next, this.now());
    this.corpus = next; // the swap: one assignment, after the new corpus is complete
    this.version += 1;
    log?.info(
      `corpus reloaded (${why}): ${next.articles.length} articles, ${next.statements.length} statements, ${next.facts.length} dated facts` +
        ` in ${Date.now() - started} ms`,
      { added, removed },
    );
    for (const { file, reason } of newlySkipped) log?.warn(`skipped ${file}: ${reason}`);
    return { status: "swapped", corpus: next, added, removed, newlySkipped };
  }
}
