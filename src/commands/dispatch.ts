import { findCommand } from "./index.js";
import { InputError, type CommandContext } from "./types.js";
import type { Incoming } from "../discord/interaction.js";
import { describeError } from "../discord/log.js";
import { NOTE_EXPIRED } from "../discord/pager.js";
import { sendEphemeral } from "../discord/respond.js";

export const NOTE_FAILED = "Sorry — something went wrong while answering. It has been logged; please try again.";

export interface Dispatcher {
  /** Answers one interaction; never rejects (errors are logged and told to the user). */
  (interaction: Incoming): Promise<void>;
  /** Interactions being answered right now. */
  readonly inFlight: number;
  /** Resolves when nothing is in flight, or after `timeoutMs` (with how many were still running). */
  drain(timeoutMs: number): Promise<number>;
}

/**
 * The one dispatcher, for both gateway and HTTP mode: routes slash commands, autocomplete and
 * button clicks to their handlers. A bad argument is answered with its message, any other error
 * with a generic note — both ephemeral — and logged with the interaction's context (never its
 * token). Handlers in flight are counted, so shutdown can wait for their replies.
 */
export function createDispatcher(context: CommandContext): Dispatcher {
  const running = new Set<Promise<void>>();
  const dispatch = ((interaction: Incoming) => {
    const task = handle(interaction, context).catch((error: unknown) => {
      // handle() catches everything itself; this is the last line of defence.
      context.log.error("dispatcher failed", { interaction: interaction.id, ...describeError(error) });
    });
    running.add(task);
    void task.finally(() => running.delete(task));
    return task;
  }) as Dispatcher;
  Object.defineProperty(dispatch, "inFlight", { get: () => running.size });
  dispatch.drain = async (timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (running.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, deadline - Date.now())));
      await Promise.race([Promise.allSettled([...running]), timeout]);
      clearTimeout(timer);
    }
    return running.size;
  };
  return dispatch;
}

async function handle(interaction: Incoming, context: CommandContext): Promise<void> {
  const where = {
    interaction: interaction.id,
    user: interaction.userId,
    guild: interaction.guildId,
    channel: interaction.channelId,
  };
  const started = Date.now();
  try {
    if (interaction.kind === "command") {
      const command = findCommand(interaction.commandName ?? "");
      context.log.info(`/${interaction.commandName}`, { ...where, options: interaction.options.map((o) => `${o.name}:${String(o.value)}`.slice(0, 300)) });
      if (!command) {
        await sendEphemeral(interaction.respond, `I do not know /${interaction.commandName} (yet). Try /help.`);
        return;
      }
      await command.execute(interaction, context);
    } else if (interaction.kind === "autocomplete") {
      const command = findCommand(interaction.commandName ?? "");
      if (command?.autocomplete) await command.autocomplete(interaction, context);
      else await interaction.respond.autocomplete([]);
    } else if (interaction.kind === "button") {
      if (context.pager.owns(interaction.customId ?? "")) await context.pager.click(interaction);
      else await sendEphemeral(interaction.respond, NOTE_EXPIRED);
    } else if (interaction.kind !== "ping") {
      await sendEphemeral(interaction.respond, NOTE_EXPIRED);
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
      command: interaction.commandName ?? undefined,
      customId: interaction.customId ?? undefined,
      ...describeError(error),
    });
    await acknowledgeWithNote(interaction, NOTE_FAILED, context);
  }
}

async function acknowledgeWithNote(interaction: Incoming, note: string, context: CommandContext): Promise<void> {
  try {
    if (interaction.kind === "autocomplete") {
      if (!interaction.respond.acknowledged) await interaction.respond.autocomplete([]);
    } else {
      await sendEphemeral(interaction.respond, note);
    }
  } catch (error) {
    context.log.warn("could not tell the user about an error", { interaction: interaction.id, ...describeError(error) });
  }
}
