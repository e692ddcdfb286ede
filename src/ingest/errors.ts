/** An article file that cannot be loaded. The message is shown to the person running the bot. */
export class ArticleError extends Error {
  override name = "ArticleError";
}
