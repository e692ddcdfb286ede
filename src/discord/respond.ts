import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type RepliableInteraction } from "discord.js";
import type { AskRequest } from "../answer/types.js";
import type { CommandContext } from "../commands/types.js";
import { NO_MENTIONS } from "./limits.js";
import { noteContent, renderReply } from "./render.js";

/**
 * Answers a question in Discord: defers (the answer may take a moment), asks the core, and
 * edits the deferred reply into the first page, with paging buttons when there are several.
 */
export async function answerWithPages(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
  request: AskRequest,
): Promise<void> {
  await interaction.deferReply();
  const response = await context.ask(context.corpus, request);
  const reply = renderReply(response);
  const components = context.pager.open(interaction.user.id, reply.pages, interaction);
  await interaction.editReply({
    content: reply.content,
    embeds: reply.pages.slice(0, 1),
    components,
    allowedMentions: NO_MENTIONS,
  });
}

/** Replies with a note only the user sees (bad argument, help), acknowledging the interaction once. */
export async function replyEphemeral(interaction: RepliableInteraction, text: string): Promise<void> {
  await sendEphemeral(interaction, text);
}

/**
 * Gets an ephemeral note to the user whatever state the interaction is in: not yet acknowledged
 * (reply), or deferred/replied publicly (the public reply is closed with a short note, then an
 * ephemeral follow-up — the first follow-up after a defer would inherit the defer's visibility).
 */
export async function sendEphemeral(interaction: RepliableInteraction | ButtonInteraction, text: string): Promise<void> {
  const content = noteContent(text);
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply({ content: "⚠️ No answer this time.", embeds: [], components: [], allowedMentions: NO_MENTIONS });
  }
  await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
