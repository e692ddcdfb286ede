/**
 * Attribution patterns of wire copy that once gave wrong answers (found by probing the extractor
 * with new articles): quotations of several sentences in straight quotes, speech verbs inside
 * quoted words, a clause after "said" taken for an inverted speaker, an attribution set in the
 * middle of a sentence, and act verbs whose object is not what follows them.
 */
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/index.js";
import { tmpCorpus } from "./helpers/tmp-corpus.js";

/** A one-article corpus written for the test: a headline, then the body. */
async function corpusOf(body: string, published = "2025-02-06", headline = "Test headline") {
  const dir = await tmpCorpus({ "a.md": `---\ntitle: Test\noutlet: Test Wire\npublished: ${published}\n---\n${headline}\n\n${body}\n` });
  return loadCorpus(dir, { workers: 0 });
}

/** Statements attributed in a one-article corpus written for the test. */
async function statementsOf(body: string) {
  const corpus = await corpusOf(body);
  return corpus.statements.map((s) => ({ speaker: s.speaker, quote: s.quote, kind: s.kind, ...(s.via ? { via: s.via } : {}) }));
}

describe("a quotation of several sentences", () => {
  it.each([
    ['"Customers decide. It is not for us to tell them what to drive," Sato said.', "Customers decide. It is not for us to tell them what to drive"],
    ["“Customers decide. It is not for us to tell them what to drive,” Sato said.", "Customers decide. It is not for us to tell them what to drive"],
    ['"We are ready. We have always been ready. Now it is up to them," Sato told reporters.', "We are ready. We have always been ready. Now it is up to them"],
  ])("is one direct quote of its speaker, never the attribution itself: %s", async (sentence, words) => {
    const found = await statementsOf(`Toyota President Koji Sato spoke in Tokyo.\n\n${sentence}`);
    expect(found).toEqual([{ speaker: "Koji Sato", quote: words, kind: "direct" }]);
  });

  it("keeps both sentences of a quoted question and its answer", async () => {
    const found = await statementsOf(`Economist Xing Zhaopeng of ANZ was asked about it.\n\n"Will the stimulus be enough? That is the question everyone is asking," said Xing Zhaopeng.`);
    expect(found).toEqual([{ speaker: "Xing Zhaopeng", quote: "Will the stimulus be enough? That is the question everyone is asking", kind: "direct" }]);
  });

  it("never gives a pronoun's attribution as the words", async () => {
    const found = await statementsOf(`White House press secretary Karoline Leavitt spoke on Thursday.\n\n"Markets go up and down. Does the president look worried to you?" she said.`);
    expect(found.map((s) => s.quote)).not.toContain("she said.");
    expect(found.every((s) => s.speaker === "Karoline Leavitt" && s.kind === "direct")).toBe(true);
    expect(found).toContainEqual({ speaker: "Karoline Leavitt", quote: "Markets go up and down. Does the president look worried to you?", kind: "direct" });
  });
});

describe("a speech verb inside quoted words", () => {
  it("is part of the quotation, not an attribution to a name inside it", async () => {
    const found = await statementsOf(
      `Commerce Minister Wang Wentao spoke in Beijing.\n\n"China does not want a trade war, but it is not afraid of one," Wang said. "If the United States insists on going down this road, we will fight to the end."`,
    );
    // The quotation resumed after its attribution is one statement with the words before it.
    expect(found.map((s) => s.speaker)).toEqual(["Wang Wentao"]);
    expect(found[0]).toMatchObject({
      quote: "China does not want a trade war, but it is not afraid of one … If the United States insists on going down this road, we will fight to the end.",
      kind: "direct",
    });
  });

  it("gives no statement to a country named in a quotation", async () => {
    const found = await statementsOf(`Commerce Minister Wang Wentao spoke in Beijing.\n\n"We hope that Japan announces its decision soon," Wang Wentao said.`);
    expect(found.map((s) => s.speaker)).toEqual(["Wang Wentao"]);
  });
});

describe("what follows an inverted “said”", () => {
  it("is never a clause taken for the speaker", async () => {
    const found = await statementsOf(
      `Izzat al-Risheq, a member of the group's political bureau, said Netanyahu had decided to resume the war "to save his collapsing coalition".`,
    );
    expect(found.map((s) => s.speaker)).not.toContain("Netanyahu had decided to resume the war");
    expect(found.every((s) => s.speaker === "Izzat al-Risheq")).toBe(true);
    expect(found).toContainEqual({ speaker: "Izzat al-Risheq", quote: 'Netanyahu had decided to resume the war "to save his collapsing coalition"', kind: "reported" });
  });

  it("is still the speaker when it is a name or a role", async () => {
    const found = await statementsOf(`"The talks were useful," said Ivo Brandt, an analyst at the Berlin institute.\n\n"It will take time," said the head of the central bank.`);
    expect(found[0]).toMatchObject({ speaker: "Ivo Brandt", quote: "The talks were useful", kind: "direct" });
  });
});

describe("an attribution in the middle of a sentence", () => {
  it("joins the two halves of a quotation it splits", async () => {
    const found = await statementsOf(`German Chancellor Friedrich Merz spoke in Paris.\n\n"Europe," Merz said, "must be able to defend itself."`);
    expect(found).toEqual([{ speaker: "Friedrich Merz", quote: "Europe … must be able to defend itself.", kind: "direct" }]);
  });

  it("gives the clause before it, not a participle phrase after it", async () => {
    const found = await statementsOf(`Omani Foreign Minister Badr Albusaidi hosted the talks.\n\nA fifth round will be held next week, he said, without giving a location.`);
    expect(found.map((s) => s.quote)).not.toContain("without giving a location");
    expect(found).toContainEqual({ speaker: "Badr Albusaidi", quote: "A fifth round will be held next week", kind: "reported" });
  });
});

describe("an act verb", () => {
  it.each([
    "The index rallied late last month after Beijing announced a stimulus package, with the Hang Seng Index rising more than 30% from its January lows.",
    "Stocks fell after President Donald Trump announced sweeping new tariffs on imports, a move that allies called an attack on the global trading system.",
  ])("does not give its speaker the words of another clause: %s", async (sentence) => {
    const found = await statementsOf(sentence);
    for (const s of found) {
      expect(s.quote).not.toMatch(/Hang Seng Index rising|allies called/);
    }
    // The same sentence before a plain report: only the report is a statement.
    expect(await statementsOf(`${sentence}\n\nAnalyst Mei Chen said the rally would not last.`)).toEqual([
      { speaker: "Mei Chen", quote: "the rally would not last", kind: "reported" },
    ]);
  });

  it("whose object comes before it (a relative clause) says nothing of what follows", async () => {
    const sentence = `Poland wants to keep border controls, which Chancellor Friedrich Merz has promised to tighten, in place until the summer.`;
    const found = await statementsOf(sentence);
    expect(found.filter((s) => s.speaker === "Friedrich Merz")).toEqual([]);
    // What he said afterwards is his, and is the only statement of his.
    const withReport = await statementsOf(`${sentence}\n\nMerz said the controls would stay until the summer.`);
    expect(withReport.filter((s) => s.speaker === "Friedrich Merz")).toEqual([{ speaker: "Friedrich Merz", quote: "the controls would stay until the summer", kind: "reported" }]);
  });
});

describe("a corporate title", () => {
  it("is not part of the speaker's name", async () => {
    const found = await statementsOf(`Chief Financial Officer Yoichi Miyazaki told a news conference that demand for hybrids remained strong.`);
    expect(found.map((s) => s.speaker)).toEqual(["Yoichi Miyazaki"]);
  });
});

describe("found by a second probe", () => {
  it("a name in a quotation opened mid-sentence never speaks", async () => {
    const found = await statementsOf(
      `Kremlin spokesman Dmitry Peskov said Vladimir Putin would not attend.\n\nUkraine's foreign minister, Andrii Sybiha, responded on X: "Putin says he wants peace. Putin's missiles say otherwise."`,
    );
    expect(found.filter((s) => s.speaker === "Vladimir Putin")).toEqual([]);
    expect(found.filter((s) => s.speaker === "Andrii Sybiha").map((s) => s.quote)).toEqual(["Putin says he wants peace. Putin's missiles say otherwise."]);
  });

  it("nor does one named in a quotation inside a quotation", async () => {
    const body = `Former mayor Martin Hale was jailed on Thursday.\n\nCrane, who pleaded guilty last year, told police: "Martin said, 'This is how it works here.' I believed him."`;
    const found = await statementsOf(body);
    expect(found.filter((s) => s.speaker === "Martin Hale")).toEqual([]);
    // A plain report after it is found, and is the only statement.
    expect(await statementsOf(`${body}\n\nProsecutor Ruth Osei said the sentence sent a clear message.`)).toEqual([
      { speaker: "Ruth Osei", quote: "the sentence sent a clear message", kind: "reported" },
    ]);
  });

  it("'she' is not the man named in a possessive before it", async () => {
    const found = await statementsOf(`Former mayor Martin Hale was jailed on Thursday.\n\nOutside court, Hale's daughter, Emily, said the family would appeal. "Dad's not perfect, but he's not a criminal," she said.`);
    expect(found.filter((s) => s.speaker === "Martin Hale")).toEqual([]);
    expect(found).toContainEqual({ speaker: "Emily", quote: "Dad's not perfect, but he's not a criminal", kind: "direct" });
  });

  it("'she' is not the last speaker when someone else has been named since", async () => {
    const found = await statementsOf(
      `Brazilian President Luiz Inacio Lula da Silva said on Wednesday that the rainforest was not for sale.\n\nThe president's comments came two days after Environment Minister Marina Silva warned that deforestation had risen. "I said in March that we would see this, and we are seeing it," she said.`,
    );
    expect(found.filter((s) => s.quote.startsWith("I said in March")).map((s) => s.speaker)).not.toContain("Luiz Inacio Lula da Silva");
    expect(found).toContainEqual({ speaker: "Luiz Inacio Lula da Silva", quote: "the rainforest was not for sale", kind: "reported" });
  });

  it("'Asked whether X had agreed …' is no statement of X's", async () => {
    const body = `US envoy Steve Witkoff met Vladimir Putin last Friday.\n\nAsked whether Putin had agreed to a full ceasefire, he said: "Not yet. But we are closer."`;
    const found = await statementsOf(body);
    expect(found.filter((s) => s.speaker === "Vladimir Putin")).toEqual([]);
    // The envoy's own report after it is his.
    const withReport = await statementsOf(`${body}\n\nWitkoff said the meeting had been productive.`);
    expect(withReport.filter((s) => s.speaker === "Vladimir Putin")).toEqual([]);
    expect(withReport).toContainEqual({ speaker: "Steve Witkoff", quote: "the meeting had been productive", kind: "reported" });
  });

  it("'said it' refers back; it reports nothing", async () => {
    const body = `Finnish President Alexander Stubb spoke to Politico about Donald Trump.\n\nStubb recalled the summit. He said it in 2018 and people laughed.`;
    const found = await statementsOf(body);
    expect(found.map((s) => s.quote)).not.toContain("it in 2018 and people laughed");
    // 'said' followed by a clause still reports it.
    expect(await statementsOf(`${body}\n\nStubb said the alliance would hold.`)).toEqual([{ speaker: "Alexander Stubb", quote: "the alliance would hold", kind: "reported" }]);
  });

  it("'according to a commission led by X' is not X's account", async () => {
    const sentence = `More than 1,100 people were killed and 600,000 displaced, according to a commission led by judge Philip Waki.`;
    const found = await statementsOf(sentence);
    expect(found.filter((s) => s.speaker === "Philip Waki")).toEqual([]);
    // A person's own report beside it is found, and is the only statement.
    expect(await statementsOf(`${sentence}\n\nKenyan President Mwai Kibaki said the findings would be acted on.`)).toEqual([
      { speaker: "Mwai Kibaki", quote: "the findings would be acted on", kind: "reported" },
    ]);
  });

  it("a speaker's affiliation and a sports role are not part of the name", async () => {
    const found = await statementsOf(
      `Erdogan has long used football to rally support.\n\n"Football is not just a game for him," said Soner Cagaptay of the Washington Institute.\n\nDefender Merih Demiral watched from the stands. "I did nothing wrong," Demiral told reporters.`,
    );
    expect(found.map((s) => s.speaker).sort()).toEqual(["Merih Demiral", "Soner Cagaptay"]);
  });
});

describe("found by a third probe (sports, obituary, earnings, disaster, briefing copy)", () => {
  it("a club, company or nationality that describes the speaker is not the speaker", async () => {
    const body = `Thomas Frank called it a special night. "This group never stops running," the Brentford head coach said.\n\nMarco Silva was less happy. The Fulham manager said his team "switched off" twice.\n\nKylian Mbappé scored twice. "It was a good night," the Frenchman said.\n\nNathan Collins gave away a penalty. "I tried to get my arm out of the way," the Ireland defender said.\n\nElon Musk spoke on a call. "Demand is strong," the Tesla chief executive said.`;
    const found = await statementsOf(body);
    expect(found.map((s) => s.speaker)).toEqual([]);
    // A speaker named in full after them is found, and is the only one.
    expect(await statementsOf(`${body}\n\nPremier League chief executive Richard Masters said the season had been a success.`)).toEqual([{ speaker: "Richard Masters", quote: "the season had been a success", kind: "reported" }]);
  });

  it("'he said' after an unnamed subject's report is not the person named in the report", async () => {
    const body = `Marco Silva was less happy. The Portuguese added that Raúl Jiménez had felt a tightness in his hamstring. "We hope it is nothing serious," he said.\n\nMikel Arteta was angry. The manager said that Bukayo Saka had been fouled twice. "He needs protection," he said.`;
    const found = await statementsOf(body);
    expect(found.map((s) => s.speaker)).toEqual([]);
    // A speaker named in full after them is found, and is the only one.
    expect(await statementsOf(`${body}\n\nArsenal captain Martin Odegaard said the team had deserved to win.`)).toEqual([{ speaker: "Martin Odegaard", quote: "the team had deserved to win", kind: "reported" }]);
  });

  it("'he' / 'she' is never an organisation that describes an unnamed speaker or opens the sentence before", async () => {
    const body = `A Red Cross volunteer, who asked not to be named, said teams had found residents trapped upstairs. "Some of them had been waiting since Tuesday night," she said.\n\nChief Executive Priya Raman has overseen a shift away from storage. Cascadia Semiconductor sold that unit last year. "I would not call it a bet," she said.`;
    const found = await statementsOf(body);
    expect(found.map((s) => s.speaker)).toEqual([]);
    // A speaker named in full after them is found, and is the only one.
    expect(await statementsOf(`${body}\n\nRed Cross spokesperson Tommaso Della Longa said more volunteers were on their way.`)).toEqual([{ speaker: "Tommaso Della Longa", quote: "more volunteers were on their way", kind: "reported" }]);
  });

  it("'As X has pointed out, “…”' gives X the quotation only, not the speaker's next sentence", async () => {
    const found = await statementsOf(
      `Mao Ning said the talks were useful. As President Xi Jinping has pointed out, "China's door to the world will only open wider." Decoupling serves no one's interest.`,
    );
    expect(found).toEqual([
      { speaker: "Mao Ning", quote: "the talks were useful", kind: "reported" },
      { speaker: "Xi Jinping", quote: "China's door to the world will only open wider.", kind: "direct" },
    ]);
  });

  it("a verb of saying used for an act ('conceded defeat', 'answered with …', 'warned repeatedly about …') states nothing", async () => {
    const body = `Opposition leader Peter Dutton conceded defeat shortly after 9:30 pm and lost his own seat.\n\nAsked whether he feared death, the conductor Hendrik Bos answered with characteristic dryness.\n\nThe World Health Organization has warned repeatedly about backsliding.`;
    const found = await statementsOf(body);
    expect(found).toEqual([]);
    // A verb of saying that reports a clause, after them, is the only statement.
    expect(await statementsOf(`${body}\n\nPrime Minister Anthony Albanese said the result was a mandate for change.`)).toEqual([{ speaker: "Anthony Albanese", quote: "the result was a mandate for change", kind: "reported" }]);
  });

  it("the same verbs still report a clause, and a time or a long phrase before 'that' is not part of the words", async () => {
    const found = await statementsOf(
      `Peter Dutton conceded he had lost. Joe Biden said on Monday the talks were useful. Paul Johnson said on Radio 4's Today programme on Monday that the chancellor had boxed herself in.`,
    );
    expect(found).toEqual([
      { speaker: "Peter Dutton", quote: "he had lost", kind: "reported" },
      { speaker: "Joe Biden", quote: "the talks were useful", kind: "reported" },
      { speaker: "Paul Johnson", quote: "the chancellor had boxed herself in", kind: "reported" },
    ]);
  });

  it("a family name two people share ('Mr. van der Meer' for a father and his daughter) names no one", async () => {
    const found = await statementsOf(
      `Hendrik van der Meer, the Dutch conductor, died on Saturday. His daughter, Anneke van der Meer, said the cause was heart failure.\n\nMr. van der Meer once replied to a critic, writing that "a museum is where people go to see things as they really were." He said at the time that he had "no wish to preside over a slow death."`,
    );
    expect(found).toEqual([{ speaker: "Anneke van der Meer", quote: "the cause was heart failure", kind: "reported" }]);
  });
});

describe("a transcript's answers ('Guo Jiakun: …')", () => {
  it("are the labelled person's own words, every sentence of the paragraph", async () => {
    const found = await statementsOf(
      `Foreign Ministry Spokesperson Guo Jiakun held a press conference.\n\nBloomberg: Olaf Scholz said on Sunday that Europe should not decouple from China. What's your comment?\n\nGuo Jiakun: We have noted the rational voices in Europe. Decoupling serves no one's interest.\n\nReuters: Will the talks go ahead?\n\nGuo: I have no information to offer.`,
    );
    expect(found).toEqual([
      { speaker: "Olaf Scholz", quote: "Europe should not decouple from China", kind: "reported" },
      { speaker: "Guo Jiakun", quote: "We have noted the rational voices in Europe.", kind: "direct" },
      { speaker: "Guo Jiakun", quote: "Decoupling serves no one's interest.", kind: "direct" },
      { speaker: "Guo Jiakun", quote: "I have no information to offer.", kind: "direct" },
    ]);
  });

  it("a label that names no person, or a subheading, is no answer", async () => {
    const body = `Keir Starmer spoke in London.\n\nUpdate: The vote has been postponed.\n\nKeir Starmer: the reluctant radical\n\nPhoto: Reuters`;
    const found = await statementsOf(body);
    expect(found).toEqual([]);
    // A labelled answer to a question after them is the person's, and is the only statement.
    expect(await statementsOf(`${body}\n\nReuters: Will the vote go ahead?\n\nKeir Starmer: We will hold it next week.`)).toEqual([{ speaker: "Keir Starmer", quote: "We will hold it next week.", kind: "direct" }]);
  });
});

describe("words quoted in passing", () => {
  it("a quotation of three words or fewer inside a longer reported clause gives the clause, marks kept", async () => {
    const found = await statementsOf(
      `Italian Prime Minister Giorgia Meloni attended the summit. She said she was "satisfied" with the compromise but warned that more needed to be done.\n\nOlaf Scholz said Europe should not "decouple" from China.`,
    );
    expect(found).toEqual([
      { speaker: "Giorgia Meloni", quote: 'she was "satisfied" with the compromise but warned that more needed to be done', kind: "reported" },
      { speaker: "Olaf Scholz", quote: 'Europe should not "decouple" from China', kind: "reported" },
    ]);
  });

  it("so are words quoted from the middle of a sentence, which start in lower case", async () => {
    const found = await statementsOf(`Chief Executive Priya Raman said demand would stay strong "through at least the first half of next year."`);
    expect(found).toEqual([{ speaker: "Priya Raman", quote: 'demand would stay strong "through at least the first half of next year."', kind: "reported" }]);
  });

  it("a quotation that is a sentence of its own, or one the attribution splits, is still the direct quote", async () => {
    const found = await statementsOf(`Olaf Scholz spoke in Berlin. He said the pact was "A good compromise for all of Europe." "Europe," Scholz said, "must be able to defend itself."`);
    expect(found).toEqual([
      { speaker: "Olaf Scholz", quote: "A good compromise for all of Europe.", kind: "direct" },
      { speaker: "Olaf Scholz", quote: "Europe … must be able to defend itself.", kind: "direct" },
    ]);
  });
});

describe("unnamed speakers and adverbs before 'that'", () => {
  it("'a senior U.S. administration official', 'a White House official' are someone unnamed, not an institution", async () => {
    const body = `A senior U.S. administration official said Washington was "encouraged" by the outcome.\n\nA White House official said the talks would resume.`;
    const found = await statementsOf(body);
    expect(found).toEqual([]);
    // A named official after them is found, and is the only speaker.
    expect(await statementsOf(`${body}\n\nSecretary of State Marco Rubio said the talks would resume next week.`)).toEqual([{ speaker: "Marco Rubio", quote: "the talks would resume next week", kind: "reported" }]);
  });

  it("a word in -ly that is no adverb still opens the clause ('said family members …')", async () => {
    const found = await statementsOf(`Union leader Maria Gonzalez said family members had been told.`);
    expect(found).toEqual([{ speaker: "Maria Gonzalez", quote: "family members had been told", kind: "reported" }]);
  });

  it("'said afterwards that …' reports the clause after 'that'", async () => {
    const found = await statementsOf(`Friedrich Merz said afterwards that the episode had been a warning to Europe.`);
    expect(found).toEqual([{ speaker: "Friedrich Merz", quote: "the episode had been a warning to Europe", kind: "reported" }]);
  });
});

describe("a person named after an office's name", () => {
  it("'Chief Secretary for Administration Eric Chan Kwok-ki' is a person, so a later 'Chan said' is ambiguous and dropped", async () => {
    const found = await statementsOf(
      `Financial Secretary Paul Chan Mo-po said on Tuesday that the deficit would be higher than forecast. Chief Secretary for Administration Eric Chan Kwok-ki chaired a meeting on the same day.\n\n"The deficit is a concern, but it is manageable," Chan said.`,
    );
    expect(found).toEqual([{ speaker: "Paul Chan Mo-po", quote: "the deficit would be higher than forecast", kind: "reported" }]);
  });
});

describe("what opens and closes the words before '<Name> said'", () => {
  it("a wire dateline is no one's words", async () => {
    const found = await statementsOf(`GENEVA, Feb 20 (Reuters) - Some 2.3 million people in Darfur face acute food insecurity, the World Food Programme said on Tuesday.`);
    expect(found).toEqual([{ speaker: "World Food Programme", quote: "Some 2.3 million people in Darfur face acute food insecurity", kind: "reported" }]);
  });

  it.each([
    ["The talks will resume next week, EU foreign policy chief Josep Borrell said.", "Josep Borrell", "The talks will resume next week"],
    ["The deal is off, the club's sporting director Marco Rossi told reporters.", "Marco Rossi", "The deal is off"],
    ["Prices will keep rising, central bank governor Tiff Macklem said.", "Tiff Macklem", "Prices will keep rising"],
  ])("a description of the speaker before the name is not part of the words: %s", async (sentence, speaker, words) => {
    expect(await statementsOf(sentence)).toEqual([{ speaker, quote: words, kind: "reported" }]);
  });

  it("a clause before the name is still part of the words", async () => {
    const found = await statementsOf(`The vote was close, and the party had lost its majority, Josep Borrell said.`);
    expect(found).toEqual([{ speaker: "Josep Borrell", quote: "The vote was close, and the party had lost its majority", kind: "reported" }]);
  });
});

describe("'told <someone> <clause>' without 'that'", () => {
  it.each([
    ["Angela Rayner told the chamber Labour would restore housing targets.", "Angela Rayner", "Labour would restore housing targets"],
    ["Angela Rayner told the BBC the party would win.", "Angela Rayner", "the party would win"],
    ["The agent, Roberto Calenda, told Gazzetta dello Sport the club had broken its promise.", "Roberto Calenda", "the club had broken its promise"],
    ["Angela Rayner told MPs the party would win.", "Angela Rayner", "the party would win"],
    ["Angela Rayner told the BBC on Monday the party would win.", "Angela Rayner", "the party would win"],
    ["Angela Rayner told the Financial Times the company would expand.", "Angela Rayner", "the company would expand"],
  ])("the one told is not part of the words: %s", async (sentence, speaker, words) => {
    expect(await statementsOf(sentence)).toEqual([{ speaker, quote: words, kind: "reported" }]);
  });

  it("gives nothing where the one told does not end plainly", async () => {
    expect(await statementsOf("Angela Rayner told the conference in Davos the economy would grow.")).toEqual([]);
    // With 'that' the words are found, and only those.
    expect(await statementsOf("Angela Rayner told the conference in Davos the economy would grow.\n\nShe told the conference in Davos that growth would return.")).toEqual([
      { speaker: "Angela Rayner", quote: "growth would return", kind: "reported" },
    ]);
  });

  it("a colon after the one told introduces the words", async () => {
    const found = await statementsOf(`Lola Vance spoke in London.\n\nIntroducing a new song, she told the crowd: "This one is about learning to be on your own."`);
    expect(found).toEqual([{ speaker: "Lola Vance", quote: "This one is about learning to be on your own.", kind: "direct" }]);
  });
});

describe("the source after 'according to'", () => {
  it.each([
    ["Smartphone shipments fell 4% in the quarter, according to market research firm Canalys.", "Canalys"],
    ["Oil demand will peak by 2030, according to the think tank Chatham House.", "Chatham House"],
    ["Napoli president Aurelio De Laurentiis said the striker would stay, according to Corriere dello Sport.", "Aurelio De Laurentiis via Corriere dello Sport"],
  ])("is the name, not its description: %s", async (sentence, speaker) => {
    const found = await statementsOf(sentence);
    expect(found.map((s) => s.speaker + (s.via ? ` via ${s.via}` : ""))).toEqual([speaker]);
  });

  it.each([
    "The singer filed for divorce on May 2, according to court records obtained by TMZ.",
    "Nato members will spend $380bn on defence this year, according to the alliance's own figures released in June.",
    "Exports fell, according to data compiled by Bloomberg.",
  ])("is no speaker when it is a document or figures: %s", async (sentence) => {
    expect(await statementsOf(sentence)).toEqual([]);
    // A person's report beside it is found, and is the only statement.
    expect(await statementsOf(`${sentence}\n\nEconomist Maria Duarte said the figures were no surprise.`)).toEqual([
      { speaker: "Maria Duarte", quote: "the figures were no surprise", kind: "reported" },
    ]);
  });
});

describe("a month before its day is no one's name", () => {
  it("'Jan. 28' and 'May 7' do not name Jan Peters or Theresa May", async () => {
    const corpus = await corpusOf(
      "Jan Peters, the head of a Dutch charity, visited the camps. Theresa May spoke in London.\n\nThe last aid convoy crossed the border on Jan. 28, officials said.\n\nThe talks are due to resume on May 7.",
      "2024-02-20",
    );
    const people = (event: RegExp) => corpus.facts.find((f) => event.test(f.event))!.people;
    expect(people(/convoy/)).toEqual([]);
    expect(people(/talks are due/)).toEqual([]);
  });
});

describe("a speaker called by age", () => {
  it("'the 45-year-old said' is the one person the article gave that age; 'a 30-year-old resident' is no one", async () => {
    const found = await statementsOf(
      [
        "Maria Lopez, 45, a nurse from Valencia, said the hospital had run out of beds.",
        '"We were working 16-hour shifts," the 45-year-old said.',
        "John Carter, a 62-year-old farmer, said the floods had ruined his crops.",
        '"I have never seen anything like it," the 62-year-old told reporters.',
        '"Nobody warned us," a 30-year-old resident said.',
      ].join("\n\n"),
    );
    expect(found).toEqual([
      { speaker: "Maria Lopez", quote: "the hospital had run out of beds", kind: "reported" },
      { speaker: "Maria Lopez", quote: "We were working 16-hour shifts", kind: "direct" },
      { speaker: "John Carter", quote: "the floods had ruined his crops", kind: "reported" },
      { speaker: "John Carter", quote: "I have never seen anything like it", kind: "direct" },
    ]);
  });

  it("an age two people share, or no one was given, names no one", async () => {
    const found = await statementsOf(
      ["Maria Lopez, 45, and Ana Ruiz, 45, both nurses, were on shift.", '"We were working 16-hour shifts," the 45-year-old said.', '"It was chaos," the 50-year-old said.'].join("\n\n"),
    );
    expect(found).toEqual([]);
    // A speaker named in full after them is found, and is the only one.
    const withNamed = await statementsOf(
      [
        "Maria Lopez, 45, and Ana Ruiz, 45, both nurses, were on shift.",
        '"We were working 16-hour shifts," the 45-year-old said.',
        '"It was chaos," the 50-year-old said.',
        "Hospital director Pablo Ortega said more staff would be hired.",
      ].join("\n\n"),
    );
    expect(withNamed).toEqual([{ speaker: "Pablo Ortega", quote: "more staff would be hired", kind: "reported" }]);
  });
});

describe("names that are also words", () => {
  it("'Christian Lindner' is a name; 'Christian leaders' are no one; police ranks are titles", async () => {
    const found = await statementsOf(
      [
        "German Finance Minister Christian Lindner said the budget would balance.",
        "Christian leaders said the church would help.",
        "Det Supt Claire Whitfield said the investigation was continuing.",
      ].join("\n\n"),
    );
    expect(found).toEqual([
      { speaker: "Christian Lindner", quote: "the budget would balance", kind: "reported" },
      { speaker: "Claire Whitfield", quote: "the investigation was continuing", kind: "reported" },
    ]);
  });

  it("an age the article never gave names no one, and does not stop 'he' meaning the person before", async () => {
    const found = await statementsOf(
      [
        "The shop's owner, Harjit Sandhu, said he had never seen anything like it.",
        "The 61-year-old said he had installed a new security system last year. He added that much of the stock was uninsured.",
      ].join("\n\n"),
    );
    expect(found).toEqual([
      { speaker: "Harjit Sandhu", quote: "he had never seen anything like it", kind: "reported" },
      { speaker: "Harjit Sandhu", quote: "much of the stock was uninsured", kind: "reported" },
    ]);
  });
});

describe("capitalised words after 'the' name a thing or a body", () => {
  it("'The Orion Spark' is no person: the company's short name does not go to it, and facts do not list it", async () => {
    const corpus = await corpusOf(
      "Orion Motors unveiled its new electric car on Monday.\n\nThe Orion Spark, which goes on sale next month, will cost $29,000.\n\nOrion also said it would close its plant in Ohio by the end of the year.",
      "2024-09-10",
      "Orion unveils electric car",
    );
    expect(corpus.statements.map((s) => s.speaker)).not.toContain("Orion Spark");
    expect(corpus.facts.flatMap((f) => f.people)).not.toContain("Orion Spark");
    // The company's statement is found, its speaker the company, and the sentence is still a dated fact.
    const closing = corpus.statements.filter((s) => s.quote === "it would close its plant in Ohio by the end of the year");
    expect(closing.map((s) => s.speaker)).toEqual([expect.stringMatching(/^Orion( Motors)?$/)]);
    expect(corpus.facts.find((f) => f.event.startsWith("The Orion Spark"))?.date?.value).toBe("2024-10");
  });

  it("a name that could be either of two people stops 'he' from meaning an earlier speaker", async () => {
    const found = await statementsOf(
      [
        "Hendrik van der Meer, the Dutch conductor, has died at 93.",
        "His daughter, Anneke van der Meer, said the cause was heart failure.",
        'Prime Minister Dick Schoof said in a statement that the Netherlands had lost "one of its great cultural ambassadors."',
        'Asked in 2011 whether he feared death, Mr. van der Meer answered with characteristic dryness. "Not at all," he said.',
      ].join("\n\n"),
    );
    expect(found.filter((s) => s.speaker === "Dick Schoof").map((s) => s.quote)).toEqual(['the Netherlands had lost "one of its great cultural ambassadors."']);
  });
});

describe("a person named inside the quotation is not its speaker", () => {
  const lead =
    "Aston Villa manager Marco van der Berg said on Friday that midfielder Thijs de Wit is fit to return.\n\n" +
    "Van der Berg said the 24-year-old had come through two full sessions this week.";

  it("'“Thijs is ready. … but he is ready,” he said' is the manager's, not Thijs's", async () => {
    const found = await statementsOf(`${lead}\n\n"Thijs is ready. Maybe not for 90 minutes, but he is ready," he said. "He gives us something nobody else gives us."`);
    const quoted = found.filter((s) => s.quote.startsWith("Thijs"));
    expect(quoted.map((s) => s.speaker)).toEqual(["Marco van der Berg"]);
    expect(quoted[0]!.quote).toContain("… He gives us something nobody else gives us.");
  });

  it("nor when the name stands in the same sentence as 'he said'", async () => {
    const found = await statementsOf(`${lead}\n\n"De Wit gives us something nobody else gives us," he said.`);
    expect(found.filter((s) => s.quote.startsWith("De Wit")).map((s) => s.speaker)).toEqual(["Marco van der Berg"]);
  });

  it("a person named outside the quotation, between, still stops 'he' from meaning the earlier speaker", async () => {
    const found = await statementsOf(`${lead}\n\nDe Wit tore his hamstring in October and missed five games against Liverpool and Jürgen Kessler.\n\n"I feel better than before," he said.`);
    expect(found.filter((s) => s.quote.startsWith("I feel"))).toEqual([]);
    expect(found).toContainEqual({ speaker: "Marco van der Berg", quote: "the 24-year-old had come through two full sessions this week", kind: "reported" });
  });
});

describe("two subjects, and a title's gender", () => {
  it("'X and her co-author, Dr Y, … stressed that' is neither one's alone, and a later 'she said' is not Y's", async () => {
    const found = await statementsOf(
      `"We were surprised by how large the effect was," said Dr María José Fernández-López, lead author of the study.\n\n` +
        `Fernández-López and her co-author, Dr Jordi Puig, a biostatistician at the Hospital Clínic de Barcelona, stressed that participants in the diet group also lost weight. She said, however, that the weight difference averaged less than a kilogram.`,
    );
    expect(found.map((s) => s.speaker)).not.toContain("Jordi Puig");
    expect(found).toContainEqual({ speaker: "María José Fernández-López", quote: "We were surprised by how large the effect was", kind: "direct" });
  });

  it("'Mr Gandhi' is not the Gandhi the article has shown to be a woman", async () => {
    const found = await statementsOf(
      `Congress general secretary Priyanka Gandhi Vadra spoke to reporters outside Parliament on Monday. "This budget forgets the unemployed youth," she said.\n\n` +
        `Mr Gandhi, who has repeatedly attacked the government, also said the Congress would raise the demand for a legal guarantee.`,
    );
    expect(found.filter((s) => s.quote.includes("legal guarantee"))).toEqual([]);
    expect(found.filter((s) => s.quote.includes("unemployed")).map((s) => s.speaker)).toEqual(["Priyanka Gandhi Vadra"]);
  });
});

describe("the holder named after an office's name", () => {
  it.each([
    ["Leader of the Opposition in the Lok Sabha Rahul Gandhi said the budget had failed.", "Rahul Gandhi"],
    ["Governor of the Bank of England Andrew Bailey said rates would fall.", "Andrew Bailey"],
    ["Minister of Road Transport and Highways Nitin Gadkari said the roads would be built.", "Nitin Gadkari"],
    ["President of the European Commission Ursula von der Leyen said the bloc would respond.", "Ursula von der Leyen"],
  ])("%s", async (sentence, speaker) => {
    expect((await statementsOf(sentence)).map((s) => s.speaker)).toEqual([speaker]);
  });

  it("is found by the office's title later, and a letter is no one ('a post on X')", async () => {
    const lead = `Leader of the Opposition in the Lok Sabha Rahul Gandhi dismissed the budget as "a band-aid for bullet wounds."\n\n`;
    const found = await statementsOf(`${lead}In a post on X, the opposition leader said: "This government is bankrupt of ideas."`);
    expect(found).toEqual([{ speaker: "Rahul Gandhi", quote: "This government is bankrupt of ideas.", kind: "direct" }]);
    // "the Congress leader" is a person called by role, not a body called "Congress leader" (here: no one the article tells).
    expect(await statementsOf(`${lead}In a post on X, the Congress leader said: "This government is bankrupt of ideas."`)).toEqual([]);
  });
});

describe("the holder of an office is not the one speaking for its holder", () => {
  it("'Spokesman for the Prime Minister Keir Starmer said' is not Starmer's", async () => {
    expect(await statementsOf("Spokesman for the Prime Minister Keir Starmer said the talks would go on.")).toEqual([]);
    expect(await statementsOf("A spokesman for the Prime Minister Keir Starmer said the talks would go on.")).toEqual([]);
    // Starmer's own words, after the spokesman's, are his and the only statement.
    expect(await statementsOf("A spokesman for the Prime Minister Keir Starmer said the talks would go on. Prime Minister Keir Starmer said the talks would go on.")).toEqual([
      { speaker: "Keir Starmer", quote: "the talks would go on", kind: "reported" },
    ]);
  });
});

describe("the one told, after a quotation or an article", () => {
  it("'“…,” foreign ministry spokesperson Mao Ning told a regular briefing in Beijing' gives the quotation", async () => {
    const found = await statementsOf(
      `"Chinese coast guard patrols in these waters are a legitimate exercise of sovereignty," foreign ministry spokesperson Mao Ning told a regular briefing in Beijing.`,
    );
    expect(found).toEqual([{ speaker: "Mao Ning", quote: "Chinese coast guard patrols in these waters are a legitimate exercise of sovereignty", kind: "direct" }]);
  });

  it("'told a reporter the plan had failed': the one told is not what was said", async () => {
    const found = await statementsOf("Finance Minister Anna Berg told a reporter the plan had failed. She told an audience in Oslo on Monday.");
    expect(found).toEqual([{ speaker: "Anna Berg", quote: "the plan had failed", kind: "reported" }]);
  });

  it("'told a symposium … on Feb. 17 that …': the words follow 'that', past an abbreviation's dot", async () => {
    const found = await statementsOf("President Xi Jinping told a symposium with private entrepreneurs on Feb. 17 that it was the right time for private enterprises.");
    expect(found).toEqual([{ speaker: "Xi Jinping", quote: "it was the right time for private enterprises", kind: "reported" }]);
  });
});

describe("'that' pointing at something opens no clause", () => {
  it("'Xi reiterated that position in a meeting with …' states nothing; 'that growth … had slowed' does", async () => {
    expect(await statementsOf("On Wednesday, Xi Jinping reiterated that position in a meeting with visiting members of the Japan-China Friendship Parliamentarians' Union in Beijing.")).toEqual([]);
    expect(await statementsOf("Xi Jinping said that growth in the region had slowed.")).toEqual([{ speaker: "Xi Jinping", quote: "growth in the region had slowed", kind: "reported" }]);
    expect(await statementsOf("Xi Jinping said that inflation remains high.")).toEqual([{ speaker: "Xi Jinping", quote: "inflation remains high", kind: "reported" }]);
  });
});

describe("a month as a family name", () => {
  it("'Theresa May', 'CEO Phillip May' are people; 'in May', 'May 7' are not", async () => {
    expect(await statementsOf("Former prime minister Theresa May said the deal was done.")).toEqual([{ speaker: "Theresa May", quote: "the deal was done", kind: "reported" }]);
    expect(await statementsOf(`"This is not a restoration, this is a rebuild," Entergy Louisiana CEO Phillip May told reporters.`)).toEqual([
      { speaker: "Phillip May", quote: "This is not a restoration, this is a rebuild", kind: "direct" },
    ]);
    const corpus = await corpusOf("In May Parliament said the vote would go ahead. On May 7 Johnson resigned.");
    expect(corpus.speakers.canonical().map((e) => e.name)).not.toContain("May Parliament");
  });
});

describe("what was declared or announced is an act, not words", () => {
  it("'Yoon Suk Yeol declared martial law …', 'Trump announced the levies' state nothing", async () => {
    expect(await statementsOf("Yoon Suk Yeol declared martial law on the night of Dec. 3, sending troops to the National Assembly.")).toEqual([]);
    expect(await statementsOf("President Donald Trump announced the levies in April.")).toEqual([]);
    expect(await statementsOf("The minister announced that taxes would rise.")).toEqual([]); // no one named
    // What follows 'said' after the act is reported, and is the only statement.
    expect(await statementsOf("Yoon Suk Yeol declared martial law on the night of Dec. 3, sending troops to the National Assembly. Yoon said the opposition had paralysed the government.")).toEqual([
      { speaker: "Yoon Suk Yeol", quote: "the opposition had paralysed the government", kind: "reported" },
    ]);
    expect(await statementsOf("President Donald Trump announced the levies in April. He said the levies would bring jobs back.")).toEqual([
      { speaker: "Donald Trump", quote: "the levies would bring jobs back", kind: "reported" },
    ]);
  });

  it("'… declared a state of catastrophe and said he would travel …': the words after 'said' are his", async () => {
    expect(await statementsOf("Chilean President Gabriel Boric declared a state of catastrophe in the region and said he would travel to the area on Tuesday.")).toEqual([
      { speaker: "Gabriel Boric", quote: "he would travel to the area on Tuesday", kind: "reported" },
    ]);
    expect(await statementsOf("Boric also announced an emergency fund for reconstruction and said he would send a bill to Congress.")).toEqual([
      { speaker: "Boric", quote: "he would send a bill to Congress", kind: "reported" },
    ]);
    // A capitalised word before a plural noun is no one: "Climate campaigners welcomed it but said …".
    expect(await statementsOf("Climate campaigners welcomed the initiative but said rich countries had failed to pay.")).toEqual([]);
  });
});
