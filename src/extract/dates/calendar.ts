/**
 * Calendar arithmetic on plain (year, month, day) triples, free of time zones: a news date is a
 * calendar day, not an instant.
 */

export interface Day {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export interface Month {
  year: number;
  month: number;
}

const utc = (d: Day): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromUtc = (date: Date): Day => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });

/** The calendar day of a reference instant, read in local time (as chrono reads it). */
export function dayOf(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** A local-time instant at noon of the given day: chrono's reference for a publication date. */
export function noonOf(day: Day): Date {
  return new Date(day.year, day.month - 1, day.day, 12, 0, 0, 0);
}

/** Parses "YYYY-MM-DD" into a Day, or null. */
export function parseIsoDay(value: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return utc(d).getUTCDay();
}

export function addDays(d: Day, days: number): Day {
  const date = utc(d);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

export function addMonths(m: Month, months: number): Month {
  const index = m.year * 12 + (m.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((utc(b).getTime() - utc(a).getTime()) / 86_400_000);
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function isValidDay(d: Day): boolean {
  const back = fromUtc(utc(d));
  return back.year === d.year && back.month === d.month && back.day === d.day;
}

/** A stretch of days (inclusive). */
export interface DayRange {
  from: Day;
  to: Day;
}

/** The Monday-to-Sunday week holding `ref`, moved by `offset` weeks. */
export function weekAround(ref: Day, offset: number): DayRange {
  const sinceMonday = (weekdayOf(ref) + 6) % 7;
  const from = addDays(ref, -sinceMonday + offset * 7);
  return { from, to: addDays(from, 6) };
}

/**
 * The coarsest honest label for a stretch of days: its month when it lies within one month, its
 * year when within one year, else null.
 */
export function coarsestCover(range: DayRange): { year: number; month?: number } | null {
  if (range.from.year !== range.to.year) return null;
  return range.from.month === range.to.month ? { year: range.from.year, month: range.from.month } : { year: range.from.year };
}
