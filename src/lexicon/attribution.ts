/** Words the attribution patterns read: what opens, ends or joins a phrase around a verb of saying. */
import { WEEKDAYS_FROM_MONDAY } from "./calendar.js";
import { SUBJECT_PRONOUNS } from "./function-words.js";

/** Words that join a person's name to an affiliation ("Soner Cagaptay of the Washington Institute"). */
export const AFFILIATION = new Set(["of", "at", "from", "with"]);

/** Objects of a say verb that point back to words given before ("said it", "said so"). */
export const REFERRING_OBJECTS = new Set(["it", "so", "this", "these", "those"]);

/** What may follow such an object (the end of the clause, a time, a manner): then it is the object, not a subject. */
export const AFTER_REFERRING_OBJECT = new Set([
  "", ".", ",", ";", "!", "?", "in", "on", "at", "to", "before", "again", "first", "publicly", "privately", "repeatedly", "and", "but",
  "often", "too", "as", "last", "yesterday", "earlier", "twice", "once", "himself", "herself", "themselves", "then", "many", "during", "after",
]);

/** Words that end a noun phrase naming a speaker: "a commission led by …", "Soner Cagaptay of the Washington Institute". */
export const PHRASE_ENDERS = new Set(["who", "which", "that", "led", "headed", "chaired", "run", "based", "set", "appointed", "named", "backed", "founded", "owned", "created", "formed"]);

/** Words that open an introductory phrase ("On Monday, Raisi said, …", "Asked about the talks, he said, …"), not a clause of the words. */
export const INTRODUCTIONS = new Set([
  "on", "in", "at", "during", "after", "before", "when", "while", "as", "since", "earlier", "later", "separately", "meanwhile",
  "however", "also", "today", "yesterday", "tonight", "last", "this", "with", "for", "from", "by", "under", "then", "now", "still",
  "but", "and", "so", "instead", "again", "according", "elsewhere", "overall", "similarly", "likewise", "previously", "afterwards",
]);

/** Words of a time or an occasion that may close an attribution ("…, Xinhua reported Wednesday", "he said in a statement"). */
export const TIME_WORDS = new Set([
  "on", "in", "at", "late", "early", "earlier", "later", "this", "last", "a", "an", "the", "statement",
  "interview", "briefing", ...WEEKDAYS_FROM_MONDAY,
  "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year",
  "separately", "previously", "then", "also", "too", "again", "recently", "post", "speech", "press",
  "conference", "news", "televised", "written", "told", "reporters",
]);

/** Words for the kind of body a source is, which may stand before its name. */
export const SOURCE_KINDS = new Set(["firm", "consultancy", "tank", "watchdog", "regulator", "monitor", "broadcaster", "newspaper", "magazine", "publication", "outlet", "website", "channel", "tracker", "provider", "analyst", "researcher", "economist", "pollster"]);

/** Words that start or join a clause: a description of a speaker holds none of them. */
export const CLAUSE_WORDS = new Set(["and", "but", "or", "that", "which", "who", "while", "as", "is", "are", "was", "were", "has", "have", "had", "will", "would", "not"]);

/** Words that open a clause dating or explaining another ("after Beijing announced …") or a relative clause whose object comes before it ("…, which Merz has promised to tighten"). */
export const DEPENDENT_OPENERS = new Set([
  "after", "before", "when", "whenever", "since", "until", "till", "once", "because", "if", "whether", "unless", "although", "though", "as",
  "which", "that", "whom", "whose",
]);

/** Words in -ly that are not adverbs: "said family members …", "said supply had …". */
export const NOT_ADVERBS = new Set(["family", "supply", "assembly", "ally", "rally", "reply", "monopoly", "anomaly", "only", "italy", "july"]);

/** Words after a verb of saying that start a phrase, not a clause: "answered with …", "warned about …". */
export const PHRASE_OPENERS = new Set([
  "with", "about", "on", "at", "for", "to", "from", "by", "of", "over", "in", "into", "after", "before", "during",
  "against", "without", "upon", "as", "like",
]);

/**
 * Verbs of saying that as often take a thing as their object ("conceded defeat", "admitted the
 * mistake", "confirmed the deal"): without "that", their words are taken only when a pronoun or a
 * name opens a clause ("admitted he had erred", "confirmed Iran had agreed").
 */
// "declared martial law", "announced the levies": what was declared or announced is an act, not words.
export const OBJECT_VERBS = new Set(["conceded", "concedes", "admitted", "admits", "acknowledged", "acknowledges", "answered", "replied", "responded", "asked", "confirmed", "claimed", "claims", "declared", "declares", "announced", "announces"]);

export const SUBJECT_WORDS = new Set([...SUBJECT_PRONOUNS, "there"]);
