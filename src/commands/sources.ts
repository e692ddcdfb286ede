import { askCommand } from "./ask-command.js";

export const sources = askCommand({
  name: "sources",
  description: "The articles Verbatim has read: outlet, date and link.",
  options: [],
  request: () => ({ command: "sources" }),
});
