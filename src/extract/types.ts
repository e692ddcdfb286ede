/** What extraction yields from an article, as the corpus keeps it (speakers under their corpus-wide names). */

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
  /** True when the date is the one of the sentence before, whose event this sentence goes on telling. */
  carried: boolean;
}
