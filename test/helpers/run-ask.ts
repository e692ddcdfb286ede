import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runInProcess } from "./in-process.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));

export interface AskRun {
  code: number | string | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the `ask` command line as `npm run --silent ask -- …` does, from the project root, as a
 * process: for the entry point's one smoke test only (everything else: runAsk).
 */
export function spawnAsk(args: string[], env: Record<string, string> = {}): AskRun {
  const result = spawnSync(TSX, ["src/cli/ask.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the `ask` command line's entry point (src/cli/ask.ts) in this process with these
 * arguments (test/helpers/in-process.ts): its exit code, stdout and stderr, as a process gives them.
 */
export async function runAsk(args: string[], env: Record<string, string> = {}): Promise<AskRun> {
  // The environment as spawnAsk gives it: the test's own with `env` on top.
  const run = runInProcess("src/cli/ask.ts", { args, env, defaults: {}, timeoutMs: 60_000 });
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

const parsed = (run: AskRun) => ({ code: run.code, json: run.stdout ? JSON.parse(run.stdout) : null, stderr: run.stderr });

/** Runs `ask … --json` and parses the single JSON object it prints. */
export async function askJson(args: string[]): Promise<{ code: number | string | null; json: any; stderr: string }> {
  return parsed(await runAsk([...args, "--json"]));
}

/** askJson as a process (the smoke test). */
export function spawnAskJson(args: string[]): { code: number | string | null; json: any; stderr: string } {
  return parsed(spawnAsk([...args, "--json"]));
}
