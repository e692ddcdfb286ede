import { type Interaction } from "discord.js";
import { findCommand } from "../commands/index.js";
import { InputError, type CommandContext } from "../commands/types.js";
import { describeError } from "./log.js";
import { NOTE_EXPIRED } from "./pager.js";
import { sendEphemeral } from "./respond.js";

export const NOTE_FAILED = "Sorry — something went wrong while answering. It has been logged; please try again.";

/**
 * The one dispatcher: routes slash commands, autocomplete and button clicks to their handlers.
 * A bad argument is answered with its message, any other error with a generic note — both
 * ephemeral — and logged with the interaction's context (never its token).
 */
export function createDispatcher(context: CommandContext): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    const where = {
      interaction: interaction.id,
      user: interaction.user.id,
      guild: interaction.guildId,
      channel: interaction.channelId,
    };
    const started = Date.now();
    try {
      if (interaction.isChatInputCommand()) {
        const command = findCommand(interaction.commandName);
        context.log.info(`/${interaction.commandName}`, { ...where, options: interaction.options.data.map((o) => `${o.name}:${String(o.value)}`) });
        if (!command) {
          await sendEphemeral(interaction, `I do not know /${interaction.commandName} (yet). Try /help.`);
          return;
        }
        await command.execute(interaction, context);
      } else if (interaction.isAutocomplete()) {
        const command = findCommand(interaction.commandName);
        if (command?.autocomplete) await command.autocomplete(interaction, context);
        else await interaction.respond([]);
      } else if (interaction.isButton()) {
        if (context.pager.owns(interaction.customId)) await context.pager.click(interaction);
        else await sendEphemeral(interaction, NOTE_EXPIRED);
      } else if (interaction.isRepliable()) {
        await sendEphemeral(interaction, NOTE_EXPIRED);
      }
      context.log.debug("interaction answered", { ...where, ms: Date.now() - started });
    } catch (error) {
      if (error instanceof InputError) {
        context.log.info("bad argument", { ...where, message: error.message });
        await acknowledgeWithNote(interaction, error.message, context);
        return;
      }
      context.log.error("interaction failed", {
        ...where,
        kind: interaction.type,
        command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
        customId: interaction.isMessageComponent() ? interaction.customId : undefined,
        ...describeError(error),
      });
      await acknowledgeWithNote(interaction, NOTE_FAILED, context);
    }
  };
}

async function acknowledgeWithNote(interaction: Interaction, note: string, context: CommandContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isRepliable()) {
      await sendEphemeral(interaction, note);
    }
  } catch (error) {
    context.log.warn("could not tell the user about an error", { interaction: interaction.id, ...describeError(error) });
  }
}
