/**
 * Runs an entry point (`src/index.ts`, `src/cli/ask.ts`, `src/deploy-commands.ts`) inside the
 * test's own process, as `tsx <script>` would run it, without starting a process: the entry
 * module is evaluated afresh with its own argv, environment, stdin, stdout and stderr, and its
 * exit code is what it sets as `process.exitCode` or passes to `process.exit`. Signals are
 * delivered to the handlers the run registered. Everything is put back when the run ends.
 *
 * Like a process, a run ends at process.exit at once, and otherwise once main has returned, its
 * output is written and no timer that src/ set (and did not unref) is pending; the timers src/ set
 * during the run are then cleared, as exiting would (a shutdown's fallback exit timer, the
 * folder watcher, …), so nothing of an ended run runs on.
 *
 * One run at a time (the process's globals are borrowed); the project spawns a real process for
 * one smoke test per entry point only (test/helpers/fake-discord/spawn.ts).
 */
import { PassThrough, Writable } from "node:stream";
import { format } from "node:util";
import { outputWaiter } from "./wait-for-output.js";

/** Process events an entry may listen to; listeners added by a run are removed when it ends. */
const PROCESS_EVENTS = ["SIGINT", "SIGTERM", "unhandledRejection", "uncaughtException", "warning", "beforeExit", "exit"] as const;
const STREAMS = ["stdin", "stdout", "stderr"] as const;
const CONSOLE_TO = { log: "stdout", info: "stdout", debug: "stdout", warn: "stderr", error: "stderr" } as const;

export interface InProcessRun {
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code once the entry set it (main returned) or called process.exit. */
  exited: Promise<number | string | null>;
  /** Resolves when stdout+stderr contains `text`; rejects after `timeoutMs` or if the run ends without it. */
  waitForOutput(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** The run's standard input (open unless `input` was given). */
  stdin: PassThrough;
  /** Delivers a signal to the handlers the run registered for it, as `kill` would. */
  signal(name: "SIGINT" | "SIGTERM"): void;
  /** The reader of stdout and stderr goes away (`… | head`): every later write fails with EPIPE. */
  closeOutput(): void;
  /** Ends the run now (exit "SIGKILL") and gives the globals back; a no-op once it ended. */
  kill(): void;
}

let running = false;
let runs = 0;

const SRC = new URL("../../src/", import.meta.url);

/** Whether the code that called `wrapper` is in src/ (rather than the test, vitest or a package). */
function calledFromSrc(wrapper: Function): boolean {
  const { stackTraceLimit, prepareStackTrace } = Error;
  try {
    Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (_error, frames) => frames;
    const holder: { stack?: NodeJS.CallSite[] } = {};
    Error.captureStackTrace(holder, wrapper);
    const file = holder.stack?.[0]?.getFileName() ?? "";
    return file.startsWith(SRC.href) || file.startsWith(SRC.pathname);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
    Error.prepareStackTrace = prepareStackTrace;
  }
}

type Timer = { hasRef(): boolean };
const TIMER_FUNCTIONS = ["setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate"] as const;

/**
 * While installed, the timers that code in src/ sets are tracked: `pending()` tells whether one
 * that keeps a process alive is still to fire, `clear()` clears them all.
 */
function trackSrcTimers() {
  const saved = TIMER_FUNCTIONS.map((name) => [name, globalThis[name]] as const);
  const original = Object.fromEntries(saved) as { [K in (typeof TIMER_FUNCTIONS)[number]]: (typeof globalThis)[K] };
  const live = new Map<Timer, () => void>();
  const track = <A extends unknown[]>(set: (callback: (...args: A) => void, ...rest: any[]) => Timer, clear: (timer: any) => void, repeats: boolean) => {
    const wrapper = (callback: (...args: A) => void, ...rest: unknown[]): Timer => {
      if (typeof callback !== "function" || !calledFromSrc(wrapper)) return set(callback, ...rest);
      const timer = set((...args: A) => {
        if (!repeats) live.delete(timer);
        callback(...args);
      }, ...rest);
      live.set(timer, () => clear(timer));
      return timer;
    };
    return wrapper;
  };
  const untrack = (clear: (timer: any) => void) => (timer: any) => {
    live.delete(timer);
    clear(timer);
  };
  Object.assign(globalThis, {
    setTimeout: track(original.setTimeout as never, original.clearTimeout, false),
    setInterval: track(original.setInterval as never, original.clearInterval, true),
    setImmediate: track(original.setImmediate as never, original.clearImmediate, false),
    clearTimeout: untrack(original.clearTimeout),
    clearInterval: untrack(original.clearInterval),
    clearImmediate: untrack(original.clearImmediate),
  });
  return {
    pending: () => [...live.keys()].some((timer) => timer.hasRef()),
    /** Puts the timer functions back and clears every tracked timer still to fire. */
    clear() {
      Object.assign(globalThis, original);
      for (const clear of live.values()) clear();
      live.clear();
    },
  };
}

/**
 * A stream like a process's stdout or stderr on a pipe: collects what is written until the reader
 * goes away, then fails every write with EPIPE, emitting 'error' each time; like Node's stdio
 * streams it is never left destroyed (their _destroy undoes itself), so writing goes on failing.
 */
function outputPipe(onData: (text: string) => void) {
  let closed = false;
  let failing = 0;
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: Buffer | string, _encoding, callback) {
      if (closed) {
        failing++;
        setImmediate(() => {
          callback(Object.assign(new Error("write EPIPE"), { code: "EPIPE", errno: -32, syscall: "write" }));
          failing--;
        });
        return;
      }
      onData(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
      callback();
    },
    destroy(error, callback) {
      callback(error);
      (this as unknown as { _undestroy(): void })._undestroy();
    },
  });
  /** Nothing left to write or to fail: a process whose main is done would exit now. */
  const idle = () => failing === 0 && stream.writableLength === 0;
  return { stream, close: () => void (closed = true), idle };
}

/** What spawnTsx sets before a test's own variables: no .env surprises. */
export const SPAWN_DEFAULTS: Record<string, string> = { DISCORD_TOKEN: "", DISCORD_CLIENT_ID: "", DISCORD_GUILD_ID: "", DISCORD_API_URL: "", LOG_LEVEL: "info" };

export interface InProcessOptions {
  args?: string[];
  /** Variables on top of the test's environment and `defaults`. */
  env?: Record<string, string>;
  /** Variables set before `env` (default: SPAWN_DEFAULTS, as spawnTsx). */
  defaults?: Record<string, string>;
  /** The whole of stdin; when not given, stdin stays open (write to `stdin`). */
  input?: string;
  /** The run is ended (exit "SIGKILL") after this long. */
  timeoutMs?: number;
}

/** Runs `script` (a path from the project root, e.g. "src/index.ts") with `args`. */
export function runInProcess(script: string, { args = [], env = {}, defaults = SPAWN_DEFAULTS, input, timeoutMs = 30_000 }: InProcessOptions = {}): InProcessRun {
  if (running) throw new Error("runInProcess: one run at a time");
  running = true;
  let out = "";
  let err = "";
  const listeners: (() => void)[] = [];
  const notify = () => listeners.slice().forEach((listener) => listener());
  const stdoutPipe = outputPipe((text) => {
    out += text;
    notify();
  });
  const stderrPipe = outputPipe((text) => {
    err += text;
    notify();
  });
  const stdin = new PassThrough();
  if (input !== undefined) stdin.end(input);
  const fakes = { stdin, stdout: stdoutPipe.stream, stderr: stderrPipe.stream };

  // Borrow the process's globals.
  const savedEnv = { ...process.env };
  const savedArgv = process.argv;
  const savedExit = process.exit;
  const savedExitCode = process.exitCode;
  const savedStreams = STREAMS.map((name) => [name, Object.getOwnPropertyDescriptor(process, name)!] as const);
  const savedListeners = new Map(PROCESS_EVENTS.map((event) => [event, new Set(process.rawListeners(event))]));
  const savedConsole = Object.keys(CONSOLE_TO).map((name) => [name, console[name as keyof typeof CONSOLE_TO]] as const);

  Object.assign(process.env, defaults, env);
  process.argv = [process.execPath, new URL(`../../${script}`, import.meta.url).pathname, ...args];
  process.exitCode = undefined;
  for (const name of STREAMS) Object.defineProperty(process, name, { value: fakes[name], configurable: true, enumerable: true, writable: true });
  for (const [name, to] of Object.entries(CONSOLE_TO)) {
    console[name as keyof typeof CONSOLE_TO] = (...parts: unknown[]) => void fakes[to].write(`${format(...parts)}\n`);
  }
  const timers = trackSrcTimers();

  let finish!: (code: number | string | null) => void;
  const exited = new Promise<number | string | null>((resolve) => (finish = resolve));
  let done = false;
  let poll: NodeJS.Timeout | undefined;
  const end = (code: number | string | null) => {
    if (done) return;
    done = true;
    clearTimeout(poll);
    clearTimeout(killer);
    // What an exit ends: the timers of the run.
    timers.clear();
    // Give the globals back.
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    process.argv = savedArgv;
    process.exit = savedExit;
    process.exitCode = savedExitCode;
    for (const [name, descriptor] of savedStreams) Object.defineProperty(process, name, descriptor);
    for (const [name, original] of savedConsole) console[name as keyof typeof CONSOLE_TO] = original as never;
    for (const event of PROCESS_EVENTS) {
      const before = savedListeners.get(event)!;
      for (const listener of process.rawListeners(event)) if (!before.has(listener)) process.removeListener(event, listener as (...a: unknown[]) => void);
    }
    running = false;
    finish(code);
  };
  process.exit = ((code?: number | string | null) => {
    end(typeof code === "number" ? code : Number(code ?? process.exitCode ?? 0));
  }) as typeof process.exit;
  // An entry's main sets process.exitCode when it returns; the process ends once its output is
  // written and nothing keeps it alive.
  const check = () => {
    if (done) return;
    if (process.exitCode !== undefined && stdoutPipe.idle() && stderrPipe.idle() && !timers.pending()) end(Number(process.exitCode));
    else poll = setTimeout(check, 2);
  };
  const killer = setTimeout(() => end("SIGKILL"), timeoutMs);

  import(/* @vite-ignore */ `../../${script}?in-process=${++runs}`).then(
    () => check(),
    (error: unknown) => {
      fakes.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      end(1);
    },
  );

  return {
    stdout: () => out,
    stderr: () => err,
    exited,
    stdin,
    signal(name) {
      const before = savedListeners.get(name)!;
      for (const listener of process.rawListeners(name)) if (!before.has(listener)) (listener as (signal: string) => void)(name);
    },
    kill: () => end("SIGKILL"),
    closeOutput() {
      stdoutPipe.close();
      stderrPipe.close();
    },
    waitForOutput: outputWaiter(() => ({ out, err }), exited, listeners, "run ended"),
  };
}
