/** Shapes of single words the attribution patterns test. */
import { IRREGULAR_PAST } from "../../../lexicon/verbs.js";

// Regexes with \p{…} are module constants: tsx (esbuild) compiles such a literal to a `new RegExp(…)`
// call wherever it stands, so one inside a function is rebuilt on every call.
export const LETTERS_ONLY = /^\p{L}+$/u;
export const ING_WORD = /^\p{Ll}+ing$/u;
export const ED_WORD = /^\p{Ll}{2,}ed$/u;

/** Words that make a clause finite: auxiliaries, modals, past forms. */
export const FINITE = new Set(["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "do", "does", "did", "won't", "can't", ...IRREGULAR_PAST]);
