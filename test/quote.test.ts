import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { answerQuote } from "../src/answer/quote/quote.js";
import { loadCorpus, type Corpus } from "../src/corpus/index.js";
import { evaluateAttribution, loadStatementLabels } from "../scripts/eval-quotes.js";
import { SEED_DIR, tmpCorpus } from "./helpers/tmp-corpus.js";

const PATTERNS_DIR = fileURLToPath(new URL("./fixtures/articles", import.meta.url));
let seeds: Corpus;
let patterns: Corpus;

beforeAll(async () => {
  seeds = await loadCorpus(SEED_DIR);
  patterns = await loadCorpus(PATTERNS_DIR);
});

/** Statements attributed in a one-article corpus written for the test. */
async function statementsOf(body: string) {
  const dir = await tmpCorpus({ "a.md": `---\ntitle: Test\noutlet: Test Wire\npublished: 2024-03-01\n---\nTest headline\n\n${body}\n` });
  const corpus = await loadCorpus(dir);
  return corpus.statements.map((s) => ({ speaker: s.speaker, quote: s.quote, kind: s.kind, via: s.via }));
}

describe("/quote on the seed articles", () => {
  it("finds Xi's ceasefire words: “stop the killing” from Arab News and “early ceasefire” via Xinhua", () => {
    const { results } = answerQuote(seeds, { leader: "Xi", topic: "ceasefire" });
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(new Set(results.map((r) => r.speaker))).toEqual(new Set(["Xi Jinping"]));
    const stop = results.find((r) => r.quote.includes("stop the killing"))!;
    expect(stop).toMatchObject({ kind: "direct", via: null, citation: { outlet: "Arab News", published: "2024-10-23", url: "https://www.arabnews.com/node/2576709" } });
    expect(stop.excerpt).toMatch(/^Xi meanwhile repeated his call for a ceasefire, saying: “We need to\.\.\. stop the killing/);
    const early = results.find((r) => r.quote.includes("early ceasefire"))!;
    expect(early).toMatchObject({ kind: "direct", via: "Xinhua" });
    // The excerpt is exactly the cleaned article's text at the cited paragraph.
    const article = seeds.byId.get(early.citation.article)!;
    const paragraph = article.paragraphs[early.citation.paragraph! - 1]!;
    expect(article.text.slice(paragraph.start, paragraph.end)).toContain(early.excerpt);
  });

  it("finds Raisi's statement against hegemonism in the readout of the July 2022 call", () => {
    const { results } = answerQuote(seeds, { leader: "Raisi", topic: "hegemonism" });
    expect(results[0]).toMatchObject({
      speaker: "Ebrahim Raisi",
      kind: "reported",
      citation: { article: "001_f2f16d151fcc7faf", published: "2022-07-29" },
    });
    expect(results[0]!.quote).toMatch(/^Both Iran and China oppose hegemonism/);
  });

  it("finds Masoud Pezeshkian from a misspelled name and says whom it shows", () => {
    const response = answerQuote(seeds, { leader: "Pezeshkain" });
    expect(response.results.map((r) => r.speaker)).toEqual(["Masoud Pezeshkian"]);
    expect(response.message).toMatch(/Masoud Pezeshkian/);
  });

  it("says that Biden is mentioned but has no quote attributed with certainty, not that he was never quoted", () => {
    const response = answerQuote(seeds, { leader: "Biden" });
    expect(response.results).toEqual([]);
    expect(response.message).toBe("Joe Biden is mentioned in 1 article, but no quote is attributed to them with certainty.");
    // The article that mentions him does quote others, and /quote finds them there.
    const others = answerQuote(seeds, { leader: "Wang Di" }).results;
    expect(others.map((r) => r.citation.article)).toContain("004_077bf2f25640e73c");
  });

  it("lists newest article first without a topic, and counts a bullet repeating the body once", () => {
    const { results } = answerQuote(seeds, { leader: "Xi Jinping", limit: 50 });
    const dates = results.map((r) => r.citation.published!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(results.filter((r) => r.quote.startsWith("no matter how the international")).length).toBe(1);
  });

  it("keeps the relaying agency apart from the speaker", () => {
    const { results } = answerQuote(seeds, { leader: "Xi", topic: "safeguarding national sovereignty dignity", limit: 3 });
    // "China supports Iran “in safeguarding …,” Xi said": words quoted from the middle of his sentence give the reported clause.
    expect(results[0]).toMatchObject({ speaker: "Xi Jinping", via: "Xinhua", kind: "reported" });
    expect(answerQuote(seeds, { leader: "Xinhua" }).results).toEqual([]);
  });

  it("says plainly when the speaker said nothing on the topic, or is unknown", () => {
    const offTopic = answerQuote(seeds, { leader: "Rouhani", topic: "volcano" });
    expect(offTopic.results).toEqual([]);
    expect(offTopic.message).toMatch(/Hassan Rouhani is quoted \d+ times in the articles, but not about “volcano”/);
    const unknown = answerQuote(seeds, { leader: "Zzyzx Qwerty" });
    expect(unknown.results).toEqual([]);
    expect(unknown.message).toMatch(/^No one called “Zzyzx Qwerty” appears in the articles\./);
  });
});

describe("measured attribution quality", () => {
  const { labels } = loadStatementLabels();

  it("reaches precision ≥ 0.95 and recall ≥ 0.9 on the seeds, with every negative right", () => {
    const score = evaluateAttribution(seeds, "seed", labels);
    expect(score.lines.filter((l) => l.startsWith("MISSING"))).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.negativesOk).toBe(score.negatives);
  });

  it("gets every negative of the pattern articles right", () => {
    const score = evaluateAttribution(patterns, "patterns", labels);
    expect(score.lines.filter((l) => l.startsWith("NEGATIVE") || l.startsWith("MISSING"))).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    // The negatives are right while the labelled statements of the same articles are found.
    expect(score.negatives).toBeGreaterThan(0);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("holds up on wire-style articles written after the extractor", async () => {
    const news = await loadCorpus(fileURLToPath(new URL("./fixtures/news", import.meta.url)));
    const score = evaluateAttribution(news, "news", labels);
    expect(score.lines.filter((l) => l.startsWith("NEGATIVE") || l.startsWith("MISSING"))).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe("statement patterns", () => {
  it("reads direct quotes in every position, with straight or curly marks", async () => {
    const found = await statementsOf(
      [
        "“We will build the bridge,” Mayor Ana Silva said.",
        'Governor Tom Reed said: "The money is there."',
        "“Costs will rise,” said Ivo Brandt, an economist.",
        "The mayor said that the city supports the plan “without reservation,” adding that work starts in May.",
      ].join("\n\n"),
    );
    expect(found).toEqual([
      { speaker: "Ana Silva", quote: "We will build the bridge", kind: "direct", via: null },
      { speaker: "Tom Reed", quote: "The money is there.", kind: "direct", via: null },
      { speaker: "Ivo Brandt", quote: "Costs will rise", kind: "direct", via: null },
      // Two quoted words inside a reported clause: the clause is the statement, its quotation marks kept.
      { speaker: "Ana Silva", quote: "the city supports the plan “without reservation,” adding that work starts in May", kind: "reported", via: null },
    ]);
  });

  it("continues a quotation into the next sentence and across paragraphs", async () => {
    const found = await statementsOf(
      [
        "“Today we choose trade,” Prime Minister Lea Horn said. “Our farmers have waited.”",
        "“The deal is fair,” Horn said. “It protects jobs.",
        "“It protects growers too.”",
        "The weather was mild.",
      ].join("\n\n"),
    );
    // A quotation resumed after its attribution is one statement with the words before it.
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([
      ["Lea Horn", "Today we choose trade … Our farmers have waited."],
      ["Lea Horn", "The deal is fair … It protects jobs."],
      ["Lea Horn", "It protects growers too."],
    ]);
  });

  it("does not give the words inside a quotation to the outer speaker as their own", async () => {
    const found = await statementsOf("Senator Mia Kent said: “They call it ‘a win for all’, but it is a win for none.”");
    expect(found).toEqual([{ speaker: "Mia Kent", quote: "They call it ‘a win for all’, but it is a win for none.", kind: "direct", via: null }]);
  });

  it("reads reported speech: said (that), readout style, trailing attribution, noting that, act verbs", async () => {
    const found = await statementsOf(
      [
        "President Omar Haddad said the talks would resume in June.",
        "Haddad stressed that the border must stay open.",
        "Trade will double by 2030, he mentioned.",
        "Noting that exports had fallen, Haddad said new markets were needed.",
        "Haddad urged investors to return to the region.",
        "According to Haddad, the army will withdraw within a month.",
      ].join("\n\n"),
    );
    expect(found.map((s) => [s.speaker, s.kind, s.quote])).toEqual([
      ["Omar Haddad", "reported", "the talks would resume in June"],
      ["Omar Haddad", "reported", "the border must stay open"],
      ["Omar Haddad", "reported", "Trade will double by 2030"],
      ["Omar Haddad", "reported", "new markets were needed"],
      ["Omar Haddad", "reported", "urged investors to return to the region"],
      ["Omar Haddad", "reported", "the army will withdraw within a month"],
    ]);
  });

  it("keeps a readout paragraph with its speaker until the paragraph ends", async () => {
    const found = await statementsOf(
      [
        "President Lina Sato had a phone call with Chancellor Karl Weiss.",
        "Sato said, the two countries are close partners. Trade has grown every year. Japan supports a ceasefire.",
        "The call lasted an hour.",
      ].join("\n\n"),
    );
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([
      ["Lina Sato", "the two countries are close partners"],
      ["Lina Sato", "Trade has grown every year"],
      ["Lina Sato", "Japan supports a ceasefire"],
    ]);
  });

  it("keeps the relaying source apart from the speaker", async () => {
    const found = await statementsOf(
      [
        "China supports Iran “in safeguarding its sovereignty,” Xi said, according to Xinhua.",
        "Xi pledged that “China will stand with Iran,” Xinhua said.",
        "President Xi Jinping promised more aid, state news agency Xinhua reported on Monday.",
        "Xi was quoted by the BBC as saying that trade would grow.",
        "Xi told Biden the talks were useful, a US official said.",
      ].join("\n\n"),
    );
    expect(found.map((s) => [s.speaker, s.kind, s.via])).toEqual([
      ["Xi Jinping", "reported", "Xinhua"],
      ["Xi Jinping", "direct", "Xinhua"],
      ["Xi Jinping", "reported", "Xinhua"],
      ["Xi Jinping", "reported", "BBC"],
      ["Xi Jinping", "reported", "US official"],
    ]);
  });

  it("resolves role nouns and pronouns in context, and drops what it cannot resolve", async () => {
    const found = await statementsOf(
      [
        "Iranian President Hassan Rouhani spoke with Chinese President Xi Jinping.",
        "The Iranian president thanked China for its support.",
        "Xi met Rouhani and Premier Li Qiang. He said the talks were useful.",
        "The president said the visit would continue.",
      ].join("\n\n"),
    );
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([["Hassan Rouhani", "thanked China for its support"]]);
  });

  it("does not let a pronoun contradict what the article has shown of the person", async () => {
    const found = await statementsOf(
      [
        "Mayor Anna Berg said the budget was balanced. She added that taxes would not rise.",
        "He said the plan was final.",
        "Queen Margrethe spoke at the ceremony. He said the crown was safe.",
      ].join("\n\n"),
    );
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([
      ["Anna Berg", "the budget was balanced"],
      ["Anna Berg", "taxes would not rise"],
    ]);
  });

  it("never gives words to the person they are about, nor an aide's words to the leader", async () => {
    const found = await statementsOf(
      [
        "Serbian President Dragan Marković faces a runoff.",
        "“Marković needs a win,” said Ivo Brandt, an analyst.",
        "His spokesman said the president would campaign in the north.",
        "A spokeswoman for Marković said he welcomed the endorsement.",
        "Marković's adviser told reporters the race was tight.",
      ].join("\n\n"),
    );
    expect(found).toEqual([{ speaker: "Ivo Brandt", quote: "Marković needs a win", kind: "direct", via: null }]);
  });
});

describe("statements inside statements", () => {
  it("gives speech reported inside another's statement to the one reporting it", async () => {
    const found = await statementsOf("President Joe Biden said Xi had told him that China would not invade.");
    expect(found).toEqual([{ speaker: "Joe Biden", quote: "Xi had told him that China would not invade", kind: "reported", via: null }]);
  });

  it("does not take a group opening a sentence for a person", async () => {
    expect(await statementsOf("Analysts said the deal would fail.\n\nResidents said they were afraid.")).toEqual([]);
    // A named person after them is found, and is the only speaker.
    expect(await statementsOf("Analysts said the deal would fail.\n\nResidents said they were afraid.\n\nMayor Ana Silva said the deal would hold.")).toEqual([
      { speaker: "Ana Silva", quote: "the deal would hold", kind: "reported", via: null },
    ]);
  });

  it("gives a joint statement to neither speaker alone", async () => {
    const found = await statementsOf("Chancellor Olaf Scholz and President Emmanuel Macron said in a joint statement that Europe must act.");
    expect(found).toEqual([]);
    // What one of them says alone afterwards is his.
    expect(
      await statementsOf("Chancellor Olaf Scholz and President Emmanuel Macron said in a joint statement that Europe must act.\n\nMacron said separately that France would lead."),
    ).toEqual([{ speaker: "Emmanuel Macron", quote: "France would lead", kind: "reported", via: null }]);
  });

  it("gives two speakers in one sentence their own words", async () => {
    const found = await statementsOf("Beijing says it supports Tehran in its efforts, while Iran pledges to strengthen cooperation.");
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([
      ["Beijing", "it supports Tehran in its efforts"],
      ["Iran", "pledges to strengthen cooperation"],
    ]);
  });
});

describe("one person, many forms of the name", () => {
  it("takes a shorter form for the fuller name, but not another generation", async () => {
    const found = await statementsOf(
      [
        "Saudi Foreign Minister Faisal bin Farhan Al Saud met Wang Yi.",
        "Faisal bin Farhan said that the talks were fruitful.",
        "Donald Trump Jr. said the campaign was strong.",
        "Former President Donald Trump said the polls were wrong.",
      ].join("\n\n"),
    );
    expect(found.map((s) => s.speaker)).toEqual(["Faisal bin Farhan Al Saud", "Donald Trump Jr.", "Donald Trump"]);
  });
});

describe("who a typed name means", () => {
  it("matches accents, case, particles and typos", () => {
    const speaker = (leader: string) => answerQuote(patterns, { leader }).results[0]?.speaker;
    expect(speaker("Markovik")).toBe("Dragan Marković");
    expect(speaker("markovic")).toBe("Dragan Marković");
    expect(speaker("Ana Lucia Ferraz")).toBe("Ana Lúcia Ferraz");
    expect(speaker("ferraz")).toBe("Ana Lúcia Ferraz");
    expect(speaker("al Khatib")).toBe("Omar al-Khatib");
    expect(speaker("President Marković")).toBe("Dragan Marković");
  });

  it("lists the candidates for an ambiguous family name", () => {
    const response = answerQuote(patterns, { leader: "Wang" });
    expect(response.results).toEqual([]);
    expect(response.message).toMatch(/^“Wang” could mean (Wang Yi or Wang Wentao|Wang Wentao or Wang Yi)\. Please give the full name\.$/);
    expect(answerQuote(patterns, { leader: "Wang Yi" }).results[0]?.speaker).toBe("Wang Yi");
  });
});

describe("a topic the quote must hold", () => {
  it("answers only with quotes that hold a topic word, as written, as a word's start or nearly; a short word never with an edit", async () => {
    const dir = await tmpCorpus({
      "a.md": `---\ntitle: Test\noutlet: Test Wire\npublished: 2025-02-04\n---\nTest headline\n\n` +
        `President Claudia Sheinbaum said Mexico does not negotiate under pressure.\n\n` +
        `Sheinbaum said the soil in the north was too dry for maize.\n\n` +
        `Sheinbaum said the new oilfield would open next year.\n\n` +
        `Sheinbaum said the negotiations with Washington would resume.\n`,
    });
    const corpus = await loadCorpus(dir, { workers: 0 });
    const quotes = (topic: string) => answerQuote(corpus, { leader: "Sheinbaum", topic }).results.map((r) => r.quote);
    expect(quotes("oil")).toEqual(["the new oilfield would open next year"]);
    expect(quotes("prices")).toEqual([]);
    expect(answerQuote(corpus, { leader: "Sheinbaum", topic: "gas prices" }).message).toContain("but not about “gas prices”");
    // Another form of a long word, or a typo in it, still finds it.
    expect(quotes("negotiation")).toContain("the negotiations with Washington would resume");
    expect(quotes("negotaitions")).toContain("the negotiations with Washington would resume");
  });
});
