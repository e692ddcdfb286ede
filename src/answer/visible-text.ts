/**
 * Characters that change how text looks without being seen: bidirectional controls (U+202A–U+202E,
 * U+2066–U+2069), which can make a quotation read backwards or disguise what it says, the
 * zero-width space (U+200B) and a stray byte-order mark (U+FEFF). They are taken out of every text
 * shown (console, command line, Discord); the stored article text keeps them. The zero-width joiner
 * and non-joiner stay: Persian names and emoji need them.
 */
const INVISIBLE = /[\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function visibleText(text: string): string {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text) ? text.replace(INVISIBLE, "") : text;
}
