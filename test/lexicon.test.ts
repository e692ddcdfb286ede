/** The word tables: each word in one place, and every variant derived from the one table. */
import { describe, expect, it } from "vitest";
import { MONTH_ABBREVIATIONS, MONTHS, MONTHS_BUT_MAY, SHORT_MONTHS, WEEKDAYS, WEEKDAYS_FROM_MONDAY } from "../src/lexicon/calendar.js";
import { CLAUSE_SUBJECTS, DETERMINERS, SUBJECT_PRONOUNS } from "../src/lexicon/function-words.js";
import { ACT_VERBS, PARTICIPLES, SAY_VERBS } from "../src/lexicon/speech-verbs.js";
import { EVENT_VERBS, IRREGULAR_PAST, THEN_PAST } from "../src/lexicon/verbs.js";

describe("the lexicon", () => {
  it("has the twelve months and seven weekdays once each, with the variants derived from them", () => {
    expect(MONTHS).toHaveLength(12);
    expect(MONTHS[0]).toBe("january");
    expect(MONTHS_BUT_MAY).toHaveLength(11);
    expect(MONTHS_BUT_MAY).not.toContain("may");
    expect(SHORT_MONTHS).toContain("sept");
    for (const abbreviation of MONTH_ABBREVIATIONS) expect(MONTHS.some((month) => month.startsWith(abbreviation))).toBe(true);
    expect(WEEKDAYS[new Date(Date.UTC(2026, 11, 6)).getUTCDay()]).toBe("sunday");
    expect(WEEKDAYS_FROM_MONDAY).toEqual(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
  });

  it("files a verb of saying as a say verb or an act verb, never both", () => {
    expect(SAY_VERBS.has("said")).toBe(true);
    expect(ACT_VERBS.has("pledged")).toBe(true);
    expect([...ACT_VERBS].filter((verb) => SAY_VERBS.has(verb))).toEqual([]);
    expect(PARTICIPLES.has("saying")).toBe(true);
  });

  it("derives the clause openers from the pronouns and determiners", () => {
    for (const word of DETERMINERS) expect(CLAUSE_SUBJECTS.has(word)).toBe(true);
    for (const word of SUBJECT_PRONOUNS) expect(CLAUSE_SUBJECTS.has(word)).toBe(word !== "you");
  });

  it("lists each past form once, and the 'then' verbs among the irregular past forms", () => {
    for (const list of [IRREGULAR_PAST, EVENT_VERBS, THEN_PAST]) expect(new Set(list).size).toBe(list.length);
    for (const verb of THEN_PAST) expect(IRREGULAR_PAST).toContain(verb);
  });
});
