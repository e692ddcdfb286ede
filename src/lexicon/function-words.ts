/** Function words: pronouns, determiners and prepositions, as the attribution and people readers use them. */

export const DETERMINERS = new Set(["the", "a", "an"]);

/** Pronouns that can be the subject of a verb of saying. */
export const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you"]);

/** Pronouns that stand for one person, of a known gender. */
export const PERSON_PRONOUNS = new Set(["he", "she"]);

/** Possessives of the third person ("his claims", "their call"). */
export const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their"]);

/** Words that open a clause as its subject, or as the subject's determiner ("the talks were …", "he would …"). */
export const CLAUSE_SUBJECTS = new Set([
  ...DETERMINERS, ...POSSESSIVE_PRONOUNS, "our", ...[...SUBJECT_PRONOUNS].filter((p) => p !== "you"),
  "there", "this", "these", "those", "no", "some", "all",
]);

export const PREPOSITIONS = new Set(["for", "of", "at", "to", "from", "with", "by", "about", "on", "in", "near", "under", "behind"]);
