/** A path the system cannot handle (too long, unreadable) is skipped with its reason; the rest of the folder loads. */
import * as nodeFs from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticles } from "../src/ingest/load.js";
import { tmpCorpus } from "./helpers/tmp-corpus.js";

const ARTICLE = "---\ntitle: Port deal\npublished: 2025-03-14\n---\nPort deal\n\nFinance Minister Ana Ruiz said the deal would create jobs.\n";

function tooLong(path: string): Error {
  return Object.assign(new Error(`ENAMETOOLONG: name too long, scandir '${path}'`), { code: "ENAMETOOLONG" });
}

describe("a path longer than the system allows", () => {
  it("is skipped with its reason, and the other articles load", async () => {
    const dir = await tmpCorpus({ "a.md": ARTICLE, "deep/b.md": ARTICLE, "deep/deeper/c.md": ARTICLE });
    const deeper = join(dir, "deep", "deeper");
    // The recursive listing fails as a whole, and so does listing the folder whose path is too long.
    const fs = {
      ...nodeFs,
      readdirSync: ((path: string, options?: { recursive?: boolean }) => {
        if (options?.recursive || path === deeper) throw tooLong(path);
        return (nodeFs.readdirSync as (p: string, o?: object) => unknown)(path, options);
      }) as typeof nodeFs.readdirSync,
    };
    const loaded = await loadArticles(dir, { fs });
    expect(loaded.articles.map((a) => a.file).sort()).toEqual(["a.md", "deep/b.md"]);
    expect(loaded.skipped).toEqual([{ file: "deep/deeper", reason: "folder could not be listed (path is longer than the system allows); its files are not loaded" }]);
  });

  it("names the article folder itself when it cannot be listed at all", async () => {
    const fs = { ...nodeFs, readdirSync: ((path: string) => { throw tooLong(path); }) as unknown as typeof nodeFs.readdirSync };
    await expect(loadArticles("/nowhere/articles", { fs })).rejects.toThrow(/article folder '\/nowhere\/articles' path is longer than the system allows/);
  });
});
