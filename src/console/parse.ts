import { COMMANDS, findCommand } from "../commands/index.js";
import { InputError, type Command, type CommandInput } from "../commands/types.js";

/** A console line that names a command, with its option values as typed. */
export interface ParsedLine {
  command: Command;
  input: CommandInput;
}

/**
 * Parses a line typed as in Discord: `/quote leader:Xi topic:ceasefire`,
 * `/when event:"Iran joined the SCO"`. A value runs until the next `option:` of the command, so
 * quotes are optional (`/quote leader:Xi Jinping topic:trade`); "double" or 'single' quotes keep
 * a value literal. Throws InputError with a helpful message for anything else.
 */
export function parseLine(line: string): ParsedLine {
  const text = line.trim();
  const match = /^\/([\w-]+)(?:\s+|$)/.exec(text);
  if (!match) throw new InputError(`Commands start with "/": ${COMMANDS.map((c) => `/${c.name}`).join(", ")}. Try /help.`);
  const name = match[1]!.toLowerCase();
  const command = findCommand(name);
  if (!command) throw new InputError(`Unknown command /${name}. Commands: ${COMMANDS.map((c) => `/${c.name}`).join(", ")}.`);
  const rest = text.slice(match[0].length);
  return { command, input: parseOptions(command, rest) };
}

function parseOptions(command: Command, text: string): CommandInput {
  const input: CommandInput = {};
  if (text.trim() === "") return input;
  const names = command.options.map((option) => option.name);
  if (names.length === 0) throw new InputError(`/${command.name} takes no options.`);
  // Keys are only the command's own option names, at the start or after whitespace.
  const key = new RegExp(`(^|\\s)(${names.join("|")}):`, "gi");
  const keys: { name: string; start: number; valueStart: number }[] = [];
  let quoteChar: string | null = null;
  // Walk the text, ignoring "name:" inside quoted values.
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoteChar) {
      if (char === quoteChar) quoteChar = null;
      continue;
    }
    key.lastIndex = i;
    const hit = key.exec(text);
    if (hit && hit.index === i) {
      const start = i + hit[1]!.length;
      keys.push({ name: hit[2]!.toLowerCase(), start, valueStart: start + hit[2]!.length + 1 });
      i = start + hit[2]!.length;
      const next = text[i + 1];
      if (next === '"' || next === "'" || next === "“") {
        quoteChar = next === "“" ? "”" : next;
        i += 1;
      }
    }
  }
  const first = keys[0];
  const before = text.slice(0, first ? first.start : text.length).trim();
  if (before !== "") {
    const looksLikeOption = /^([\w-]+):/.exec(before);
    throw new InputError(
      looksLikeOption
        ? `/${command.name} has no option "${looksLikeOption[1]}". Options: ${names.map((n) => `${n}:`).join(" ")}`
        : `Write options as name:value, e.g. /${command.name} ${names[0]}:… (options: ${names.map((n) => `${n}:`).join(" ")})`,
    );
  }
  keys.forEach((current, i) => {
    const end = keys[i + 1]?.start ?? text.length;
    if (input[current.name] !== undefined) throw new InputError(`${current.name}: is given twice.`);
    input[current.name] = unquote(text.slice(current.valueStart, end).trim());
  });
  return input;
}

function unquote(value: string): string {
  const pairs: Record<string, string> = { '"': '"', "'": "'", "“": "”" };
  const close = pairs[value[0] ?? ""];
  if (close && value.length >= 2 && value.endsWith(close)) return value.slice(1, -1);
  if (close && !value.slice(1).includes(close)) throw new InputError(`A quoted value is not closed: ${value}`);
  return value;
}
