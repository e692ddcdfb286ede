import type { AskRequest } from "../answer/types.js";
import { answerWithPages } from "../discord/respond.js";
import { checkInput, defineCommand, readInteraction } from "./options.js";
import { autocompleteSpeaker } from "./speaker-autocomplete.js";
import type { Command, OptionSpec } from "./types.js";

/** Results asked for per question; Discord pages through them one at a time. */
export const RESULTS_PER_QUESTION = 10;

export interface AskCommandSpec {
  name: string;
  description: string;
  options: readonly OptionSpec[];
  /** The question the checked option values pose. */
  request(values: Record<string, string>): AskRequest;
}

/**
 * A command that poses one question to the answering core and pages through the answer:
 * /quote, /when and /sources differ only in their options and the request they build.
 */
export function askCommand({ name, description, options, request }: AskCommandSpec): Command {
  const command: Command = {
    name,
    description,
    options,
    definition: defineCommand(name, description, options),
    parse(input) {
      return { kind: "ask", request: request(checkInput(name, options, input)) };
    },
    async execute(interaction, context) {
      const action = command.parse(readInteraction(interaction, options));
      if (action.kind === "ask") await answerWithPages(interaction, context, action.request);
    },
  };
  if (options.some((option) => option.autocomplete === "speaker")) command.autocomplete = autocompleteSpeaker;
  return command;
}
