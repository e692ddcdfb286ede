/**
 * Extraction in parallel: the files to extract are cut into small chunks that this thread and a
 * few worker threads take in turn until none is left. This thread starts working at once (a
 * worker needs a second or two to load the TypeScript sources); a worker that cannot start or
 * dies hands its chunk back. Results come back in file order, identical to extracting in this
 * thread (the same `extractFile`, sent back as plain records).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ReadFile } from "./load.js";
import { extractFile, type ArticleRecord, type SkipRecord } from "./record.js";

type Entry = ArticleRecord | SkipRecord;

export interface ChunkJob {
  id: number;
  files: ReadFile[];
}

export type WorkerReply = { id: number; entries: Entry[] } | { id: number; error: string } | { ready: true };

const CHUNK = 16;
const MAX_WORKERS = 7;

/** Worker threads to use by default: one less than the CPUs (this thread works too). */
export function workerCount(): number {
  return Math.max(0, Math.min(availableParallelism() - 1, MAX_WORKERS));
}

const WORKER_URL = new URL("./extract-worker.mjs", import.meta.url);

export async function extractInWorkers(files: ReadFile[], workers: number): Promise<Entry[]> {
  const chunks: ChunkJob[] = [];
  for (let i = 0; i < files.length; i += CHUNK) chunks.push({ id: chunks.length, files: files.slice(i, i + CHUNK) });
  const results: Entry[][] = new Array(chunks.length);
  const queue = [...chunks];
  let done = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const pool: Worker[] = [];
  for (let n = 0; n < Math.min(workers, chunks.length - 1); n++) {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_URL);
    } catch {
      break;
    }
    pool.push(worker);
    let holding: ChunkJob | null = null;
    const feed = () => {
      holding = queue.shift() ?? null;
      if (holding) worker.postMessage(holding);
    };
    worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) return feed();
      holding = null;
      if ("error" in reply) failure ??= new Error(reply.error);
      else {
        results[reply.id] = reply.entries;
        done++;
      }
      if (failure) return notify();
      feed();
      notify();
    });
    worker.on("error", () => {
      // Could not start, or died: its chunk goes back to the queue for whoever is free.
      if (holding) queue.unshift(holding);
      holding = null;
      notify();
    });
  }

 
  try {
    while (done < chunks.length && !failure) {
      const chunk = queue.shift();
      if (chunk) {
        results[chunk.id] = chunk.files.map((f) => extractFile(f.file, f.bytes));
        done++;
        await new Promise<void>((resolve) => setImmediate(resolve)); // let the workers' replies in
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  if (failure) throw failure;
  return results.flat();
}
