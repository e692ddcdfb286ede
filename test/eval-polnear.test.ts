/**
 * The PolNeAR evaluator (scripts/eval-polnear.ts) on a tiny corpus of its shape, written here:
 * three short articles of our own with brat attributions and minimal CoreNLP XML (PERSON tags,
 * coreference chains), scored end to end in this process. No text of PolNeAR is used.
 */
import { describe, expect, it } from "vitest";
import {
  alignWords,
  evaluatePolnear,
  formatResult,
  isSayingCue,
  parseAnn,
  quoteCategory,
  sameSpeaker,
  splitDir,
} from "../scripts/eval-polnear.js";
import { tmpCorpus } from "./helpers/tmp-corpus.js";

type Phrase = string | [string, number];

/** Offsets of a phrase (its nth occurrence as whole words, 0-based) in a text. */
function at(text: string, phrase: Phrase): [number, number] {
  const [words, nth] = typeof phrase === "string" ? [phrase, 0] : phrase;
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let seen = 0;
  for (let from = text.indexOf(words); from >= 0; from = text.indexOf(words, from + 1)) {
    if (isWord(text[from - 1]) || isWord(text[from + words.length])) continue;
    if (seen++ === nth) return [from, from + words.length];
  }
  throw new Error(`no occurrence ${nth} of “${words}”`);
}

interface Gold {
  source?: Phrase;
  cue: Phrase;
  content: Phrase;
}

/** A brat .ann file: one Source, Cue, Content and Attribution span per event, as PolNeAR's. */
function ann(text: string, golds: Gold[]): string {
  const lines: string[] = [];
  let t = 0;
  golds.forEach((gold, e) => {
    const args: string[] = [];
    const span = (type: string, phrase: Phrase) => {
      const [a, b] = at(text, phrase);
      lines.push(`T${++t}\t${type} ${a} ${b}\t${text.slice(a, b)}`);
      return `T${t}`;
    };
    if (gold.source) args.push(`Source:${span("Source", gold.source)}`);
    args.push(`Cue:${span("Cue", gold.cue)}`, `Content:${span("Content", gold.content)}`);
    const kind = gold.source ? "Attribution" : "Attribution-no-source";
    args.unshift(`${kind}:${span(kind, gold.cue)}`);
    lines.push(`E${e + 1}\t${args.join(" ")}`);
  });
  return `${lines.join("\n")}\n`;
}

/**
 * CoreNLP XML with what the evaluator reads: one sentence per line, tokens (words and single
 * punctuation marks) with offsets and NER (PERSON for the phrases given, else O), and
 * coreference chains (their first mention the representative one).
 */
function corenlp(text: string, persons: Phrase[], chains: Phrase[][] = []): string {
  const personSpans = persons.map((p) => at(text, p));
  const sentences: Array<Array<{ word: string; begin: number; end: number }>> = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const tokens = [...line.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => ({ word: m[0], begin: offset + m.index, end: offset + m.index + m[0].length }));
    if (tokens.length > 0) sentences.push(tokens);
    offset += line.length + 1;
  }
  const where = (begin: number, end: number) => {
    for (const [s, tokens] of sentences.entries()) {
      const first = tokens.findIndex((tk) => tk.begin === begin);
      const last = tokens.findIndex((tk) => tk.end === end);
      if (first >= 0 && last >= 0) return { sentence: s + 1, start: first + 1, end: last + 2 };
    }
    throw new Error(`no tokens at ${begin}-${end}`);
  };
  const xmlSentences = sentences.map((tokens, s) => {
    const xmlTokens = tokens.map((tk, i) => {
      const ner = personSpans.some(([a, b]) => tk.begin >= a && tk.end <= b) ? "PERSON" : "O";
      return `<token id="${i + 1}"><word>${tk.word.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</word><CharacterOffsetBegin>${tk.begin}</CharacterOffsetBegin><CharacterOffsetEnd>${tk.end}</CharacterOffsetEnd><NER>${ner}</NER></token>`;
    });
    return `<sentence id="${s + 1}"><tokens>${xmlTokens.join("")}</tokens></sentence>`;
  });
  const xmlChains = chains.map((chain) => {
    const mentions = chain.map((phrase, i) => {
      const m = where(...at(text, phrase));
      return `<mention${i === 0 ? ' representative="true"' : ""}><sentence>${m.sentence}</sentence><start>${m.start}</start><end>${m.end}</end><head>${m.end - 1}</head><text>x</text></mention>`;
    });
    return `<coreference>${mentions.join("")}</coreference>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<root><document><sentences>${xmlSentences.join("")}</sentences><coreference>${xmlChains.join("")}</coreference></document></root>\n`;
}

// Lines without blank lines between them: Verbatim's cleaning adds them, and the offsets must still map.
const ALPHA = [
  "Mayor Miller Says Bridge Will Open",
  "Riverton mayor Jane Miller opened the new bridge on Monday.",
  '"This bridge will carry ten thousand cars a day," Miller said.',
  "Tom Baker, a council member, said the bridge had cost too much money.",
  "A city spokesman said the road would stay closed until March.",
  "Baker believes the town should repair the old ferry instead.",
  "",
].join("\n");

const BRAVO = [
  "Senators Clash Over Budget",
  "",
  "Senator Paul Reed met Governor Ann Ortiz in the capital on Tuesday.",
  "",
  'Reed said the budget talks had "completely collapsed" after the meeting.',
  "",
  "“We are not going to sign this budget,” he said.",
  "",
  "Ortiz told reporters that she would veto any new tax. Ortiz said the session would end on Friday.",
  "",
].join("\n");

const CHARLIE = [
  "Flood Warning Issued",
  "",
  "Lee Grant spoke to reporters on Friday.",
  "",
  '"The river will rise tonight," he said.',
  "",
  "Sam Cole, the county chief, ordered an evacuation.",
  "",
  "Grant said the water was already high.",
  "",
  'Cole warned of "a long night" for the valley.',
  "",
  "''Stay home,'' said Cole.",
  "",
].join("\n");

const DELTA = "A Quiet Day\n\nNothing happened, Ann Ortiz said.\n";

/** The corpus laid out as a checkout of PolNeAR: data/<split>/{text,attributions,corenlp}. */
function corpusFiles(): Record<string, string> {
  const dev = "data/dev";
  return {
    [`${dev}/text/alpha.txt`]: ALPHA,
    // Two annotators: the alphabetically first file is the gold, the other is not read.
    [`${dev}/attributions/alpha_a1.ann`]: ann(ALPHA, [
      { source: "Mayor Miller", cue: "Says", content: "Bridge Will Open" }, // headline: left out
      { source: ["Miller", 2], cue: "said", content: '"This bridge will carry ten thousand cars a day,"' },
      { source: "Tom Baker, a council member", cue: ["said", 1], content: "the bridge had cost too much money" },
      { source: "A city spokesman", cue: ["said", 2], content: "the road would stay closed until March" }, // not named
      { source: ["Baker", 1], cue: "believes", content: "the town should repair the old ferry instead" }, // no statement
    ]),
    [`${dev}/attributions/alpha_b2.ann`]: ann(ALPHA, [{ source: "Jane Miller", cue: "opened", content: "the new bridge" }]),
    [`${dev}/corenlp/alpha.txt.xml`]: corenlp(ALPHA, [["Miller", 0], "Jane Miller", ["Miller", 2], "Tom Baker", ["Baker", 1]]),

    [`${dev}/text/bravo.txt`]: BRAVO,
    [`${dev}/attributions/bravo_a1.ann`]: ann(BRAVO, [
      { source: ["Reed", 1], cue: "said", content: 'the budget talks had "completely collapsed" after the meeting' },
      { source: "he", cue: ["said", 1], content: "“We are not going to sign this budget,”" }, // named through coreference
      { source: "Ortiz", cue: "told", content: "that she would veto any new tax" },
    ]),
    [`${dev}/corenlp/bravo.txt.xml`]: corenlp(BRAVO, ["Paul Reed", ["Reed", 1], "Ann Ortiz", ["Ortiz", 1], ["Ortiz", 2]], [["Paul Reed", ["Reed", 1], "he"]]),

    [`${dev}/text/charlie.txt`]: CHARLIE,
    [`${dev}/attributions/charlie_a1.ann`]: ann(CHARLIE, [
      // CoreNLP links this "he" to Sam Cole; Verbatim gives Lee Grant: found, wrong speaker.
      { source: "he", cue: "said", content: '"The river will rise tonight,"' },
      // "Grant" is not tagged PERSON here: a statement whose speaker is not named, still agreeing with "Lee Grant".
      { source: ["Grant", 1], cue: ["said", 1], content: "the water was already high" },
      { source: ["Cole", 1], cue: "warned of", content: '"a long night" for the valley' }, // missed
      // Verbatim reads '' as a quotation mark (found); the evaluator's categories count only " “ ”, so it is "unquoted".
      { source: ["Cole", 2], cue: ["said", 2], content: "''Stay home,''" },
    ]),
    [`${dev}/corenlp/charlie.txt.xml`]: corenlp(CHARLIE, ["Lee Grant", "Sam Cole", ["Cole", 1], ["Cole", 2]], [["Sam Cole", "he"]]),

    // An article nobody annotated is left out.
    [`${dev}/text/delta.txt`]: DELTA,
    [`${dev}/corenlp/delta.txt.xml`]: corenlp(DELTA, ["Ann Ortiz"]),
  };
}

describe("eval:polnear on a corpus of three articles", () => {
  it("counts the gold statements, the named ones and what Verbatim extracted", async () => {
    const dir = await tmpCorpus(corpusFiles());
    const { score, withoutAnnotation, withoutCoreNlp, notLoaded } = await evaluatePolnear(dir, "dev");
    expect(withoutAnnotation).toEqual(["delta"]);
    expect(withoutCoreNlp).toEqual([]);
    expect(notLoaded).toEqual([]);
    expect(score.articles).toBe(3);
    // alpha_a1 5 + bravo 3 + charlie 4; alpha_b2 is not read.
    expect(score.goldAttributions).toBe(12);
    // Not the headline's, nor "believes" with an unquoted content.
    expect(score.goldStatements).toBe(10);
    // All but the city spokesman and "Grant" untagged; the two "he" through coreference.
    expect(score.namedStatements).toBe(8);
    expect(score.namedByCoreference).toBe(2);
    // alpha 3 (Miller, Baker said, Baker believes), bravo 4, charlie 3.
    expect(score.extracted).toBe(10);
    expect(score.unalignedWords).toBe(0);
  });

  it("scores recall end to end, by how much of the content is quoted", async () => {
    const dir = await tmpCorpus(corpusFiles());
    const { score } = await evaluatePolnear(dir, "dev");
    // quoted: Miller ✓, "he" (Reed, through coreference) ✓, "he" (Cole) found but credited to Lee Grant.
    expect(score.byCategory.quoted).toEqual({ named: 3, found: 3, right: 2 });
    // partly: Reed's "completely collapsed" ✓; Cole's "a long night" not extracted.
    expect(score.byCategory.partly).toEqual({ named: 2, found: 1, right: 1 });
    // unquoted: Baker ✓, Ortiz ✓ (6 of 7 words: "that" left out), Cole's ''Stay home'' ✓.
    expect(score.byCategory.unquoted).toEqual({ named: 3, found: 3, right: 3 });
  });

  it("scores precision on every gold attribution a statement matches, and on named speakers", async () => {
    const dir = await tmpCorpus(corpusFiles());
    const { score } = await evaluatePolnear(dir, "dev");
    // Matched: alpha 3 ("believes" is an attribution, if no statement), bravo 3, charlie 3.
    // Unmatched: Ortiz on the session, which nobody annotated.
    expect(score.matched).toBe(9);
    expect(score.unmatched).toBe(1);
    // Wrong: the river, credited to Lee Grant where the gold says Sam Cole.
    expect(score.matchedRight).toBe(8);
    // Named: all but the water (its source "Grant" is not tagged PERSON, though it agrees with Lee Grant).
    expect(score.matchedNamed).toBe(8);
    expect(score.matchedNamedRight).toBe(7);
  });

  it("prints the figures, and with the errors each miss and each wrong speaker", async () => {
    const dir = await tmpCorpus(corpusFiles());
    const result = await evaluatePolnear(dir, "dev");
    const lines = formatResult(result);
    expect(lines).toContain("Gold: 12 attributions, 10 statements, 8 by named people (2 named through coreference)");
    expect(lines).toContain("  overall: 75.0% (6/8); found with any speaker 87.5% (7)");
    expect(lines).toContain("  quoted: 66.7% (2/3); found with any speaker 100.0% (3)");
    expect(lines).toContain("  partly quoted: 50.0% (1/2); found with any speaker 50.0% (1)");
    expect(lines).toContain("  unquoted: 100.0% (3/3); found with any speaker 100.0% (3)");
    expect(lines).toContain(
      "Precision (speaker agrees, of extracted statements matched to a gold attribution): overall 88.9% (8/9); named gold speaker 87.5% (7/8)",
    );
    expect(lines).toContain("Extracted statements matching no gold attribution: 1");
    const errors = result.score.errors;
    expect(errors.filter((e) => e.startsWith("MISSED"))).toHaveLength(1);
    expect(errors.some((e) => e.startsWith("MISSED charlie [partly] Cole") && e.includes("extractor: nothing there"))).toBe(true);
    expect(errors.some((e) => e.startsWith("WRONG SPEAKER charlie [quoted] gold Sam Cole (he), got Lee Grant"))).toBe(true);
    expect(errors.some((e) => e.startsWith("WRONG MATCH charlie extracted Lee Grant") && e.includes("gold speaker Sam Cole"))).toBe(true);
  });

  it("reads the split laid out as <dir>/<split> too, and never another split", async () => {
    const files = Object.fromEntries(Object.entries(corpusFiles()).map(([path, text]) => [path.replace(/^data\//, ""), text]));
    const dir = await tmpCorpus(files);
    expect(splitDir(dir, "dev")).toBe(`${dir}/dev`);
    expect(() => splitDir(dir, "test")).toThrow(/no test split/);
    const { score } = await evaluatePolnear(dir, "dev");
    expect(score.namedStatements).toBe(8);
  });
});

describe("eval:polnear's definitions", () => {
  it("reads brat events with discontinuous spans and without a source", () => {
    const text = "Aa bb cc dd ee ff";
    const golds = parseAnn(
      ["T1\tCue 3 5\tbb", "T2\tContent 9 11;15 17\tdd ff", "T3\tAttribution-no-source 3 5\tbb", "E1\tAttribution-no-source:T3 Cue:T1 Content:T2", "#1\tAnnotatorNotes T1\tnote"].join("\n"),
    );
    expect(golds).toEqual([{ id: "E1", source: [], cue: [[3, 5]], content: [[9, 11], [15, 17]] }]);
    expect(text.slice(9, 11)).toBe("dd");
  });

  it("takes a cue with a verb of saying, in any of its forms, as a statement's", () => {
    for (const cue of ["said", "says", "told", "wrote", "tweeted", "replied", "denies", "was quick to add", "has urged"]) expect(isSayingCue(cue)).toBe(true);
    for (const cue of ["believes", "according to", "thinks", "sayings"]) expect(isSayingCue(cue)).toBe(false);
  });

  it("tells quoted, partly quoted and unquoted contents apart", () => {
    expect(quoteCategory("“We will win,”")).toBe("quoted");
    expect(quoteCategory('"We will win," "and soon."')).toBe("quoted");
    expect(quoteCategory("that he would “fight on.”")).toBe("partly");
    expect(quoteCategory("that he would fight on")).toBe("unquoted");
    expect(quoteCategory("fight on,” and then")).toBe("partly");
  });

  it("agrees on speakers by family name, with given names that do not conflict", () => {
    expect(sameSpeaker("Hillary Clinton", "Clinton")).toBe(true);
    expect(sameSpeaker("Hillary Clinton", "Bill Clinton")).toBe(false);
    expect(sameSpeaker("Mayor Jane Miller", "Jane Miller")).toBe(true);
    expect(sameSpeaker("J. Smith", "John Smith")).toBe(true);
    expect(sameSpeaker("Miller's", "Jane Miller")).toBe(true);
    expect(sameSpeaker("O’Hara", "Sean O'Hara")).toBe(true);
    expect(sameSpeaker("José Núñez", "Jose Nunez")).toBe(true);
    expect(sameSpeaker("Ms. Park", "Jin Park")).toBe(true);
    expect(sameSpeaker("Van Dyke", "Mary van Dyke")).toBe(true);
    expect(sameSpeaker("Alan R. Ford", "Ford Jr.")).toBe(true);
    expect(sameSpeaker("Smith", "Jones")).toBe(false);
  });

  it("aligns the cleaned text's words with the original's across dropped words", () => {
    expect(alignWords(["a", "b", "c", "d"], ["a", "x", "b", "y", "y", "c", "d"])).toEqual([0, 2, 5, 6]);
  });
});
