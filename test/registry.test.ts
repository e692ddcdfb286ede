/**
 * The corpus registry merges a person named by part of a name into the one fuller name that
 * holds it. It compares only the people holding the shorter name's rarest token (all pairs would
 * take minutes with tens of thousands of names); this checks it against the all-pairs definition.
 */
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/corpus.js";
import { article, tmpCorpus } from "./helpers/tmp-corpus.js";
import { sameNameLonger, type ArticlePerson } from "../src/extract/people/article-people.js";
import { SpeakerRegistry } from "../src/corpus/registry.js";
import { foldName } from "../src/extract/people/tokens.js";

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = ["ana", "lucia", "ferraz", "xi", "jinping", "wang", "yi", "di", "bin", "salman", "al", "saud", "jr", "ii", "maria", "costa", "costa-gavras"];
const capital = (token: string) => token[0]!.toUpperCase() + token.slice(1);

describe("SpeakerRegistry.finish", () => {
  it.each([1, 2, 3, 4, 5])("merges exactly as comparing every pair would (seed %i)", (seed) => {
    const next = random(seed);
    const names: string[][] = [];
    for (let i = 0; i < 400; i++) {
      const length = 1 + Math.floor(next() * 4);
      names.push(Array.from({ length }, () => TOKENS[Math.floor(next() * TOKENS.length)]!));
    }
    const registry = new SpeakerRegistry();
    const persons = names.map((tokens): ArticlePerson => ({ id: 0, name: tokens.map(capital).join(" "), tokens, titles: new Set() }));
    persons.forEach((person, i) => registry.addArticlePeople(`a${i}`, [person]));
    registry.finish();

    // The definition, over the registry's own entries: an entry joins the one fuller entry whose
    // name holds every token of its name, if exactly one does; a two-word name that no fuller one
    // holds joins the same two words in the other order registered before it ("Shigeru Ishiba",
    // "Ishiba Shigeru"), unless that one joined a fuller name.
    const people = registry.entries.filter((e) => e.type === "person").map((entry) => ({ entry, tokens: foldName(entry.name).split(" ") }));
    const fullerOf = (short: (typeof people)[number]) => people.filter((p) => p !== short && sameNameLonger(p.tokens, short.tokens));
    const canonicalOf = new Map(
      people.map((short, i) => {
        const fuller = fullerOf(short);
        if (fuller.length === 1) return [short.entry.name, fuller[0]!.entry.name];
        const reversed = fuller.length === 0 && short.tokens.length === 2 ? people.slice(0, i).find((p) => p.tokens.join(" ") === `${short.tokens[1]} ${short.tokens[0]}`) : undefined;
        return [short.entry.name, reversed && fullerOf(reversed).length !== 1 ? reversed.entry.name : short.entry.name];
      }),
    );
    const expected = (tokens: string[]) => canonicalOf.get(tokens.map(capital).join(" "))!;
    let merged = 0;
    persons.forEach((person, i) => {
      const name = registry.person(`a${i}`, person).name;
      expect(name).toBe(expected(person.tokens));
      if (name !== person.name) merged++;
    });
    expect(merged).toBeGreaterThan(0);
  });
});

describe("sameNameLonger", () => {
  const is = (longer: string, shorter: string) => sameNameLonger(foldName(longer).split(" "), foldName(shorter).split(" "));
  it("takes family names and fewer middle names as shorter forms (whether the same person is decided where it is used)", () => {
    expect(is("Luiz Inácio Lula da Silva", "Lula da Silva")).toBe(true);
    expect(is("Andrés Manuel López Obrador", "López Obrador")).toBe(true);
    expect(is("Ursula von der Leyen", "von der Leyen")).toBe(true);
    expect(is("Ana Lúcia Ferreira da Costa", "Ferreira da Costa")).toBe(true);
    expect(is("Luís Filipe Montenegro", "Luís Montenegro")).toBe(true);
    expect(is("María José Núñez", "Núñez")).toBe(true);
  });

  it("never takes another generation", () => {
    expect(is("Donald Trump Jr", "Donald Trump")).toBe(false);
    expect(is("Donald Trump", "Donald Trump Jr")).toBe(false);
  });
});

describe("two people sharing a name in the corpus", () => {
  it("keeps José Núñez apart from María José Núñez when an article introduces both, in every article, and a family name goes to the one named so far", async () => {
    const dir = await tmpCorpus({
      "a.md": article({ title: "Grid deal", published: "2025-03-14" }, "Grid deal signed\n\nSpanish Energy Minister José Núñez said the line would open in 2029.\n"),
      "b.md": article(
        { title: "Quake", published: "2025-01-25" },
        "Quake aftershock\n\nRegional governor María José Núñez said 5,000 people were in shelters.\n\n\"People are exhausted,\" Núñez said.\n\nSpain's Energy Transition Minister José Núñez said Spain had sent generators.\n",
      ),
    });
    const corpus = await loadCorpus(dir, { workers: 0 });
    const said = corpus.statements.map((s) => [s.speaker, s.quote]);
    expect(said).toContainEqual(["José Núñez", "the line would open in 2029"]);
    expect(said).toContainEqual(["María José Núñez", "People are exhausted"]);
    expect(said).toContainEqual(["José Núñez", "Spain had sent generators"]);
    expect(said.filter(([speaker]) => speaker === "María José Núñez")).toHaveLength(2);
  });
});

describe("a name written family name first and last", () => {
  it("is one person in an article and across articles, found by either order", async () => {
    const dir = await tmpCorpus({
      "a.md": article({ title: "A", published: "2025-01-15" }, "Tokyo\n\nJapanese Prime Minister Ishiba Shigeru said Japan would respond calmly. Shigeru Ishiba met Xi Jinping in November. Ishiba said he had no plans to change policy.\n"),
      "b.md": article({ title: "B", published: "2025-01-16" }, "Tokyo\n\nPrime Minister Shigeru Ishiba said talks would continue.\n"),
    });
    const corpus = await loadCorpus(dir, { workers: 0 });
    expect(new Set(corpus.statements.map((s) => s.speaker))).toEqual(new Set(["Ishiba Shigeru"]));
    expect(corpus.statements).toHaveLength(3);
    for (const typed of ["Shigeru Ishiba", "Ishiba Shigeru", "Ishiba"]) {
      const found = corpus.speakers.lookup(typed);
      expect(found.status === "found" && found.entry.name).toBe("Ishiba Shigeru");
    }
  });
});

describe("SpeakerRegistry.lookup by role", () => {
  const person = (id: number, name: string, titles: string[]): ArticlePerson => ({ id, name, tokens: name.split(" ").map(foldName), titles: new Set(titles) });
  function registry(): SpeakerRegistry {
    const r = new SpeakerRegistry();
    r.addArticlePeople("a", [person(0, "Pedro Sánchez", ["spanish", "prime", "minister"]), person(1, "Anthony Albanese", ["prime", "minister"])]);
    r.addArticlePeople("b", [person(0, "Xi Jinping", ["chinese", "president"])]);
    r.institution("Israeli Prime Minister Benjamin Netanyahu's office", "b");
    r.finish();
    return r;
  }

  it("a role alone finds the one person the articles give every word of it", () => {
    const found = registry().lookup("the Spanish prime minister");
    expect(found.status === "found" && found.entry.name).toBe("Pedro Sánchez");
    const president = registry().lookup("President");
    expect(president.status === "found" && president.entry.name).toBe("Xi Jinping");
  });

  it("lists several, and never takes a name that merely holds the words", () => {
    const both = registry().lookup("prime minister");
    expect(both.status === "ambiguous" && both.candidates.map((c) => c.name).sort()).toEqual(["Anthony Albanese", "Pedro Sánchez"]);
    expect(registry().lookup("the Australian prime minister").status).toBe("unknown");
  });

  it("takes the role of a phrase set off by a comma before the name, nationality and body included", async () => {
    const dir = await tmpCorpus({
      "a.md": article(
        { title: "Climate", published: "2025-09-25" },
        "Climate deal\n\nThe Brazilian president, Luiz Inácio Lula da Silva, said the summit must deliver.\n\nThe UN secretary general, António Guterres, said the goal was within reach.\n",
      ),
    });
    const corpus = await loadCorpus(dir, { workers: 0 });
    const lula = corpus.speakers.lookup("the Brazilian president");
    expect(lula.status === "found" && lula.entry.name).toBe("Luiz Inácio Lula da Silva");
    const guterres = corpus.speakers.lookup("UN secretary general");
    expect(guterres.status === "found" && guterres.entry.name).toBe("António Guterres");
  });

  it("a name with a title is still found by the name", () => {
    const found = registry().lookup("President Xi");
    expect(found.status === "found" && found.entry.name).toBe("Xi Jinping");
  });
});

describe("SpeakerRegistry.lookup of a name not in the corpus", () => {
  const registry = new SpeakerRegistry();
  const names = ["Osama Hamdan", "Christine Lagarde", "Claudia Sheinbaum", "Joachim Nagel", "Mukhtar Babayev", "Tadej Pogačar"];
  names.forEach((name, i) => registry.addArticlePeople(`a${i}`, [{ id: 0, name, tokens: foldName(name).split(" "), titles: new Set() }]));
  registry.addArticlePeople("b", [{ id: 0, name: "Fire Management Assistance Grant", tokens: ["fire", "management", "assistance", "grant"], titles: new Set() }]);
  registry.finish();
  const found = (typed: string) => {
    const r = registry.lookup(typed);
    return r.status === "found" ? r.entry.name : r.status;
  };

  it("takes a near spelling of a family name, or the start of one", () => {
    expect(["Sheinbum", "Lagrade", "Pogacar", "Sheinb", "Claudia Shienbaum", "Christin Lagarde", "Nagle"].map(found)).toEqual([
      "Claudia Sheinbaum", "Christine Lagarde", "Tadej Pogačar", "Claudia Sheinbaum", "Claudia Sheinbaum", "Christine Lagarde", "Joachim Nagel",
    ]);
  });

  it("takes a swap Fuse.js scores too far, and hyphens and spaces as they come", () => {
    const more = new SpeakerRegistry();
    for (const [i, name] of ["Pedro de la Vega", "Lim Da-eun", "Kim Da-eun", "Kim Eun-ji"].entries()) {
      more.addArticlePeople(`m${i}`, [{ id: 0, name, tokens: foldName(name).split(" "), titles: new Set() }]);
    }
    more.finish();
    const name = (typed: string) => {
      const r = more.lookup(typed);
      return r.status === "found" ? r.entry.name : r.status;
    };
    expect(["Perdo de la Vega", "Lim D-aeun", "Kim Eunnji", "Kim Da-uen"].map(name)).toEqual(["Pedro de la Vega", "Lim Da-eun", "Kim Eun-ji", "Kim Da-eun"]);
  });

  it("offers, never assumes, a name that only looks a little like the one typed", () => {
    for (const typed of ["Obama", "Harris", "Musk"]) expect(found(typed)).toBe("unknown");
    const obama = registry.lookup("Obama");
    expect(obama.status === "unknown" && obama.suggestions.map((e) => e.name)).toContain("Osama Hamdan");
  });
});
