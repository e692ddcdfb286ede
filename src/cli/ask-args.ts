import { parseArgs } from "node:util";
import { DEFAULT_LIMIT, MAX_LIMIT, type AskCommand, type AskRequest } from "../answer/types.js";

/** A command line that cannot be run; the message is printed as a one-line error (exit code 2). */
export class UsageError extends Error {
  override name = "UsageError";
}

/** `ask extract`: what was read from each article, not a question. */
export interface ExtractRequest {
  command: "extract";
}

export interface AskInvocation {
  request: AskRequest | ExtractRequest;
  dataDir: string | undefined;
  json: boolean;
}

export const ASK_USAGE = `usage:
  ask quote --leader <name> [--topic <words>] [--limit <n>] [--data <dir>] [--json]
  ask when --event <words> [--leader <name>] [--limit <n>] [--data <dir>] [--json]
  ask sources [--data <dir>] [--json]
  ask extract [--data <dir>] [--json]`;

const OPTIONS = {
  quote: ["leader", "topic", "limit"],
  when: ["event", "leader", "limit"],
  sources: [],
  extract: [],
} as const satisfies Record<AskCommand | "extract", readonly string[]>;

const STRING_OPTIONS = new Set(["--leader", "--topic", "--event", "--limit", "--data"]);

/**
 * `--limit -3`, `--topic "-war"`: a value that starts with a dash is the option's value, not an
 * option of its own (parseArgs calls it ambiguous); written `--limit=-3` it reaches the checks
 * that say what is wrong with it.
 */
function joinDashValues(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const next = args[i + 1];
    if (STRING_OPTIONS.has(args[i]!) && next !== undefined && next.startsWith("-") && !next.startsWith("--")) {
      out.push(`${args[i]}=${next}`);
      i++;
    } else out.push(args[i]!);
  }
  return out;
}

/** Parses the arguments after `ask`. Throws UsageError for anything it cannot run. */
export function parseAskArgs(argv: string[]): AskInvocation {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError("missing command: expected quote, when, sources or extract");
  if (!Object.hasOwn(OPTIONS, command)) throw new UsageError(`unknown command '${command}': expected quote, when, sources or extract`);
  const allowed = new Set<string>([...OPTIONS[command as keyof typeof OPTIONS], "data", "json"]);
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: joinDashValues(rest),
      strict: true,
      allowPositionals: false,
      options: {
        leader: { type: "string" },
        topic: { type: "string" },
        event: { type: "string" },
        limit: { type: "string" },
        data: { type: "string" },
        json: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message.split("\n")[0]}`);
  }
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== false && !allowed.has(name)) {
      throw new UsageError(`${command} does not take --${name}`);
    }
  }
  const dataDir = values.data as string | undefined;
  const json = values.json === true;
  if (command === "sources" || command === "extract") return { request: { command }, dataDir, json };

  const limit = parseLimit(values.limit as string | undefined);
  if (command === "quote") {
    const leader = required(values.leader, "quote", "leader");
    const topic = optional(values.topic, "topic");
    return { request: { command, leader, limit, ...(topic ? { topic } : {}) }, dataDir, json };
  }
  const event = required(values.event, "when", "event");
  const leader = optional(values.leader, "leader");
  return { request: { command: "when", event, limit, ...(leader ? { leader } : {}) }, dataDir, json };
}

function required(value: unknown, command: string, name: string): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (text === "") throw new UsageError(`${command} needs --${name} <${name === "event" ? "words" : "name"}>`);
  return text;
}

function optional(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (text === "") throw new UsageError(`--${name} must not be empty`);
  return text;
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > MAX_LIMIT) {
    throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}`);
  }
  return Number(value);
}
