/**
 * Extraction in parallel: the files to extract are cut into small chunks that this thread and a
 * few worker threads take in turn until none is left. A worker needs a quarter of a second to
 * load the extractor (from a bundle of its sources, see worker-script.ts), so a pool may be
 * started before the files are read (`start`), and this thread starts working at once. A worker that cannot start or dies hands its chunk back.
 * Results come back in file order, identical to extracting in this thread (the same `extractFile`,
 * sent back as plain records); what this thread extracts keeps its extraction too, so it needs
 * no hydrating.
 */
import { availableParallelism } from "node:os";
import { setImmediate as nextTurn } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import type { ReadFile } from "../ingest/load.js";
import { extractArticleFile, type ArticleRecord, type ExtractedFile, type SkipRecord } from "./record.js";
import { SOURCE_WORKER, bundleFailed, workerScript } from "./worker-script.js";

type Entry = ArticleRecord | SkipRecord;

export interface ChunkJob {
  id: number;
  files: ReadFile[];
}

export type WorkerReply = { id: number; entries: Entry[] } | { id: number; error: string } | { ready: true };

const CHUNK = 16;
const MAX_WORKERS = 7;
/**
 * Chunks a worker holds at once: it starts on its next chunk while its reply waits for this
 * thread, which reads replies only between two chunks of its own. With one, a worker sat idle
 * for most of a chunk's time after each one.
 */
const IN_FLIGHT = 3;

/** Worker threads to use by default: one less than the CPUs (this thread works too). */
export function workerCount(): number {
  return Math.max(0, Math.min(availableParallelism() - 1, MAX_WORKERS));
}

/** The chunks of one `extract` call and how far they are. */
interface Run {
  queue: ChunkJob[];
  results: ExtractedFile[][];
  done: number;
  failure: Error | null;
  /** Wakes this thread when it waits for the workers' last chunks. */
  wake: (() => void) | null;
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  /** The chunks sent to it and not yet answered, oldest first. */
  holding: ChunkJob[];
  /** Settles when the worker is ready to extract, or could not start. */
  started: Promise<void>;
}

export class ExtractorPool {
  private readonly workers: PoolWorker[] = [];
  private run: Run | null = null;
  /** Settles once the workers are spawned (their script may need making first: see worker-script.ts). */
  private spawning: Promise<void> = Promise.resolve();
  private closed = false;
  /** Files extracted by the worker threads so far. */
  extractedByWorkers = 0;

  /**
   * Starts `count` workers; they load the extractor while this thread does other work. By
   * default they start from the bundle of the extractor, or from its sources when a worker cannot
   * start from the bundle (see worker-script.ts). Tests may give another `script`, and the
   * `fallback` that replaces a worker that fails before it is ready.
   */
  static start(count: number, script?: URL, fallback?: URL): ExtractorPool {
    const pool = new ExtractorPool();
    if (count > 0) {
      pool.spawning = (script ? Promise.resolve(script) : workerScript()).then((url) => {
        const instead = script ? (fallback ?? null) : url.href === SOURCE_WORKER.href ? null : SOURCE_WORKER;
        for (let n = 0; n < count && !pool.closed; n++) pool.spawn(url, instead);
      });
    }
    return pool;
  }

  /** Starts a worker from `script`; one that fails before it is ready is replaced by one from `fallback` (the bundle is then dropped). */
  private spawn(script: URL, fallback: URL | null = null): void {
    let worker: Worker;
    try {
      worker = new Worker(script, fallback ? { execArgv: withoutTsx(process.execArgv) } : {});
    } catch {
      return;
    }
    let started!: () => void;
    const self: PoolWorker = { worker, ready: false, holding: [], started: new Promise<void>((resolve) => (started = resolve)) };
    this.workers.push(self);
    let everReady = false;
    worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) {
        everReady = true;
        self.ready = true;
        started();
        return this.feed(self);
      }
      const run = this.run;
      self.holding = self.holding.filter((chunk) => chunk.id !== reply.id);
      if (!run) return;
      if ("error" in reply) run.failure ??= new Error(reply.error);
      else {
        run.results[reply.id] = reply.entries.map((record) => ({ record }));
        run.done++;
        this.extractedByWorkers += reply.entries.length;
      }
      if (!run.failure) this.feed(self);
      this.notify();
    });
    // Could not start, or died (with an error, or quietly): its chunks go back to the queue for whoever is free.
    const lost = () => {
      self.ready = false;
      started();
      this.run?.queue.unshift(...self.holding);
      self.holding = [];
      this.notify();
    };
    worker.on("error", () => {
      if (!everReady && !this.closed && fallback) {
        bundleFailed(script);
        this.spawn(fallback);
      }
      lost();
    });
    worker.on("exit", lost);
  }

  private feed(self: PoolWorker): void {
    const run = this.run;
    while (run && self.ready && !run.failure && self.holding.length < IN_FLIGHT && run.queue.length > 0) {
      const chunk = run.queue.shift()!;
      self.holding.push(chunk);
      self.worker.postMessage(chunk);
    }
  }

  private notify(): void {
    const wake = this.run?.wake;
    if (this.run) this.run.wake = null;
    wake?.();
  }

  /** Resolves when every worker is ready to extract or could not start. */
  async started(): Promise<void> {
    await this.spawning;
    // A worker that cannot start from the bundle is replaced (see spawn): its replacement is waited for too.
    for (let seen = 0; seen < this.workers.length; ) {
      const waiting = this.workers.slice(seen);
      seen = this.workers.length;
      await Promise.all(waiting.map((w) => w.started));
    }
  }

  /**
   * Extracts the files here and in the workers; one call at a time. With `here: false` this
   * thread leaves the work to the workers and only takes it up when none could start or all died
   * (a big article hot-added must not hold up the thread that answers interactions).
   */
  async extract(files: ReadFile[], { here = true }: { here?: boolean } = {}): Promise<ExtractedFile[]> {
    if (!here) await this.started();
    const chunks: ChunkJob[] = [];
    for (let i = 0; i < files.length; i += CHUNK) chunks.push({ id: chunks.length, files: files.slice(i, i + CHUNK) });
    const run: Run = { queue: [...chunks], results: new Array(chunks.length), done: 0, failure: null, wake: null };
    this.run = run;
    try {
      for (const self of this.workers) this.feed(self);
      while (run.done < chunks.length && !run.failure) {
        const chunk = here || !this.workers.some((w) => w.ready) ? run.queue.shift() : undefined;
        if (chunk) {
          run.results[chunk.id] = chunk.files.map((f) => extractArticleFile(f.file, f.bytes));
          run.done++;
          await nextTurn(); // let the workers' replies in
        } else {
          await new Promise<void>((resolve) => (run.wake = resolve));
        }
      }
    } finally {
      this.run = null;
    }
    if (run.failure) throw run.failure;
    return run.results.flat();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.spawning;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    this.workers.length = 0;
  }
}

/**
 * This process's Node options without tsx's loader (`--require …/tsx/…`, `--import …/tsx/…`),
 * which a worker would inherit: a bundle needs no loader, and with one every module it imports
 * goes through tsx (a third of its start).
 */
function withoutTsx(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i]!;
    if ((flag === "--require" || flag === "--import" || flag === "-r") && /[\\/]tsx[\\/]/.test(execArgv[i + 1] ?? "")) i++;
    else if (/^--(?:require|import)=.*[\\/]tsx[\\/]/.test(flag)) continue;
    else out.push(flag);
  }
  return out;
}

/** Extracts the files with `workers` worker threads besides this one (started now, closed after). */
export async function extractInWorkers(files: ReadFile[], workers: number): Promise<ExtractedFile[]> {
  const pool = ExtractorPool.start(Math.min(workers, Math.ceil(files.length / CHUNK) - 1));
  try {
    return await pool.extract(files);
  } finally {
    await pool.close();
  }
}

/** Extracts the files in one worker thread, this thread free meanwhile (here only if no worker can start). */
export async function extractOffThread(files: ReadFile[]): Promise<ExtractedFile[]> {
  const pool = ExtractorPool.start(1);
  try {
    return await pool.extract(files, { here: false });
  } finally {
    await pool.close();
  }
}

/** Extracts the files in this thread only. */
export function extractHere(files: ReadFile[]): ExtractedFile[] {
  return files.map((f) => extractArticleFile(f.file, f.bytes));
}
