import type { Command } from "./types.js";
import { checkInput, defineCommand, usage } from "./options.js";
import { replyEphemeral } from "../discord/respond.js";

const name = "help";
const description = "How to ask Verbatim.";

export const definition = defineCommand(name, description, []);

/** The help text, built from the command definitions so it never drifts from them. */
export function helpText(commands: readonly Command[]): string {
  const lines = [
    "Verbatim answers from the news articles it has read, and cites every answer.",
    "",
    ...commands.flatMap((command) => [
      `${usage(command.name, command.options)}`,
      `    ${command.description}`,
      ...command.options.map((option) => `    ${option.name}: ${option.description}${option.required ? "" : " (optional)"}`),
    ]),
  ];
  return lines.join("\n");
}

export const help: Command = {
  name,
  description,
  options: [],
  definition,
  parse(input) {
    checkInput(name, [], input);
    return { kind: "help" };
  },
  async execute(interaction, context) {
    await replyEphemeral(interaction, "```\n" + helpText(context.commands).replace(/```/g, "'''") + "\n```");
  },
};
