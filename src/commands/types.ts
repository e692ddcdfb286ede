import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { AskRequest, AskResponse } from "../answer/types.js";
import type { Corpus } from "../corpus/corpus.js";
import type { CorpusHolder } from "../corpus/store.js";
import type { Incoming } from "../discord/interaction.js";
import type { Logger } from "../discord/log.js";
import type { Pager } from "../discord/pager.js";

/** A string option of a command, as Discord shows it and as the local console parses it. */
export interface OptionSpec {
  name: string;
  description: string;
  required: boolean;
  maxLength: number;
  /** Offer speakers from the corpus while the user types. */
  autocomplete?: "speaker";
  /** What to show in usage lines: leader:<name>. */
  placeholder: string;
}

/** What a command asks for once its options have been read and checked. */
export type CommandAction = { kind: "ask"; request: AskRequest } | { kind: "help" };

/** Option values as typed (Discord or console); absent options are undefined. */
export type CommandInput = Record<string, string | undefined>;

export type AskFunction = (corpus: Corpus, request: AskRequest) => AskResponse | Promise<AskResponse>;

/** What a handler may use. Nothing Discord-specific lives in the corpus or answering code. */
export interface CommandContext {
  /** The corpus being served; read at question time (it is swapped whole when the folder changes). */
  corpus: CorpusHolder;
  ask: AskFunction;
  pager: Pager;
  log: Logger;
  commands: readonly Command[];
}

export interface Command {
  name: string;
  description: string;
  options: readonly OptionSpec[];
  /** The JSON registered with Discord by `npm run deploy-commands`. */
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Checks the option values and says what to do; throws InputError for a bad argument. */
  parse(input: CommandInput): CommandAction;
  /** Answers a slash command. */
  execute(interaction: Incoming, context: CommandContext): Promise<void>;
  /** Answers autocomplete for the focused option. */
  autocomplete?(interaction: Incoming, context: CommandContext): Promise<void>;
}

/** A bad argument: the message is shown to the user as is (ephemeral in Discord). */
export class InputError extends Error {
  override name = "InputError";
}
