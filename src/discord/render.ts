import type { APIEmbed } from "discord.js";
import { describeDate } from "../answer/render-text.js";
import type { AskResponse, Citation, QuoteResult, SourceResult, SourcesResponse, WhenResult } from "../answer/types.js";
import { visibleText } from "../answer/visible-text.js";
import { escapeLinkLabel, escapeText, fitEmbed, LIMITS, safeUrl, truncate } from "./limits.js";

/** Colours of the embeds' left bar. */
const COLOR = { quote: 0x5865f2, when: 0x57f287, sources: 0xfee75c } as const;

/** Articles per page of /sources. */
export const SOURCES_PER_PAGE = 8;

/** A reply ready for Discord: optional plain text and zero or more pages (one embed each). */
export interface RenderedReply {
  content: string | null;
  pages: APIEmbed[];
}

/**
 * Turns an answer into Discord pages: one embed per quote or dated fact, sources in groups.
 * Every string from an article is markdown-escaped and every part is cut to Discord's limits.
 */
export function renderReply(response: AskResponse): RenderedReply {
  const message = response.message ? truncate(escapeText(response.message), LIMITS.messageContent) : null;
  const pages = embedsOf(response);
  if (pages.length === 0) return { content: message ?? "No results.", pages: [] };
  const total = pages.length;
  return {
    content: message,
    pages: pages.map((page, i) => fitEmbed({ ...page, footer: { text: total > 1 ? `${i + 1} of ${total}` : "1 of 1" } })),
  };
}

function quoteEmbed(quote: QuoteResult): APIEmbed {
  const how = [quote.kind === "direct" ? "quoted" : "reported", quote.via ? `via ${quote.via}` : null].filter(Boolean).join(", ");
  const words = quote.kind === "direct" ? `“${quote.quote}”` : quote.quote;
  return {
    color: COLOR.quote,
    author: { name: truncate(visibleText(`${quote.speaker} (${how})`), LIMITS.embedAuthorName) },
    description: truncate(`>>> ${escapeText(words)}`, LIMITS.embedDescription),
    fields: [citationField(quote.citation)],
  };
}

function whenEmbed(fact: WhenResult): APIEmbed {
  return {
    color: COLOR.when,
    title: truncate(escapeText(describeDate(fact.date)), LIMITS.embedTitle),
    description: truncate(escapeText(fact.event), LIMITS.embedDescription),
    fields: [
      fact.date.expression && fact.date.source !== "publication"
        ? {
            name: fact.date.source === "carried" ? "Date as written, in the sentence before" : "Date as written",
            value: truncate(`“${escapeText(fact.date.expression)}”`, LIMITS.embedFieldValue),
            inline: true,
          }
        : { name: "Date", value: "the article’s publication date (the text gives no date)", inline: true },
      citationField(fact.citation),
    ],
  };
}

/** One embed per quote or dated fact; sources in groups. */
function embedsOf(response: AskResponse): APIEmbed[] {
  switch (response.command) {
    case "quote":
      return response.results.map(quoteEmbed);
    case "when":
      return response.results.map(whenEmbed);
    case "sources":
      return sourcesEmbeds(response.results, updatedOf(response));
  }
}

/** The `updated` time of a /sources answer, if the corpus is served live (see answer/sources.ts). */
function updatedOf(response: SourcesResponse): Date | null {
  if (response.updated === undefined) return null;
  const date = new Date(response.updated);
  return Number.isNaN(date.getTime()) ? null : date;
}

function sourcesEmbeds(sources: SourceResult[], updated: Date | null): APIEmbed[] {
  const pages: APIEmbed[] = [];
  // Discord shows <t:…> in each reader's own time zone; the embed timestamp sits by the footer.
  const seconds = updated ? Math.floor(updated.getTime() / 1000) : null;
  const changed = seconds === null ? "" : `Corpus last changed <t:${seconds}:f> (<t:${seconds}:R>)\n\n`;
  for (let i = 0; i < sources.length; i += SOURCES_PER_PAGE) {
    const chunk = sources.slice(i, i + SOURCES_PER_PAGE);
    pages.push({
      color: COLOR.sources,
      title: `Articles loaded: ${sources.length}`,
      ...(updated ? { timestamp: updated.toISOString() } : {}),
      description: changed + chunk
        .map((source, j) => {
          const line1 = `**${i + j + 1}.** ${link(source.title, source.url, 300)}`;
          const line2 = `${escapeText(source.outlet ?? "Unknown outlet")} · ${source.published ?? "undated"} · ${source.paragraphs} paragraphs · id \`${source.article.replace(/`/g, "'")}\``;
          return truncate(`${line1}\n${line2}`, 480);
        })
        .join("\n\n"),
    });
  }
  return pages;
}

/** "Arab News · [Title](url) · 2024-10-23 · paragraph 10" */
function citationField(citation: Citation) {
  const parts = [
    escapeText(citation.outlet ?? "Unknown outlet"),
    link(citation.title, citation.url, 600),
    citation.published ?? "undated",
    citation.paragraph === null ? null : `paragraph ${citation.paragraph}`,
  ].filter((part): part is string => part !== null);
  return { name: "Source", value: truncate(parts.join(" · "), LIMITS.embedFieldValue) };
}

/** A masked link to the article, or the escaped title when there is no usable URL. */
function link(title: string, url: string | null, maxLabel: number): string {
  const label = escapeLinkLabel(truncate(title, maxLabel)) || "article";
  const href = safeUrl(url);
  // A link cut in the middle would show as raw markdown: fall back to the bare title if too long.
  if (!href || label.length + href.length + 4 > LIMITS.embedFieldValue - 200) return `“${label}”`;
  return `[${label}](${href})`;
}

/** Plain text of a note (errors, help) sent as message content. */
export function noteContent(text: string): string {
  return truncate(text, LIMITS.messageContent);
}
