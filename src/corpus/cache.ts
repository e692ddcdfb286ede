/**
 * The extraction cache: what each article file yields on its own (an ArticleRecord), kept on disk
 * so that a restart reads only what changed.
 *
 * - One pack file per corpus folder: `<cacheDir>/extractions-<hash of the folder's path>.json`.
 *   Its first line is a header (format, EXTRACTOR_VERSION, entry count, sha256 of the rest); the
 *   second line holds the entries, keyed by sha256(EXTRACTOR_VERSION, file path, file bytes).
 * - A changed, added or moved file misses and is extracted again; the others are used as they
 *   are. Entries of files that are gone are dropped when the pack is written again.
 * - A pack of another extractor version is rebuilt (what an upgrade does, so without a warning);
 *   one that cannot be read, fails its checksum or holds an entry of the wrong shape is ignored
 *   with a warning (stderr) and rebuilt, never trusted.
 * - Written atomically (temporary file, then rename) only when something changed.
 *
 * Canonical speaker names depend on every article, so they are never cached: the cheap
 * corpus-wide pass (assembleCorpus) runs on every load.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { CorpusLoadOptions } from "./corpus.js";
import type { ReadFile } from "./load.js";
import { EXTRACTOR_VERSION, PARAGRAPH_KINDS, PRECISIONS, extractFile, isSkip, type ArticleRecord, type SkipRecord } from "./record.js";
import { extractInWorkers, workerCount } from "./workers.js";

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
    const path = packPath(cacheDir, corpusDir);
    let text: Buffer;
    try {
      text = await readFile(path);
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
    const body = asciiJson(Object.fromEntries(this.entries));
    const header: Header = { format: FORMAT, version: EXTRACTOR_VERSION, count: this.entries.size, sha256: sha256(body) };
    const temporary = `${this.path}.${process.pid}.${Date.now()}.tmp`;
    try {
      await mkdir(join(this.path, ".."), { recursive: true });
      await writeFile(temporary, `${JSON.stringify(header)}\n${body}`);
      await rename(temporary, this.path);
      this.changed = false;
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      this.warn(`extraction cache ${this.path} could not be written (${(error as Error).message}); the next start extracts again`);
    }
  }
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

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
  if (!isObject(raw)) return "entries are not an object";
  const entries = new Map<string, Entry>();
  for (const [key, value] of Object.entries(raw)) {
    if (!/^[0-9a-f]{64}$/.test(key)) return `bad key ${JSON.stringify(key.slice(0, 80))}`;
    const problem = checkEntry(value);
    if (problem) return `entry ${key.slice(0, 12)}: ${problem}`;
    entries.set(key, value as Entry);
  }
  if (entries.size !== header.count) return `holds ${entries.size} entries, header says ${header.count}`;
  return entries;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isStringOrNull = (v: unknown) => v === null || typeof v === "string";
const within = (v: unknown, limit: number): v is number => isInt(v) && v >= 0 && v < limit;
const isStrings = (v: unknown) => Array.isArray(v) && v.every((t) => typeof t === "string");
const QUALIFIERS = new Set<unknown>(["early", "mid", "late"]);

/** Why an entry is not a record this version writes (see ArticleRecord), or null when it is. */
function checkEntry(value: unknown): string | null {
  if (!isObject(value)) return "not an object";
  if ("skip" in value) return typeof value.skip === "string" && value.cacheable === true ? null : "bad skip entry";
  const { meta, text, paragraphs, sentences, people, statements, facts } = value;
  if (!isObject(meta) || typeof meta.id !== "string" || typeof meta.title !== "string" || typeof meta.file !== "string") return "bad meta";
  if (!isStringOrNull(meta.outlet) || !isStringOrNull(meta.url) || !isStringOrNull(meta.published)) return "bad meta";
  if (typeof text !== "string") return "bad text";
  if (!Array.isArray(paragraphs) || !Array.isArray(sentences) || !Array.isArray(statements) || !Array.isArray(facts) || !isObject(people)) {
    return "missing parts";
  }
  const span = (start: unknown, end: unknown, limit = text.length) => isInt(start) && isInt(end) && start >= 0 && start <= end && end <= limit;
  if (paragraphs.length % 3 !== 0) return "bad paragraph";
  const paragraphCount = paragraphs.length / 3;
  for (let i = 0; i < paragraphs.length; i += 3) {
    if (!within(paragraphs[i], PARAGRAPH_KINDS.length) || !span(paragraphs[i + 1], paragraphs[i + 2])) return "bad paragraph";
  }
  if (sentences.length % 4 !== 0) return "bad sentence";
  const sentenceCount = sentences.length / 4;
  for (let i = 0; i < sentences.length; i += 4) {
    if (!within(sentences[i], paragraphCount) || !span(sentences[i + 1], sentences[i + 2])) return "bad sentence";
    if (!(sentences[i + 3] === -1 || within(sentences[i + 3], sentenceCount))) return "bad sentence";
  }
  const { persons, mentions } = people;
  if (!Array.isArray(persons) || !Array.isArray(mentions)) return "bad people";
  for (let i = 0; i < persons.length; i++) {
    const p: unknown = persons[i];
    if (!isObject(p) || p.id !== i || typeof p.name !== "string" || !isStrings(p.tokens) || !isStrings(p.titles)) return "bad person";
  }
  for (const m of mentions) {
    if (!Array.isArray(m) || m.length !== 5 || !within(m[0], sentenceCount) || !within(m[1], persons.length)) return "bad mention";
    if (!isInt(m[2]) || !isInt(m[3]) || (m[4] !== 0 && m[4] !== 1)) return "bad mention";
  }
  // The words of a statement or fact: a span of the text, or (-1, -1) and the words themselves.
  const words = (start: unknown, end: unknown, given: unknown) => (start === -1 && end === -1 ? typeof given === "string" : given == null && span(start, end));
  const sentenceList = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((i) => within(i, sentenceCount));
  for (const s of statements as unknown[][]) {
    if (!Array.isArray(s) || (s.length !== 7 && s.length !== 8)) return "bad statement";
    if (!(within(s[0], persons.length) || typeof s[0] === "string") || !words(s[1], s[2], s[7]) || (s[3] !== 0 && s[3] !== 1)) return "bad statement";
    if (!isStringOrNull(s[4]) || !within(s[5], paragraphCount) || !sentenceList(s[6])) return "bad statement";
  }
  for (const f of facts as unknown[][]) {
    // [sentence, start, end, value, precision, qualifier, from, to, fallback, event?, expression?]
    if (!Array.isArray(f) || f.length < 9 || f.length > 11) return "bad fact";
    const sentence = f[0];
    if (!within(sentence, sentenceCount) || !words(f[1], f[2], f[9]) || (f[8] !== 0 && f[8] !== 1)) return "bad fact";
    const sentenceLength = (sentences[sentence * 4 + 2] as number) - (sentences[sentence * 4 + 1] as number);
    if (typeof f[3] !== "string" || !within(f[4], PRECISIONS.length) || !(f[5] === null || QUALIFIERS.has(f[5]))) return "bad fact date";
    if (!span(f[6], f[7], sentenceLength) || !(f[10] === undefined || typeof f[10] === "string")) return "bad fact date";
  }
  return null;
}

/** Below this many files to extract, worker threads cost more to start than they save. */
const MIN_FILES_FOR_WORKERS = 150;

/**
 * What each file yields, in order: from the cache when it holds the file, else extracted (in
 * worker threads when there are many) and cached.
 */
export async function extractRecords(
  dir: string,
  files: ReadFile[],
  options: CorpusLoadOptions = {},
  keyed?: (key: string) => void,
): Promise<Entry[]> {
  const cache = options.cacheDir === undefined ? null : await ExtractionCache.open(options.cacheDir, dir, options.warn);
  const keys = cache ? files.map((f) => cacheKey(f.file, f.bytes)) : [];
  if (cache) keyed?.(corpusKey(keys));
  const out: Array<Entry | undefined> = files.map((f, i) => cache?.get(keys[i]!, f.file));
  const missing = files.map((_, i) => i).filter((i) => out[i] === undefined);

  const workers = options.workers ?? workerCount();
  const fresh =
    workers > 0 && missing.length >= MIN_FILES_FOR_WORKERS
      ? await extractInWorkers(missing.map((i) => files[i]!), workers)
      : missing.map((i) => extractFile(files[i]!.file, files[i]!.bytes));
  missing.forEach((fileIndex, j) => {
    const entry = fresh[j]!;
    out[fileIndex] = entry;
    if (cache && (!isSkip(entry) || entry.cacheable)) cache.set(keys[fileIndex]!, entry);
  });
  await cache?.save();
  options.stats?.({ cached: files.length - missing.length, extracted: missing.length });
  return out as Entry[];
}
