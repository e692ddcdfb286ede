import { describe, expect, it } from "vitest";
import { generateCorpus } from "../scripts/bench/generate.js";
import { resolveDates } from "../src/extract/dates/index.js";
import { buildNewsChrono, newsChrono } from "../src/extract/dates/chrono.js";
import { MAY_HOLD_A_DATE, mayHoldADate, parseDates } from "../src/extract/dates/resolve.js";
import { loadArticles } from "../src/corpus/index.js";

/** value, precision, qualifier and expression of every date in the sentence. */
const dates = (sentence: string, published: string | null) =>
  resolveDates(sentence, published).map(({ value, precision, qualifier, expression }) => ({ value, precision, qualifier, expression }));
const values = (sentence: string, published: string | null) => resolveDates(sentence, published).map((m) => m.value);
const one = (value: string, precision: "year" | "month" | "day", qualifier: "early" | "mid" | "late" | null = null) =>
  expect.objectContaining({ value, precision, qualifier });

describe("explicit dates", () => {
  it("keeps the date of 'On the afternoon of July 29, 2022' (chrono alone resolved it to the reference)", () => {
    const sentence = "On the afternoon of July 29, 2022, President Xi Jinping had a phone conversation with Iranian President Ebrahim Raisi.";
    expect(dates(sentence, "2022-07-29")).toEqual([{ value: "2022-07-29", precision: "day", qualifier: null, expression: "On the afternoon of July 29, 2022" }]);
    expect(dates(sentence, "2024-01-10")).toEqual([one("2022-07-29", "day")]);
  });

  it("gives a month and day without a year the latest such day on or before publication", () => {
    const sentence = "Iran denied involvement in the group’s sudden assault on Israel on October 7, which ignited the war in Gaza.";
    expect(dates(sentence, "2023-12-06")).toEqual([one("2023-10-07", "day")]);
    expect(values(sentence, "2024-01-15")).toEqual(["2023-10-07"]);
    expect(values("The ministers met on 7 October in Doha.", "2024-01-15")).toEqual(["2023-10-07"]);
  });

  it("looks forward from publication when the verb is future", () => {
    expect(values("The agreement will be signed on March 21.", "2024-03-10")).toEqual(["2024-03-21"]);
    expect(values("The agreement will be signed on March 21.", "2024-03-25")).toEqual(["2025-03-21"]);
    expect(values("The agreement was signed on March 21.", "2024-03-10")).toEqual(["2023-03-21"]);
  });

  it("reads day-first and numeric dates with a year", () => {
    expect(values("The talks opened on 7 October 2023 in Doha.", "2024-05-01")).toEqual(["2023-10-07"]);
    expect(values("The report is dated 2023-11-13.", "2024-05-01")).toEqual(["2023-11-13"]);
  });
});

describe("weekdays follow the tense", () => {
  // 2023-11-13 was a Monday.
  it("puts a past-tense weekday before publication ('met on Saturday' in a Monday article: two days earlier)", () => {
    const sentence =
      "Tehran said it hoped to “strengthen communication and coordination” with China to de-escalate the war in Gaza as Wang Di, director general for the region at the Chinese foreign ministry, met Iranian diplomatic officials on Saturday, according to the ministry.";
    expect(dates(sentence, "2023-11-13")).toEqual([{ value: "2023-11-11", precision: "day", qualifier: null, expression: "on Saturday" }]);
    expect(values("On Saturday, Wang congratulated Iran on its Brics membership.", "2023-11-13")).toEqual(["2023-11-11"]);
    expect(values("The ministers met on Friday.", "2023-11-13")).toEqual(["2023-11-10"]);
  });

  it("puts a future weekday after publication", () => {
    const sentence =
      "The meeting comes just ahead of a summit between Chinese President Xi Jinping and his US counterpart Joe Biden on Wednesday in San Francisco, where the two leaders will talk about the conflict in Gaza.";
    expect(values(sentence, "2023-11-13")).toEqual(["2023-11-15"]);
    expect(values("The ministers will meet on Friday.", "2023-11-13")).toEqual(["2023-11-17"]);
    expect(values("The vote is scheduled for Thursday.", "2023-11-13")).toEqual(["2023-11-16"]);
  });

  it("reads the weekday of publication as that day", () => {
    expect(values("Chinese state news agency Xinhua reported Wednesday.", "2024-10-23")).toEqual(["2024-10-23"]);
    expect(values("Chinese President Xi Jinping said on Monday that China supports Iran.", "2021-05-24")).toEqual(["2021-05-24"]);
  });

  it("honours last and next", () => {
    // Published on Monday 13 November 2023.
    expect(values("They spoke last Tuesday.", "2023-11-13")).toEqual(["2023-11-07"]);
    expect(values("They will speak next Monday.", "2023-11-13")).toEqual(["2023-11-20"]);
    // Published on Thursday: the coming Tuesday is in the next week, and the day is certain.
    expect(values("They will speak next Tuesday.", "2023-11-16")).toEqual(["2023-11-21"]);
  });

  it("keeps only the month when 'next' or 'last' could mean either of two weeks", () => {
    // Said on a Monday, "next Tuesday" is tomorrow to some readers and a week later to others.
    expect(dates("They will speak next Tuesday.", "2023-11-13")).toEqual([
      { value: "2023-11", precision: "month", qualifier: null, expression: "next Tuesday" },
    ]);
    // Said on a Friday, "last Monday" is this week's Monday or the one before.
    expect(values("They spoke last Monday.", "2023-11-17")).toEqual(["2023-11"]);
    // When the two readings fall in different months, neither month is certain.
    expect(values("The product goes on sale next Friday.", "2024-09-24")).toEqual([]);
  });

  it("lets a calendar date after a weekday decide", () => {
    expect(dates("The leaders met on Saturday, November 11, in Riyadh.", "2023-11-13")).toEqual([
      { value: "2023-11-11", precision: "day", qualifier: null, expression: "on Saturday, November 11" },
    ]);
  });
});

describe("relative periods keep their precision", () => {
  it("'today', 'yesterday' and 'tomorrow' are days", () => {
    expect(values("Xi said yesterday that ties were strong; talks continue today and open formally tomorrow.", "2023-11-13")).toEqual([
      "2023-11-12",
      "2023-11-13",
      "2023-11-14",
    ]);
  });

  it("'last month' is a month, not a day", () => {
    const sentence = "It was Beijing’s first official visit to the country since the war began last month.";
    expect(dates(sentence, "2023-11-13")).toEqual([{ value: "2023-10", precision: "month", qualifier: null, expression: "last month" }]);
    expect(values("The pledge echoed comments after a meeting last month.", "2024-01-05")).toEqual(["2023-12"]);
    expect(dates("Talks will resume next month.", "2023-12-20")).toEqual([one("2024-01", "month")]);
  });

  it("'last year', 'this year', 'next year' and 'earlier this year' are years", () => {
    expect(dates("Iran and China jointly celebrated the 50th anniversary of diplomatic ties last year.", "2022-07-29")).toEqual([one("2021", "year")]);
    expect(dates("Noting that this year marks the 50th anniversary, Xi said ties are strong.", "2021-05-24")).toEqual([one("2021", "year")]);
    expect(dates("Earlier this year, Iran became the ninth member of the SCO.", "2023-12-06")).toEqual([
      { value: "2023", precision: "year", qualifier: null, expression: "Earlier this year" },
    ]);
    expect(dates("Elections are due next year.", "2023-12-06")).toEqual([one("2024", "year")]);
  });

  it("a week is labelled with the month that holds it, or the year when it straddles two months", () => {
    expect(dates("The envoy visited Tehran last week.", "2023-11-13")).toEqual([one("2023-11", "month")]);
    expect(dates("The envoy visited Tehran last week.", "2023-11-02")).toEqual([one("2023-10", "month")]);
    expect(dates("The envoy visited Tehran last week.", "2023-12-05")).toEqual([one("2023", "year")]);
    expect(dates("The envoy will visit Tehran next week.", "2023-11-13")).toEqual([one("2023-11", "month")]);
  });

  it("'N units ago' at the unit's precision; hedged counts give nothing", () => {
    expect(dates("The two countries restored ties two years ago.", "2023-11-13")).toEqual([one("2021", "year")]);
    expect(dates("The deal collapsed three months ago.", "2023-02-13")).toEqual([one("2022-11", "month")]);
    expect(dates("The envoy arrived 10 days ago.", "2023-11-13")).toEqual([one("2023-11-03", "day")]);
    expect(dates("The two countries restored ties about two years ago.", "2023-11-13")).toEqual([]);
  });
});

describe("months, qualifiers, years and spans", () => {
  it("'in March' in a November article is the March before, not the next one", () => {
    expect(dates("China also helped broker a deal between Iran and Saudi Arabia to restore diplomatic ties between the regional rivals in March.", "2023-11-13")).toEqual([
      { value: "2023-03", precision: "month", qualifier: null, expression: "in March" },
    ]);
    expect(dates("Iran became the ninth member of the Beijing-led regional group in July.", "2023-11-13")).toEqual([one("2023-07", "month")]);
    expect(dates("Xi met Raisi in November.", "2023-11-13")).toEqual([one("2023-11", "month")]);
  });

  it("a month ahead when the verb is future", () => {
    expect(dates("Parliamentary elections will be held in March.", "2023-11-13")).toEqual([one("2024-03", "month")]);
    expect(values("The election is on Nov. 5.", "2024-03-04")).toEqual(["2024-11-05"]);
    expect(values("The vote is set for Sunday.", "2024-03-04")).toEqual(["2024-03-10"]);
    // Expectations and forecasts point forward even in the past tense.
    expect(dates("Economists at Goldman Sachs said they expected two cuts by December.", "2024-09-12")).toEqual([one("2024-12", "month")]);
  });

  it("keeps early, mid and late", () => {
    const sentence =
      "This followed a trip by Wang Di to Tehran in early November and Chinese Premier Li Qiang’s meeting with Iranian First Vice-President Mohammad Mokhber in late October.";
    expect(dates(sentence, "2023-12-06")).toEqual([
      { value: "2023-11", precision: "month", qualifier: "early", expression: "in early November" },
      { value: "2023-10", precision: "month", qualifier: "late", expression: "in late October" },
    ]);
    expect(dates("Talks stalled in mid-September.", "2023-12-06")).toEqual([one("2023-09", "month", "mid")]);
    expect(dates("The plant closed at the end of August 2021.", "2023-12-06")).toEqual([one("2021-08", "month", "late")]);
    expect(dates("Growth slowed in early 2023.", "2023-12-06")).toEqual([one("2023", "year", "early")]);
    expect(dates("Prices fell late last year.", "2023-12-06")).toEqual([one("2022", "year", "late")]);
  });

  it("reads 'in 2021' and 'since 2019' as years", () => {
    expect(dates("China signed a 25-year comprehensive cooperation agreement with Iran in 2021 to deepen their collaboration.", "2023-11-13")).toEqual([
      { value: "2021", precision: "year", qualifier: null, expression: "in 2021" },
    ]);
    expect(dates("Sanctions have been in place since 2019.", "2023-11-13")).toEqual([
      { value: "2019", precision: "year", qualifier: null, expression: "since 2019" },
    ]);
  });

  it("a span ending at publication resolves to where it starts", () => {
    expect(dates("China has been Iran’s biggest trading partner for the past 10 consecutive years, according to the Chinese commerce ministry.", "2023-12-06")).toEqual([
      { value: "2013", precision: "year", qualifier: null, expression: "the past 10 consecutive years" },
    ]);
    expect(dates("Over the past 50 years, bilateral cooperation has yielded important outcomes.", "2022-07-29")).toEqual([one("1972", "year")]);
  });
});

describe("no false dates", () => {
  it.each([
    ["a name that looks like a month", "Zhai Jun, Beijing’s special envoy to the Middle East, has made several trips to the region but has yet to visit Iran."],
    ["'now'", "Xi said bilateral ties are now at an important historical moment."],
    ["'early' without a period", "He told Pezeshkian that an “early ceasefire and end of war in Gaza are the key to easing regional tensions,” Xinhua said."],
    ["COVID-19", "China and Iran have united to fight the COVID-19 pandemic."],
    ["a numeric name", "The 9/11 attacks changed the region."],
    ["a given name", "June Smith said the talks had failed."],
    ["the modal 'may'", "Iran may join the talks, officials said."],
    ["a count", "Iran sent 2000 troops to the border."],
    ["a lower-case march", "Thousands joined a march through the capital."],
    ["a vague span", "The two sides have met several times over the past few years."],
    ["a narrative 'the next year'", "He was elected in 2015 and resigned the next year."],
    ["a weekday in a name", "The Sunday Times reported that shops opened on Good Friday."],
    ["a lower-case month word", "Iran may 5 times increase output."],
    ["a time of day alone", "At 10:30 a.m. the talks resumed."],
    ["a count after a determiner", "The 2000 troops reached the border."],
  ])("%s", (_kind, sentence) => {
    const found = resolveDates(sentence, "2023-11-13").filter((m) => !/2015/.test(m.expression));
    expect(found).toEqual([]);
    // Followed by a sentence with a date, that date alone is found.
    const withDate = resolveDates(`${sentence} The talks resumed on Saturday.`, "2023-11-13").filter((m) => !/2015/.test(m.expression));
    expect(withDate.map(({ value, precision, expression }) => ({ value, precision, expression }))).toEqual([{ value: "2023-11-11", precision: "day", expression: "on Saturday" }]);
  });
});

describe("undated articles", () => {
  it("leave relative expressions unresolved", () => {
    expect(resolveDates("Saudi and Iranian leaders met on Saturday.", null)).toEqual([]);
    expect(resolveDates("The war began last month.", null)).toEqual([]);
    expect(resolveDates("Iran became the ninth member of the group in July.", null)).toEqual([]);
    expect(resolveDates("Iran denied involvement in the assault on Israel on October 7.", null)).toEqual([]);
    expect(resolveDates("The two countries restored ties two years ago.", null)).toEqual([]);
    // The same sentences in an article published on Monday 13 November 2023 resolve.
    expect(values("Saudi and Iranian leaders met on Saturday.", "2023-11-13")).toEqual(["2023-11-11"]);
    expect(values("The war began last month.", "2023-11-13")).toEqual(["2023-10"]);
    expect(values("Iran became the ninth member of the group in July.", "2023-11-13")).toEqual(["2023-07"]);
    expect(values("Iran denied involvement in the assault on Israel on October 7.", "2023-11-13")).toEqual(["2023-10-07"]);
    expect(values("The two countries restored ties two years ago.", "2023-11-13")).toEqual(["2021"]);
  });

  it("still read absolute dates", () => {
    expect(dates("On the afternoon of July 29, 2022, Xi spoke with Raisi.", null)).toEqual([one("2022-07-29", "day")]);
    expect(dates("China signed the agreement with Iran in 2021.", null)).toEqual([one("2021", "year")]);
    expect(dates("Talks stalled in early March 2022.", null)).toEqual([one("2022-03", "month", "early")]);
  });
});

describe("offsets", () => {
  it("point at the expression within the sentence", () => {
    const sentence = "Saudi and Iranian leaders met on Saturday, calling for an immediate ceasefire.";
    const [mention] = resolveDates(sentence, "2023-11-13");
    expect(sentence.slice(mention!.start, mention!.end)).toBe(mention!.expression);
  });
});

describe("the cheap pre-test before chrono", () => {
  it("never hides a date the parser would find, on every sentence of the seed and fixture articles", async () => {
    let skipped = 0;
    let dated = 0;
    for (const dir of ["../data/articles", "./fixtures/articles", "./fixtures/news"]) {
      const { articles } = await loadArticles(new URL(dir, import.meta.url).pathname);
      for (const article of articles) {
        for (const sentence of article.sentences) {
          if (MAY_HOLD_A_DATE.test(sentence.text)) {
            dated += parseDates(sentence.text, article.published ?? "2024-01-01").length;
            continue;
          }
          skipped++;
          expect(parseDates(sentence.text, article.published ?? "2024-01-01")).toEqual([]);
        }
      }
    }
    expect(skipped).toBeGreaterThan(50);
    // The sentences the pre-test lets through do hold dates the parser finds.
    expect(dated).toBeGreaterThan(20);
  });

  /** Sentences of the seed and fixture articles, lines of generated ones, and near misses of the parsers' needs. */
  async function sentencesToCheck(): Promise<Array<[string, string | null]>> {
    const sentences: Array<[string, string | null]> = [];
    for (const dir of ["../data/articles", "./fixtures/articles", "./fixtures/news"]) {
      const { articles } = await loadArticles(new URL(dir, import.meta.url).pathname);
      for (const article of articles) for (const sentence of article.sentences) sentences.push([sentence.text, article.published]);
    }
    for (const article of generateCorpus(150).articles) for (const line of article.text.split("\n")) sentences.push([line, "2023-06-15"]);
    const nearMisses = [
      "They met March first.", "It was signed 5March.", "The vote is now, ET.", "Right now EST markets fell.", "Markets fell on the news.",
      "The mayor met monitors.", "They left last night.", "It rose tmrw.", "In the coming weeks, talks resume.", "The past decade was hard.",
      "The talks two weeks ago failed.", "On Monday-morning they met.", "A novel decent plan for the Marshes.", "Sept. saw gains.",
      "Filed 2023-11-13T10:00Z.", "Last summer's floods.", "In the fall of 2019 and the Arab Spring.", "A fall-winter line.", "Due 11/2023 or 13.11.", "In 2023 October, on the 7th of October and October 7th, 2023.", "5 AD March", "tmr at noon",
    ];
    for (const sentence of nearMisses) sentences.push([sentence, "2024-01-10"]);
    return sentences;
  }

  it("chrono with parsers skipped by their needs finds exactly what it finds running them all", async () => {
    const unguarded = buildNewsChrono({ guards: false });
    const shape = (results: ReturnType<typeof newsChrono.parse>) =>
      results.map((r) => ({ index: r.index, text: r.text, start: r.start.date(), end: r.end?.date(), tags: [...r.tags()].sort() }));
    let found = 0;
    for (const [text] of await sentencesToCheck()) {
      const reference = new Date(2024, 0, 10, 12);
      const expected = shape(unguarded.parse(text, reference));
      expect(shape(newsChrono.parse(text, reference)), text).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(100);
  });

  it("the sharper second test never hides a date either, on real-news and generated sentences and near misses", async () => {
    const sentences = await sentencesToCheck();
    let skipped = 0;
    for (const [text, published] of sentences) {
      if (!MAY_HOLD_A_DATE.test(text) || mayHoldADate(text)) continue;
      skipped++;
      expect(parseDates(text, published), text).toEqual([]);
      expect(parseDates(text, null), text).toEqual([]);
    }
    expect(skipped).toBeGreaterThan(100);
    // The sentences both tests let through do hold dates the parser finds.
    const dated = sentences.filter(([text]) => MAY_HOLD_A_DATE.test(text) && mayHoldADate(text)).reduce((n, [text, published]) => n + parseDates(text, published).length, 0);
    expect(dated).toBeGreaterThan(400);
  });
});
