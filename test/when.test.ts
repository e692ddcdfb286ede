import { beforeAll, describe, expect, it } from "vitest";
import { answerWhen } from "../src/answer/when/when.js";
import { loadCorpus, type Corpus } from "../src/corpus/index.js";
import { askJson } from "./helpers/run-ask.js";
import { article, SEED_DIR, tmpCorpus } from "./helpers/tmp-corpus.js";

describe("when, on the command line (the issue's examples)", () => {
  it("Iran joined the SCO: July 2023, citing the South China Morning Post of 2023-11-13", async () => {
    const { code, json } = await askJson(["when", "--event", "Iran joined the SCO"]);
    expect(code).toBe(0);
    expect(json.command).toBe("when");
    expect(json.query).toEqual({ event: "Iran joined the SCO", limit: 5 });
    const [first] = json.results;
    expect(first.date).toEqual({ value: "2023-07", precision: "month", qualifier: null, expression: "in July", source: "text" });
    expect(first.citation).toMatchObject({ outlet: "South China Morning Post", published: "2023-11-13", article: "004_077bf2f25640e73c" });
    expect(first.excerpt).toBe("Iran became the ninth member of the Beijing-led regional group in July.");
    expect(json.message ?? "").not.toMatch(/differ/);
  });

  it("Xi Biden summit: 2023-11-15", async () => {
    const { json } = await askJson(["when", "--event", "Xi Biden summit"]);
    expect(json.results[0].date).toMatchObject({ value: "2023-11-15", precision: "day" });
    expect(json.results[0].citation).toMatchObject({ article: "004_077bf2f25640e73c", paragraph: 5 });
  });

  it("Xi Raisi phone call: 2022-07-29", async () => {
    const { json } = await askJson(["when", "--event", "Xi Raisi phone call"]);
    expect(json.results[0].date).toEqual({ value: "2022-07-29", precision: "day", qualifier: null, expression: "On the afternoon of July 29, 2022", source: "text" });
    expect(json.results[0].citation).toMatchObject({ article: "001_f2f16d151fcc7faf", paragraph: 2 });
  });
});

describe("when, on the seed corpus", () => {
  let seed: Corpus;
  beforeAll(async () => {
    seed = await loadCorpus(SEED_DIR);
  });

  it("gives the event, the date, the sentence exactly as in the article, and the citation", () => {
    const response = answerWhen(seed, { event: "Saudi Iran deal" });
    const [first] = response.results;
    expect(first).toEqual({
      event: "China also helped broker a deal between Iran and Saudi Arabia to restore diplomatic ties between the regional rivals in March.",
      date: { value: "2023-03", precision: "month", qualifier: null, expression: "in March", source: "text" },
      excerpt: "China also helped broker a deal between Iran and Saudi Arabia to restore diplomatic ties between the regional rivals in March.",
      citation: {
        article: "004_077bf2f25640e73c",
        title: "Iran says it hopes to work with China to de-escalate Israel-Gaza war",
        outlet: "South China Morning Post",
        published: "2023-11-13",
        url: "https://www.scmp.com/news/china/diplomacy/article/3241360/iran-says-it-hopes-work-china-de-escalate-gaza-war",
        paragraph: 12,
      },
    });
    expect(response.query).toEqual({ event: "Saudi Iran deal", limit: 5 });
  });

  it("gives a clause when a sentence holds two dated events", () => {
    const [first] = answerWhen(seed, { event: "Li Qiang meeting Mokhber" }).results;
    expect(first!.event).toBe("Chinese Premier Li Qiang’s meeting with Iranian First Vice-President Mohammad Mokhber in late October.");
    expect(first!.date).toMatchObject({ value: "2023-10", qualifier: "late" });
    expect(first!.excerpt).toMatch(/^This followed a trip by Wang Di/);
  });

  it("with --leader, keeps only facts involving that person", () => {
    const response = answerWhen(seed, { event: "meeting", leader: "Raisi", limit: 50 });
    expect(response.results.length).toBeGreaterThan(0);
    for (const result of response.results) expect(result.excerpt).toMatch(/Raisi/);
    const anyone = answerWhen(seed, { event: "meeting", limit: 50 });
    expect(anyone.results.length).toBeGreaterThan(response.results.length);
  });

  it("passes on what the leader lookup says when the name is unknown", () => {
    const response = answerWhen(seed, { event: "summit", leader: "Nobody Atall" });
    expect(response.results).toEqual([]);
    expect(response.message).toMatch(/Nobody Atall/);
  });

  it("says plainly when nothing matches, and suggests what exists", () => {
    const response = answerWhen(seed, { event: "moon landing" });
    expect(response.results).toEqual([]);
    expect(response.message).toMatch(/^No dated event matches “moon landing”\. Dated events in the articles include “/);
  });

  it("says which words of the question no dated event holds, when the results answer only the rest", () => {
    const response = answerWhen(seed, { event: "Xi Zelensky summit" });
    expect(response.results.length).toBeGreaterThan(0);
    expect(response.message).toMatch(/No dated event mentions “Zelensky”; these match the other words\./);
    expect(answerWhen(seed, { event: "Xi Biden summit" }).message ?? "").not.toMatch(/No dated event mentions/);
  });

  it("respects the limit and builds the search index once per corpus", () => {
    expect(answerWhen(seed, { event: "Iran", limit: 2 }).results).toHaveLength(2);
    const first = answerWhen(seed, { event: "Xi Biden summit" });
    const again = answerWhen(seed, { event: "Xi Biden summit" });
    expect(again).toEqual(first);
  });
});

describe("when, on small articles", () => {
  it("shows both dates, each with its citation, when two sources differ", async () => {
    const dir = await tmpCorpus({
      "a.md": article(
        { title: "Port pact signed", outlet: "Daily One", published: "2024-03-08" },
        "Port pact signed\n\nThe transport ministers signed the harbour pact in Doha on March 3, officials said.\n",
      ),
      "b.md": article(
        { title: "Harbour pact", outlet: "Weekly Two", published: "2024-03-09" },
        "Harbour pact\n\nThe transport ministers signed the harbour pact in Doha on March 4, the ministry said.\n",
      ),
    });
    const response = answerWhen(await loadCorpus(dir), { event: "ministers signed harbour pact" });
    expect(response.results.map((r) => [r.date.value, r.citation.outlet])).toEqual(
      expect.arrayContaining([
        ["2024-03-03", "Daily One"],
        ["2024-03-04", "Weekly Two"],
      ]),
    );
    expect(response.message).toMatch(/sources differ/);
    expect(response.message).toMatch(/Daily One.*2024-03-03/);
    expect(response.message).toMatch(/Weekly Two.*2024-03-04/);
  });

  it("does not call a more precise date of the same event a disagreement, and puts it first", async () => {
    const dir = await tmpCorpus({
      "a.md": article({ title: "Bloc grows", outlet: "Daily One", published: "2023-11-13" }, "Bloc grows\n\nEarlier this year, Ruritania became the tenth member of the trade bloc.\n"),
      "b.md": article({ title: "Bloc", outlet: "Weekly Two", published: "2023-12-01" }, "Bloc\n\nRuritania became the tenth member of the trade bloc in July.\n"),
    });
    const response = answerWhen(await loadCorpus(dir), { event: "Ruritania joined the trade bloc" });
    expect(response.results.map((r) => r.date.value)).toEqual(["2023-07", "2023"]);
    expect(response.message ?? "").not.toMatch(/differ/);
  });

  it("ranks a fact dated only by its article below one with its own date, and says so", async () => {
    const dir = await tmpCorpus({
      "a.md": article({ title: "Dam", outlet: "Daily One", published: "2024-03-08" }, "Flood defences tested\n\nEngineers opened the river dam gates, officials said.\n"),
      "b.md": article({ title: "Dam opened", outlet: "Weekly Two", published: "2024-03-09" }, "Flood defences hold\n\nEngineers opened the river dam gates on Tuesday.\n"),
    });
    const response = answerWhen(await loadCorpus(dir), { event: "engineers opened dam gates" });
    expect(response.results.map((r) => [r.date.value, r.date.expression])).toEqual([
      ["2024-03-05", "on Tuesday"],
      ["2024-03-08", ""],
    ]);
    expect(response.message).toMatch(/Result 2 gives no date in the text; dated by the article’s publication date/);
  });

  it("never lifts a more precise but worse-matching fact above the one that matches every word", async () => {
    const dir = await tmpCorpus({
      "a.md": article({ title: "Tunnel", outlet: "Daily One", published: "2024-03-08" }, "Tunnel\n\nMinisters approved the alpine tunnel deal in Windhoek on March 5.\n"),
      "b.md": article({ title: "Corridor", outlet: "Weekly Two", published: "2024-03-09" }, "Corridor\n\nMinisters approved the alpine tunnel corridor in Recife last month.\n"),
    });
    const response = answerWhen(await loadCorpus(dir), { event: "alpine tunnel corridor" });
    expect(response.results[0]!.excerpt).toMatch(/alpine tunnel corridor/);
    expect(response.results[0]!.date.value).toBe("2024-02");
  });

  it("matches words typed without their accents", async () => {
    const dir = await tmpCorpus({
      "a.md": article({ title: "Port", outlet: "Daily One", published: "2024-03-08" }, "Port\n\nThe harbour pact was first agreed in Porto in March 2021.\n"),
      "b.md": article({ title: "Port", outlet: "Weekly Two", published: "2024-03-08" }, "Port\n\nThe harbour pact was first agreed in Łódź in February 2020.\n"),
    });
    const response = answerWhen(await loadCorpus(dir), { event: "harbour pact Lodz" });
    expect(response.results[0]!.date.value).toBe("2020-02");
  });

  it("never offers an undated article's relative dates, but does offer its absolute ones", async () => {
    const dir = await tmpCorpus({
      "undated.md": article(
        { title: "Dam opened" },
        "Flood defences hold\n\nEngineers opened the river dam gates on Tuesday.\n\nThe first dam on the river was finished in 1998.\n",
      ),
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.articles[0]!.published).toBeNull();
    expect(answerWhen(corpus, { event: "engineers opened dam gates" }).results).toEqual([]);
    expect(answerWhen(corpus, { event: "first dam finished" }).results.map((r) => r.date.value)).toEqual(["1998"]);
  });
});
