import { isIsoDate, monthNumber, toIsoDate } from "./dates-iso.js";

/**
 * Publication dates that an article states in its own text, as a line of its own or at
 * the start of a line: "date 2023-11-13", "2022-07-29 23:45", "Published: 2 June 2024",
 * "Updated March 5, 2024 10:00 GMT".
 */
export interface StatedDate {
  /** YYYY-MM-DD */
  date: string;
  /** Length of the matched prefix of the line, so the caller can remove it. */
  length: number;
}

const LABEL = String.raw`(?:(?:date|dated|published|publication date|posted|updated|last updated)\s*(?:on)?\s*:?\s*)`;
const TIME = String.raw`(?:,?\s*(?:at\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?)?`;
const ISO = new RegExp(String.raw`^\s*${LABEL}?(\d{4})-(\d{2})-(\d{2})${TIME}(?=\s|$)`, "i");
const DAY_MONTH_YEAR = new RegExp(String.raw`^\s*${LABEL}(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})${TIME}(?=\s|$)`, "i");
const MONTH_DAY_YEAR = new RegExp(String.raw`^\s*${LABEL}([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}(?=\s|$)`, "i");

/** Reads a stated publication date at the start of `line`, or returns null. */
export function readStatedDate(line: string): StatedDate | null {
  const iso = ISO.exec(line);
  if (iso) {
    const date = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return isIsoDate(date) ? { date, length: iso[0].length } : null;
  }
  const dmy = DAY_MONTH_YEAR.exec(line);
  if (dmy) return build(Number(dmy[3]), dmy[2]!, Number(dmy[1]), dmy[0].length);
  const mdy = MONTH_DAY_YEAR.exec(line);
  if (mdy) return build(Number(mdy[3]), mdy[1]!, Number(mdy[2]), mdy[0].length);
  return null;
}

function build(year: number, monthName: string, day: number, length: number): StatedDate | null {
  const month = monthNumber(monthName);
  if (month === null) return null;
  const date = toIsoDate(year, month, day);
  return isIsoDate(date) ? { date, length } : null;
}
