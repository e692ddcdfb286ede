import type { OptionSpec, Command } from "./types.js";
import { checkInput, defineCommand, readInteraction } from "./options.js";
import { answerWithPages } from "../discord/respond.js";
import { autocompleteSpeaker } from "./speaker-autocomplete.js";
import { RESULTS_PER_QUESTION } from "./quote.js";

const name = "when";
const description = "When did something happen? Dated events with their source article.";
const options: readonly OptionSpec[] = [
  { name: "event", description: "what happened (e.g. Iran joined the SCO)", required: true, maxLength: 200, placeholder: "<words>" },
  { name: "leader", description: "only events involving this person", required: false, maxLength: 100, autocomplete: "speaker", placeholder: "<name>" },
];

export const definition = defineCommand(name, description, options);

export const when: Command = {
  name,
  description,
  options,
  definition,
  parse(input) {
    const values = checkInput(name, options, input);
    return {
      kind: "ask",
      request: { command: "when", event: values.event!, limit: RESULTS_PER_QUESTION, ...(values.leader ? { leader: values.leader } : {}) },
    };
  },
  async execute(interaction, context) {
    const action = this.parse(readInteraction(interaction, options));
    if (action.kind === "ask") await answerWithPages(interaction, context, action.request);
  },
  autocomplete: autocompleteSpeaker,
};
