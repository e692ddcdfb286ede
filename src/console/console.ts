import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { renderText } from "../answer/render-text.js";
import { COMMANDS } from "../commands/index.js";
import { helpText } from "../commands/help.js";
import { InputError, type AskFunction } from "../commands/types.js";
import type { Corpus } from "../corpus/corpus.js";
import { asHolder, type CorpusHolder } from "../corpus/store.js";
import { parseLine } from "./parse.js";

export interface ConsoleOptions {
  /** The corpus, or a holder whose current corpus is read for each line (live updates). */
  corpus: Corpus | CorpusHolder;
  ask: AskFunction;
  input: Readable;
  output: Writable;
  /** Show a prompt (for a terminal). */
  prompt?: boolean;
}

/**
 * The local console: the Discord commands typed as text, answered as text. Returns at end of
 * input (or "exit"); a bad line gets a helpful message and the console carries on.
 */
export async function runConsole({ corpus, ask, input, output, prompt = false }: ConsoleOptions): Promise<void> {
  const rl = createInterface({ input, output: prompt ? output : undefined, terminal: prompt, prompt: "verbatim> " });
  rl.on("SIGINT", () => rl.close());
  const write = (text: string) => output.write(`${text}\n`);
  if (prompt) rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === "exit" || text === "quit" || text === "/exit" || text === "/quit") break;
    if (text !== "" && !text.startsWith("#")) write(`${await answerLine(text, corpus, ask)}\n`);
    if (prompt) rl.prompt();
  }
  rl.close();
}

/** The reply to one console line, as text. Never throws. */
export async function answerLine(line: string, corpus: Corpus | CorpusHolder, ask: AskFunction): Promise<string> {
  try {
    const { command, input } = parseLine(line);
    const action = command.parse(input);
    if (action.kind === "help") return helpText(COMMANDS);
    const response = await ask(asHolder(corpus).current(), action.request);
    const updated = (response as { updated?: unknown }).updated;
    const text = renderText(response);
    return typeof updated === "string" ? `Corpus last changed ${updated}\n\n${text}` : text;
  } catch (error) {
    if (error instanceof InputError) return `! ${error.message.replace(/`/g, "")}`;
    return `! Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
  }
}
