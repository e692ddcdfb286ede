import type { AskRequest } from "../answer/types.js";
import { renderReply } from "../discord/render.js";
import { takeTurn } from "../discord/turns.js";
import type { Incoming } from "../discord/interaction.js";
import { checkInput, defineCommand, readInteraction } from "./options.js";
import { autocompleteSpeaker } from "./speaker-autocomplete.js";
import type { Command, CommandContext, OptionSpec } from "./types.js";

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
