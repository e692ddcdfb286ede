import { basename, extname } from "node:path";
import { cleanArticle } from "./clean.js";
import { decodeArticleBytes } from "./decode.js";
import { ArticleError } from "./errors.js";
import { splitFrontMatter } from "./front-matter.js";
import { segmentBlocks } from "./segment.js";
import type { Article } from "./types.js";

/**
 * One article file's bytes → a cleaned, segmented article with its metadata.
 * Throws ArticleError with a reader-facing reason when the file cannot be used.
 * `file` is the path relative to the corpus folder (used for the default id).
 */
export function parseArticle(file: string, bytes: Uint8Array): Article {
  const { frontMatter, body } = splitFrontMatter(decodeArticleBytes(bytes));
  const cleaned = cleanArticle(body, frontMatter.title);
  if (cleaned.blocks.length === 0) throw new ArticleError("no article text after the front matter");
  const segmented = segmentBlocks(cleaned.blocks);
  if (segmented.sentences.length === 0) throw new ArticleError("no sentences in the article text");
  return {
    id: frontMatter.id ?? basename(file, extname(file)),
    title: frontMatter.title ?? cleaned.blocks[0]!.text,
    outlet: frontMatter.outlet ?? null,
    url: frontMatter.url ?? null,
    published: frontMatter.published ?? cleaned.statedDate,
    file,
    ...segmented,
  };
}
