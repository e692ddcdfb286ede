import type { APIEmbed } from "discord.js";
import { visibleText } from "../answer/visible-text.js";

/**
 * Discord's message limits, so every reply fits by construction.
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export const LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Sum of title, description, field names and values, footer text and author name. */
  embedTotal: 6000,
  embedFields: 25,
  messageContent: 2000,
  autocompleteChoices: 25,
  autocompleteChoiceName: 100,
  autocompleteChoiceValue: 100,
  customId: 100,
  /** Slash command option values are capped at 6000 characters by Discord; ours are shorter. */
  optionValue: 6000,
} as const;

const ELLIPSIS = "…";

/** Cuts `text` to at most `max` characters (UTF-16 units, as Discord counts), ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (max <= 0) return "";
  if (text.length <= max) return text;
  let cut = text.slice(0, max - ELLIPSIS.length);
  // Do not leave half of a surrogate pair at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/**
 * Escapes text taken from an article (or typed by a user) so Discord shows it as written:
 * every emphasis, strike, code, spoiler and link character, block quotes, headings, subtext
 * and lists at the start of a line, and mention-like syntax (users, roles, channels, commands,
 * emoji, timestamps, @everyone/@here) get a backslash, which Discord hides. Autolinked URLs
 * are left alone (Discord does not format inside them, and a backslash would break them).
 * Nothing pings either way: every message is sent with allowed_mentions {parse: []}.
 * (discord.js's escapeMarkdown misses characters of odd-length runs like "*****", every masked
 * link after the first, and sometimes doubles a backslash; the property tests found all three.)
 */
export function escapeText(shown: string): string {
  const text = visibleText(shown);
  let out = "";
  let last = 0;
  for (const match of text.matchAll(AUTOLINK)) {
    out += escapeInline(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  out += escapeInline(text.slice(last));
  return out
    .replace(/^([ \t]*)(>|#|-(?=[\s#]))/gm, "$1\\$2")
    .replace(/^([ \t]*\d+)\.(?=\s)/gm, "$1\\.");
}

/** Autolinked URLs, which Discord does not format. */
export const AUTOLINK = /https?:\/\/[^\s<\\]+/g;
const INLINE = new Set(["\\", "*", "_", "~", "`", "|", "[", "]"]);

function escapeInline(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (INLINE.has(char)) out += `\\${char}`;
    else if (char === "<" && /^(?:[@#/:]|a:|t:)/.test(text.slice(i + 1, i + 3))) out += "\\<";
    else if (char === "@" && /^(?:everyone|here)/.test(text.slice(i + 1, i + 9))) out += "\\@";
    else out += char;
  }
  return out;
}

/** Text for the label of a masked link `[label](url)`: markdown escaped, brackets neutralised. */
export function escapeLinkLabel(text: string): string {
  // Brackets inside an autolinked URL are left bare by escapeText; in a label they must not be.
  return escapeText(text).replace(/(\\*)([[\]])/g, (_, slashes: string, bracket: string) => (slashes.length % 2 === 0 ? `${slashes}\\${bracket}` : `${slashes}${bracket}`));
}

/** An http(s) URL that is safe inside `(…)` of a masked link and as an embed URL, or null. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  const href = parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29");
  return href.length <= 2000 ? href : null;
}

/** The characters of an embed that count toward the 6000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/**
 * Returns a copy of the embed that respects every embed limit: each part truncated to its limit,
 * at most 25 fields, and — if the total is still over 6000 — the description shortened first,
 * then field values, then the footer.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title !== undefined) fitted.title = truncate(fitted.title, LIMITS.embedTitle);
  if (fitted.description !== undefined) fitted.description = truncate(fitted.description, LIMITS.embedDescription);
  if (fitted.author) fitted.author = { ...fitted.author, name: truncate(fitted.author.name, LIMITS.embedAuthorName) };
  if (fitted.footer) fitted.footer = { ...fitted.footer, text: truncate(fitted.footer.text, LIMITS.embedFooter) };
  if (fitted.fields) {
    fitted.fields = fitted.fields.slice(0, LIMITS.embedFields).map((field) => ({
      ...field,
      name: truncate(field.name, LIMITS.embedFieldName) || "\u200b",
      value: truncate(field.value, LIMITS.embedFieldValue) || "\u200b",
    }));
  }
  let excess = embedLength(fitted) - LIMITS.embedTotal;
  if (excess > 0 && fitted.description) {
    fitted.description = truncate(fitted.description, Math.max(1, fitted.description.length - excess));
    excess = embedLength(fitted) - LIMITS.embedTotal;
  }
  if (excess > 0 && fitted.fields) {
    fitted.fields = fitted.fields.map((field) => {
      if (excess <= 0) return field;
      const value = truncate(field.value, Math.max(1, field.value.length - excess));
      excess -= field.value.length - value.length;
      return { ...field, value };
    });
  }
  if (excess > 0 && fitted.footer) {
    fitted.footer = { ...fitted.footer, text: truncate(fitted.footer.text, Math.max(1, fitted.footer.text.length - excess)) };
    excess = embedLength(fitted) - LIMITS.embedTotal;
  }
  if (excess > 0 && fitted.title) fitted.title = truncate(fitted.title, Math.max(1, fitted.title.length - excess));
  return fitted;
}

/** Sent with every message: nothing in a reply — not even "@everyone" quoted from an article — pings anyone. */
export const NO_MENTIONS = { parse: [] as [] };
