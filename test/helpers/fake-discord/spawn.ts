import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { outputWaiter } from "../wait-for-output.js";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
/** tsx as a loader of this node (not the tsx command, whose child node would outlive a SIGKILL of it). */
const TSX_LOADER = ["--import", "tsx"];

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal name); kills the process after `timeoutMs`. */
  exited: Promise<number | string | null>;
  /** Resolves when stdout+stderr contains `text`; rejects after `timeoutMs`. */
  waitForOutput(text: string | RegExp, timeoutMs?: number): Promise<void>;
}

/** Runs `tsx <script>` from the project root with the given environment (no .env surprises: every variable is set). */
export function spawnTsx(script: string, env: Record<string, string>, { input, timeoutMs = 30_000 }: { input?: string; timeoutMs?: number } = {}): Spawned {
  const child = spawn(process.execPath, [...TSX_LOADER, script], {
    cwd: ROOT,
    env: { ...process.env, DISCORD_TOKEN: "", DISCORD_CLIENT_ID: "", DISCORD_GUILD_ID: "", DISCORD_API_URL: "", LOG_LEVEL: "info", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  const listeners: (() => void)[] = [];
  child.stdout!.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    listeners.forEach((listener) => listener());
  });
  child.stderr!.on("data", (chunk: Buffer) => {
    err += chunk.toString();
    listeners.forEach((listener) => listener());
  });
  if (input !== undefined) child.stdin!.end(input);
  const killer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const exited = new Promise<number | string | null>((resolve) => {
    child.on("exit", (code, signal) => {
      clearTimeout(killer);
      resolve(code ?? signal);
    });
  });
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForOutput: outputWaiter(() => ({ out, err }), exited, listeners, "process exited"),
  };
}
