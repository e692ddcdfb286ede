/** The shapes of statement extraction: a speaker as one article knows it, a statement, and what the reader carries from sentence to sentence. */
import type { Article, Sentence } from "../../ingest/types.js";
import type { ArticlePeople, ArticlePerson } from "../people/article-people.js";
import type { QuoteSpan } from "../text/quote-spans.js";

/** Who spoke, as far as one article tells: a person of the article, or a named institution. */
export type ArticleSpeaker = { type: "person"; person: ArticlePerson } | { type: "institution"; name: string };

/** A statement found in one article, before speakers are given their corpus-wide names. */
export interface ArticleStatement {
  speaker: ArticleSpeaker;
  quote: string;
  kind: "direct" | "reported";
  via: string | null;
  sentences: number[];
  paragraph: number;
}

export interface ArticleExtraction {
  people: ArticlePeople;
  statements: ArticleStatement[];
}

export interface Context {
  article: Article;
  people: ArticlePeople;
  /** The last statement made, for pronouns and continued quotations. */
  last: { statement: ArticleStatement; sentence: Sentence } | null;
  /**
   * The speaker of a readout paragraph ("Raisi said, …"), until the paragraph ends; `verbatim` for
   * a transcript's answer ("Guo Jiakun: …"), whose every word is the speaker's own.
   */
  readout: { speaker: ArticleSpeaker; paragraph: number; verbatim?: boolean } | null;
  /** What "he" / "she" has already been resolved to, by person id. */
  genders: Map<number, "m" | "f">;
  /** The opening mark of a quotation an earlier sentence of this paragraph left open (the sentence being read starts inside it). */
  carried: number | null;
  /** The last sentence in which someone who could not be named spoke ("A spokesman said", an ambiguous "Mr. van der Meer said"); -1 for none. */
  unnamedAt: number;
  /** Sentences of this paragraph inside a quotation not yet attributed (“We are ready. We always were,” Sato said.), and their words. */
  pending: { paragraph: number; sentences: number[]; words: string[] } | null;
  /** The quotations of sentences read for pronouns, by sentence index (see quotedAt). */
  quotations: Map<number, QuoteSpan[]>;
}
