/**
 * Date-resolution precision bugs found by probing wire-style articles: each block states the
 * news-writing pattern, with sentences in several wordings, and what the resolver must (not) say.
 */
import { describe, expect, it } from "vitest";
import { resolveDates } from "../src/extract/dates/index.js";
import { loadCorpus } from "../src/corpus/index.js";
import { article, tmpCorpus } from "./helpers/tmp-corpus.js";

/** "value precision[/qualifier] «expression»" for every date in the sentence. */
const dates = (sentence: string, published: string | null) =>
  resolveDates(sentence, published).map((m) => `${m.value} ${m.precision}${m.qualifier ? `/${m.qualifier}` : ""} «${m.expression}»`);
const values = (sentence: string, published: string | null) => resolveDates(sentence, published).map((m) => m.value);

/** [event, value, fallback] of each dated fact of a one-article corpus with a headline and the given body paragraph. */
async function factsOf(published: string, body: string): Promise<Array<[string, string, boolean]>> {
  const dir = await tmpCorpus({ "a.md": article({ title: "Probe", published }, `Markets in turmoil\n\n${body}\n`) });
  const corpus = await loadCorpus(dir, { workers: 0 });
  return corpus.facts.map((f) => [f.event, f.date.value, f.fallback]);
}

/**
 * A sentence dated in words of its own ("today": the publication day), set after text that must give no date,
 * so a test of what is not a date also shows the resolver reading the date beside it.
 */
const TODAY = "Talks resume today.";
/** The values of the sentence followed by TODAY: with nothing else dated, only the publication day. */
const valuesThenToday = (sentence: string, published: string) => values(`${sentence} ${TODAY}`, published);
/** The dated facts of the body followed by TODAY. */
const factsThenToday = (published: string, body: string) => factsOf(published, `${body} ${TODAY}`);

describe("a month with 'last year', 'this year' or 'next year' takes that year", () => {
  it("'in January last year', 'in mid-March last year' (2025-03-04) are 2024 months, one date each", () => {
    expect(dates("Premier Li Qiang spoke at the World Economic Forum in Davos in January last year.", "2025-03-04")).toEqual(["2024-01 month «in January last year»"]);
    expect(dates("Oil prices rose in mid-March last year.", "2025-03-04")).toEqual(["2024-03 month/mid «in mid-March last year»"]);
    expect(dates("The plant opened in December of last year.", "2025-06-10")).toEqual(["2024-12 month «in December of last year»"]);
  });

  it("'this year' and 'next year' fix the year whatever the tense", () => {
    expect(values("The law takes effect in October this year.", "2025-03-04")).toEqual(["2025-10"]);
    expect(dates("Sales slumped in late January of this year.", "2025-11-04")).toEqual(["2025-01 month/late «in late January of this year»"]);
    expect(values("Elections are due in May next year.", "2025-03-04")).toEqual(["2026-05"]);
  });

  it("a day and month with 'last year' is that day of last year", () => {
    expect(dates("The deal was signed on January 20 last year.", "2025-03-04")).toEqual(["2024-01-20 day «January 20 last year»"]);
    expect(values("The deal was signed on 20 January last year.", "2025-03-04")).toEqual(["2024-01-20"]);
    expect(values("The ministers will meet on February 2 next year.", "2025-03-04")).toEqual(["2026-02-02"]);
  });

  it("does not join a month to a 'last year' that belongs to the next words", () => {
    expect(values("In January, last year's champion lost the opening match.", "2025-03-04")).toEqual(["2025-01", "2024"]);
    expect(values("Theresa May last year said she would resign.", "2025-03-04")).toEqual(["2024"]);
  });

  it("makes one fact, not a second competing 'last year' fact", async () => {
    expect(await factsOf("2025-03-04", "Oil prices rose in mid-March last year.")).toEqual([["Oil prices rose in mid-March last year.", "2024-03", false]]);
  });
});

describe("a date without a year and without any tense cue is the occurrence nearest publication", () => {
  it("'faces an election on April 28' (2025-04-03) is 2025-04-28, not a year back", () => {
    expect(values("Canadian Prime Minister Mark Carney faces an election on April 28.", "2025-04-03")).toEqual(["2025-04-28"]);
    expect(values("Parliament's final vote on June 3.", "2025-05-20")).toEqual(["2025-06-03"]);
    expect(values("Negotiators are racing to meet the March 15 deadline.", "2025-03-04")).toEqual(["2025-03-15"]);
  });

  it("the nearest occurrence may be the one before publication", () => {
    expect(values("The opening ceremony on December 28.", "2025-01-05")).toEqual(["2024-12-28"]);
    expect(values("Fresh protests in November.", "2025-02-06")).toEqual(["2024-11"]);
  });

  it("a month alone without a cue: the nearest month", () => {
    expect(values("Voters go to the polls in May.", "2025-04-03")).toEqual(["2025-05"]);
    expect(values("Voters go to the polls in early June.", "2025-04-20")).toEqual(["2025-06"]);
  });

  it("without a cue, a date about half a year away either way is not guessed", () => {
    expect(values("Voters go to the polls in September.", "2025-03-10")).toEqual([]);
    expect(values("Parliament's final vote on October 20.", "2025-04-03")).toEqual([]);
    // Followed by a sentence dated in words, that date alone is found.
    expect(valuesThenToday("Voters go to the polls in September.", "2025-03-10")).toEqual(["2025-03-10"]);
    expect(valuesThenToday("Parliament's final vote on October 20.", "2025-04-03")).toEqual(["2025-04-03"]);
  });

  it("a tense cue still decides", () => {
    expect(values("The agreement was signed on April 28.", "2025-04-03")).toEqual(["2024-04-28"]);
    expect(values("Voters went to the polls in May.", "2025-04-03")).toEqual(["2024-05"]);
    expect(values("Voters will go to the polls in September.", "2025-03-10")).toEqual(["2025-09"]);
  });
});

describe("a forecast made on a date is in the past", () => {
  it("'the 4.3 trillion yen it forecast in November' (2025-02-06) is November 2024", () => {
    expect(values("Toyota now expects operating profit of 4.7 trillion yen, up from the 4.3 trillion yen it forecast in November.", "2025-02-06")).toEqual(["2024-11"]);
    expect(values("Growth came in above what the central bank forecast in October.", "2025-02-06")).toEqual(["2024-10"]);
  });

  it("a dated past forecast before its verb: 'In November, Toyota forecast a profit'", () => {
    expect(values("In November, Toyota forecast a profit of 4.3 trillion yen.", "2025-02-06")).toEqual(["2024-11"]);
    expect(values("On Tuesday, analysts predicted a sharp slowdown.", "2025-02-06")).toEqual(["2025-02-04"]);
  });

  it("what is expected or forecast to happen on a date is still ahead", () => {
    expect(values("A ruling is expected in November.", "2025-02-06")).toEqual(["2025-11"]);
    expect(values("Rates are forecast to fall in September.", "2025-02-06")).toEqual(["2025-09"]);
    expect(values("Economists said they expected two cuts by December.", "2025-02-06")).toEqual(["2025-12"]);
  });
});

describe("a date that names an event does not date the sentence", () => {
  it.each([
    ["The war began after the October 7 attack on southern Israel."],
    ["Hamas's October 7 massacre shocked Israel."],
    ["The 7 October attacks killed about 1,200 people."],
    ["Trump pardoned people convicted over the Jan. 6 riot at the Capitol."],
    ["Students gathered to mark the June 4 crackdown."],
    ["The September 11 attacks changed US foreign policy."],
    ["Israel has fought in Gaza since the Oct. 7 Hamas-led attack."],
  ])("%s", (sentence) => {
    expect(dates(sentence, "2025-03-18")).toEqual([]);
    expect(valuesThenToday(sentence, "2025-03-18")).toEqual(["2025-03-18"]);
  });

  it("nor is the sentence dated by the publication date instead (a date the text does not give)", async () => {
    const facts = await factsOf("2025-03-18", "The war began after the October 7 attack on southern Israel. Talks collapsed after the Jan. 6 riot at the Capitol. The ministers met in Oslo to sign the deal.");
    expect(facts).toEqual([["The ministers met in Oslo to sign the deal.", "2025-03-18", true]]);
  });

  it("a sentence that says when in words not resolved is not dated by the publication date either", async () => {
    const facts = await factsOf(
      "2025-06-11",
      "The comments came two days after the minister warned that deforestation had risen. The minister then resigned from the cabinet.",
    );
    expect(facts).toEqual([["The minister then resigned from the cabinet.", "2025-06-11", true]]);
    // "Jan" is a name here, not January: the quotation's sentence keeps its fallback date.
    expect(await factsOf("2025-06-11", "“We want answers,” said Interior Minister Jan Willem Ortiz at the rally.")).toHaveLength(1);
  });

  it("keeps the date of a scheduled thing and of an event told with 'on'", () => {
    expect(values("Negotiators will try to meet the March 15 deadline.", "2025-03-04")).toEqual(["2025-03-15"]);
    expect(values("Israel was attacked on October 7.", "2023-12-06")).toEqual(["2023-10-07"]);
    expect(values("Gunmen attacked the village on March 2, killing 12.", "2025-03-18")).toEqual(["2025-03-02"]);
  });
});

describe("a capitalised Today, Tomorrow or Tonight inside a sentence is a name", () => {
  it("'said on Radio 4's Today programme last Thursday' is dated by last Thursday only", () => {
    const sentence = "Paul Johnson, director of the IFS, said on Radio 4's Today programme last Thursday that the chancellor had boxed herself in.";
    expect(dates(sentence, "2024-10-28")).toEqual(["2024-10-24 day «last Thursday»"]);
  });

  it.each([
    ["The minister told USA Today that talks had stalled."],
    ["Russia Today reported the strike."],
    ["He will appear on the Tonight Show with Jimmy Fallon."],
    ["She wrote for the Tomorrow's World website."],
  ])("%s", (sentence) => {
    expect(dates(sentence, "2024-10-28")).toEqual([]);
    expect(valuesThenToday(sentence, "2024-10-28")).toEqual(["2024-10-28"]);
  });

  it("at the start of a sentence, a quotation or after a colon it is still the day", () => {
    expect(values("Today, the minister met his counterpart.", "2024-10-28")).toEqual(["2024-10-28"]);
    expect(values("The minister said: Tomorrow we act.", "2024-10-28")).toEqual(["2024-10-29"]);
    // Inside a quotation a day word is relative to when the words were spoken: none is taken (see below).
    expect(values("“Tonight we celebrate,” the minister said.", "2024-10-28")).toEqual([]);
    expect(values("Talks resume today.", "2024-10-28")).toEqual(["2024-10-28"]);
  });
});

describe("a date after 'since' is a reference point, not when the event happened", () => {
  it("'its worst day since June 2020' does not date the fall", async () => {
    const facts = await factsOf("2025-04-04", "The Dow Jones Industrial Average fell about 1,600 points, its worst day since June 2020.");
    expect(facts).toEqual([]);
    // Followed by a sentence dated in words, that sentence alone is a fact.
    expect(await factsThenToday("2025-04-04", "The Dow Jones Industrial Average fell about 1,600 points, its worst day since June 2020.")).toEqual([[TODAY, "2025-04-04", false]]);
  });

  it("nor 'has not grown that fast since 2010' (a comparison), while 'camped … since Monday' dates when the camping began", async () => {
    expect(await factsOf("2025-04-04", "The economy has not grown that fast since 2010.")).toEqual([]);
    expect(await factsThenToday("2025-04-04", "The economy has not grown that fast since 2010.")).toEqual([[TODAY, "2025-04-04", false]]);
    expect(await factsOf("2025-04-04", "Protesters have camped outside parliament since Monday.")).toEqual([
      ["Protesters have camped outside parliament since Monday.", "2025-03-31", false],
    ]);
  });

  it("the sentence keeps its own date, or the flagged publication-date fallback", async () => {
    expect(await factsOf("2025-04-04", "Stocks fell 5% on Thursday, their worst day since March 2020.")).toEqual([
      ["Stocks fell 5% on Thursday, their worst day since March 2020.", "2025-04-03", false],
    ]);
    expect(await factsOf("2025-04-04", "The central bank announced its first rate cut since 2019.")).toEqual([
      ["The central bank announced its first rate cut since 2019.", "2025-04-04", true],
    ]);
  });

  it("the resolver still reads the date (a span's start), for other uses", () => {
    expect(values("Sanctions have been in place since 2019.", "2025-04-04")).toEqual(["2019"]);
  });
});

describe("'in calendar 2024' is the year 2024", () => {
  it("reads calendar years, not fiscal ones", () => {
    expect(dates("Sales rose in calendar year 2023.", "2025-02-06")).toEqual(["2023 year «in calendar year 2023»"]);
    // A fiscal year is dated by its name, as TimeML does: the expression says it is a fiscal one.
    expect(dates("Profit rose in fiscal 2024.", "2025-02-06")).toEqual(["2024 year «in fiscal 2024»"]);
  });

  it("'sold … in calendar 2024, the company said last week': the sale is 2024, the saying last week", async () => {
    expect(await factsOf("2025-02-06", "Toyota sold a record 10.8 million vehicles in calendar 2024, the company said last week.")).toEqual([
      ["Toyota sold a record 10.8 million vehicles in calendar 2024", "2024", false],
      ["the company said last week.", "2025", false],
    ]);
  });
});

describe("a capitalised word inside a sentence is a name, not a past-tense cue", () => {
  it("'United' in 'the United Arab Emirates' does not make 'is due to visit … on Tuesday' past", () => {
    const sentence = "Trump, who is due to visit Saudi Arabia, Qatar and the United Arab Emirates starting on Tuesday, has threatened airstrikes.";
    expect(values(sentence, "2025-05-12")).toEqual(["2025-05-13"]);
    expect(values("The envoy will meet Mohammed bin Salman on Friday.", "2025-05-12")).toEqual(["2025-05-16"]);
  });

  it("a past participle opening the sentence is still a cue", () => {
    expect(values("Elected on Sunday, the mayor takes office at once.", "2025-05-10")).toEqual(["2025-05-04"]);
    expect(values("He said: “Signed on Friday, the deal takes effect at once.”", "2025-05-06")).toEqual(["2025-05-02"]);
  });
});

describe("found by a second probe", () => {
  it("a date that recurs (every year, every Sunday) is no date", () => {
    expect(dates("The parade in Moscow is held on May 9 each year.", "2025-04-17")).toEqual([]);
    expect(dates("Veterans gather on November 11 every year.", "2025-04-17")).toEqual([]);
    expect(dates("The market opens every Sunday.", "2025-01-08")).toEqual([]);
    expect(dates("The club trains each Saturday at dawn.", "2025-01-08")).toEqual([]);
    expect(dates("The shop is closed on Sundays.", "2025-01-08")).toEqual([]);
    // Followed by a sentence dated in words, that date alone is found.
    expect(valuesThenToday("The parade in Moscow is held on May 9 each year.", "2025-04-17")).toEqual(["2025-04-17"]);
    expect(valuesThenToday("Veterans gather on November 11 every year.", "2025-04-17")).toEqual(["2025-04-17"]);
    for (const sentence of ["The market opens every Sunday.", "The club trains each Saturday at dawn.", "The shop is closed on Sundays."]) {
      expect(valuesThenToday(sentence, "2025-01-08")).toEqual(["2025-01-08"]);
    }
  });

  it("a day and month without a year is not guessed when the sentence names another year", () => {
    // The year names the invasion ("The 2022 invasion"); February 24 is not given a guessed year.
    expect(dates("The 2022 invasion began on February 24.", "2025-02-20")).toEqual(["2022 year «2022»"]);
    expect(values("In 2019 he moved to Paris, and on March 3 he opened a bakery.", "2025-03-20")).not.toContain("2025-03-03");
    expect(valuesThenToday("The 2022 invasion began on February 24.", "2025-02-20")).toEqual(["2022", "2025-02-20"]);
    expect(values("In 2019 he moved to Paris, and on March 3 he opened a bakery.", "2025-03-20")).toContain("2019");
  });

  it("nor is a month without its year ('The 2022 invasion began in February')", () => {
    expect(values("The 2022 invasion began in February.", "2025-10-01")).toEqual(["2022"]);
    expect(values("The invasion began in February.", "2025-10-01")).toEqual(["2025-02"]);
  });

  it("keeps a year-less date when the other year is its own, or a target", () => {
    expect(values("The talks, the first of 2025, were held on March 3.", "2025-03-20")).toContain("2025-03-03");
    expect(values("Nordlys will hold a capital markets day on February 12 to set out its strategy to 2030.", "2024-11-05")).toContain("2025-02-12");
    expect(values("President Xi Jinping, who has led China since 2012, told a symposium on Feb. 17 that it was the right time.", "2025-03-04")).toContain("2025-02-17");
  });

  it("a hearing listed, adjourned or postponed to a date lies ahead", () => {
    expect(values("A confiscation hearing has been listed for January 20.", "2024-09-27")).toEqual(["2025-01-20"]);
    expect(values("The trial was adjourned until November 4.", "2024-09-27")).toEqual(["2024-11-04"]);
    expect(values("The vote has been postponed to October 2.", "2024-09-27")).toEqual(["2024-10-02"]);
  });
});

describe("the people of a fact", () => {
  it("are not the words that end an organisation's name ('Office for Budget Responsibility')", async () => {
    const dir = await tmpCorpus({
      "a.md": article(
        { title: "Probe", published: "2024-10-30" },
        `Budget day\n\nThe Office for Budget Responsibility said on Monday that growth would slow. The Institute for Fiscal Studies met Bank of England Governor Andrew Bailey on Tuesday.\n`,
      ),
    });
    const corpus = await loadCorpus(dir, { workers: 0 });
    const people = corpus.facts.flatMap((f) => f.people);
    expect(people).not.toContain("Budget Responsibility");
    expect(people).not.toContain("Fiscal Studies");
    expect(people).toContain("Andrew Bailey");
  });
});

describe("a future seen from the past ('would', 'was to') is taken only when it is still ahead at publication", () => {
  it("'said in the summer that orders would come back in September' (a November article) is not dated a year ahead", () => {
    expect(values("The company told analysts in the summer that orders would come back in September.", "2024-11-20")).not.toContain("2025-09");
    expect(values("Officials said the bridge would reopen on September 12.", "2024-11-20")).toEqual([]);
    expect(values("The summit was to open on Tuesday.", "2024-11-20")).toEqual([]); // a Wednesday: yesterday, or next week
    expect(values("Officials said the troops would be deployed over the weekend.", "2024-11-18")).toEqual([]); // a Monday
    // The saying keeps its own date (the summer), and a sentence dated in words after the others is read.
    expect(values("The company told analysts in the summer that orders would come back in September.", "2024-11-20")).toContain("2024");
    expect(valuesThenToday("Officials said the bridge would reopen on September 12.", "2024-11-20")).toEqual(["2024-11-20"]);
    expect(valuesThenToday("The summit was to open on Tuesday.", "2024-11-20")).toEqual(["2024-11-20"]);
    expect(valuesThenToday("Officials said the troops would be deployed over the weekend.", "2024-11-18")).toEqual(["2024-11-18"]);
  });

  it("one still ahead at publication is after the saying too", () => {
    expect(values("The minister said the law would take effect in January.", "2024-11-20")).toEqual(["2025-01"]);
    expect(values("Officials said the bridge would reopen on December 2.", "2024-11-20")).toEqual(["2024-12-02"]);
    expect(values("He said he would travel to Kyiv on Friday.", "2024-11-20")).toEqual(["2024-11-22"]);
    expect(values("Sánchez said his cabinet would approve an aid package on Tuesday.", "2024-11-01")).toEqual(["2024-11-05"]); // a Friday
    expect(values("Officials said the troops would be deployed over the weekend.", "2024-11-01")).toEqual(["2024-11"]);
    expect(values("He added that the striker would be assessed on Monday.", "2025-03-10")).toEqual(["2025-03-10"]); // a Monday: today
    expect(values("The talks were due to resume in December.", "2024-11-20")).toEqual(["2024-12"]);
  });

  it("'will' still looks ahead from publication, and a past verb back from it", () => {
    expect(values("Officials say the bridge will reopen on September 12.", "2024-11-20")).toEqual(["2025-09-12"]);
    expect(values("The bridge reopened on September 12.", "2024-11-20")).toEqual(["2024-09-12"]);
  });
});

describe("a headline's tense does not place a date", () => {
  /** The dated facts of an article with this headline and a body without dates. */
  async function headlineFacts(published: string, headline: string, body = "The plan was discussed at length."): Promise<string[]> {
    const dir = await tmpCorpus({ "a.md": article({ title: "Probe", published }, `${headline}\n\n${body}\n`) });
    const corpus = await loadCorpus(dir, { workers: 0 });
    return corpus.facts.filter((f) => !f.fallback).map((f) => f.date.value);
  }

  it("'Macron to host leaders on Tuesday' (an infinitive: the future) and 'Putin arrives … on Tuesday' (a present: the past) date nothing", async () => {
    expect(await headlineFacts("2024-11-20", "Macron to host European leaders on Tuesday")).toEqual([]);
    expect(await headlineFacts("2024-06-20", "Putin arrives in Pyongyang on Tuesday")).toEqual([]);
    expect(await headlineFacts("2024-11-20", "Parliament to vote on the budget in March")).toEqual([]);
    // Under the same headlines, a body sentence with a date of its own is dated, and alone.
    expect(await headlineFacts("2024-11-20", "Macron to host European leaders on Tuesday", "The plan was discussed at length on Monday.")).toEqual(["2024-11-18"]);
    expect(await headlineFacts("2024-06-20", "Putin arrives in Pyongyang on Tuesday", "The plan was discussed at length on Monday.")).toEqual(["2024-06-17"]);
    expect(await headlineFacts("2024-11-20", "Parliament to vote on the budget in March", "The plan was discussed at length on Monday.")).toEqual(["2024-11-18"]);
  });

  it("a first paragraph that ends with a full stop is a lede, not a headline, and keeps its date", async () => {
    expect(await headlineFacts("2024-11-20", "Macron will host European leaders on Tuesday.")).toEqual(["2024-11-26"]);
  });

  it("a headline's date that names its year, or says 'last' or 'next', still dates it", async () => {
    expect(await headlineFacts("2024-11-20", "Summit set for March 3, 2025")).toEqual(["2025-03-03"]);
    expect(await headlineFacts("2024-11-20", "Leaders met last week in Geneva")).toEqual(["2024-11"]);
  });
});

describe("a wire dateline is when the story was filed, not when its event happened", () => {
  it.each([
    ["Oct 23 (Reuters) - Cascadia Semiconductor on Wednesday reported third-quarter revenue above Wall Street estimates.", ["2025-10-22 day «on Wednesday»"]],
    ["WASHINGTON, Oct 23 (Reuters) - The Senate on Tuesday passed the spending bill.", ["2025-10-21 day «on Tuesday»"]],
    ["SAN FRANCISCO, Oct. 23, 2025 (AP) — The company said on Monday it would cut 400 jobs.", ["2025-10-20 day «on Monday»"]],
    ["LONDON (AP) — The minister resigned on Tuesday.", ["2025-10-21 day «on Tuesday»"]],
    ["Oct. 23, 2025 /PRNewswire/ -- Cascadia Semiconductor announced results for its third quarter.", []],
    ["KYIV, Oct 23 (Reuters) - Russian drones struck the city overnight.", []],
  ])("%s", (sentence, expected) => {
    expect(dates(sentence, "2025-10-23")).toEqual(expected);
    // Followed by a sentence dated in words, that date is found too (and the dateline's still is not).
    expect(valuesThenToday(sentence, "2025-10-23")).toEqual([...expected.map((date) => date.split(" ")[0]), "2025-10-23"]);
  });

  it("a date elsewhere, or opening a sentence without an agency or a city, is still read", () => {
    expect(values("Reuters reported on Oct. 20 that the plant had closed.", "2025-10-23")).toEqual(["2025-10-20"]);
    expect(values("Oct. 20 was the day the plant closed.", "2025-10-23")).toEqual(["2025-10-20"]);
    expect(values("The plant (Reuters) closed on Oct. 20 - two days early.", "2025-10-23")).toEqual(["2025-10-20"]);
  });

  it("a lede under a dateline gets one fact, dated by its own words", async () => {
    expect(await factsOf("2025-10-23", "Oct 23 (Reuters) - Cascadia Semiconductor on Wednesday reported third-quarter revenue above Wall Street estimates.")).toEqual([
      ["Cascadia Semiconductor on Wednesday reported third-quarter revenue above Wall Street estimates.", "2025-10-22", false],
    ]);
  });

  it("a lede with no date but its dateline's is like any other: the flagged publication-date fallback", async () => {
    expect(await factsOf("2025-10-23", "Oct 23 (Reuters) - Cascadia Semiconductor reported revenue above estimates.")).toEqual([
      ["Cascadia Semiconductor reported revenue above estimates.", "2025-10-23", true],
    ]);
  });
});

describe("a due date ('payable on', 'effective', 'valid until', 'maturing', 'due on') lies ahead of its past-tense sentence", () => {
  it("'raised its dividend …, payable on Dec. 15' (2025-10-23) is 2025-12-15, not a year back", () => {
    expect(values("The company raised its quarterly dividend by 10 cents to 62 cents per share, payable on Dec. 15.", "2025-10-23")).toEqual(["2025-12-15"]);
    expect(values("The board declared a dividend of 20 cents, payable Nov. 28 to shareholders of record.", "2025-10-23")).toEqual(["2025-11-28"]);
  });

  it.each([
    ["The board approved a new fee, effective Jan. 1.", "2026-01-01"],
    ["Regulators approved the rule, effective from January 1.", "2026-01-01"],
    ["The airline issued vouchers valid until March 31.", "2026-03-31"],
    ["The company sold notes maturing on Dec. 1.", "2025-12-01"],
    ["The government issued bonds due on November 30.", "2025-11-30"],
    ["The ministry extended the permits, expiring on Dec. 31.", "2025-12-31"],
  ])("%s", (sentence, expected) => {
    expect(values(sentence, "2025-10-23")).toEqual([expected]);
  });

  it("a due date well behind publication may be the last one or the next: none is taken", () => {
    expect(values("The new fee, effective Sept. 1, drove customers away.", "2025-10-23")).toEqual([]);
    expect(values("The first payment, due on Oct. 1, was missed.", "2025-10-23")).toEqual([]);
    expect(values("The payment was due on Oct. 1.", "2025-10-23")).toEqual([]);
    // Followed by a sentence dated in words, that date alone is found.
    for (const sentence of ["The new fee, effective Sept. 1, drove customers away.", "The first payment, due on Oct. 1, was missed.", "The payment was due on Oct. 1."]) {
      expect(valuesThenToday(sentence, "2025-10-23")).toEqual(["2025-10-23"]);
    }
  });

  it("without a due word the past tense decides, and 'will' still looks ahead", () => {
    expect(values("The dividend was paid on Dec. 15.", "2025-10-23")).toEqual(["2024-12-15"]);
    expect(values("The fee took effect on Jan. 1.", "2025-10-23")).toEqual(["2025-01-01"]);
    expect(values("The drug proved effective in March trials.", "2025-10-23")).toEqual(["2025-03"]);
    expect(values("The bonds will be payable on Sept. 1.", "2025-10-23")).toEqual(["2026-09-01"]);
  });
});

describe("a date inside a 'since …' phrase after a comparison is a reference point, even with words between", () => {
  it.each([
    ["Bank shares have not been this cheap since the crash of 2008."],
    ["Bank shares have not been this cheap since the financial crisis in 2008."],
  ])("%s", async (sentence) => {
    expect(await factsOf("2026-02-08", sentence)).toEqual([]);
    expect(await factsThenToday("2026-02-08", sentence)).toEqual([[TODAY, "2026-02-08", false]]);
  });

  it.each([
    ["Lithium prices have fallen by more than 80 per cent since their peak in late 2022.", "2022"],
    ["The party has lost ground since he took office in 2019.", "2019"],
    ["Exports have doubled since the trade deal signed in March 2021.", "2021-03"],
  ])("without a comparison it dates the start of what has held since: %s", async (sentence, value) => {
    expect(await factsOf("2026-02-08", sentence)).toEqual([[sentence, value, false]]);
  });

  it("the sentence keeps a date of its own outside the 'since' phrase", async () => {
    expect(await factsOf("2026-02-08", "Shares fell 4% on Friday, their lowest since the crash of 2008.")).toEqual([
      ["Shares fell 4% on Friday, their lowest since the crash of 2008.", "2026-02-06", false],
    ]);
  });

  it("does not reach across a comma, a semicolon or a new clause", async () => {
    expect(await factsOf("2026-02-08", "Prices have fallen since the peak, and the company collapsed in 2022.")).toEqual([
      ["Prices have fallen since the peak, and the company collapsed in 2022.", "2022", false],
    ]);
    expect(await factsOf("2026-02-08", "He has not spoken since; the trial opened in March 2025.")).toEqual([
      ["He has not spoken since; the trial opened in March 2025.", "2025-03", false],
    ]);
    expect(await factsOf("2026-02-08", "Nothing has changed since the vote but the plant closed in 2024.")).toEqual([
      ["Nothing has changed since the vote but the plant closed in 2024.", "2024", false],
    ]);
  });

  it("'since' right before the date still works, and a sentence without 'since' keeps its date", async () => {
    expect(await factsOf("2026-02-08", "The economy has not grown that fast since 2010.")).toEqual([]);
    expect(await factsOf("2026-02-08", "Lithium prices peaked in late 2022.")).toEqual([["Lithium prices peaked in late 2022.", "2022", false]]);
  });
});

describe("a sentence that says when in words pointing at another time gets no publication-date fallback", () => {
  it.each([
    ["He said at the time that he had no wish to preside over a slow death."],
    ["At that time, the minister denied any wrongdoing."],
    ["Marco Silva said then that derbies were the games the fans remember."],
    ["The minister said back then that he would not resign."],
    ["Even then, the party welcomed the result."],
    ["“We deeply regret this,” he said at the time."],
    ["The band, formed in the 1970s, released a live album."],
    ["A critic wrote after the ensemble's debut that the players sounded like geese."],
    ["She told reporters following a meeting with the president that talks had stalled."],
    ["Police killed two protesters during their march on parliament."],
    ["The coach praised his players before the final."],
  ])("%s", async (sentence) => {
    expect(await factsOf("2024-11-18", sentence)).toEqual([]);
    expect(await factsThenToday("2024-11-18", sentence)).toEqual([[TODAY, "2024-11-18", false]]);
  });

  it("a plain past sentence with no time words keeps the flagged fallback", async () => {
    for (const sentence of [
      "The minister resigned from the cabinet.",
      "The minister met the ambassador and then signed the deal.",
      "The then-president signed the decree in a short ceremony.",
      "The company reported revenue of 2,019 million euros.",
      "“We will know more after the scan,” the coach said.",
    ]) {
      expect(await factsOf("2024-11-18", sentence)).toEqual([[sentence, "2024-11-18", true]]);
    }
  });

  it("a year used as an adjective dates the thing it names, not the sentence ('His 1985 recording', 'The 2030 target')", async () => {
    expect(await factsOf("2024-11-18", "His 1985 recording of the opera won a Grammy Award.")).toEqual([["His 1985 recording of the opera", "1985", false]]);
    expect(await factsOf("2024-11-18", "“The 2030 target is within reach,” the minister said.")).toEqual([["The 2030 target", "2030", false]]);
  });
});

describe("a day word inside a quotation is relative to when the words were spoken, not to publication", () => {
  it.each([
    ['"Today, the Australian people have voted for Australian values," Albanese told supporters.'],
    ["“We didn't do well enough during this campaign, that's obvious tonight,” Peter Dutton said."],
    ["The minister said: “Tomorrow we will set out the budget.”"],
    ["‘We met them yesterday and again last night,’ the envoy said."],
    ["The coach said his side “played well today” despite the defeat."],
  ])("%s", (sentence) => {
    expect(dates(sentence, "2025-05-04")).toEqual([]);
    expect(valuesThenToday(sentence, "2025-05-04")).toEqual(["2025-05-04"]);
  });

  it("the sentence keeps its own dates, and the quotation its other dates", () => {
    expect(dates('Speaking on Thursday, Penny Wong said: "Yesterday we finished the campaign in Perth."', "2025-05-04")).toEqual(["2025-05-01 day «on Thursday»"]);
    expect(values('He said: "We signed the deal on Friday."', "2025-05-04")).toEqual(["2025-05-02"]);
    expect(values("“The vote will be held on May 20,” she said.", "2025-05-04")).toEqual(["2025-05-20"]);
  });

  it("outside a quotation a day word is still the publication day", () => {
    expect(values("Today, the minister met his counterpart.", "2025-05-04")).toEqual(["2025-05-04"]);
    expect(values("The minister said today that “talks are over”.", "2025-05-04")).toEqual(["2025-05-04"]);
    expect(values("Talks resume tomorrow, the minister said.", "2025-05-04")).toEqual(["2025-05-05"]);
  });

  it("nor is the sentence dated by the publication date instead", async () => {
    expect(await factsOf("2025-05-04", '"Today, the Australian people have voted for Australian values," Albanese told supporters.')).toEqual([]);
    expect(await factsOf("2025-05-04", "Albanese told supporters that the people had voted for Australian values.")).toEqual([
      ["Albanese told supporters that the people had voted for Australian values.", "2025-05-04", true],
    ]);
  });
});

describe("what a fact is", () => {
  it("a question tells no event, whatever date it names", async () => {
    expect(await factsOf("2025-07-14", "Will President Lula visit China again this year?")).toEqual([]);
    expect(await factsOf("2025-07-14", 'Reporter: "Did the ministers meet on Monday?"')).toEqual([]);
    // Followed by a sentence dated in words, that sentence alone is a fact.
    expect(await factsThenToday("2025-07-14", "Will President Lula visit China again this year?")).toEqual([[TODAY, "2025-07-14", false]]);
    expect(await factsThenToday("2025-07-14", 'Reporter: "Did the ministers meet on Monday?"')).toEqual([[TODAY, "2025-07-14", false]]);
  });

  it("a statement still does, and a quoted question inside one does not stop it", async () => {
    expect(await factsOf("2025-07-14", "President Lula paid a state visit to China in May.")).toEqual([["President Lula paid a state visit to China in May.", "2025-05", false]]);
    expect(await factsOf("2025-07-14", '"Is this the end?" the minister asked on Monday.')).toEqual([['"Is this the end?" the minister asked on Monday.', "2025-07-14", false]]);
  });

  it("an event's words do not begin with the wire dateline", async () => {
    expect(await factsOf("2025-05-04", "SYDNEY (AFP) - Prime Minister Anthony Albanese swept to a second term on Saturday.")).toEqual([
      ["Prime Minister Anthony Albanese swept to a second term on Saturday.", "2025-05-03", false],
    ]);
  });
});

describe("a season is a date at year precision (Northern-hemisphere calendar: spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb)", () => {
  it("a season with its year is that year, qualifier words or not", () => {
    expect(dates("The plant opened in the spring of 2024.", "2026-02-08")).toEqual(["2024 year «in the spring of 2024»"]);
    expect(dates("Sales collapsed in autumn 2022, the company said.", "2026-02-08")).toEqual(["2022 year «in autumn 2022»"]);
    expect(values("Spring 2024 brought record rainfall to the region.", "2026-02-08")).toEqual(["2024"]);
    expect(values("The strike began in the winter of 1994.", "2026-02-08")).toEqual(["1994"]);
    expect(values("Prices peaked in winter 2023.", "2026-02-08")).toEqual(["2023"]);
    expect(values("The fund was launched in the fall of 2019.", "2026-02-08")).toEqual(["2019"]);
    expect(dates("Output slumped in late summer 2024.", "2026-02-08")).toEqual(["2024 year «in late summer 2024»"]);
    expect(values("The talks collapsed in the summer of last year.", "2026-02-08")).toEqual(["2025"]);
  });

  it("a winter written across two years is not one year", () => {
    expect(values("Gas prices spiked in the winter of 2022-23.", "2026-02-08")).toEqual([]);
    expect(values("Gas prices spiked in winter 2022/23.", "2026-02-08")).toEqual([]);
    expect(valuesThenToday("Gas prices spiked in the winter of 2022-23.", "2026-02-08")).toEqual(["2026-02-08"]);
    expect(valuesThenToday("Gas prices spiked in winter 2022/23.", "2026-02-08")).toEqual(["2026-02-08"]);
  });

  it("'this spring' is the publication year; 'last summer' the latest that ended before publication; 'next autumn' the first not yet begun", () => {
    expect(values("This spring the company will open a plant in Sines.", "2026-02-08")).toEqual(["2026"]);
    expect(values("The ministers met this summer in Geneva.", "2025-10-01")).toEqual(["2025"]);
    expect(values("The river flooded last summer.", "2025-10-01")).toEqual(["2025"]);
    expect(values("The river flooded last summer.", "2025-07-15")).toEqual(["2024"]);
    expect(values("The river flooded last summer.", "2025-08-31")).toEqual(["2024"]);
    expect(values("Harvests failed last autumn.", "2025-10-01")).toEqual(["2024"]);
    expect(values("Harvests failed last fall.", "2025-12-01")).toEqual(["2025"]);
    expect(values("The election will be held next autumn.", "2025-07-15")).toEqual(["2025"]);
    expect(values("The election will be held next autumn.", "2025-10-01")).toEqual(["2026"]);
    expect(values("The stadium will reopen next spring.", "2025-03-10")).toEqual(["2026"]);
    expect(values("Last summer's floods killed dozens.", "2025-10-01")).toEqual(["2025"]);
  });

  it("a winter without its year spans two calendar years: no date", () => {
    for (const sentence of [
      "The grid failed last winter.",
      "Gas will be rationed this winter.",
      "Talks will resume next winter.",
      "The grid failed in the winter.",
      "Gas will be rationed during the winter.",
    ]) {
      expect(dates(sentence, "2025-10-01")).toEqual([]);
    }
    for (const sentence of [
      "The grid failed last winter.",
      "Gas will be rationed this winter.",
      "Talks will resume next winter.",
      "The grid failed in the winter.",
      "Gas will be rationed during the winter.",
    ]) {
      expect(valuesThenToday(sentence, "2025-10-01")).toEqual(["2025-10-01"]);
    }
  });

  it("a bare season takes its direction from the tense: past, the latest begun by publication; future, the next not yet ended", () => {
    expect(values("The company opened the plant in the spring.", "2026-02-08")).toEqual(["2025"]);
    expect(values("The plant will open in the spring.", "2026-02-08")).toEqual(["2026"]);
    expect(values("The plant will open in the autumn.", "2025-10-01")).toEqual(["2025"]);
    expect(values("The government raised fuel duty in the autumn.", "2025-07-15")).toEqual(["2024"]);
    expect(values("The government raised fuel duty in the autumn.", "2025-10-01")).toEqual(["2025"]);
    expect(values("The company laid off 200 workers in the fall.", "2025-12-01")).toEqual(["2025"]);
    expect(values("Production is expected to resume over the summer.", "2025-08-20")).toEqual(["2025"]);
    expect(values("Output fell in early summer.", "2025-10-01")).toEqual(["2025"]);
  });

  it("a future seen from the past is taken only when the nearest occurrence is not behind publication", () => {
    expect(values("The company said it would open the plant in the spring.", "2026-02-08")).toEqual(["2026"]);
    expect(values("The chief executive said orders would come back in the summer.", "2025-10-23")).toEqual([]);
    expect(values("The chief executive said the plant would open in the summer.", "2025-08-20")).toEqual(["2025"]);
  });

  it("without a tense cue a bare season is not guessed", () => {
    expect(values("Voters go to the polls in the autumn.", "2025-07-15")).toEqual([]);
    expect(values("Prices fall in the spring.", "2026-02-08")).toEqual([]);
    expect(valuesThenToday("Voters go to the polls in the autumn.", "2025-07-15")).toEqual(["2025-07-15"]);
    expect(valuesThenToday("Prices fall in the spring.", "2026-02-08")).toEqual(["2026-02-08"]);
  });

  it("a season after a sentence that names another year is not guessed", () => {
    // The year names the drought; the summer is not given a guessed year.
    expect(values("The 2022 drought peaked in the summer.", "2025-10-01")).toEqual(["2022"]);
    expect(valuesThenToday("The 2022 drought peaked in the summer.", "2025-10-01")).toEqual(["2022", "2025-10-01"]);
  });

  it.each([
    ["Protests spread across the region during the Arab Spring."],
    ["The Arab Spring began in Tunisia."],
    ["Soviet tanks crushed the Prague Spring."],
    ["Tickets for the Summer Olympics sold out."],
    ["Fall Out Boy played in Lisbon."],
    ["Guests bathed in the hot springs near the town."],
    ["Police were ready to spring into action."],
    ["The spring in the mattress broke."],
    ["The climber was injured in the fall from the ridge."],
    ["An early fall in prices worried investors."],
    ["Stocks recovered after a late fall, traders said."],
    ["This fall in sterling alarmed the Treasury."],
    ["It was the last summer before the war."],
    ["He returned the next summer with his family."],
    ["He was in the autumn of his career when he won the title."],
    ["Shares fell in the winter of discontent."],
    ["She met him in summer camp."],
    ["The team reported to spring training."],
    ["The firm bottled the water in spring water plants."],
  ])("not a season: %s", (sentence) => {
    expect(dates(sentence, "2025-10-01")).toEqual([]);
    expect(valuesThenToday(sentence, "2025-10-01")).toEqual(["2025-10-01"]);
  });

  it("controls: months, 'last year' and years are read as before", () => {
    expect(values("Prices fall in March.", "2025-02-10")).toEqual(["2025-03"]);
    expect(values("Prices fell in March.", "2025-10-01")).toEqual(["2025-03"]);
    expect(values("The Arab Spring uprisings began in 2011.", "2025-10-01")).toEqual(["2011"]);
    expect(values("Profits rose last year.", "2026-02-08")).toEqual(["2025"]);
    expect(values("Talks stalled in mid-September.", "2025-10-01")).toEqual(["2025-09"]);
  });

  it("'Last year … raised €240m, and this spring it will open …' is two facts, one per clause", async () => {
    expect(await factsOf("2026-02-08", "Last year Círculo raised €240m, and this spring it will open a recycling plant in Sines.")).toEqual([
      ["Last year Círculo raised €240m", "2025", false],
      ["this spring it will open a recycling plant in Sines.", "2026", false],
    ]);
  });

  it("a past sentence with a season that gives no date is not dated by publication instead", async () => {
    for (const sentence of [
      "The minister resigned in the winter.",
      "The minister resigned last winter.",
      "The minister resigned in early winter.",
      "The minister resigned over the winter.",
    ]) {
      expect(await factsOf("2025-10-01", sentence)).toEqual([]);
      expect(await factsThenToday("2025-10-01", sentence)).toEqual([[TODAY, "2025-10-01", false]]);
    }
  });
});

describe("a span that runs up to publication ('over the past 18 months') says how long, not when: it dates no fact", () => {
  it.each([
    ["Marcus Feld said the company had moved final assembly out of China over the past 18 months."],
    ["Sales fell 40 per cent over the last three years, the company said."],
    ["In the past decade, China built 40,000 km of high-speed rail."],
    ["The company said it had cut 3,000 jobs over the previous two years."],
    ["Over the past year, the bank raised rates seven times."],
    ["The regulator fined the bank twice in the last 12 months."],
    ["Exports rose for the past 10 consecutive years, the ministry said."],
    ["The club signed four strikers over the past few years."],
  ])("%s", async (sentence) => {
    expect(await factsOf("2025-10-23", sentence)).toEqual([]);
    expect(await factsThenToday("2025-10-23", sentence)).toEqual([[TODAY, "2025-10-23", false]]);
  });

  it("the resolver still reads where the span starts (the seed's labels), but that is no event's date", () => {
    expect(dates("Marcus Feld said the company had moved final assembly out of China over the past 18 months.", "2025-10-23")).toEqual([
      "2024-04 month «the past 18 months»",
    ]);
  });

  it("the sentence keeps its own date", async () => {
    const sentence = "On Tuesday, the company said it had moved final assembly out of China over the past 18 months.";
    expect(await factsOf("2025-10-23", sentence)).toEqual([[sentence, "2025-10-21", false]]);
    const other = "Círculo raised €240m last year and has doubled its staff over the past decade.";
    expect(await factsOf("2026-02-08", other)).toEqual([[other, "2025", false]]);
  });

  it("controls: 'last month', 'last year', 'two years ago' still date their sentence", async () => {
    expect(await factsOf("2025-10-23", "Prices rose last month.")).toEqual([["Prices rose last month.", "2025-09", false]]);
    expect(await factsOf("2025-10-23", "The company moved final assembly out of China last year.")).toEqual([
      ["The company moved final assembly out of China last year.", "2024", false],
    ]);
    expect(await factsOf("2025-10-23", "The company moved final assembly out of China two years ago.")).toEqual([
      ["The company moved final assembly out of China two years ago.", "2023", false],
    ]);
  });
});

describe("a day counted from another day of the sentence ('two days earlier', 'the previous day')", () => {
  it("counts from the one day the sentence names, not from publication", () => {
    expect(dates("The Philippines said on Saturday that Chinese vessels fired a water cannon at a Philippine boat two days earlier.", "2025-07-14")).toEqual([
      "2025-07-12 day «on Saturday»",
      "2025-07-10 day «two days earlier»",
    ]);
    expect(values("The ministry said on Friday that two jets had flown close to a Japanese plane the previous day.", "2025-07-14")).toEqual(["2025-07-11", "2025-07-10"]);
    expect(values("The talks collapsed on March 3 and resumed a week later.", "2025-07-14")).toEqual(["2025-03-03", "2025-03-10"]);
  });

  it("makes the reported event its own fact, dated by its own words", async () => {
    const facts = await factsOf("2025-07-14", "The Philippines said on Saturday that Chinese vessels fired a water cannon at a Philippine boat two days earlier.");
    expect(facts.map(([, value]) => value)).toEqual(["2025-07-12", "2025-07-10"]);
    expect(facts[1]![0]).toMatch(/water cannon/);
  });

  it("reads nothing without exactly one day to count from, or when the count is from an event", () => {
    expect(values("Two days earlier, the ministry had warned of reprisals.", "2025-07-14")).toEqual([]);
    expect(values("The minister resigned two days after the vote.", "2025-07-14")).toEqual([]);
    expect(values("They met on Monday and on Wednesday, and talked again two days later.", "2025-07-17")).toEqual(["2025-07-14", "2025-07-16"]);
  });
});

describe("a weekday without any tense is not guessed", () => {
  it("'Brentford travel to Bournemouth on Saturday' (a fixture in the present) dates nothing", () => {
    expect(values("Brentford travel to Bournemouth on Saturday, while Fulham host Tottenham.", "2025-03-10")).toEqual([]);
    expect(values("On Saturday, one of them fights in Mombasa.", "2025-03-10")).toEqual([]);
    // Followed by a sentence dated in words, that date alone is found.
    expect(valuesThenToday("Brentford travel to Bournemouth on Saturday, while Fulham host Tottenham.", "2025-03-10")).toEqual(["2025-03-10"]);
    expect(valuesThenToday("On Saturday, one of them fights in Mombasa.", "2025-03-10")).toEqual(["2025-03-10"]);
  });

  it("any tense still decides, irregular past forms included", () => {
    expect(values("Brentford travelled to Bournemouth on Saturday.", "2025-03-10")).toEqual(["2025-03-08"]);
    expect(values("Brentford will travel to Bournemouth on Saturday.", "2025-03-10")).toEqual(["2025-03-15"]);
    expect(values("The court upheld the ruling on Tuesday.", "2025-03-10")).toEqual(["2025-03-04"]);
    expect(values("Police shot a suspect on Sunday.", "2025-03-10")).toEqual(["2025-03-09"]);
  });
});

describe("what may come, in reported speech", () => {
  it("'could', 'should', 'might', 'must' look ahead: the month is the coming one", () => {
    expect(values("The governor said rates could fall again in October.", "2024-07-25")).toEqual(["2024-10"]);
    expect(values("Officials said talks with the unions should resume in November.", "2024-07-25")).toEqual(["2024-11"]);
    expect(values("Supplies must be delivered to the region by the end of May, the agencies say.", "2024-02-20")).toEqual(["2024-05"]);
    // Looking back: "could have", "could not remember what happened".
    expect(values("He said the fire could have started in June.", "2024-07-25")).toEqual(["2024-06"]);
    expect(values("He said he could not remember what happened in October.", "2024-07-25")).toEqual(["2023-10"]);
  });

  it("a date in the clause said takes that clause's verb, not the verb of saying", () => {
    expect(values("Economist Jane Doe said a further cut in December was possible.", "2024-07-25")).toEqual(["2024-12"]);
    expect(values("The minister said exports in May had fallen sharply.", "2024-07-25")).toEqual(["2024-05"]);
    // A date right after the verb of saying is when it was said.
    expect(values("The bank said in June that rates could fall.", "2024-07-25")).toEqual(["2024-06"]);
    expect(values("Merz told the newspaper Frankfurter Allgemeine Zeitung in February that the umbrella must remain.", "2025-03-05")).toEqual(["2025-02"]);
  });
});

describe("a relative clause's tense is not the main clause's", () => {
  it("'Napoli, who finished 10th last season, face Parma on Saturday' is not last Saturday", () => {
    expect(values("Napoli, who finished 10th last season, face Parma at home on Saturday.", "2024-08-30")).toEqual([]);
    expect(values("Carney, who replaced Justin Trudeau last month, faces an election on April 28.", "2025-04-03")).toEqual(["2025-03", "2025-04-28"]);
    // A list goes on after the comma: the date is still inside the clause.
    expect(values("Trump, who is due to visit Saudi Arabia, Qatar and the United Arab Emirates starting on Tuesday, has threatened airstrikes.", "2025-05-08")).toEqual(["2025-05-13"]);
  });

  it("a hyphenated word in -ed is an adjective, not a past verb", () => {
    expect(values("The state-owned refinery restarts on Monday.", "2025-03-05")).toEqual([]);
    expect(valuesThenToday("The state-owned refinery restarts on Monday.", "2025-03-05")).toEqual(["2025-03-05"]);
  });
});

describe("undertakings and deadlines look ahead", () => {
  it("'prepares for', 'faces a', 'had until' date the coming occurrence", () => {
    expect(values("The earthquake struck as Chile prepares for a presidential election in November.", "2025-01-19")).toEqual(["2025-11"]);
    expect(values("Prime Minister Luís Montenegro faces a confidence vote in the Assembly on Tuesday.", "2025-03-16")).toEqual(["2025-03-18"]);
    expect(values("Guterres said countries had until the Cop30 summit in Belém, Brazil, in November to submit plans.", "2025-09-25")).toEqual(["2025-11"]);
  });

  it("'agreed to hold … in October' is not last October: ahead of a past agreement, and dropped when that could be before publication", () => {
    expect(values("The two leaders also agreed to hold a joint cabinet meeting in Seville in October.", "2025-03-14")).toEqual([]);
    expect(values("The two leaders agreed to hold a summit in April.", "2025-03-14")).toEqual(["2025-04"]);
    // Dated before the undertaking, the date is when it was made.
    expect(values("The council agreed in March to raise taxes.", "2025-06-10")).toEqual(["2025-03"]);
  });
});

describe("an attribution is not the tense of the words it attributes", () => {
  it("a trailing ', the minister said' does not put a scheduled event in the past", () => {
    // Published on Wednesday 15 May 2024.
    expect(values("The tournament begins in June, Fifa said in a statement.", "2024-05-15")).toEqual(["2024-06"]);
    expect(values("The new rules come into force in September, the regulator said.", "2024-05-15")).toEqual(["2024-09"]);
    expect(values("The ban starts in August, officials said.", "2024-05-15")).toEqual(["2024-08"]);
    // A weekday with no tense of its own is not guessed (it was last Tuesday).
    expect(values("Talks with Iran resume on Tuesday, a diplomat said.", "2024-05-15")).toEqual([]);
  });

  it("nor does an attribution set off by commas before the date", () => {
    expect(values("The law, the minister said, takes effect in January.", "2024-05-15")).toEqual(["2025-01"]);
    expect(values("The ban, officials said on Friday, starts in August.", "2024-05-15")).toEqual(["2024-05-10", "2024-08"]);
  });

  it("a scheduled event told in the present looks ahead: 'takes effect', 'opens', 'begins'", () => {
    expect(values("The law takes effect in January, the minister said on Monday.", "2024-05-15")).toEqual(["2025-01", "2024-05-13"]);
    expect(values("The summit opens in Geneva on Thursday, organisers said.", "2024-05-15")).toEqual(["2024-05-16"]);
    expect(values("The minister, who takes office in June, said on Monday that taxes would rise.", "2024-05-15")).toEqual(["2024-06", "2024-05-13"]);
  });

  it("the verb of saying still dates the saying, and a past event keeps its past", () => {
    expect(values("The plant closed in March, the company said on Monday.", "2024-05-15")).toEqual(["2024-03", "2024-05-13"]);
    expect(values("On Monday, the company said it had closed the plant.", "2024-05-15")).toEqual(["2024-05-13"]);
    expect(values("Unemployment in March stood at 4.1 percent, the agency said.", "2024-05-15")).toEqual(["2024-03"]);
    expect(values("In March, the minister told reporters the talks would resume.", "2024-05-15")).toEqual(["2024-03"]);
  });
});

describe("the date a thing was moved away from dates nothing", () => {
  it("'postponed from June', 'moved … from Tuesday', 'delayed from 2025' are when it was once planned", () => {
    expect(values("The election was postponed from June to October.", "2024-05-15")).toEqual([]);
    expect(values("The vote was moved from June to next year.", "2024-05-15")).toEqual([]);
    expect(values("Organisers moved the meeting from Tuesday to Thursday.", "2024-05-15")).toEqual([]);
    expect(values("The launch has been delayed from 2025 to 2027, the agency said on Monday.", "2024-05-15")).toEqual(["2024-05-13"]);
  });

  it("nor does the day of what was called off, or a plan as it once stood", () => {
    // Published on Thursday 17 September 2026.
    expect(values("LSU postponed Saturday's home football game against Ole Miss.", "2026-09-17")).toEqual([]);
    expect(values("The district cancelled Friday's practice.", "2026-09-17")).toEqual([]);
    expect(values("Friday's vote has been called off, officials said.", "2026-09-17")).toEqual([]);
    expect(values("The union postponed an earlier walkout, originally planned for November 27.", "2026-09-17")).toEqual([]);
    expect(values("The summit, initially scheduled for March, was held in May.", "2026-09-17")).toEqual(["2026-05"]);
    // What was not called off keeps its day.
    expect(values("Saturday's game was a thriller.", "2026-09-17")).toEqual(["2026-09-12"]);
  });

  it("a date after 'from' without a rescheduling is still read", () => {
    expect(values("Prices rose from March to May.", "2024-05-15")).toEqual(["2024-03"]);
    expect(values("The company moved its headquarters to Austin in March.", "2024-05-15")).toEqual(["2024-03"]);
  });
});

describe("a forecast's past form dates the day it was made", () => {
  it("'Nvidia forecast revenue above estimates on Wednesday' (a Thursday article) is the day before", () => {
    expect(values("Harbor Semiconductor forecast fourth-quarter revenue above Wall Street estimates on Wednesday, as demand held up.", "2025-10-30")).toEqual(["2025-10-29"]);
    expect(values("Toyota forecast a record profit on Oct. 29.", "2025-11-03")).toEqual(["2025-10-29"]);
  });

  it("what is expected to happen on a day is still ahead", () => {
    expect(values("The company expects to report results on Wednesday.", "2025-10-30")).toEqual(["2025-11-05"]);
    expect(values("A ruling is expected on Friday.", "2025-10-30")).toEqual(["2025-10-31"]);
    expect(values("Sales are forecast to rise on Monday.", "2025-10-30")).toEqual(["2025-11-03"]);
    expect(values("Economists expected two cuts by December.", "2025-10-30")).toEqual(["2025-12"]);
  });
});

describe("a day word inside a quotation of several sentences", () => {
  it("'“… Every morning I set the table. Today the jury told the world …”' is not the publication date", async () => {
    const facts = await factsOf(
      "2024-04-26",
      `Outside the courthouse, Carmen Ortiz read a statement on behalf of their mother.\n\n"I have not slept a full night since they called me," the statement said. "Every morning I set the table for two. Today the jury told the world that my daughter mattered."`,
    );
    expect(facts.filter(([event]) => event.includes("Today"))).toEqual([]);
    // The statement's first sentence, a plain past report, keeps the flagged publication-date fallback.
    expect(facts).toContainEqual(['"I have not slept a full night since they called me," the statement said.', "2024-04-26", true]);
  });
});

describe("a time the resolver did not read has a clause of its own", () => {
  it("'… due to begin in April, with completion planned for 2029': 2029 is the completion's, not the start's", async () => {
    const facts = await factsOf("2024-05-15", "Construction of the new bridge is due to begin in April, with completion planned for 2029.");
    expect(facts).toEqual([["with completion planned for 2029.", "2029", false]]);
  });

  it("'… on January 19, a day before Trump's inauguration': the day is the ceasefire's", async () => {
    const facts = await factsOf("2025-02-03", "The ceasefire came into effect on January 19, a day before Trump's inauguration.");
    expect(facts).toEqual([["The ceasefire came into effect on January 19", "2025-01-19", false]]);
  });

  it("cuts only at punctuation beside the unread time, keeping the read clause whole", async () => {
    const facts = await factsOf(
      "2024-11-02",
      "The death toll rose to 205 on Friday, as soldiers and volunteers waded through mud searching for people still missing three days after torrential rain.",
    );
    expect(facts).toEqual([["The death toll rose to 205 on Friday", "2024-11-01", false]]);
    // With no punctuation to cut at, the dates keep their clauses as before.
    expect(await factsOf("2024-07-20", "Consumer prices rose 2.7% in June from a year earlier, down from 2.9% in May.")).toEqual([
      ["Consumer prices rose 2.7% in June from a year earlier", "2024-06", false],
      ["down from 2.9% in May.", "2024-05", false],
    ]);
  });

  it("a date the text denies dates nothing: 'by the end of this decade, not by the end of this year'", async () => {
    const body = `Sánchez said Spain would reach the target "by the end of this decade, not by the end of this year", a position that has drawn criticism.`;
    const facts = await factsOf("2025-06-25", body);
    expect(facts.filter(([, value]) => value === "2025")).toEqual([]);
    // Followed by a sentence dated in words, that sentence is a fact, and the denied year still is not.
    const withToday = await factsThenToday("2025-06-25", body);
    expect(withToday.filter(([, value]) => value === "2025")).toEqual([]);
    expect(withToday).toContainEqual([TODAY, "2025-06-25", false]);
  });
});

describe("days counted from the story, and plans and needs in the past", () => {
  // Published on Sunday 21 July 2024.
  it("'the previous Sunday', 'the following Monday' count from a day the story tells: not dated", () => {
    expect(values("Pogacar won the stage at Plateau de Beille the previous Sunday.", "2024-07-21")).toEqual([]);
    expect(values("The following Monday, the team flew home.", "2024-07-21")).toEqual([]);
    expect(valuesThenToday("Pogacar won the stage at Plateau de Beille the previous Sunday.", "2024-07-21")).toEqual(["2024-07-21"]);
    expect(valuesThenToday("The following Monday, the team flew home.", "2024-07-21")).toEqual(["2024-07-21"]);
  });

  it("'had to be rescued on Wednesday' is past; 'has to be completed by Friday' is ahead", () => {
    expect(values("Residents had to be rescued on Wednesday, he said.", "2024-07-21")).toEqual(["2024-07-17"]);
    expect(values("The bridge has to be completed by Friday.", "2024-07-21")).toEqual(["2024-07-26"]);
  });

  it("'had been scheduled to end on Friday' may be a day gone by: not dated", () => {
    expect(values("The conference had been scheduled to end on Friday but ran over.", "2024-07-21")).toEqual([]);
    expect(valuesThenToday("The conference had been scheduled to end on Friday but ran over.", "2024-07-21")).toEqual(["2024-07-21"]);
  });
});
