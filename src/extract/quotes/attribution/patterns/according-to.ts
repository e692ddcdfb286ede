/** "According to X, …" and "…, according to X": the source named after "according to". */
import { SOURCE_KINDS } from "../../../../lexicon/attribution.js";
import { isParticle } from "../../../people/names.js";
import { isCapitalised, startsLowerCase, type Token } from "../../../people/tokens.js";
import { isRoleOrOrgWord, nounPhraseAfter } from "../phrases.js";
import { LETTERS_ONLY } from "../word-shapes.js";
import type { Attribution, CuePattern } from "../types.js";

function accordingTo(text: string, tokens: Token[], v: number): Attribution | null {
  const speaker = sourceName(nounPhraseAfter(tokens, v + 2));
  if (speaker.length === 0) return null;
  const afterSpeaker = tokens.indexOf(speaker.at(-1)!) + 1;
  const phrase: [number, number] = [tokens[v]!.start, speaker.at(-1)!.end];
  const atStart = v === 0 || (v === 1 && /^[“"(]$/.test(tokens[0]!.text));
  const content: [number, number] =
    atStart && tokens[afterSpeaker]?.text === "," ? [tokens[afterSpeaker]!.end, text.length] : [0, tokens[v]!.start];
  return { speaker, content, phrase, readout: false, relay: false, form: "according" };
}

/**
 * The source named after "according to", without what only describes it: a participle's clause
 * ("figures released in June", "court records obtained by TMZ") and, before a name, the kind of
 * body it is ("market research firm Canalys" → Canalys, "the think tank Chatham House").
 */
function sourceName(phrase: Token[]): Token[] {
  const participle = phrase.findIndex((t, i) => i > 0 && PARTICIPLE_WORD.test(t.text));
  const cut = participle > 0 ? phrase.slice(0, participle) : phrase;
  const name = cut.findIndex((t) => isCapitalised(t.text));
  if (name > 0 && cut.slice(0, name).every((t) => startsLowerCase(t.text) && LETTERS_ONLY.test(t.text)) && cut.slice(name).every((t, i, rest) => isCapitalised(t.text) || (isParticle(t.text) && i + 1 < rest.length)) && cut.slice(0, name).some((t) => isRoleOrOrgWord(t.text) || SOURCE_KINDS.has(t.key))) {
    return cut.slice(name);
  }
  return cut;
}

/** A past participle that opens a clause describing a source ("released", "obtained", "seen"). */
const PARTICIPLE_WORD = /^(?:\p{Ll}+ed|seen|made|given|shown|written|taken|held|kept|drawn|known)$/u;

/** "According to X, …" and "…, according to X": X's words, relayed when someone else speaks too. */
export const accordingToPattern: CuePattern = {
  name: "according to",
  at({ text, tokens }, v) {
    return tokens[v]!.key === "according" && tokens[v + 1]?.text === "to" ? accordingTo(text, tokens, v) : undefined;
  },
};
