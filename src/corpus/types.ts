/**
 * The shapes that flow through the corpus pipeline:
 * load (file → raw text) → clean (raw text → paragraphs) → segment (paragraphs → sentences)
 * → extract (statements, dated facts) → index → answer.
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

/** A statement a person or institution made, attributed to a canonical speaker. */
export interface Statement {
  /** Canonical name of the speaker ("Xi Jinping"). */
  speaker: string;
  /** The quoted words (direct) or the reported statement. */
  quote: string;
  kind: "direct" | "reported";
  /** Who relayed the words ("Xinhua"), or null. */
  via: string | null;
  article: string;
  /** Indices of the sentences the statement comes from (consecutive). */
  sentences: number[];
  /** 0-based index of the paragraph of the first sentence. */
  paragraph: number;
}

/** A date found in a sentence and resolved to the precision the text supports. */
export interface DateMention {
  /** "2023", "2023-07" or "2023-07-14". */
  value: string;
  precision: "year" | "month" | "day";
  qualifier: "early" | "mid" | "late" | null;
  /** The words in the text. */
  expression: string;
  /** Offsets of the expression within the sentence text. */
  start: number;
  end: number;
}

/** An event sentence (or clause) with its resolved date. */
export interface DatedFact {
  article: string;
  sentence: number;
  paragraph: number;
  /** The clause or sentence describing the event. */
  event: string;
  date: DateMention;
  /** Canonical names of the people the event mentions. */
  people: string[];
  /** True when the date is the article's publication date, used because the sentence has none of its own. */
  fallback: boolean;
}
