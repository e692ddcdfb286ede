import { SlashCommandBuilder } from "discord.js";
import type { Incoming } from "../discord/interaction.js";
import { InputError, type CommandInput, type OptionSpec } from "./types.js";

/** Builds the Discord definition of a command whose options are all strings. */
export function defineCommand(name: string, description: string, options: readonly OptionSpec[]) {
  const builder = new SlashCommandBuilder().setName(name).setDescription(description);
  for (const spec of options) {
    builder.addStringOption((option) =>
      option
        .setName(spec.name)
        .setDescription(spec.description)
        .setRequired(spec.required)
        .setMaxLength(spec.maxLength)
        .setAutocomplete(spec.autocomplete !== undefined),
    );
  }
  return builder.toJSON();
}

/** "/quote leader:<name> [topic:<words>]" */
export function usage(name: string, options: readonly OptionSpec[]): string {
  const parts = options.map((spec) => (spec.required ? `${spec.name}:${spec.placeholder}` : `[${spec.name}:${spec.placeholder}]`));
  return [`/${name}`, ...parts].join(" ");
}

/**
 * Checks option values against the specs: required options present and not blank, nothing over
 * its length limit, no unknown options. Returns trimmed values (whitespace runs collapsed).
 */
export function checkInput(command: string, options: readonly OptionSpec[], input: CommandInput): Record<string, string> {
  const known = new Set(options.map((spec) => spec.name));
  for (const name of Object.keys(input)) {
    if (input[name] !== undefined && !known.has(name)) {
      throw new InputError(
        `/${command} has no option \`${name}\`. Usage: ${usage(command, options)}`,
      );
    }
  }
  const values: Record<string, string> = {};
  for (const spec of options) {
    const raw = input[spec.name];
    if (raw === undefined) {
      if (spec.required) throw new InputError(`/${command} needs \`${spec.name}:\` — ${spec.description}. Usage: ${usage(command, options)}`);
      continue;
    }
    const text = raw.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
    if (text === "") {
      throw new InputError(`\`${spec.name}:\` must not be blank — ${spec.description}.`);
    }
    if (text.length > spec.maxLength) {
      throw new InputError(`\`${spec.name}:\` is ${text.length} characters long; at most ${spec.maxLength} please.`);
    }
    values[spec.name] = text;
  }
  return values;
}

/** The string options of a slash command interaction, as typed. */
export function readInteraction(interaction: Incoming, options: readonly OptionSpec[]): CommandInput {
  const input: CommandInput = {};
  for (const option of interaction.options) {
    input[option.name] = option.value === undefined || option.value === null ? undefined : String(option.value);
  }
  for (const spec of options) if (!(spec.name in input)) input[spec.name] = undefined;
  return input;
}
