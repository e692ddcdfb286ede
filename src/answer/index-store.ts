/**
 * Answer indexes kept in the cache folder next to the extraction pack, so that a restart does not
 * build them again. One file per index and corpus folder: a header line (format, version, the
 * corpus key it was built from, sha256 of the rest), a line of JSON (the index's strings), then
 * 32-bit integers (in the host's byte order). Used only when the header's version and corpus key are this
 * load's and the checksum holds; the caller then checks the shape of every number before
 * trusting it. Anything else is ignored (with a warning when the file is damaged) and the index
 * is built again and written anew. Written atomically (temporary file, then rename).
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { artefactPath } from "../corpus/cache.js";
import { cacheWrite, type CorpusCache } from "../corpus/corpus.js";

interface Header {
  format: string;
  version: string;
  key: string;
  sha256: string;
}

export interface StoredIndex {
  strings: unknown;
  ints: Int32Array;
}

/**
 * The version of a stored index: its layout number and a fingerprint of the source files that
 * decide what it holds (by URL, e.g. `import.meta.url`), so an index made by other code is never used.
 */
export function indexVersion(layout: number, ...sources: Array<string | URL>): string {
  const hash = createHash("sha256");
  for (const source of sources) hash.update(readFileSync(fileURLToPath(source)));
  return `${layout}-${hash.digest("hex").slice(0, 16)}`;
}

export const storePath = (cache: CorpusCache, name: string) => artefactPath(cache.cacheDir, cache.corpusDir, name, "bin");

/**
 * The stored index `name` of this corpus, or null when there is none usable (a damaged one is
 * reported through `cache.warn`; one of another version or corpus is silently replaced).
 */
export function readStoredIndex(cache: CorpusCache, name: string, version: string): StoredIndex | null {
  const path = storePath(cache, name);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") cache.warn(`${name} index ${path} could not be read (${(error as Error).message}); rebuilding it`);
    return null;
  }
  const problem = (why: string) => {
    cache.warn(`${name} index ${path} ignored: ${why}; rebuilding it`);
    return null;
  };
  const firstLine = bytes.indexOf(10);
  if (firstLine < 0) return problem("no header line");
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(0, firstLine).toString("utf8")) as Header;
  } catch {
    return problem("unreadable header");
  }
  if (header?.format !== `verbatim-${name}-index`) return problem("not an index of this kind");
  if (header.version !== version || header.key !== cache.key) return null;
  const body = bytes.subarray(firstLine + 1);
  if (createHash("sha256").update(body).digest("hex") !== header.sha256) return problem("checksum mismatch (damaged or truncated)");
  const secondLine = body.indexOf(10);
  if (secondLine < 0) return problem("no strings line");
  let strings: unknown;
  try {
    strings = JSON.parse(body.subarray(0, secondLine).toString("utf8"));
  } catch {
    return problem("unreadable strings");
  }
  const raw = body.subarray(secondLine + 1);
  if (raw.length % 4 !== 0) return problem("integers cut short");
  // Copied into an aligned array of their own.
  const ints = new Int32Array(raw.length / 4);
  Buffer.from(ints.buffer).set(raw);
  return { strings, ints };
}

/**
 * Writes the index `name` of this corpus: its strings, then its integers, part after part (a
 * failure is reported, never thrown); later, with the cache's other writes, when the load deferred them.
 */
export function writeStoredIndex(cache: CorpusCache, name: string, version: string, strings: unknown, ints: readonly Int32Array[]): void {
  void cacheWrite(cache, () => writeNow(cache, name, version, strings, ints));
}

function writeNow(cache: CorpusCache, name: string, version: string, strings: unknown, ints: readonly Int32Array[]): void {
  const path = storePath(cache, name);
  const stringsLine = Buffer.from(`${JSON.stringify(strings)}\n`, "utf8");
  const parts = ints.map((part) => Buffer.from(part.buffer, part.byteOffset, part.byteLength));
  const hash = createHash("sha256").update(stringsLine);
  for (const part of parts) hash.update(part);
  const header: Header = { format: `verbatim-${name}-index`, version, key: cache.key, sha256: hash.digest("hex") };
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(temporary, "w");
    for (const chunk of [Buffer.from(`${JSON.stringify(header)}\n`, "utf8"), stringsLine, ...parts]) {
      for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
    }
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    cache.warn(`${name} index ${path} could not be written (${(error as Error).message}); the next start builds it again`);
  }
}
