import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { isArticleFileName } from "../ingest/load.js";
import type { CorpusStore, StoreLog } from "./store.js";

export interface WatchOptions {
  /** How often the folder is looked at (ms). */
  intervalMs?: number;
  /** After a change is seen, wait this long for the folder to be quiet before rebuilding (ms). */
  settleMs?: number;
  log?: StoreLog;
  /**
   * The folder's fingerprint taken before the store was loaded from it: what changed while the
   * corpus was loading (an article added, one deleted) is then seen at the first look. Without
   * it, the first look records the folder as it is then.
   */
  since?: string;
}

export interface CorpusWatcher {
  /** Looks at the folder now (tests; also after a signal). Resolves when any reload it started is done. */
  check(): Promise<void>;
  stop(): void;
}

/**
 * Keeps a store in step with its folder by polling: every `intervalMs` the article files are
 * listed with their size and modification time; when that fingerprint changes and then stays
 * the same for `settleMs` (a file being copied in has finished), the store rebuilds in the
 * background and swaps the new corpus in. Polling rather than fs.watch: it behaves the same on
 * every platform and file system (network mounts, bind mounts, editors that replace files), and
 * costs one `stat` per file per interval.
 */
export function watchCorpus(store: CorpusStore, dir: string, { intervalMs = 2_000, settleMs = 400, log, since }: WatchOptions = {}): CorpusWatcher {
  let known: string | null = since ?? null;
  let stopped = false;
  let checking: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;

  const look = async (): Promise<void> => {
    const seen = await fingerprint(dir);
    if (known === null) {
      known = seen;
      return;
    }
    if (seen === known) return;
    // Changed: wait until it stops changing, then rebuild.
    let settled = seen;
    for (let i = 0; i < 10 && !stopped; i++) {
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      const again = await fingerprint(dir);
      if (again === settled) break;
      settled = again;
    }
    if (stopped) return;
    known = settled;
    log?.info("article folder changed; rebuilding the corpus in the background");
    await store.reload("article folder changed");
  };

  const check = (): Promise<void> => {
    if (!checking) {
      checking = look()
        .catch((error: unknown) => log?.warn("could not look at the article folder", { error: error instanceof Error ? error.message : String(error) }))
        .finally(() => {
          checking = null;
        });
    }
    return checking;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void check().finally(schedule), intervalMs);
    timer.unref();
  };
  // The first look compares with the folder as it was before the load (`since`), or records it.
  void check().finally(schedule);

  return {
    check,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Article files with size and modification time, sorted: equal strings mean nothing changed. */
export async function fingerprint(dir: string): Promise<string> {
  let entries;
  const unlisted: string[] = [];
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    // A folder inside that cannot be listed (a path longer than the system allows) must not stop
    // the watch of everything else: list folder by folder, and note what could not be listed.
    try {
      entries = await walk(dir, unlisted);
    } catch {
      return `! ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`;
    }
  }
  const paths = entries.filter((entry) => isArticleFileName(entry.name)).map((entry) => join(entry.parentPath, entry.name));
  const parts = await Promise.all(
    paths.map(async (path) => {
      try {
        const s = await stat(path);
        return `${path}\u0000${s.isDirectory() ? "d" : s.size}\u0000${s.mtimeMs}\u0000${s.ino}`;
      } catch {
        return `${path}\u0000gone`;
      }
    }),
  );
  return [...parts, ...unlisted.map((folder) => `${folder}\u0000unlisted`)].sort().join("\n");
}

/** The entries under `dir`, folder by folder; folders that cannot be listed go to `unlisted` (the top one throws). */
async function walk(dir: string, unlisted: string[]): Promise<Dirent[]> {
  const out: Dirent[] = [];
  const folders = [dir];
  while (folders.length > 0) {
    const folder = folders.shift()!;
    let inside: Dirent[];
    try {
      inside = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (folder === dir) throw error;
      unlisted.push(folder);
      continue;
    }
    for (const entry of inside) {
      out.push(entry);
      if (entry.isDirectory()) folders.push(join(folder, entry.name));
    }
  }
  return out;
}
