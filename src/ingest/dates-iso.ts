/** Small helpers for calendar dates written as YYYY-MM-DD. */
import { MONTHS } from "../lexicon/calendar.js";

/** True when `value` is a real calendar date written YYYY-MM-DD (2023-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}


/** Month number (1-12) for an English month name or its 3-letter abbreviation, else null. */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, "");
  const index = MONTHS.findIndex((month) => month === key || (key.length >= 3 && month.startsWith(key)));
  return index === -1 ? null : index + 1;
}
