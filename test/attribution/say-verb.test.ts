import { describe, expect, it } from "vitest";
import { sayVerbPattern } from "../../src/extract/quotes/attribution/patterns/say-verb.js";
import { atCue, read, statementsOf } from "./helpers.js";

describe("pattern: say verb", () => {
  it("reads 'X said (that) …' as X's words after the verb", () => {
    const text = "Finance Minister Ana Ruiz said that the port deal would create jobs.";
    expect(read(text, atCue(sayVerbPattern, text, "said"))).toMatchObject({ speaker: "Finance Minister Ana Ruiz", words: "the port deal would create jobs.", form: "subject" });
  });

  it("reads a quotation before '…,” X said' as X's words", () => {
    const text = "“We are ready,” Ruiz said.";
    expect(read(text, atCue(sayVerbPattern, text, "said"))).toMatchObject({ speaker: "Ruiz", words: "“We are ready,”" });
  });

  it("reads an inverted '…,” said X, an analyst.'", () => {
    const text = "“Markets will calm down,” said Ivo Brandt, an analyst.";
    expect(read(text, atCue(sayVerbPattern, text, "said"))).toMatchObject({ speaker: "Ivo Brandt", form: "inverted" });
  });

  it("leaves out the one told: 'X told Y the talks were useful'", () => {
    const text = "Ruiz told reporters the talks were useful.";
    expect(read(text, atCue(sayVerbPattern, text, "told"))).toMatchObject({ speaker: "Ruiz", words: "the talks were useful." });
  });

  it("finds no words in a passive or in 'said it'", () => {
    expect(atCue(sayVerbPattern, "The plan is said to be ready.", "said")).toBeNull();
    expect(atCue(sayVerbPattern, "Ruiz said it in 2018.", "said")).toBeNull();
  });

  it("is not its cue for other words", () => {
    expect(atCue(sayVerbPattern, "Ruiz pledged support.", "pledged")).toBeUndefined();
  });

  it("gives a direct quotation to its speaker, end to end", () => {
    expect(statementsOf("Finance Minister Ana Ruiz spoke in Lisbon.\n\n“We are ready,” Ruiz said.")).toContainEqual({ speaker: "Ana Ruiz", quote: "We are ready", kind: "direct", via: null });
  });

  it("reads past a politician's party and state after the name", () => {
    expect(statementsOf("“This is a disgrace,” Rep. Gwen Moore (D-Wis.) said Friday.")).toEqual([{ speaker: "Gwen Moore", quote: "This is a disgrace", kind: "direct", via: null }]);
    expect(statementsOf("“We will act,” said Sen. Mitch Hale (R-Ky.), the majority leader.")).toEqual([{ speaker: "Mitch Hale", quote: "We will act", kind: "direct", via: null }]);
  });
});

describe("a family name two people of the article share", () => {
  it("is the principal's when the article names the other in full less often ('Clinton' beside one 'Bill Clinton')", () => {
    const body = [
      "Hillary Clinton campaigned in Ohio on Monday.",
      "Hillary Clinton told supporters that jobs would come back.",
      "Her husband, Bill Clinton, stayed in New York.",
      "“We are going to win this state,” Clinton said.",
    ].join("\n\n");
    expect(statementsOf(body)).toContainEqual({ speaker: "Hillary Clinton", quote: "We are going to win this state", kind: "direct", via: null });
  });

  it("is dropped when the other is named in full as often or more", () => {
    const body = ["Paul Chan spoke on Tuesday.", "Eric Chan chaired a meeting.", "“The deficit is manageable,” Chan said.", "Eric Chan said the budget would pass."].join("\n\n");
    expect(statementsOf(body)).toEqual([{ speaker: "Eric Chan", quote: "the budget would pass", kind: "reported", via: null }]);
  });
});

describe("a name with a middle initial", () => {
  it("is one person's name ('Robert J. Hale', 'George W. Bush'), also with a place for a family name ('Sarah K. Jordan')", () => {
    expect(statementsOf("Robert J. Hale said the plan was sound.")).toEqual([{ speaker: "Robert J. Hale", quote: "the plan was sound", kind: "reported", via: null }]);
    expect(statementsOf("Sarah K. Jordan said the plan was sound.")).toEqual([{ speaker: "Sarah K. Jordan", quote: "the plan was sound", kind: "reported", via: null }]);
  });
});

describe("a name beside a role or an owner", () => {
  it("'said the governor's press secretary, Tom Reyes' is Tom Reyes's", () => {
    expect(statementsOf("“The race is tied,” said the governor’s press secretary, Tom Reyes.")).toEqual([{ speaker: "Tom Reyes", quote: "The race is tied", kind: "direct", via: null }]);
  });

  it("'Fox News's Ed Henry' is Ed Henry, not the channel; 'Iran's Foreign Ministry' stays the ministry", () => {
    expect(statementsOf("Fox News’s Ed Henry said the race was tied.")).toEqual([{ speaker: "Ed Henry", quote: "the race was tied", kind: "reported", via: null }]);
    expect(statementsOf("Iran's Foreign Ministry said the talks would resume.")).toEqual([{ speaker: "Iran's Foreign Ministry", quote: "the talks would resume", kind: "reported", via: null }]);
  });
});

describe("a pronoun opening the sentence after one whose subject names a person", () => {
  it("is that subject, though another person is named beside it ('… his debate with Hillary Clinton. He notes …')", () => {
    const body = "Donald Trump is raising questions about his microphone during the debate with Hillary Clinton.\n\nHe says the sound was cut on purpose.";
    expect(statementsOf(body)).toEqual([{ speaker: "Donald Trump", quote: "the sound was cut on purpose", kind: "reported", via: null }]);
  });

  it("but not when the other person is known to be of the pronoun's gender", () => {
    const body = "Mr. Tom Hale met Mr. Lee Grant in Ohio.\n\nHe says the talks went well.";
    expect(statementsOf(`${body}\n\nLee Grant said the plan was sound.`)).toEqual([{ speaker: "Lee Grant", quote: "the plan was sound", kind: "reported", via: null }]);
  });
});

describe("a family name in a round-up that names each person in full when their turn comes", () => {
  it("is the person named in full just before", () => {
    const body = [
      "Libertarian candidate Gary Johnson spoke in Denver on Monday.",
      "Johnson said the polls were wrong.",
      "Homeland Security Secretary Jeh Johnson warned of hacking attempts.",
      "Johnson said local officials should ask for help.",
    ].join("\n\n");
    expect(statementsOf(body)).toEqual([
      { speaker: "Gary Johnson", quote: "the polls were wrong", kind: "reported", via: null },
      { speaker: "Jeh Johnson", quote: "local officials should ask for help", kind: "reported", via: null },
    ]);
  });
});

describe("a label with a description of the speaker before a quotation", () => {
  it("'Dana Cole, a pollster at Ridge Analytics: “…”' is Dana Cole's words", () => {
    expect(statementsOf("Dana Cole, a pollster at Ridge Analytics: “The race is tied.”")).toEqual([{ speaker: "Dana Cole", quote: "The race is tied.", kind: "direct", via: null }]);
  });
});
