/**
 * The shapes ingest gives: load (file → raw text) → clean (raw text → paragraphs) → segment
 * (paragraphs → sentences). What extraction yields from them is in extract/types.ts.
 */

/** Where a paragraph came from in the article's layout. */
export type ParagraphKind = "headline" | "summary" | "body";

export interface Paragraph {
  /** 0-based position in the cleaned article. */
  index: number;
  kind: ParagraphKind;
  /** Character offsets into `Article.text` (end exclusive). */
  start: number;
  end: number;
}

export interface Sentence {
  /** 0-based position in the article. */
  index: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
  /** Character offsets into `Article.text` (end exclusive); `text === article.text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /**
   * For a summary bullet that repeats a body sentence: the index of that body sentence.
   * Extractors skip such sentences so the same statement is never counted twice.
   */
  duplicateOf: number | null;
}

export interface ArticleMeta {
  /** Unique id: front matter `id`, else the file name without extension. */
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  /** Publication date as YYYY-MM-DD, or null when the article does not state one. */
  published: string | null;
  /** Path of the source file relative to the corpus folder. */
  file: string;
}

export interface Article extends ArticleMeta {
  /** The cleaned text: paragraphs joined by a blank line. Offsets point into it. */
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** A file that could not be loaded, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}
