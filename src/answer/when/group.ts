/** Reports of the same event grouped: the most precise date first, and a note when sources give different dates. */
import { FactEntry } from "./fact-index.js";
import type { Hit } from "./search.js";

const SAME_EVENT_OVERLAP = 0.5;

const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;

function sameEvent(a: FactEntry, b: FactEntry): boolean {
  if (a.fact.article === b.fact.article && a.fact.sentence === b.fact.sentence) return false;
  if (!peopleWithin(a.fact.people, b.fact.people) && !peopleWithin(b.fact.people, a.fact.people)) return false;
  const smaller = Math.min(a.content.size, b.content.size);
  if (smaller === 0) return false;
  let shared = 0;
  for (const word of a.content) if (b.content.has(word)) shared += 1;
  return shared / smaller >= SAME_EVENT_OVERLAP;
}

function peopleWithin(x: string[], y: string[]): boolean {
  for (const p of x) if (!y.includes(p)) return false;
  return true;
}

/**
 * Groups hits (best first) that tell the same event; the most precise date leads each group, and
 * the group takes the place of its best hit. A hit joins a group only when it tells the same event
 * as the group's first (best) hit *and* matches the same query words: the precise date of one
 * report may come ahead of a vaguer one of the same event, but a fact that matches the question
 * worse ("alpine tunnel deal" for "alpine tunnel corridor") is never lifted above one that matches
 * it better. Only the first `limit` groups are formed (the rest could not be shown). Not transitive: each hit is compared with group leaders only, so a chain of
 * half-similar sentences cannot pull unrelated events together. A leader shares a content word
 * with any hit telling the same event, so only the groups whose leader holds one are tried.
 */
export function groupSameEvents(hits: Hit[], limit: number): { members: Hit[] }[] {
  const groups: { members: Hit[] }[] = [];
  const groupsWith = new Map<string, number[]>();
  // Query-word sets of the group leaders: a hit with another set joins no group.
  const leaderTerms = new Set<number>();
  for (const hit of hits) {
    // Once `limit` groups exist, the shown results come from them alone: a later hit either joins
    // one of them (the first that fits, as always) or would start a group that is never shown.
    const full = groups.length >= limit;
    if (full && !leaderTerms.has(hit.terms)) continue;
    const candidates: number[] = [];
    for (const word of hit.entry.content) for (const g of groupsWith.get(word) ?? []) candidates.push(g);
    candidates.sort((a, b) => a - b);
    let joined = -1;
    for (let c = 0; c < candidates.length && joined < 0; c++) {
      const g = candidates[c]!;
      if (c > 0 && g === candidates[c - 1]) continue;
      const leader = groups[g]!.members[0]!;
      if (leader.terms === hit.terms && sameEvent(leader.entry, hit.entry)) joined = g;
    }
    if (joined >= 0) {
      groups[joined]!.members.push(hit);
      continue;
    }
    if (full) continue;
    groups.push({ members: [hit] });
    leaderTerms.add(hit.terms);
    for (const word of hit.entry.content) {
      let list = groupsWith.get(word);
      if (!list) groupsWith.set(word, (list = []));
      list.push(groups.length - 1);
    }
  }
  for (const group of groups) group.members.sort(precisionFirst);
  return groups;
}

function precisionFirst(a: Hit, b: Hit): number {
  return (
    Number(a.fact.fallback) - Number(b.fact.fallback) ||
    PRECISION_RANK[b.fact.date.precision] - PRECISION_RANK[a.fact.date.precision] ||
    b.score - a.score
  );
}

const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** Two reports of one event, from different articles, with dates that cannot both be right; else null. */
export function differingSources(members: Hit[], termCount: number): Hit[] | null {
  const own = members.filter((m) => !m.fact.fallback && m.covered === termCount);
  for (let i = 0; i < own.length; i++) {
    for (let j = i + 1; j < own.length; j++) {
      const [a, b] = [own[i]!, own[j]!];
      if (a.fact.article !== b.fact.article && !compatible(a.fact.date.value, b.fact.date.value)) return [a, b];
    }
  }
  return null;
}
