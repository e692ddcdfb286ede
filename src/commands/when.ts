import { askCommand, RESULTS_PER_QUESTION } from "./ask-command.js";

export const when = askCommand({
  name: "when",
  description: "When did something happen? Dated events with their source article.",
  options: [
    { name: "event", description: "what happened (e.g. Iran joined the SCO)", required: true, maxLength: 200, placeholder: "<words>" },
    { name: "leader", description: "only events involving this person", required: false, maxLength: 100, autocomplete: "speaker", placeholder: "<name>" },
  ],
  request: (values) => ({ command: "when", event: values.event!, limit: RESULTS_PER_QUESTION, ...(values.leader ? { leader: values.leader } : {}) }),
});
