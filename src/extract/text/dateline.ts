/**
 * Drops a date in a wire dateline: "Oct 23 (Reuters) - …", "WASHINGTON, Oct 23 (Reuters) - …",
 * "Oct. 23, 2025 /PRNewswire/ -- …", "KYIV, Ukraine, Oct. 23 (AP) — …". A dateline says when and
 * where the story was filed, not when its event happened ("… on Wednesday reported revenue"): the
 * event's date is in the words after it, or nowhere.
 */
/** A place in capitals, with an optional region: "WASHINGTON", "SAN FRANCISCO, Calif.", "KYIV, Ukraine". */
const PLACE = String.raw`[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+)*(?:,\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*)*`;
/** The filing date: "Oct 23", "Oct. 23, 2025", "23 October". */
const FILED = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)`;
/** The agency or wire: "(Reuters)", "(AP)", "/PRNewswire/". */
const AGENCY = String.raw`(?:\(\s*[A-Z][\w.&'’ \-]{0,40}\)|/[A-Z][\w.&'’ \-]{0,40}/)`;
const DASH = String.raw`\s*(?:-{1,2}|[–—])\s+`;

/**
 * A dateline opens the sentence and ends with a dash; it names an agency, or a place in capitals
 * (without either, "Oct. 20 — The plant closes." is an entry of a chronology, dated by its date).
 */
const DATELINE = new RegExp(
  String.raw`^\s*(?:(?:${PLACE}),?\s+(?:${FILED},?\s+)?(?:${AGENCY})?|(?:${FILED},?\s+)?${AGENCY})${DASH}`,
);

/** Where the sentence's dateline ends (0 when it has none): the words after it are the story's. */
export function datelineEnd(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}
