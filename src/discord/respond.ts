import type { AskRequest } from "../answer/types.js";
import type { CommandContext } from "../commands/types.js";
import type { Incoming, Responder } from "./interaction.js";
import { noteContent, renderReply } from "./render.js";
import { takeTurn } from "./turns.js";

/**
 * Answers a question: defers (the answer may take a moment), asks the core against the corpus
 * being served right now, and edits the deferred reply into the first page, with paging buttons
 * when there are several. The same in gateway and HTTP mode: only the Responder's transport differs.
 */
export async function answerWithPages(interaction: Incoming, context: CommandContext, request: AskRequest): Promise<void> {
  await interaction.respond.defer();
  // The corpus is read when the question's turn comes: after a reload, the new one answers.
  const response = await takeTurn(() => context.ask(context.corpus.current(), request));
  const reply = renderReply(response);
  const components = context.pager.open(interaction.userId, reply.pages, interaction.respond);
  await interaction.respond.editReply({
    content: reply.content,
    embeds: reply.pages.slice(0, 1),
    components,
  });
}

/** Replies with a note only the user sees (bad argument, help), acknowledging the interaction once. */
export async function replyEphemeral(interaction: Incoming, text: string): Promise<void> {
  await sendEphemeral(interaction.respond, text);
}

/**
 * Gets an ephemeral note to the user whatever state the interaction is in: not yet acknowledged
 * (reply), or deferred/replied publicly (the public reply is closed with a short note, then an
 * ephemeral follow-up — the first follow-up after a defer would inherit the defer's visibility).
 */
export async function sendEphemeral(respond: Responder, text: string): Promise<void> {
  const content = noteContent(text);
  if (!respond.acknowledged) {
    await respond.reply({ content }, { ephemeral: true });
    return;
  }
  if (respond.deferred && !respond.replied) {
    await respond.editReply({ content: "⚠️ No answer this time.", embeds: [], components: [] });
  }
  await respond.followUp({ content }, { ephemeral: true });
}
