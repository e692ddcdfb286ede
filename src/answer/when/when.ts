import type { Corpus } from "../../corpus/corpus.js";
import type { DatedFact } from "../../extract/types.js";
import { citationFor } from "../citation.js";
import { resolveLeader } from "../leader.js";
import { describeCitation, describeDate } from "../render-text.js";
import { DEFAULT_LIMIT, MAX_LIMIT, type WhenQuery, type WhenResponse, type WhenResult } from "../types.js";
import { indexFor } from "./fact-index.js";
import { differingSources, groupSameEvents } from "./group.js";
import { search } from "./search.js";
import { piecesOf, queryTerms, wordsOf } from "./words.js";

/** The /when module: answerWhen, and the index it needs, built ahead of the first question. */
export { prepareWhen, prepareWhenAsync } from "./fact-index.js";

/**
 * `when --event <words> [--leader <name>]`: the dated facts that match the words, best first.
 *
 * Matching is word by word. Each query word is looked up with Fuse.js in the vocabulary of the
 * facts (typo-tolerant for longer words, so "Rohani" finds "Rouhani"), together with a few news
 * synonyms ("joined" → "member", "call" → "telephone"). A fact scores for each word found in its
 * event, in its people, or, at a discount, in the rest of its paragraph (news sentences lean on
 * the one before: "… through the SCO. Iran became the ninth member of the regional group in July.").
 * Rare words weigh more than common ones. Facts dated only by their article's publication date
 * (fallback) are discounted so that they rank below facts with a date of their own.
 *
 * Facts that tell the same event (mostly the same words, no conflicting people) are grouped: the
 * group ranks by its best match, and inside it the most precise date comes first, so "in July"
 * outranks "earlier this year". When a group holds different dates from different articles, both
 * are shown and the message says the sources differ.
 */
export function answerWhen(corpus: Corpus, query: WhenQuery): WhenResponse {
  const limit = Math.min(Math.max(query.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  // The query as asked (only its own fields: the caller may pass the whole request object).
  const asked = { event: query.event, ...(query.leader !== undefined ? { leader: query.leader } : {}), limit };
  const base = { command: "when" as const, query: asked };
  const notes: string[] = [];

  let allowed: Set<string> | null = null;
  if (query.leader !== undefined) {
    const leader = resolveLeader(corpus, query.leader);
    if (leader.names.length === 0) {
      return { ...base, results: [], message: leader.message ?? `No one called “${query.leader}” appears in the articles.` };
    }
    if (leader.message) notes.push(leader.message);
    allowed = new Set(leader.names);
  }
  const admits = (fact: DatedFact) => allowed === null || fact.people.some((person) => allowed.has(person));

  const index = indexFor(corpus);
  const terms = queryTerms(query.event);
  if (terms.length === 0) {
    return { ...base, results: [], message: joinNotes([...notes, `Give some words that describe the event, e.g. ${suggestions(corpus, admits)}.`]) };
  }

  // Only the hits that can be shown: admitted, and scoring at least the cutoff (see below).
  const { hits, matched, unmatched } = search(index, terms, admits);
  if (matched === 0) {
    const who = allowed ? ` involving ${[...allowed].join(" or ")}` : "";
    const known = suggestions(corpus, admits);
    const hint = known ? ` Dated events${who} in the articles include ${known}.` : who ? ` The articles date no event${who}.` : "";
    return { ...base, results: [], message: joinNotes([...notes, `No dated event${who} matches “${query.event}”.${hint}`]) };
  }

  // Words of the question no dated event holds ("Fed" in "Fed rate cut"): the results answer the rest of it.
  if (unmatched.length > 0) {
    // Each word as the question wrote it ("Fed", not "fed").
    const asWritten = (word: string) => piecesOf(query.event).find((piece) => wordsOf(piece)[0] === word) ?? word;
    const list = unmatched.map((word) => `“${asWritten(word)}”`).join(unmatched.length === 2 ? " or " : ", ");
    notes.push(`No dated event mentions ${list}; these match the other words.`);
  }
  const groups = groupSameEvents(hits, limit);
  const ordered = groups.flatMap((group) => group.members).slice(0, limit);
  const results = ordered.map((hit) => toResult(corpus, hit.fact));

  const shown = new Set(ordered);
  for (const group of groups) {
    const differing = differingSources(group.members.filter((hit) => shown.has(hit)), terms.length);
    if (differing) {
      notes.push(`The sources differ on the date: ${differing.map((hit) => `${describeCitation(citationFor(corpus.byId.get(hit.fact.article)!, null))} gives ${describeDate(hit.fact.date)}`).join("; ")}.`);
      break;
    }
  }
  const fallbacks = results.map((_, i) => i).filter((i) => ordered[i]!.fact.fallback);
  if (fallbacks.length > 0) {
    const which = fallbacks.map((i) => i + 1).join(", ");
    notes.push(`${fallbacks.length === 1 ? `Result ${which} gives` : `Results ${which} give`} no date in the text; dated by the article’s publication date instead.`);
  }
  const carried = results.map((_, i) => i).filter((i) => ordered[i]!.fact.carried);
  if (carried.length > 0) {
    const which = carried.map((i) => i + 1).join(", ");
    notes.push(`${carried.length === 1 ? `Result ${which} takes its` : `Results ${which} take their`} date from the sentence before, whose event ${carried.length === 1 ? "it goes" : "they go"} on telling.`);
  }
  return { ...base, results, ...(notes.length > 0 ? { message: joinNotes(notes) } : {}) };
}

function toResult(corpus: Corpus, fact: DatedFact): WhenResult {
  const article = corpus.byId.get(fact.article)!;
  const sentence = article.sentences[fact.sentence]!;
  const { value, precision, qualifier, expression } = fact.date;
  const source = fact.carried ? "carried" : fact.fallback ? "publication" : "text";
  return { event: fact.event, date: { value, precision, qualifier, expression, source }, excerpt: sentence.text, citation: citationFor(article, fact.paragraph) };
}

const joinNotes = (notes: string[]) => notes.join(" ");

function suggestions(corpus: Corpus, admits: (fact: DatedFact) => boolean): string {
  const picked: DatedFact[] = [];
  const articles = new Set<string>();
  const candidates = corpus.facts.filter((f) => !f.fallback && admits(f)).sort((a, b) => b.date.value.localeCompare(a.date.value));
  for (const fact of candidates) {
    if (articles.has(fact.article)) continue;
    articles.add(fact.article);
    picked.push(fact);
    if (picked.length === 3) break;
  }
  return picked.map((fact) => `“${shorten(fact.event)}” (${describeDate(fact.date)})`).join(", ");
}

function shorten(text: string, max = 70): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:]$/, "")}…`;
}
