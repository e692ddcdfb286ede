import type { ParagraphKind } from "./types.js";
import { readStatedDate } from "./stated-date.js";
import { isSpace } from "./spaces.js";

/**
 * Cleaning: turns the captured text of a web page into the article's paragraphs,
 * dropping site chrome (navigation, breadcrumbs, share widgets, lone section labels,
 * photo credits) and keeping headline, standfirst bullets and body.
 */
export interface CleanBlock {
  kind: ParagraphKind;
  text: string;
}

export interface CleanedArticle {
  blocks: CleanBlock[];
  /** A publication date the text states near its top (YYYY-MM-DD), if any. */
  statedDate: string | null;
}

/** Lines that are page furniture wherever they appear (compared lower-case, without end punctuation). */
const CHROME_LINES = new Set([
  "short url", "short link", "suggest to a friend", "share", "share this", "share this article",
  "share this story", "share on facebook", "share on twitter", "share on x", "share on whatsapp",
  "share via email", "tweet", "email", "e-mail", "print", "print this page", "copy link", "copy url",
  "link copied", "read more", "read next", "see also", "related", "related articles", "related stories",
  "related topics", "advertisement", "advertising", "sponsored", "subscribe", "sign up", "sign in",
  "log in", "newsletter", "comments", "leave a comment", "back to top", "top", "most read",
  "most popular", "trending", "trending now", "you may also like", "listen to this article",
  "skip to content", "skip to main content", "menu", "search", "home", "font size", "text size",
  "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "reddit", "pinterest",
  "more", "close", "loading", "photo", "video", "audio", "gallery", "follow us",
]);

/** Section labels that, standing alone on a line, are navigation rather than text. */
const SECTION_LABELS = new Set([
  "politics", "world", "world news", "business", "economy", "markets", "opinion", "analysis",
  "sport", "sports", "tech", "technology", "science", "health", "culture", "lifestyle", "asia",
  "middle east", "europe", "americas", "africa", "china", "diplomacy", "news", "latest",
  "latest news", "breaking news", "china news", "us", "u.s.", "uk", "international", "national",
  "local", "region", "defence", "defense", "environment", "climate", "explainer", "editorial",
]);

// "*" and "-" open a list item only before a space: "**Castellanos:** …" is bold, not a bullet.
const BULLET = /^(?:[•●▪◦‣∙·]|[*\-–](?=\s))\s*/;
/** A Markdown block quotation's marks: "> …", "> > …". */
const BLOCK_QUOTE = /^(?:>\s?)+/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const TERMINAL = /[.!?…:;"”’)\]]$/;
/** Trailing photo credits such as "(X: @CCTV)", "(AFP)", "(Reuters/File Photo)". */
const PHOTO_CREDIT = /\s*\((?:(?:photo|image|picture|file|x|twitter|via|credit|source)\s*:\s*[^)]*|@\w+|AFP|AP|Reuters|EPA|Getty Images|Xinhua)(?:\s*\/\s*[^)]*)?\)\s*$/i;
/** Reporting credits at the foot of wire copy. */
const CREDIT_LINE = /^\(?(?:with (?:contributions?|additional reporting|inputs?) from|additional reporting by|reporting by|editing by|writing by|compiled by)\b[^.]*\)?\.?$/i;

/** One word alone on a line ("Politics", "Q&A"). A module constant: tsx rebuilds a \p{…} literal on every use. */
const LONE_WORD = /^\p{L}[\p{L}&-]*$/u;

/**
 * Cleans the body of an article (text after any front matter, LF line endings). `title`: the
 * front matter's, if any; a line that repeats it is the headline, even one word long ("Briefing"),
 * which would otherwise be taken for a section label.
 */
export function cleanArticle(body: string, title?: string): CleanedArticle {
  const titleKey = title === undefined ? null : chromeKey(title);
  let statedDate: string | null = null;
  const rawLines = body.split("\n").map((line) => withPairedMarksAsQuotes(normalizeLine(line)));
  const hardWrapped = looksHardWrapped(rawLines);
  const blocks: CleanBlock[] = [];
  let seenHeadline = false;
  let open: CleanBlock | null = null;

  for (let line of rawLines) {
    if (line === "") {
      open = null;
      continue;
    }
    // A stated publication date before the body: record it and keep what follows it on the line.
    if (!seenHeadline || blocks.length < 3) {
      const stated = readStatedDate(line);
      if (stated) {
        statedDate ??= stated.date;
        line = line.slice(stated.length).trim();
        if (line === "") continue;
      }
    }
    if (!(seenHeadline === false && titleKey !== null && chromeKey(line) === titleKey) && isChrome(line, seenHeadline)) continue;

    if (line.charCodeAt(0) === 0x3e) line = line.replace(BLOCK_QUOTE, "");
    const isBullet = BULLET.test(line);
    const isHeading = MARKDOWN_HEADING.test(line);
    const text = withoutPhotoCredit(withoutInlineMarkdown(line.replace(BULLET, "").replace(MARKDOWN_HEADING, ""))).trim();
    if (text === "") continue;

    let kind: ParagraphKind;
    if (!seenHeadline) {
      seenHeadline = true;
      // With a title in the front matter, a first line written as a sentence is the lede: the
      // headline is then the title alone, and not in the body.
      if (!(titleKey !== null && !isHeading && chromeKey(line) !== titleKey && readsAsSentence(text))) {
        blocks.push({ kind: "headline", text });
        open = null;
        continue;
      }
    }
    kind = isBullet ? "summary" : "body";
    // Hard-wrapped files (Markdown written at 72-80 columns) continue a paragraph on the next line.
    if (hardWrapped && open && !isBullet && !isHeading && open.kind === "body") {
      open.text += ` ${text}`;
      continue;
    }
    const block: CleanBlock = { kind, text };
    blocks.push(block);
    open = isHeading ? null : block;
  }
  return { blocks, statedDate };
}

const MARKDOWN_IMAGE = /!\[[^\]]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g;
const MARKDOWN_LINK = /\[([^\]]+)\](?:\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)|\[[^\]]*\])/g;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
const EMPHASIS = /(?<![\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])([^_]*?[^\s_])_(?![\w_])/g;
const CODE = /`([^`]+)`/g;

/**
 * The text of a line of Markdown without its inline marks: images dropped, links and emphasis
 * reduced to their words ("[Rahul Gandhi](https://…) said", "**Castellanos:** We …"). A line
 * without any of the characters these need is returned as it is.
 */
export function withoutInlineMarkdown(line: string): string {
  if (!/[*_[`]/.test(line)) return line;
  return line
    .replace(MARKDOWN_IMAGE, "")
    .replace(MARKDOWN_LINK, "$1")
    .replace(STRONG, "$2")
    .replace(EMPHASIS, (_, star: string | undefined, under: string | undefined) => star ?? under ?? "")
    .replace(CODE, "$1");
}

/** Words, then a full stop (before any closing quotation marks or brackets): how a lede ends and a headline does not. */
const SENTENCE_END = /\S\s+\S+\s+\S+\s+\S+\s+\S*[^\s.]\.["'”’)\]]*$/u;
const readsAsSentence = (text: string) => SENTENCE_END.test(text);

export function isChrome(line: string, seenHeadline: boolean): boolean {
  const key = chromeKey(line);
  if (CHROME_LINES.has(key) || SECTION_LABELS.has(key)) return true;
  if (CREDIT_LINE.test(line)) return true;
  if (/[.!?]/.test(line.replace(/\b[A-Z]\.|\bU\.S\./g, ""))) return false;
  // Breadcrumbs: "Home > China News", "News › World › Asia".
  if (/\s[>»›/|]\s/.test(line) && line.split(/\s[>»›/|]\s/).every((part) => part.split(/\s+/).length <= 4)) return true;
  // Navigation bars: "Home Meetings & Statements Events & Activities ...".
  if (/^home\b/i.test(line) && line.split(/\s+/).length >= 3) return true;
  if ((line.match(/\s(?:\||&)\s/g)?.length ?? 0) >= 2 && !/,/.test(line)) return true;
  // Before the headline, a lone word is a section label ("Politics", "Diplomacy").
  if (!seenHeadline && LONE_WORD.test(line)) return true;
  return false;
}

const ODD_SPACES = /[\u00a0\u2007\u202f\t]/g;
const SPACE_RUNS = / {2,}/g;

/**
 * A line with its no-break spaces and tabs made spaces, runs of spaces made one, trimmed:
 * `line.replace(ODD_SPACES, " ").replace(SPACE_RUNS, " ").trim()`, skipping a replace (a regex
 * pass and a copy) when the line has nothing it would replace, as most lines do not.
 */
/**
 * Quotation marks typed as two characters — ``…'' and ''…'' (newspaper archives, wire copy in
 * Penn Treebank form) — become the straight mark ", which the quotation reader knows. Not after a
 * digit: 6'2'' is a height.
 */
const PAIRED_MARKS = /``|(?<![\d'])''(?!')/g;

export function withPairedMarksAsQuotes(line: string): string {
  return line.includes("''") || line.includes("``") ? line.replace(PAIRED_MARKS, '"') : line;
}

export function normalizeLine(line: string): string {
  let odd = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x09 || code === 0xa0 || code === 0x2007 || code === 0x202f) {
      odd = true;
      break;
    }
  }
  if (odd) line = line.replace(ODD_SPACES, " ");
  if (line.includes("  ")) line = line.replace(SPACE_RUNS, " ");
  return line.trim();
}

/**
 * `text.replace(PHOTO_CREDIT, "")`. A credit ends the text with ")" and then only spaces, so the
 * pattern is run only on a text whose last character other than a space is ")".
 */
export function withoutPhotoCredit(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 0x29 ? text.replace(PHOTO_CREDIT, "") : text;
}

const CHROME_END = /[\s.:!|>»›]+$/;

/**
 * A line as compared with CHROME_LINES and SECTION_LABELS:
 * `line.toLowerCase().replace(CHROME_END, "").trim()`, the pattern run only when the last
 * character is one it removes.
 */
export function chromeKey(line: string): string {
  const lower = line.toLowerCase();
  const last = lower.charCodeAt(lower.length - 1);
  const strip = isSpace(last) || last === 0x2e || last === 0x3a || last === 0x21 || last === 0x7c || last === 0x3e || last === 0xbb || last === 0x203a;
  return (strip ? lower.replace(CHROME_END, "") : lower).trim();
}

/**
 * A file is hard-wrapped when several of its lines run long without ending a sentence
 * and are followed by a non-empty line: then paragraphs are separated by blank lines.
 */
function looksHardWrapped(lines: string[]): boolean {
  let wrapped = 0;
  let long = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.length < 50 || BULLET.test(line) || MARKDOWN_HEADING.test(line)) continue;
    long++;
    if (!TERMINAL.test(line) && lines[i + 1] !== "") wrapped++;
  }
  return wrapped >= 3 && wrapped >= long * 0.4;
}
