/** Act verbs: "X pledged …", "X urged …", "X called for …" are statements in themselves; the words start at the verb. */
import { DETERMINERS, POSSESSIVE_PRONOUNS } from "../../../../lexicon/function-words.js";
import { key, ORGANISATION_WORDS } from "../../../../lexicon/people.js";
import { ACT_PARTICLES, ACT_VERBS, QUOTING_ACT_VERBS } from "../../../../lexicon/speech-verbs.js";
import { isNameWord, isPlace } from "../../../people/names.js";
import { startsLowerCase, type Token } from "../../../people/tokens.js";
import { inDependentClause, thatWithin } from "../clauses.js";
import { coordinatedSubject, subjectBefore } from "../phrases.js";
import type { Attribution, CuePattern } from "../types.js";

function isActVerb(tokens: Token[], v: number): boolean {
  const lower = tokens[v]!.key;
  // "blasted the media for being “unbelievably dishonest”": a verb that carries quoted words.
  if (QUOTING_ACT_VERBS.has(lower)) return !DETERMINERS.has(tokens[v - 1]?.key ?? "") && tokens.slice(v + 1, v + 9).some((t) => /^[“"«]$/.test(t.text));
  if (!ACT_VERBS.has(lower)) return false;
  const previous = tokens[v - 1]?.key ?? "";
  if (DETERMINERS.has(previous) || POSSESSIVE_PRONOUNS.has(previous)) return false; // "the pledges", "his thanks"
  if (lower === "thanks" && (tokens[v + 1]?.key ?? "") === "to") return false;
  const particles = ACT_PARTICLES.get(lower);
  // "called for", "called on", or "called the pact “a good compromise”".
  const quoteFollows = tokens.slice(v + 1, v + 7).some((t) => /^[“"«]$/.test(t.text));
  if (particles && !particles.includes(tokens[v + 1]?.key ?? "") && !(lower.startsWith("call") && quoteFollows)) return false;
  // "welcomed Iranian President X to …" is an act of hospitality, not a statement.
  if (/^welcome/.test(lower)) {
    const next = tokens[v + 1]?.text ?? "";
    if (isNameWord(next) && !isPlace(next) && !ORGANISATION_WORDS.has(key(next))) return false;
  }
  return true;
}

function actAttribution(text: string, tokens: Token[], v: number): Attribution | null {
  let subject = subjectBefore(tokens, v);
  if (subject === null) subject = coordinatedSubject(tokens, v);
  if (!subject || subject === "passive" || subject === "complement") return null;
  if (inDependentClause(tokens, subject[0]!)) return null;
  const that = thatWithin(tokens, v + 1, 1);
  const from = that !== null ? tokens[that]!.end : tokens[v]!.start;
  return {
    speaker: subject,
    content: [from, clauseEnd(text, from)],
    phrase: [subject[0]!.start, tokens[v]!.end],
    readout: false,
    relay: false,
    form: "subject",
  };
}

/**
 * Where an act verb's words end: before a comment on the whole clause ("…, a move that allies
 * called an attack", "…, which …") or a clause joined by "though" / "but".
 */
function clauseEnd(text: string, from: number): number {
  COMMENT_CLAUSE.lastIndex = from;
  const found = COMMENT_CLAUSE.exec(text);
  return found ? found.index : text.length;
}

const COMMENT_CLAUSE = /,\s+(?:which\b|a\s+(?:\w+\s+){0,2}?(?:that|which)\b|(?:though|although|but|yet|while|whereas)\b)/gi;

/** "X pledged …", "X urged …", "X called for …": the act is the statement, its words start at the verb. */
export const actVerbPattern: CuePattern = {
  name: "act verb",
  at({ text, tokens }, v) {
    if (!startsLowerCase(tokens[v]!.text) || !isActVerb(tokens, v)) return undefined;
    return actAttribution(text, tokens, v);
  },
};
