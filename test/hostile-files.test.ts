/**
 * Hostile and odd article files: each is skipped with its reason (or, for UTF-16 with a BOM,
 * decoded), and every good file next to them still loads.
 */
import { execFileSync } from "node:child_process";
import * as realFs from "node:fs";
import { mkdir, symlink, truncate } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticles, type ArticleFs } from "../src/ingest/load.js";
import { article, tmpCorpus } from "./helpers/tmp-corpus.js";

const GOOD = article({ title: "Good one", outlet: "Daily Test", published: "2024-01-02" }, "Good one\n\nThe mayor said the bridge will open in May.\n");
const OTHER = GOOD.replace(/Good one/g, "Other one");

function utf16(text: string, endian: "le" | "be", bom = true): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  const bytes = endian === "le" ? le : Buffer.from(le).swap16();
  const mark = endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array([...(bom ? mark : []), ...bytes]);
}

function errno(code: string, syscall = "open"): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall });
}

/** The real fs, with `open` failing for files whose name contains `match`. */
function failingOpen(match: string, code: string): ArticleFs {
  return {
    ...realFs,
    openSync: ((path: Parameters<typeof realFs.openSync>[0], ...rest: unknown[]) => {
      if (String(path).includes(match)) throw errno(code);
      return (realFs.openSync as (...args: unknown[]) => number)(path, ...rest);
    }) as typeof realFs.openSync,
  };
}

const reasons = (skipped: { file: string; reason: string }[]) => Object.fromEntries(skipped.map((s) => [s.file, s.reason]));

describe("odd encodings", () => {
  it("decodes UTF-16 (little and big endian) with a byte-order mark", async () => {
    const dir = await tmpCorpus({
      "le.md": utf16(GOOD.replace(/Good one/g, "Café señor 中文"), "le"),
      "be.txt": utf16(OTHER.replace(/\n/g, "\r\n"), "be"),
    });
    const { articles, skipped } = await loadArticles(dir);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => [a.id, a.title, a.published])).toEqual([
      ["be", "Other one", "2024-01-02"],
      ["le", "Café señor 中文", "2024-01-02"],
    ]);
    expect(articles[0]!.text).not.toMatch(/\r|\ufeff/);
  });

  it("names UTF-16 without a byte-order mark instead of calling it binary", async () => {
    const dir = await tmpCorpus({ "nobom.md": utf16(GOOD, "le", false), "good.md": GOOD });
    const { articles, skipped } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(["good"]);
    expect(reasons(skipped)).toEqual({ "nobom.md": "UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)" });
  });

  it("skips UTF-16 that is not valid (a lone surrogate) or hides control characters", async () => {
    const lone = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
    const control = utf16("Title\u0001\u0002 text", "le");
    const dir = await tmpCorpus({ "lone.md": lone, "control.md": control, "good.md": GOOD });
    const { articles, skipped } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(["good"]);
    expect(reasons(skipped)).toEqual({
      "control.md": "binary file (control characters), not UTF-16LE text",
      "lone.md": "binary file or not UTF-16LE text",
    });
  });
});

describe("files that are too big, not files, or not there", () => {
  it("refuses a 50 MB file by its size, without reading a byte of it", async () => {
    const dir = await tmpCorpus({ "good.md": GOOD, "huge.md": "" });
    await truncate(join(dir, "huge.md"), 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
    let bytesReadFromHuge = 0;
    const hugeFds = new Set<number>();
    const counting: ArticleFs = {
      ...realFs,
      openSync: ((path: string, flags: number) => {
        const fd = realFs.openSync(path, flags);
        if (path.endsWith("huge.md")) hugeFds.add(fd);
        return fd;
      }) as typeof realFs.openSync,
      readSync: ((fd: number, ...rest: unknown[]) => {
        const bytesRead = (realFs.readSync as (...args: unknown[]) => number)(fd, ...rest);
        if (hugeFds.has(fd)) bytesReadFromHuge += bytesRead;
        return bytesRead;
      }) as typeof realFs.readSync,
    };
    const heapBefore = process.memoryUsage().arrayBuffers;
    const { articles, skipped } = await loadArticles(dir, { fs: counting });
    expect(articles.map((a) => a.id)).toEqual(["good"]);
    expect(skipped).toEqual([{ file: "huge.md", reason: "file is 50 MB, over the 5 MB limit" }]);
    expect(bytesReadFromHuge).toBe(0);
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(10 * 1024 * 1024);
  });

  it("notes a folder named like an article, and loads the articles inside it", async () => {
    const dir = await tmpCorpus({ "good.md": GOOD, "folder.md/inside.txt": OTHER });
    await mkdir(join(dir, "empty.md"));
    const { articles, skipped } = await loadArticles(dir);
    expect(articles.map((a) => [a.id, a.file])).toEqual([
      ["inside", "folder.md/inside.txt"],
      ["good", "good.md"],
    ]);
    expect(reasons(skipped)).toEqual({
      "empty.md": "is a folder, not a file (article files inside it are loaded)",
      "folder.md": "is a folder, not a file (article files inside it are loaded)",
    });
  });

  it("skips a file that vanishes between listing and reading", async () => {
    const dir = await tmpCorpus({ "good.md": GOOD, "vanishing.md": OTHER });
    const vanishing: ArticleFs = {
      ...realFs,
      readdirSync: ((...args: Parameters<typeof realFs.readdirSync>) => {
        const entries = (realFs.readdirSync as (...a: unknown[]) => unknown)(...args);
        realFs.unlinkSync(join(dir, "vanishing.md")); // listed, then gone before it is opened
        return entries;
      }) as typeof realFs.readdirSync,
    };
    const { articles, skipped } = await loadArticles(dir, { fs: vanishing });
    expect(articles.map((a) => a.id)).toEqual(["good"]);
    expect(skipped).toEqual([{ file: "vanishing.md", reason: "file disappeared before it could be read" }]);
  });

  it("skips unreadable files with the reason (permission denied, I/O error), even when running as root", async () => {
    // chmod 000 does not stop root (CI runs as root), so the failure is injected at the fs layer.
    const dir = await tmpCorpus({ "good.md": GOOD, "locked.md": OTHER, "bad-disk.md": OTHER.replace(/Other/g, "Third") });
    const fs: ArticleFs = { ...failingOpen("locked", "EACCES"), openSync: failingOpen("bad-disk", "EIO").openSync };
    const locked = await loadArticles(dir, { fs: failingOpen("locked", "EACCES") });
    expect(locked.articles.map((a) => a.id)).toEqual(["bad-disk", "good"]);
    expect(locked.skipped).toEqual([{ file: "locked.md", reason: "file is not readable (permission denied)" }]);
    const io = await loadArticles(dir, { fs });
    expect(reasons(io.skipped)).toEqual({ "bad-disk.md": "file could not be read (input/output error)" });
  });

  it("never opens a named pipe (it would wait forever), and explains broken and looping links", async () => {
    const dir = await tmpCorpus({ "good.md": GOOD, "target.txt": OTHER });
    execFileSync("mkfifo", [join(dir, "pipe.md")]);
    execFileSync("mkfifo", [join(dir, "hidden-pipe")]);
    await symlink(join(dir, "hidden-pipe"), join(dir, "link-to-pipe.md"));
    await symlink(join(dir, "nowhere.md"), join(dir, "dangling.md"));
    await symlink(join(dir, "loop-b.md"), join(dir, "loop-a.md"));
    await symlink(join(dir, "loop-a.md"), join(dir, "loop-b.md"));
    await symlink(join(dir, "target.txt"), join(dir, "alias.md"));
    const { articles, skipped } = await loadArticles(dir);
    // A link to a good file is read like the file; its id comes from the link's own name.
    expect(articles.map((a) => a.id).sort()).toEqual(["alias", "good", "target"]);
    expect(reasons(skipped)).toEqual({
      "dangling.md": "broken symbolic link (its target does not exist)",
      "link-to-pipe.md": "not a regular file; not read",
      "loop-a.md": "symbolic link loop",
      "loop-b.md": "symbolic link loop",
      "pipe.md": "not a regular file (a named pipe); not read",
    });
  }, 10_000);

  it("loads the rest when every kind of bad file is in one folder", async () => {
    const dir = await tmpCorpus({
      "good.md": GOOD,
      "utf16.md": utf16(OTHER, "le"),
      "empty.md": "",
      "binary.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0x00]),
      "bad-date.md": "---\ntitle: T\npublished: last Tuesday\n---\nBody.\n",
      "dir.md/nested.md": GOOD.replace(/Good one/g, "Nested"),
      "big.md": "",
    });
    await truncate(join(dir, "big.md"), 50 * 1024 * 1024);
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    const { articles, skipped } = await loadArticles(dir, { fs: failingOpen("missing", "ENOENT") });
    expect(articles.map((a) => a.id).sort()).toEqual(["good", "nested", "utf16"]);
    expect(skipped.map((s) => s.file)).toEqual(["bad-date.md", "big.md", "binary.txt", "dir.md", "empty.md", "pipe.txt"]);
    for (const s of skipped) expect(s.reason.length).toBeGreaterThan(5);
  }, 10_000);
});
