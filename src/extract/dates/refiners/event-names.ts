/**
 * "the October 7 attack", "the September 11 attacks", "the Jan. 6 riot", "the June 4 crackdown",
 * "Hamas's October 7 massacre": a day and month without a year used as the name of an event. The
 * name says when that event happened, in a year the text does not give (often years before
 * publication), and not when the sentence's own event did ("The war began after the October 7
 * attack"): such a date is dropped. A date naming something scheduled ("the March 15 deadline",
 * "the June 3 vote") is kept: the nouns here are those of attacks, unrest and disasters.
 */
import type { ParsingResult, Refiner } from "chrono-node";

/** "the " or a possessive ("Hamas's ", "Hamas' ") right before the date. */
const DETERMINER_BEFORE = /(?:\bthe|\w['’]s?)\s+$/i;
const DETERMINER_LOOKBACK = 8;

/** Nouns of events that news names by their date. */
const EVENT_NOUNS = [
  "attacks?", "massacres?", "riots?", "crackdown", "bombings?", "uprising", "coup", "insurrection", "killings",
  "shootings?", "raids?", "incursion", "invasion", "assaults?", "rampage", "atrocit(?:y|ies)", "pogrom", "explosions?",
  "blasts?", "earthquake", "tsunami", "disaster", "tragedy", "movement", "revolution", "incident", "terror",
];

/**
 * After the date: up to two modifiers ("Hamas-led", "terrorist", "cross-border"), never a
 * function word, then an event noun ("attack", "riot").
 */
const EVENT_NOUN_AFTER = new RegExp(
  String.raw`^(?:\s+(?!(?:on|in|of|for|to|at|by|with|and|or|the|a|an)\b)[\p{L}’'-]+){0,2}?\s+(?:${EVENT_NOUNS.join("|")})(?![\p{L}\d_-])`,
  "iu",
);

function namesAnEvent(text: string, result: ParsingResult): boolean {
  const start = result.start;
  if (start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return false;
  const end = result.index + result.text.length;
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, result.index - DETERMINER_LOOKBACK), result.index)) && EVENT_NOUN_AFTER.test(text.slice(end));
}

export const dropEventNamesRefiner: Refiner = {
  refine: (context, results) => results.filter((result) => !namesAnEvent(context.text, result)),
};
