/**
 * Dates that lie ahead of the moment they were set, whatever the tense of the sentence: due and
 * record dates, what expires, the target of an extension or a deadline, what a plan or a request is
 * for, an arrangement in the present progressive; and a weekday that fixes its date's year. Each
 * sentence is of our own writing, in the shapes of wire copy.
 */
import { describe, expect, it } from "vitest";
import { resolveDates } from "../src/extract/dates/index.js";
// Imported here, not inside a test, so that its cleanup hook is registered and the folders are removed.
import { tmpCorpus } from "./helpers/tmp-corpus.js";

const values = (sentence: string, published: string) => resolveDates(sentence, published).map((d) => d.value);

describe("a date set ahead of a past-tense sentence", () => {
  it.each([
    ["The board declared a dividend of 20 cents, payable Jan. 2 to stock of record Dec. 15.", "2025-11-02", ["2026-01-02", "2025-12-15"]],
    ["The company said holders of record Nov. 22 will receive the shares.", "2025-10-27", ["2025-11-22"]],
    ["The rights, which expire Nov. 21, can be exercised for $100 each.", "2025-11-02", ["2025-11-21"]],
    ["The fund extended to Nov. 20 its offer for the remaining shares.", "2025-11-02", ["2025-11-20"]],
    ["The bid was extended to Nov. 16 from Nov. 6.", "2025-10-30", ["2025-11-16", "2025-11-06"]],
    ["Lenders agreed to keep the credit line open, to run through January.", "2025-10-30", ["2026-01"]],
    ["The regulator gave the bidder until mid-November to submit more information.", "2025-10-30", ["2025-11"]],
    ["Oil companies were told of a cutback in supplies beginning in September.", "2025-08-16", ["2025-09"]],
  ])("%s (published %s)", (sentence, published, expected) => {
    expect(values(sentence, published)).toEqual(expected);
  });
});

describe("what a plan, an offer or a request is for lies ahead of it", () => {
  it.each([
    ["The bank announced an agreement to acquire the regional lender in January.", "2025-11-02", ["2026-01"]],
    ["The parent asked the committee to respond by Oct. 31.", "2025-10-26", ["2025-10-31"]],
    ["Directors approved a plan to close the plant in March.", "2025-11-20", ["2026-03"]],
  ])("%s (published %s)", (sentence, published, expected) => {
    expect(values(sentence, published)).toEqual(expected);
  });

  it("but 'agreed on Tuesday to sell' dates the agreeing, which is past", () => {
    expect(values("The company agreed on Tuesday to sell its shipping arm.", "2025-10-30")).toEqual(["2025-10-28"]);
  });
});

describe("tense is read from the words around the date, not from adjectives", () => {
  it("an -ed word after a determiner or a number is no past verb: the date of a future phrase stays ahead", () => {
    expect(values("The company said it will redeem 9.5 million preferred shares on Oct. 31.", "2025-10-27")).toEqual(["2025-10-31"]);
    expect(values("The reduced dividend will be paid on Dec. 1.", "2025-10-27")).toEqual(["2025-12-01"]);
    expect(values("The split would be paid on a still unspecified date in January.", "2025-10-26")).toEqual(["2026-01"]);
  });

  it("'set on' a day is when something was set, not a schedule", () => {
    expect(values("Stocks rose, leaving the index near its record high set on Aug. 6.", "2025-02-06")).toEqual(["2024-08-06"]);
    expect(values("The vote is set for Nov. 12.", "2025-10-30")).toEqual(["2025-11-12"]);
  });

  it("an arrangement in the present progressive lies ahead", () => {
    expect(values("The company said it is calling for the redemption of its notes on Dec. 7.", "2025-10-30")).toEqual(["2025-12-07"]);
  });
});

describe("a weekday given with its date fixes the year", () => {
  it("'said in an editorial on Saturday, April 26' the day before is the coming Saturday", () => {
    expect(values("The newspaper said in an editorial on Saturday, April 26, that the court had erred.", "2025-04-25")).toEqual(["2025-04-26"]);
  });

  it("and a past one when that is the year in which the day is that weekday", () => {
    expect(values("The talks ended on Friday, Oct. 3.", "2025-10-10")).toEqual(["2025-10-03"]);
  });
});

describe("years the text uses without a preposition", () => {
  it("a year used as an adjective is the year of the thing it names", () => {
    expect(values("Officials discussed the 2021 agreement.", "2023-11-13")).toEqual(["2021"]);
    expect(values("He lost his unsuccessful 1996 campaign for re-election.", "1998-02-13")).toEqual(["1996"]);
    expect(values("The write-off will be reported in the company's 1989 operating results.", "1989-11-02")).toEqual(["1989"]);
  });

  it("both years of a pair or a range", () => {
    expect(values("He sold his shares between 1985 and 1987.", "1998-02-13")).toEqual(["1985", "1987"]);
    expect(values("The plan would dilute earnings in 1990 and 1991.", "1989-11-02")).toEqual(["1990", "1991"]);
    expect(values("Output rose in 2014-2016.", "2020-01-01")).toEqual(["2014", "2016"]);
    expect(values("The league's 1995-96 season ended early.", "2020-01-01")).toEqual(["1995", "1996"]);
  });

  it("a fiscal year by its name", () => {
    expect(values("In fiscal 1989, the company earned $7.8 million.", "1989-11-02")).toEqual(["1989"]);
  });

  it("but not a count or a figure", () => {
    expect(values("Iran sent 2000 troops to the border.", "2023-11-13")).toEqual([]);
    expect(values("The 2000 troops reached the border on Saturday.", "2023-11-13")).toEqual(["2023-11-11"]);
    expect(values("Revenue for 2024/25 rose on Saturday.", "2025-11-13")).toEqual(["2025-11-08"]);
  });
});

describe("'since' dates the start of what has held since, unless it follows a comparison", () => {
  it("'crossings that have been closed since 2019' dates the closing", () => {
    expect(values("Crossings that have been closed since 2019 will reopen.", "2025-04-04")).toEqual(["2019"]);
  });

  it("'its worst day since June 2020' and 'the first cut since 2019' are yardsticks, not dates of the event", async () => {
    const { buildCorpus } = await import("../src/corpus/corpus.js");
    const { parseArticle } = await import("../src/ingest/parse-article.js");
    const facts = (body: string) =>
      buildCorpus([parseArticle("t.md", new TextEncoder().encode(`---\ntitle: T\npublished: 2025-04-04\n---\nT\n\n${body}\n`))]).facts.map((f) => [f.date.value, f.fallback]);
    expect(facts("Stocks fell 5% on Thursday, their worst day since June 2020.")).toEqual([["2025-04-03", false]]);
    expect(facts("The central bank announced its first rate cut since 2019.")).toEqual([["2025-04-04", true]]);
    expect(facts("Sanctions have been in place since 2019.")).toEqual([["2019", false]]);
  });
});

describe("a year written out", () => {
  it.each([
    ["He was elected in nineteen ninety-six.", ["1996"]],
    ["The law dates from January nineteen ninety-seven.", ["1997-01"]],
    ["By the year two thousand, prices had doubled.", ["2000"]],
    ["Elections are due in twenty twenty-eight.", ["2028"]],
  ])("%s", (sentence, expected) => {
    expect(values(sentence, "1998-02-13")).toEqual(expected);
  });

  it("but not a number written out", () => {
    expect(values("Two thousand people marched on Saturday.", "1998-02-13")).toEqual(["1998-02-07"]);
  });
});

describe("a year counted from another, and the end of a year or month", () => {
  it("'the following year' counts from the one year the sentence names", () => {
    expect(values("On May 22, 1995, she was made a general, and the following year she was posted to Washington.", "1998-04-18")).toEqual(["1995-05-22", "1996"]);
  });

  it("'a year earlier' without a year to count from says nothing (the year-ago period is untold)", () => {
    expect(values("Revenue rose to $40 million from $30 million a year earlier.", "1989-11-02")).toEqual([]);
    expect(values("In 2019 sales fell; a year earlier they had risen.", "2025-01-01")).toEqual(["2019", "2018"]);
  });

  it("'by year-end' and 'the end of the month' are late in the publication's year or month; 'since year-end', the last one", () => {
    const read = (sentence: string) => resolveDates(sentence, "1989-11-02").map((d) => [d.value, d.qualifier]);
    expect(read("The deal should close by year-end.")).toEqual([["1989", "late"]]);
    expect(read("The thrift expects to meet the rules by the end of the year.")).toEqual([["1989", "late"]]);
    expect(read("Troops should arrive by the end of the month.")).toEqual([["1989-11", "late"]]);
    expect(read("The index is up 5% since year-end.")).toEqual([["1988", "late"]]);
  });
});

describe("'a year earlier' keeps the precision of the date it counts from", () => {
  it("'For the quarter ended Sept. 30 …, against … a year earlier' is a comparison's base, no date", () => {
    expect(values("For the quarter ended Sept. 30, Delta earned $133 million, up from $100 million a year earlier.", "1989-10-26")).toEqual(["1989-09-30"]);
  });

  it("'On March 3, 2019, … A year earlier' is March 3, 2018", () => {
    expect(values("On March 3, 2019, he resigned; a year earlier he had been promoted.", "2025-01-01")).toEqual(["2019-03-03", "2018-03-03"]);
  });
});

describe("more expressions news uses", () => {
  it.each([
    ["Profit rose in the first half of 2021.", "2025-10-10", ["2021"]],
    ["Sales fell in the third quarter of 2024.", "2025-10-10", ["2024"]],
    ["He was seen last evening near the port.", "2025-10-10", ["2025-10-09"]],
    ["Sales rose earlier this year.", "2025-10-10", ["2025"]],
    ["The ministry expects to hold the vote in late October, an official said.", "2025-09-10", ["2025-10"]],
    ["The summit was moved to Nov. 20.", "2025-11-10", ["2025-11-20"]],
    ["The vote was postponed until Oct. 30.", "2025-10-10", ["2025-10-30"]],
  ])("%s (published %s)", (sentence, published, expected) => {
    expect(values(sentence, published)).toEqual(expected);
  });

  it("'last evening' inside a quotation is relative to when it was said: no date", () => {
    expect(values("“We met last evening,” he said on Friday.", "2025-10-10")).toEqual(["2025-10-10"]);
  });
});

describe("a sentence that goes on telling the event before takes its date", () => {
  const facts = async (body: string, published = "2025-03-14") => {
    const { buildCorpus } = await import("../src/corpus/corpus.js");
    const { parseArticle } = await import("../src/ingest/parse-article.js");
    const article = parseArticle("t.md", new TextEncoder().encode(`---\ntitle: T\npublished: ${published}\n---\nT\n\n${body}\n`));
    return buildCorpus([article]).facts.map((f) => [f.event, f.date.value, f.fallback ? "publication" : f.carried ? "carried" : "text"]);
  };

  it("'X said on Monday … He made the remarks during a phone call with Y' carries Monday", async () => {
    expect(await facts("President Ana Ruiz said on Monday that the port would reopen. She made the remarks during a phone call with Prime Minister Tom Kale.")).toEqual([
      ["President Ana Ruiz said on Monday that the port would reopen.", "2025-03-10", "text"],
      ["She made the remarks during a phone call with Prime Minister Tom Kale.", "2025-03-10", "carried"],
    ]);
  });

  it("a sentence on another subject, or after a sentence with two dates, keeps the publication date as the last resort", async () => {
    expect(await facts("President Ana Ruiz said on Monday that the port would reopen. Dockworkers at the port ended their strike.")).toEqual([
      ["President Ana Ruiz said on Monday that the port would reopen.", "2025-03-10", "text"],
      ["Dockworkers at the port ended their strike.", "2025-03-14", "publication"],
    ]);
    expect((await facts("Ruiz met Kale on Monday and Lee on Tuesday. She signed the deal in the capital.")).at(-1)).toEqual(["She signed the deal in the capital.", "2025-03-14", "publication"]);
  });

  it("is labelled as taken from the sentence before, in ask extract and in answers", async () => {
    const { loadCorpus } = await import("../src/corpus/index.js");
    const { extractionReport } = await import("../src/corpus/extraction-report.js");
    const { answerWhen } = await import("../src/answer/when/when.js");
    const { renderText } = await import("../src/answer/render-text.js");
    const dir = await tmpCorpus({ "a.md": "---\ntitle: T\npublished: 2025-03-14\n---\nT\n\nPresident Ana Ruiz said on Monday that the port would reopen. She made the remarks during a phone call with Prime Minister Tom Kale.\n" });
    const corpus = await loadCorpus(dir, { workers: 0 });
    const [report] = extractionReport(corpus);
    expect("facts" in report! && report.facts.find((f) => f.source === "carried")).toMatchObject({ value: "2025-03-10", expression: "on Monday", start: null, end: null });
    const answer = answerWhen(corpus, { event: "phone call Kale" });
    expect(answer.results[0]!.date).toMatchObject({ value: "2025-03-10", source: "carried" });
    expect(renderText(answer)).toContain("(“on Monday”, in the sentence before)");
    expect(answer.message).toMatch(/takes its date from the sentence before/);
  });
});

describe("a comparison's base dates no event", () => {
  it("'from $90 million a year ago', 'compared with … a year ago', 'lower than a year ago'", () => {
    expect(values("Net rose to $108 million on Friday from $90 million a year ago.", "1989-11-01")).toEqual(["1989-10-27"]);
    expect(values("Loans were $6.6 million, compared with $361.8 million a year ago.", "1989-11-02")).toEqual([]);
    expect(values("The plant closed a year ago.", "1989-11-02")).toEqual(["1988"]);
  });
});

describe("days and months the text names without a preposition of time", () => {
  it("a possessive weekday with no tense of its own is the last one ('over Thursday's closing price')", () => {
    expect(values("The notes carry a 24% premium over Thursday's closing price.", "1989-10-30")).toEqual(["1989-10-26"]);
  });

  it("'the figures for January' is the January nearest publication, whatever the tense; never 'for May'", () => {
    expect(values("The job figures for January extended a surge in hiring.", "1998-02-06")).toEqual(["1998-01"]);
    expect(values("Dealers placed buy orders for November transactions.", "1989-10-30")).toEqual(["1989-11"]);
    expect(values("Voters who cast ballots for May said the race was close on Tuesday.", "2019-05-30")).toEqual(["2019-05-28"]);
  });

  it("a date inside a relative clause takes that clause's tense when no main verb follows it", () => {
    expect(values("Losses hurt the index, which fell 1.4%, or 6.43, on Friday, to 437.68.", "1989-10-30")).toEqual(["1989-10-27"]);
    expect(values("Napoli, who finished 10th last season, face Parma on Saturday.", "2025-02-06")).toEqual([]);
  });
});
