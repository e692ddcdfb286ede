import * as nodeFs from "node:fs";
import { constants } from "node:fs";
import { setImmediate as nextTurn } from "node:timers/promises";
import { join, relative, sep } from "node:path";
import { ArticleError } from "./errors.js";
import { parseArticle } from "./parse-article.js";
import type { Article, SkippedFile } from "./types.js";

export interface LoadOptions {
  /** Largest article file accepted, in bytes. Default 5 MB. */
  maxFileBytes?: number;
  /** The file system calls used (default: node:fs); tests inject failures here. */
  fs?: ArticleFs;
  /**
   * Turns the files read into articles, in order: an Article, or the error that says why the
   * file cannot be used (default: parseArticle, one by one). The extraction cache and the
   * worker threads plug in here.
   */
  parse?: ParseFiles;
  /** Told how many article files were found, before they are read (loadCorpus starts its workers then). */
  listed?: (count: number) => void;
  /**
   * Folder of the extraction cache (e.g. `.cache/verbatim`): what each article file yields is
   * kept there, keyed by the file's path and bytes and the extractor version, so an unchanged
   * file is not extracted again (used by loadCorpus). Without it nothing is cached.
   */
  cacheDir?: string;
  /**
   * Threads that extract articles besides this one (loadCorpus). Default: one less than the
   * CPUs, used only when many files need extracting; 0 extracts in this thread only.
   */
  workers?: number;
  /**
   * Hold the cache's writes (the extraction pack, and the answer indexes built from this corpus)
   * until `writeCorpusCache(corpus)` is called, instead of writing them during the load: a bot
   * serves first and writes its cache after. Default false (written as the load goes).
   */
  deferCacheWrites?: boolean;
  /** Where cache problems are reported (default: stderr). */
  warn?: (message: string) => void;
  /** Told how many files came from the cache and how many were extracted (loads with a cache). */
  stats?: (stats: { cached: number; extracted: number; inWorkers: number }) => void;
}

/** One article file as read: its path relative to the corpus folder and its bytes. */
export interface ReadFile {
  file: string;
  bytes: Uint8Array;
}

export type ParseFiles = (files: ReadFile[]) => Promise<Array<Article | Error>>;

/**
 * Files read between two turns of the event loop. Files are read with synchronous calls, a batch
 * at a time: about 25 µs a file from the page cache, against about 130 µs through fs/promises
 * (five thread-pool round trips per file), and a batch blocks a running bot for only a few
 * milliseconds during a reload.
 */
const READ_BATCH = 200;

/** The few file system calls the loader makes (synchronous, in batches: see READ_BATCH). */
export type ArticleFs = Pick<typeof nodeFs, "readdirSync" | "openSync" | "fstatSync" | "readSync" | "closeSync" | "lstatSync">;

export interface LoadedArticles {
  /** Loaded articles, sorted by file path. */
  articles: Article[];
  /** Files that were not loaded, with the reason. */
  skipped: SkippedFile[];
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXTENSIONS = /\.(?:md|markdown|txt)$/i;

/** A name the loader treats as an article file: .md, .markdown or .txt, not hidden. */
export function isArticleFileName(name: string): boolean {
  return ARTICLE_EXTENSIONS.test(name) && !name.startsWith(".");
}

/** Thrown when the corpus folder itself cannot be read. */
export class CorpusError extends Error {
  override name = "CorpusError";
}

/**
 * Loads every `.md` / `.txt` file under `dir` (recursively). A file that cannot be used is
 * skipped with its reason; it never stops the others from loading.
 */
export async function loadArticles(dir: string, options: LoadOptions = {}): Promise<LoadedArticles> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const fs = options.fs ?? nodeFs;
  const { files, skipped } = listArticleFiles(fs, dir);
  options.listed?.(files.length);
  const byId = new Map<string, Article>();
  const duplicateIds = new Map<string, string[]>();

  // Read every file (a batch per turn of the event loop), then parse what was read, in file order.
  const read: Array<ReadFile | null> = new Array(files.length).fill(null);
  const readErrors: Array<SkippedFile | null> = new Array(files.length).fill(null);
  for (let i = 0; i < files.length; i++) {
    if (i > 0 && i % READ_BATCH === 0) await nextTurn();
    const file = relative(dir, files[i]!).split(sep).join("/");
    try {
      read[i] = { file, bytes: readLimited(fs, files[i]!, maxBytes) };
    } catch (error) {
      readErrors[i] = { file, reason: reasonOf(error) };
    }
  }
  const readable = read.filter((r): r is ReadFile => r !== null);
  const parsed = await (options.parse ?? parseEach)(readable);

  let p = 0;
  for (let i = 0; i < files.length; i++) {
    const failed = readErrors[i];
    if (failed) {
      skipped.push(failed);
      continue;
    }
    const { file } = read[i]!;
    const article = parsed[p++]!;
    if (article instanceof Error) {
      skipped.push({ file, reason: reasonOf(article) });
      continue;
    }
    const existing = byId.get(article.id);
    if (existing) {
      duplicateIds.set(article.id, [...(duplicateIds.get(article.id) ?? [existing.file]), file]);
      continue;
    }
    byId.set(article.id, article);
  }
  // Two files claiming one id: neither can be cited unambiguously, so both are skipped.
  for (const [id, names] of duplicateIds) {
    byId.delete(id);
    for (const file of names) {
      const others = names.filter((name) => name !== file).join(", ");
      skipped.push({ file, reason: `duplicate article id '${id}' (also used by ${others})` });
    }
  }
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  return { articles: [...byId.values()], skipped };
}

/** The default parse: one file after the other, in this thread. */
async function parseEach(files: ReadFile[]): Promise<Array<Article | Error>> {
  return files.map(({ file, bytes }) => {
    try {
      return parseArticle(file, bytes);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  });
}

/**
 * The article files under `dir`, and the entries named like articles that are not files
 * (a folder called `x.md` is searched like any folder, and noted; a FIFO, socket or device is
 * never opened: reading a FIFO would wait forever for a writer).
 */
function listArticleFiles(fs: ArticleFs, dir: string): { files: string[]; skipped: SkippedFile[] } {
  let entries;
  try {
    entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "does not exist" : code === "ENOTDIR" ? "is not a folder" : reasonOf(error);
    // The folder itself cannot be listed: nothing can be loaded.
    if (!canListFolder(fs, dir)) throw new CorpusError(`article folder '${dir}' ${why}`);
    // A folder inside it cannot (a path longer than the system allows, a folder that cannot be
    // read): walk folder by folder, and skip what cannot be listed, with the reason.
    return walkArticleFiles(fs, dir);
  }
  return sortArticleEntries(dir, entries, []);
}

function canListFolder(fs: ArticleFs, dir: string): boolean {
  try {
    fs.readdirSync(dir);
    return true;
  } catch {
    return false;
  }
}

type DirEntry = nodeFs.Dirent<string>;

/** The article files under `dir`, folder by folder: a folder that cannot be listed is skipped with its reason. */
function walkArticleFiles(fs: ArticleFs, dir: string): { files: string[]; skipped: SkippedFile[] } {
  const entries: DirEntry[] = [];
  const skipped: SkippedFile[] = [];
  const folders = [dir];
  while (folders.length > 0) {
    const folder = folders.shift()!;
    let inside: DirEntry[];
    try {
      inside = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      skipped.push({ file: relative(dir, folder).split(sep).join("/"), reason: `folder could not be listed (${reasonOf(error)}); its files are not loaded` });
      continue;
    }
    for (const entry of inside) {
      entries.push(entry);
      if (entry.isDirectory()) folders.push(join(folder, entry.name));
    }
  }
  return sortArticleEntries(dir, entries, skipped);
}

function sortArticleEntries(dir: string, entries: DirEntry[], skipped: SkippedFile[]): { files: string[]; skipped: SkippedFile[] } {
  const files: string[] = [];
  for (const entry of entries) {
    if (!isArticleFileName(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const file = relative(dir, path).split(sep).join("/");
    if (entry.isFile() || entry.isSymbolicLink()) files.push(path);
    else if (entry.isDirectory()) skipped.push({ file, reason: "is a folder, not a file (article files inside it are loaded)" });
    else skipped.push({ file, reason: `not a regular file (${kindOf(entry)}); not read` });
  }
  return { files: files.sort(), skipped };
}

function kindOf(entry: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (entry.isFIFO()) return "a named pipe";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "a device";
  return "unknown kind";
}

/**
 * Reads a file, refusing it when it is larger than `maxBytes` — decided from its size before
 * any byte is read — and reading at most `maxBytes` even if it grows meanwhile. Opened
 * non-blocking, so a symbolic link to a FIFO cannot hang the loader either.
 */
function readLimited(fs: ArticleFs, path: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = fs.openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw explainOpenError(fs, path, error);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new ArticleError("is a folder, not a file");
    if (!stat.isFile()) throw new ArticleError("not a regular file; not read");
    if (stat.size > maxBytes) throw new ArticleError(`file is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit`);
    // One byte more than the size: reading it tells a file that grew since fstat.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = fs.readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new ArticleError(`file grew over the ${formatBytes(maxBytes)} limit while being read`);
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/** A symbolic link that points nowhere says so, rather than "disappeared". */
function explainOpenError(fs: ArticleFs, path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") {
    try {
      const link = fs.lstatSync(path);
      if (link.isSymbolicLink()) return new ArticleError("broken symbolic link (its target does not exist)");
    } catch {
      // gone entirely: the generic reason applies
    }
  }
  if (code === "ELOOP") return new ArticleError("symbolic link loop");
  return error;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KB`;
  return `${bytes} bytes`;
}

function reasonOf(error: unknown): string {
  if (error instanceof ArticleError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "file disappeared before it could be read";
  if (code === "EACCES" || code === "EPERM") return "file is not readable (permission denied)";
  if (code === "EISDIR") return "is a folder, not a file";
  if (code === "EIO") return "file could not be read (input/output error)";
  if (code === "ENAMETOOLONG") return "path is longer than the system allows";
  if (code === "EMFILE" || code === "ENFILE") return "file could not be opened (too many open files); it is read again at the next reload";
  if (code) return `file could not be read (${code})`;
  return error instanceof Error ? error.message : String(error);
}
