import type { OptionSpec, Command } from "./types.js";
import { checkInput, defineCommand, readInteraction } from "./options.js";
import { answerWithPages } from "../discord/respond.js";
import { autocompleteSpeaker } from "./speaker-autocomplete.js";

/** Results asked for per question; Discord pages through them one at a time. */
export const RESULTS_PER_QUESTION = 10;

const name = "quote";
const description = "What did a leader say? Quotes with their source article.";
const options: readonly OptionSpec[] = [
  { name: "leader", description: "the person whose words you want (e.g. Xi)", required: true, maxLength: 100, autocomplete: "speaker", placeholder: "<name>" },
  { name: "topic", description: "words the statement should be about (e.g. ceasefire)", required: false, maxLength: 200, placeholder: "<words>" },
];

export const definition = defineCommand(name, description, options);

export const quote: Command = {
  name,
  description,
  options,
  definition,
  parse(input) {
    const values = checkInput(name, options, input);
    return {
      kind: "ask",
      request: { command: "quote", leader: values.leader!, limit: RESULTS_PER_QUESTION, ...(values.topic ? { topic: values.topic } : {}) },
    };
  },
  async execute(interaction, context) {
    const action = this.parse(readInteraction(interaction, options));
    if (action.kind === "ask") await answerWithPages(interaction, context, action.request);
  },
  autocomplete: autocompleteSpeaker,
};
