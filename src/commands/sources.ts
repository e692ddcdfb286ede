import type { Command } from "./types.js";
import { checkInput, defineCommand, readInteraction } from "./options.js";
import { answerWithPages } from "../discord/respond.js";

const name = "sources";
const description = "The articles Verbatim has read: outlet, date and link.";

export const definition = defineCommand(name, description, []);

export const sources: Command = {
  name,
  description,
  options: [],
  definition,
  parse(input) {
    checkInput(name, [], input);
    return { kind: "ask", request: { command: "sources" } };
  },
  async execute(interaction, context) {
    const action = this.parse(readInteraction(interaction, []));
    if (action.kind === "ask") await answerWithPages(interaction, context, action.request);
  },
};
