import { askCommand, RESULTS_PER_QUESTION } from "./ask-command.js";

export const quote = askCommand({
  name: "quote",
  description: "What did a leader say? Quotes with their source article.",
  options: [
    { name: "leader", description: "the person whose words you want (e.g. Xi)", required: true, maxLength: 100, autocomplete: "speaker", placeholder: "<name>" },
    { name: "topic", description: "words the statement should be about (e.g. ceasefire)", required: false, maxLength: 200, placeholder: "<words>" },
  ],
  request: (values) => ({ command: "quote", leader: values.leader!, limit: RESULTS_PER_QUESTION, ...(values.topic ? { topic: values.topic } : {}) }),
});
