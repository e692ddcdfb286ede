import { help } from "./help.js";
import { quote } from "./quote.js";
import { sources } from "./sources.js";
import type { Command } from "./types.js";
import { when } from "./when.js";

/** Every slash command, in the order /help lists them. */
export const COMMANDS: readonly Command[] = [quote, when, sources, help];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

export { InputError, type Command, type CommandAction, type CommandContext, type CommandInput, type AskFunction } from "./types.js";
