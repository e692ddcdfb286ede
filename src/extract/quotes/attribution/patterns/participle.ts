/** "X …, saying: “…”", "X was quoted by the BBC as saying …": the sentence's subject speaks through a participle. */
import { DETERMINERS, SUBJECT_PRONOUNS } from "../../../../lexicon/function-words.js";
import { PARTICIPLES } from "../../../../lexicon/speech-verbs.js";
import { isCapitalised, type Token } from "../../../people/tokens.js";
import { isRoleOrOrgWord, openingSubject } from "../phrases.js";
import type { Attribution, SentencePattern } from "../types.js";

/** "Xi meanwhile repeated his call for a ceasefire, saying: “…”": the sentence's subject speaks. */
function participleAttribution(text: string, tokens: Token[]): Attribution | null {
  // "…, saying: “…”" and "X was quoted (by the BBC) as saying …".
  const p = tokens.findIndex((t, i) => PARTICIPLES.has(t.text) && (tokens[i - 1]?.text === "," || (t.text === "saying" && tokens[i - 1]?.text === "as")));
  if (p === -1) return null;
  const quoteFollows = tokens.slice(p + 1, p + 8).some((t) => /^[“"«]$/.test(t.text));
  if (tokens[p]!.text === "calling" && !["for", "on"].includes(tokens[p + 1]?.text ?? "") && !quoteFollows) return null;
  // The subject is the noun phrase that opens the sentence, followed by its verb.
  const subject = openingSubject(tokens, p) ?? (SUBJECT_PRONOUNS.has(tokens[0]?.key ?? "") ? [tokens[0]!] : null);
  if (!subject) return null;
  let from = tokens[p]!.end;
  if (tokens[p + 1]?.text === ":" || tokens[p + 1]?.text === ",") from = tokens[p + 1]!.end;
  else if (tokens[p + 1]?.text === "that") from = tokens[p + 1]!.end;
  return {
    speaker: subject,
    content: [from, text.length],
    phrase: [subject[0]!.start, subject.at(-1)!.end],
    readout: false,
    relay: false,
    form: "participle",
  };
}

/** "X was quoted by the BBC as saying …": the outlet that quoted X relays X's words. */
function quotedBy(tokens: Token[]): Attribution | null {
  const q = tokens.findIndex((t, i) => t.text === "quoted" && tokens[i + 1]?.text === "by");
  if (q === -1) return null;
  const as = tokens.findIndex((t, i) => i > q + 1 && t.text === "as");
  if (as === -1 || as > q + 8) return null;
  const speaker = tokens.slice(q + 2, as).filter((t, i) => !(i === 0 && DETERMINERS.has(t.key)));
  if (speaker.length === 0 || !speaker.every((t) => isCapitalised(t.text) || isRoleOrOrgWord(t.text))) return null;
  return { speaker, content: [0, 0], phrase: [tokens[q]!.start, tokens[as - 1]!.end], readout: false, relay: true, form: "according" };
}

/** "X …, saying: “…”" and "X was quoted by the BBC as saying …" (the outlet then relays X's words). */
export const participlePattern: SentencePattern = {
  name: "participle",
  find({ text, tokens }) {
    const attribution = participleAttribution(text, tokens);
    if (!attribution) return [];
    const relay = quotedBy(tokens);
    return relay ? [attribution, relay] : [attribution];
  },
};
