/**
 * The extraction cache: what each article file yields on its own (an ArticleRecord), kept on disk
 * so that a restart reads only what changed.
 *
 * - One pack file per corpus folder: `<cacheDir>/extractions-<hash of the folder's path>.json`.
 *   Its first line is a header (format, EXTRACTOR_VERSION, entry count, sha256 of the rest); the
 *   second line holds the entries, as ASCII JSON: a list of [key, entry] pairs, the key being
 *   sha256(EXTRACTOR_VERSION, file path, file bytes).
 * - A changed, added or moved file misses and is extracted again; the others are used as they
 *   are. Entries of files that are gone are dropped when the pack is written again.
 * - A pack of another extractor version is rebuilt (what an upgrade does, so without a warning);
 *   one that cannot be read, fails its checksum or holds an entry that does not read back as a
 *   record (`hydrate` checks every number) is ignored whole with a warning (stderr) and rebuilt,
 *   never trusted.
 * - Written atomically (temporary file, then rename) only when something changed.
 *
 * Canonical speaker names depend on every article, so they are never cached: the cheap
 * corpus-wide pass (assembleCorpus) runs on every load.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { LoadOptions, ReadFile } from "../ingest/load.js";
import { EXTRACTOR_VERSION, RecordError, hydrate, isSkip, type ArticleRecord, type SkipRecord } from "./record.js";
import type { ExtractedArticle } from "../extract/index.js";
import { SLICE } from "./steps.js";
import { extractHere, extractInWorkers, extractOffThread, type ExtractorPool } from "./workers.js";

const FORMAT = "verbatim-extractions";

type Entry = ArticleRecord | SkipRecord;

interface Header {
  format: string;
  version: string;
  count: number;
  sha256: string;
}

export const cacheKey = (file: string, bytes: Uint8Array): string =>
  createHash("sha256").update(`${EXTRACTOR_VERSION}\u0000${file}\u0000`).update(bytes).digest("hex");

export function packPath(cacheDir: string, corpusDir: string): string {
  return artefactPath(cacheDir, corpusDir, "extractions", "json");
}

/** Where another artefact built from one corpus folder is kept (e.g. an answer index), next to its pack. */
export function artefactPath(cacheDir: string, corpusDir: string, name: string, extension: string): string {
  const folder = createHash("sha256").update(resolve(corpusDir)).digest("hex").slice(0, 16);
  return join(cacheDir, `${name}-${folder}.${extension}`);
}

/**
 * The key of what a load read: every file's cache key (extractor version, path, bytes), in order.
 * A corpus assembled from the same files by the same extractor is the same corpus, so artefacts
 * built from it (answer indexes) may be reused under this key.
 */
export const corpusKey = (keys: readonly string[]): string => createHash("sha256").update(`${EXTRACTOR_VERSION}\u0000${keys.join("\u0000")}`).digest("hex");

const defaultWarn = (message: string) => process.stderr.write(`verbatim: ${message}\n`);

/** The cached entries of one corpus folder. */
/** A temporary file of a cache write: `<file>.<pid>.<ms>.tmp`, renamed into place when complete. */
const TEMPORARY = /\.\d+\.\d+\.tmp$/;
/** Older than this, a temporary file is a write that was killed midway, not one under way (a replica sharing the folder may be writing). */
export const STALE_TEMPORARY_MS = 60 * 60_000;

/**
 * Removes the temporary files a killed cache write left in `cacheDir`, older than an hour (a
 * write under way, here or in a replica sharing the folder, is never touched). Never throws.
 */
export function removeStaleTemporaries(cacheDir: string, now = Date.now()): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!TEMPORARY.test(name)) continue;
    const path = join(cacheDir, name);
    try {
      if (now - statSync(path).mtimeMs > STALE_TEMPORARY_MS) {
        unlinkSync(path);
        removed++;
      }
    } catch {
      // gone already, or not ours to remove: left alone
    }
  }
  return removed;
}

export class ExtractionCache {
  private readonly entries: Map<string, Entry>;
  private readonly used = new Set<string>();
  private changed = false;

  private constructor(
    readonly path: string,
    entries: Map<string, Entry>,
    private readonly warn: (message: string) => void,
  ) {
    this.entries = entries;
  }

  /** Opens the pack; a missing one is empty, a bad one is reported and treated as empty. */
  static async open(cacheDir: string, corpusDir: string, warn: (message: string) => void = defaultWarn): Promise<ExtractionCache> {
    removeStaleTemporaries(cacheDir);
    const path = packPath(cacheDir, corpusDir);
    let text: Buffer;
    try {
      text = readFileSync(path); // one call: a few milliseconds, where fs/promises reads it in small pieces, a thread-pool round trip each
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") warn(`extraction cache ${path} could not be read (${(error as Error).message}); rebuilding it`);
      return new ExtractionCache(path, new Map(), warn);
    }
    const entries = parsePack(text);
    if (entries === STALE) {
      // Made by another extractor version: expected after an upgrade, so rebuilt without a warning.
      const cache = new ExtractionCache(path, new Map(), warn);
      cache.changed = true;
      return cache;
    }
    if (typeof entries === "string") {
      warn(`extraction cache ${path} ignored: ${entries}; rebuilding it`);
      const cache = new ExtractionCache(path, new Map(), warn);
      cache.changed = true;
      return cache;
    }
    return new ExtractionCache(path, entries, warn);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entry for a file, if cached (and it is that file's). */
  get(key: string, file: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (!isSkip(entry) && entry.meta.file !== file) return undefined;
    this.used.add(key);
    return entry;
  }

  /** Drops every entry (one could not be read back: none is trusted) and says why. */
  discard(why: string): void {
    this.warn(`extraction cache ${this.path} ignored: ${why}; rebuilding it`);
    this.entries.clear();
    this.used.clear();
    this.changed = true;
  }

  set(key: string, entry: Entry): void {
    this.entries.set(key, entry);
    this.used.add(key);
    this.changed = true;
  }

  /** Writes the pack if anything changed, keeping only the entries of this load's files. */
  async save(): Promise<void> {
    for (const key of this.entries.keys()) {
      if (!this.used.has(key)) {
        this.entries.delete(key);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    // The body is written a slice of entries at a time (a serving bot keeps answering in between):
    // the JSON list of [key, entry] pairs, as ASCII (see asciiJson).
    const pairs = [...this.entries];
    const parts: Buffer[] = [];
    const hash = createHash("sha256");
    for (let i = 0; i < pairs.length || i === 0; i += SAVE_SLICE) {
      if (i > 0) await nextTurn();
      const json = asciiJson(pairs.slice(i, i + SAVE_SLICE));
      const piece = Buffer.from(`${i === 0 ? "[" : ","}${json.slice(1, -1)}${i + SAVE_SLICE >= pairs.length ? "]" : ""}`, "latin1");
      hash.update(piece);
      parts.push(piece);
    }
    const header: Header = { format: FORMAT, version: EXTRACTOR_VERSION, count: this.entries.size, sha256: hash.digest("hex") };
    const temporary = `${this.path}.${process.pid}.${Date.now()}.tmp`;
    try {
      await mkdir(join(this.path, ".."), { recursive: true });
      await writeFile(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, "latin1"), ...parts]));
      await rename(temporary, this.path);
      this.changed = false;
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      this.warn(`extraction cache ${this.path} could not be written (${(error as Error).message}); the next start extracts again`);
    }
  }
}

/** Entries written per turn of the event loop. */
const SAVE_SLICE = 500;

/** What parsePack says of a pack written by another extractor version. */
const STALE = Symbol("stale");

/**
 * JSON with every character beyond ASCII written as a \u escape: the pack is then read back as
 * Latin-1, a plain copy of its bytes, five times faster than decoding 25 MB of UTF-8.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The entries of a pack (its bytes: ASCII JSON, see asciiJson; the checksum is over them as written), STALE, or why it cannot be used. */
function parsePack(bytes: Buffer): Map<string, Entry> | typeof STALE | string {
  const newline = bytes.indexOf(10);
  if (newline < 0) return "no header line";
  let header: Header;
  try {
    header = JSON.parse(bytes.toString("utf8", 0, newline)) as Header;
  } catch {
    return "unreadable header";
  }
  if (header?.format !== FORMAT) return "not an extraction cache";
  if (header.version !== EXTRACTOR_VERSION) return STALE;
  if (createHash("sha256").update(bytes.subarray(newline + 1)).digest("hex") !== header.sha256) return "checksum mismatch (damaged or truncated)";
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString("latin1", newline + 1));
  } catch {
    return "unreadable entries";
  }
  if (!Array.isArray(raw)) return "entries are not a list";
  const entries = new Map<string, Entry>();
  for (const pair of raw as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "string" || !/^[0-9a-f]{64}$/.test(pair[0])) return "bad key";
    const [key, value] = pair as [string, unknown];
    const problem = checkEntry(value);
    if (problem) return `entry ${key.slice(0, 12)}: ${problem}`;
    entries.set(key, value as Entry);
  }
  if (entries.size !== header.count) return `holds ${entries.size} entries, header says ${header.count}`;
  return entries;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Why an entry is not a record of this version at first sight, or null. Every number and string
 * of a record is checked where it is read (`hydrate`), before anything is built on it.
 */
function checkEntry(value: unknown): string | null {
  if (!isObject(value)) return "not an object";
  if ("skip" in value) return typeof value.skip === "string" && value.cacheable === true ? null : "bad skip entry";
  const { meta, text, ints, strings } = value;
  if (!isObject(meta) || typeof text !== "string" || !Array.isArray(ints) || !Array.isArray(strings)) return "missing parts";
  return null;
}

/** Below this many files to extract, worker threads cost more to start than they save. */
export const MIN_FILES_FOR_WORKERS = 150;
/**
 * From this many bytes to extract (fewer files than the above), one worker thread extracts them
 * while this thread stays free to answer: 256 KB of text takes about a tenth of a second.
 */
export const MIN_BYTES_OFF_THREAD = 256 * 1024;

export interface ExtractOptions {
  /** The extraction cache, opened (none: everything is extracted, nothing kept). */
  cache: ExtractionCache | null;
  /** Worker threads besides this one, used when many files need extracting. */
  workers: number;
  /** Workers started already (see loadCorpus); else started here when needed. */
  pool?: ExtractorPool | null;
  deferCacheWrites?: boolean;
  stats?: LoadOptions["stats"];
}

/**
 * What each file yields, in order: from the cache when it holds the file, else extracted (in
 * worker threads when there are many) and cached. A cached record that does not read back as
 * one this version writes (`RecordError`) means the pack cannot be trusted: it is reported,
 * dropped whole, and every file is extracted again.
 */
export async function extractRecords(
  files: ReadFile[],
  { cache, workers, pool, deferCacheWrites, stats }: ExtractOptions,
  keyed?: (key: string) => void,
): Promise<Array<ExtractedArticle | SkipRecord>> {
  const keys = cache ? files.map((f) => cacheKey(f.file, f.bytes)) : [];
  if (cache) keyed?.(corpusKey(keys));
  let out: Array<ExtractedArticle | SkipRecord | undefined> = [];
  try {
    for (let i = 0; i < files.length; i++) {
      if (i > 0 && i % SLICE === 0) await nextTurn();
      const entry = cache?.get(keys[i]!, files[i]!.file);
      out.push(entry === undefined || isSkip(entry) ? entry : hydrate(entry));
    }
  } catch (error) {
    if (!(error instanceof RecordError)) throw error;
    cache!.discard(error.message);
    out = files.map(() => undefined);
  }
  const missing = files.map((_, i) => i).filter((i) => out[i] === undefined);
  const toExtract = missing.map((i) => files[i]!);
  const bytes = toExtract.reduce((sum, f) => sum + f.bytes.length, 0);
  const fresh =
    workers > 0 && missing.length >= MIN_FILES_FOR_WORKERS
      ? await (pool ? pool.extract(toExtract) : extractInWorkers(toExtract, workers))
      : workers > 0 && bytes >= MIN_BYTES_OFF_THREAD
        ? await extractOffThread(toExtract)
        : extractHere(toExtract);
  for (let j = 0; j < missing.length; j++) {
    if (j > 0 && j % SLICE === 0) await nextTurn();
    const fileIndex = missing[j]!;
    const { record, extracted } = fresh[j]!;
    out[fileIndex] = isSkip(record) ? record : (extracted ?? hydrate(record));
    if (cache && (!isSkip(record) || record.cacheable)) cache.set(keys[fileIndex]!, record);
  }
  if (!deferCacheWrites) await cache?.save();
  stats?.({ cached: files.length - missing.length, extracted: missing.length, inWorkers: fresh.filter((f) => !f.extracted).length });
  return out as Array<ExtractedArticle | SkipRecord>;
}
