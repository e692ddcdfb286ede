import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));

export interface AskRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `ask` command line as `npm run --silent ask -- …` does, from the project root. */
export function runAsk(args: string[], env: Record<string, string> = {}): AskRun {
  const result = spawnSync(TSX, ["src/cli/ask.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `ask … --json` and parses the single JSON object it prints. */
export function askJson(args: string[]): { code: number | null; json: any; stderr: string } {
  const run = runAsk([...args, "--json"]);
  return { code: run.code, json: run.stdout ? JSON.parse(run.stdout) : null, stderr: run.stderr };
}
