/**
 * The answer contract shared by the command line (`npm run ask`), the Discord bot and the tests.
 * `ask --json` prints exactly one `AskResponse` object.
 */

/** Where a result comes from. `null` where unknown. */
export interface Citation {
  article: string;
  title: string;
  outlet: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  url: string | null;
  /** 1-based position of the paragraph in the cleaned article (the headline is paragraph 1). */
  paragraph: number | null;
}

export interface SourceResult {
  article: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  paragraphs: number;
  sentences: number;
}

export type QuoteKind = "direct" | "reported";

export interface QuoteResult {
  /** Canonical name of the speaker. */
  speaker: string;
  /** The quoted words (direct) or the reported statement. */
  quote: string;
  kind: QuoteKind;
  /** The outlet or agency that relayed the words ("Xinhua"), or null. */
  via: string | null;
  /** The sentence(s) the statement comes from, exactly as in the cleaned article. */
  excerpt: string;
  citation: Citation;
}

export type DatePrecision = "year" | "month" | "day";
export type DateQualifier = "early" | "mid" | "late";

export interface ResolvedDate {
  /** "2023", "2023-07" or "2023-07-14", as precise as the text supports. */
  value: string;
  precision: DatePrecision;
  qualifier: DateQualifier | null;
  /** The words in the text ("last month", "On Saturday"); "" when the publication date stands in. */
  expression: string;
  /**
   * Where the date was read: "text", the sentence itself; "carried", the sentence before, whose
   * event this one goes on telling; "publication", the article's date (the text gives none).
   */
  source: "text" | "carried" | "publication";
}

export interface WhenResult {
  /** The clause or sentence that describes the event. */
  event: string;
  date: ResolvedDate;
  excerpt: string;
  citation: Citation;
}

export type AskCommand = AskResponse["command"];

/** What every answer holds: the command, the question as understood, the results, and a note when there is something to tell. */
interface Answer<C extends string, Q, R> {
  command: C;
  query: Q;
  results: R[];
  /** Said when there is something to tell: nothing found, suggestions, ambiguity. */
  message?: string;
}

export type QuoteResponse = Answer<"quote", QuoteQuery & { limit: number }, QuoteResult>;
export type WhenResponse = Answer<"when", WhenQuery & { limit: number }, WhenResult>;

/**
 * `/sources`: when the corpus is served by a running bot (which reloads it when the folder
 * changes), `updated` says when the corpus being served last changed (ISO 8601, UTC). `ask
 * sources` loads once and has no `updated`.
 */
export interface SourcesResponse extends Answer<"sources", Record<string, never>, SourceResult> {
  updated?: string;
}

/** An answer, its command tying it to the type of its results. */
export type AskResponse = QuoteResponse | WhenResponse | SourcesResponse;

/** The answer to a request of a given command. */
export type ResponseFor<R extends { command: AskCommand }> = Extract<AskResponse, { command: R["command"] }>;

export interface QuoteQuery {
  leader: string;
  topic?: string;
  limit?: number;
}

export interface WhenQuery {
  event: string;
  leader?: string;
  limit?: number;
}

/** One question, as the command line, the console and the bot pose it. */
export type AskRequest =
  | ({ command: "quote" } & QuoteQuery)
  | ({ command: "when" } & WhenQuery)
  | { command: "sources" };

export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 50;
