import { chmod } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticles } from "../src/corpus/index.js";
import { article, SEED_DIR, tmpCorpus } from "./helpers/tmp-corpus.js";

const GOOD = article({ title: "Good one", outlet: "Daily Test", published: "2024-01-02" }, "Good one\n\nThe mayor said the bridge will open in May.\n");

describe("loading the seed articles", () => {
  it("loads all five with the metadata from SOURCES.md", async () => {
    const { articles, skipped } = await loadArticles(SEED_DIR);
    expect(skipped).toEqual([]);
    const meta = Object.fromEntries(articles.map((a) => [a.id, [a.outlet, a.published, a.url]]));
    expect(meta).toEqual({
      "000_5c651fea640e4d61": ["Arab News", "2024-10-23", "https://www.arabnews.com/node/2576709"],
      "001_f2f16d151fcc7faf": ["Permanent Mission of the People's Republic of China to the UN", "2022-07-29", "http://un.china-mission.gov.cn/eng/zgyw/202207/t20220730_10730785.htm"],
      "002_65ddf13c27f194d8": ["South China Morning Post", "2023-12-06", "https://www.scmp.com/news/china/diplomacy/article/3244090/china-and-iran-vow-work-together-peace-amid-israel-gaza-war"],
      "003_3ba0c5d103db6ba7": ["exBulletin", "2021-05-24", "https://exbulletin.com/politics/936451/"],
      "004_077bf2f25640e73c": ["South China Morning Post", "2023-11-13", "https://www.scmp.com/news/china/diplomacy/article/3241360/iran-says-it-hopes-work-china-de-escalate-gaza-war"],
    });
  });

  it("keeps every sentence's offsets pointing at its text", async () => {
    const { articles } = await loadArticles(SEED_DIR);
    for (const a of articles) {
      for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
      for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end).length).toBeGreaterThan(0);
    }
  });

  it("drops site chrome and keeps headline, bullets and body", async () => {
    const { articles } = await loadArticles(SEED_DIR);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const un = byId.get("001_f2f16d151fcc7faf")!;
    expect(un.text).not.toMatch(/Meetings & Statements|Home >|Suggest to a friend|2022-07-29 23:45/);
    expect(un.paragraphs[0]).toMatchObject({ kind: "headline" });
    expect(un.text.startsWith("Xi Jinping Speaks with Iranian President Ebrahim Raisi on the Phone")).toBe(true);
    const arab = byId.get("000_5c651fea640e4d61")!;
    expect(arab.text).not.toMatch(/Short Url|@CCTV/);
    expect(arab.paragraphs.filter((p) => p.kind === "summary")).toHaveLength(2);
    const bulletin = byId.get("003_3ba0c5d103db6ba7")!;
    expect(bulletin.text.startsWith("Xi Jinping says China is ready")).toBe(true);
    expect(bulletin.text).not.toMatch(/^Politics/m);
    const scmp = byId.get("004_077bf2f25640e73c")!;
    expect(scmp.text.startsWith("Iran says it hopes to work with China")).toBe(true);
  });

  it("marks summary bullets that repeat a body sentence", async () => {
    const { articles } = await loadArticles(SEED_DIR);
    const arab = articles.find((a) => a.id === "000_5c651fea640e4d61")!;
    const bullets = arab.sentences.filter((s) => arab.paragraphs[s.paragraph]!.kind === "summary");
    expect(bullets).toHaveLength(2);
    for (const bullet of bullets) {
      expect(bullet.duplicateOf).not.toBeNull();
      const body = arab.sentences[bullet.duplicateOf!]!;
      expect(arab.paragraphs[body.paragraph]!.kind).toBe("body");
    }
    // A bullet that says something new is not marked.
    const scmp = articles.find((a) => a.id === "004_077bf2f25640e73c")!;
    expect(scmp.sentences.filter((s) => s.duplicateOf !== null)).toEqual([]);
  });
});

describe("metadata without front matter", () => {
  it("takes the title from the first line and the date from a stated date line", async () => {
    const dir = await tmpCorpus({
      "a.txt": "\n\nCouncil approves budget\n\n2022-07-29 23:45\n\nThe council approved the budget on Tuesday.\n",
      "b.md": "Published: 2 June 2024\nHarbour reopens\nThe harbour reopened after repairs.\n",
      "c.txt": " date 2023-11-13 Rail strike ends\nThe strike ended after talks.\n",
      "d.txt": "Updated March 5, 2024 10:00 GMT\nFloods recede\nWater levels fell overnight.\n",
    });
    const { articles, skipped } = await loadArticles(dir);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => [a.id, a.title, a.published])).toEqual([
      ["a", "Council approves budget", "2022-07-29"],
      ["b", "Harbour reopens", "2024-06-02"],
      ["c", "Rail strike ends", "2023-11-13"],
      ["d", "Floods recede", "2024-03-05"],
    ]);
  });

  it("leaves an article that states no date undated, never today's date", async () => {
    const dir = await tmpCorpus({ "x.txt": "Storm hits coast\nA storm hit the coast on Monday.\n" });
    const { articles } = await loadArticles(dir);
    expect(articles[0]!.published).toBeNull();
  });

  it("uses the front matter id and searches sub-folders", async () => {
    const dir = await tmpCorpus({ "2024/jan/story.md": article({ id: "custom-id", title: "T" }, "T\nBody text here.\n") });
    const { articles } = await loadArticles(dir);
    expect(articles.map((a) => [a.id, a.file])).toEqual([["custom-id", "2024/jan/story.md"]]);
  });
});

describe("bad input is skipped with its reason and loses nothing", () => {
  it("skips each bad file with its name and reason, and loads the rest", async () => {
    const dir = await tmpCorpus({
      "good.md": GOOD,
      "empty.md": "",
      "blank.txt": "  \n\n ",
      "binary.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe, 0x00]),
      "latin1.txt": new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73]),
      "bad-yaml.md": "---\ntitle: [unclosed\n---\nBody.\n",
      "unclosed.md": "---\ntitle: Never closed\nBody.\n",
      "wrong-type.md": "---\ntitle: 42\n---\nBody.\n",
      "bad-date.md": "---\ntitle: T\npublished: last Tuesday\n---\nBody.\n",
      "impossible-date.md": "---\ntitle: T\npublished: 2023-02-30\n---\nBody.\n",
      "notes.json": "{}",
    });
    const { articles, skipped } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(["good"]);
    expect(Object.fromEntries(skipped.map((s) => [s.file, s.reason]))).toEqual({
      "bad-date.md": "invalid front matter: field 'published' must be a real date written YYYY-MM-DD",
      "bad-yaml.md": expect.stringMatching(/^invalid front matter: /),
      "binary.txt": expect.stringMatching(/^binary file/),
      "blank.txt": "empty file (only whitespace)",
      "empty.md": "empty file",
      "impossible-date.md": "invalid front matter: field 'published' must be a real date written YYYY-MM-DD",
      "latin1.txt": expect.stringMatching(/not UTF-8 text/),
      "unclosed.md": "invalid front matter: opening '---' has no closing '---' line",
      "wrong-type.md": "invalid front matter: field 'title' must be text",
    });
  });

  it("skips a file over the size limit, which is configurable", async () => {
    const big = GOOD + "More words. ".repeat(2000);
    const dir = await tmpCorpus({ "big.md": big, "good.md": GOOD });
    const limited = await loadArticles(dir, { maxFileBytes: 10_000 });
    expect(limited.articles.map((a) => a.id)).toEqual(["good"]);
    expect(limited.skipped).toEqual([{ file: "big.md", reason: expect.stringMatching(/^file is 23\.\d KB, over the 9\.8 KB limit$/) }]);
    const unlimited = await loadArticles(dir, { maxFileBytes: 1_000_000 });
    expect(unlimited.articles).toHaveLength(2);
  });

  it("skips both files that claim the same id, naming each other", async () => {
    const dir = await tmpCorpus({
      "one.md": article({ id: "same", title: "One" }, "One\nFirst body.\n"),
      "two.txt": article({ id: "same", title: "Two" }, "Two\nSecond body.\n"),
      "good.md": GOOD,
    });
    const { articles, skipped } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(["good"]);
    expect(skipped).toEqual([
      { file: "one.md", reason: "duplicate article id 'same' (also used by two.txt)" },
      { file: "two.txt", reason: "duplicate article id 'same' (also used by one.md)" },
    ]);
  });

  it("reads a UTF-8 BOM and CRLF line endings transparently", async () => {
    const crlf = GOOD.replace(/\n/g, "\r\n");
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(crlf)]);
    const dir = await tmpCorpus({ "bom.md": withBom, "plain.md": GOOD.replace("Good one", "Plain one") });
    const { articles, skipped } = await loadArticles(dir);
    expect(skipped).toEqual([]);
    const bom = articles.find((a) => a.id === "bom")!;
    expect(bom.title).toBe("Good one");
    expect(bom.published).toBe("2024-01-02");
    expect(bom.text).not.toMatch(/\r|\ufeff/);
    expect(bom.sentences.map((s) => s.text)).toEqual(["Good one", "The mayor said the bridge will open in May."]);
  });

  it.skipIf(process.getuid?.() === 0)("skips an unreadable file", async () => {
    const dir = await tmpCorpus({ "locked.md": GOOD, "good.md": GOOD.replace("Good one", "Other") });
    await chmod(join(dir, "locked.md"), 0o000);
    const { articles, skipped } = await loadArticles(dir);
    expect(articles).toHaveLength(1);
    expect(skipped[0]).toEqual({ file: "locked.md", reason: "file is not readable (permission denied)" });
  });
});
