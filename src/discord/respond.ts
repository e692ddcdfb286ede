import type { Incoming, Responder } from "./interaction.js";
import { noteContent } from "./render.js";

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
