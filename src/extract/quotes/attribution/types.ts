import type { Token } from "../../people/tokens.js";

/**
 * An attribution: in one sentence, who is said to have said something and which words
 * are theirs. Patterns (X a name, pronoun or role):
 *   X said (that) …            X said, …  (readout)          X said: “…”
 *   …, X said.                 “…,” X said / “…,” said X      X told Y that …
 *   X stressed / noted / pointed out / pledged / urged / expressed / welcomed … (act verbs)
 *   According to X, …          …, according to X              X …, saying: “…”
 * A second attribution naming an outlet ("…, Xinhua said", "…, according to Xinhua") is a relay.
 */
export interface Attribution {
  /** The words naming the speaker (may include titles, a determiner, a pronoun). */
  speaker: Token[];
  /** Offsets (within the sentence) of the words attributed to the speaker. */
  content: [number, number];
  /** Where the attribution phrase (speaker and verb) starts and ends. */
  phrase: [number, number];
  /** "X said, …": the sentences after it in the paragraph continue the statement. */
  readout: boolean;
  /** Set when this attribution relays another one in the sentence (an outlet, an agency). */
  relay: boolean;
  /** How the speaker was found. */
  form: "subject" | "inverted" | "according" | "participle";
}

export type SpeakerPhraseKind = "pronoun" | "neuter" | "name" | "role" | "aide" | "institution" | "none";

/** One sentence as the patterns read it. */
export interface SentenceContext {
  text: string;
  tokens: Token[];
  /** The sentence opens inside a quotation an earlier sentence of its paragraph left open. */
  startsQuoted: boolean;
}

/**
 * A pattern read at one word outside quotations (its cue: "said", "according to", "pledged").
 * It returns undefined when the word is not its cue (the next pattern is tried), null when it is
 * but no attribution stands there (no other pattern is tried at that word), or the attribution.
 */
export interface CuePattern {
  name: string;
  at(sentence: SentenceContext, v: number): Attribution | null | undefined;
}

/** A pattern read over the whole sentence, when no cue named a speaker ("…, saying: “…”"). */
export interface SentencePattern {
  name: string;
  find(sentence: SentenceContext): Attribution[];
}

/** A step over every attribution found in the sentence: it marks, trims or drops them. */
export interface AttributionFilter {
  name: string;
  apply(sentence: SentenceContext, found: Attribution[]): Attribution[];
}
