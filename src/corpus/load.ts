import { open, readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { ArticleError } from "./errors.js";
import { parseArticle } from "./parse-article.js";
import type { Article, SkippedFile } from "./types.js";

export interface LoadOptions {
  /** Largest article file accepted, in bytes. Default 5 MB. */
  maxFileBytes?: number;
}

export interface LoadedArticles {
  /** Loaded articles, sorted by file path. */
  articles: Article[];
  /** Files that were not loaded, with the reason. */
  skipped: SkippedFile[];
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXTENSIONS = /\.(?:md|markdown|txt)$/i;

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
  const files = await listArticleFiles(dir);
  const skipped: SkippedFile[] = [];
  const byId = new Map<string, Article>();
  const duplicateIds = new Map<string, string[]>();

  for (const path of files) {
    const file = relative(dir, path).split(sep).join("/");
    let article: Article;
    try {
      article = parseArticle(file, await readLimited(path, maxBytes));
    } catch (error) {
      skipped.push({ file, reason: reasonOf(error) });
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

async function listArticleFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "does not exist" : code === "ENOTDIR" ? "is not a folder" : reasonOf(error);
    throw new CorpusError(`article folder '${dir}' ${why}`);
  }
  return entries
    .filter((entry) => !entry.isDirectory() && ARTICLE_EXTENSIONS.test(entry.name) && !entry.name.startsWith("."))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Reads a file, refusing it when it is larger than `maxBytes`, without reading more than that. */
async function readLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ArticleError("not a regular file");
    if (stat.size > maxBytes) throw new ArticleError(`file is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
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
  return error instanceof Error ? error.message : String(error);
}
