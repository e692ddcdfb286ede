/**
 * A small levelled logger writing one line per entry to stderr (stdout stays for answers).
 * Secrets registered with `redact` (the bot token) are replaced wherever they would appear.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
  /** Never print this secret (nor its dot-separated parts) again. */
  redact(secret: string): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where lines go; default: stderr. */
  write?: (line: string) => void;
}

/** Writes a line to stderr while it is open (once its reader is gone, log lines have nowhere to go). */
function writeStderr(line: string): void {
  if (!process.stderr.destroyed) process.stderr.write(`${line}\n`);
}

export function createLogger({ level = "info", write = writeStderr }: LoggerOptions = {}): Logger {
  const secrets: string[] = [];
  const scrub = (text: string): string => secrets.reduce((out, secret) => out.split(secret).join("[redacted]"), text);
  const emit = (at: LogLevel, message: string, context?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    const details = context && Object.keys(context).length > 0 ? ` ${safeJson(context)}` : "";
    write(scrub(`${new Date().toISOString()} ${at.toUpperCase().padEnd(5)} ${message}${details}`));
  };
  return {
    debug: (message, context) => emit("debug", message, context),
    info: (message, context) => emit("info", message, context),
    warn: (message, context) => emit("warn", message, context),
    error: (message, context) => emit("error", message, context),
    redact(secret) {
      const parts = [secret, ...secret.split(".").filter((part) => part.length >= 6)];
      for (const part of parts) if (part && !secrets.includes(part)) secrets.push(part);
      // Longest first, so a part never leaves the rest of the whole visible.
      secrets.sort((a, b) => b.length - a.length);
    },
  };
}

/** A description of an error fit for a log line: name, message and the first stack frames. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const frames = (error.stack ?? "").split("\n").slice(1, 6).map((line) => line.trim());
  return { error: `${error.name}: ${error.message}`, ...(frames.length ? { stack: frames } : {}) };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/**
 * Logs errors nobody caught — unhandled promise rejections and uncaught exceptions — with their
 * context and keeps the process running: one failed reply must not end every conversation.
 * Returns a function that removes the guards (tests).
 */
export function guardProcess(log: Logger): () => void {
  const onRejection = (reason: unknown) => log.error("unhandled promise rejection (kept running)", describeError(reason));
  const onException = (error: Error, origin: string) => log.error("uncaught exception (kept running)", { origin, ...describeError(error) });
  // A reader of stdout or stderr that went away (`npm start 2>&1 | head`) is not an error to log:
  // logging it would write to the closed pipe again, forever.
  const onOutputError = (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") log.error("output stream failed", describeError(error));
  };
  process.on("unhandledRejection", onRejection);
  process.on("uncaughtException", onException);
  process.stdout.on("error", onOutputError);
  process.stderr.on("error", onOutputError);
  return () => {
    process.off("unhandledRejection", onRejection);
    process.off("uncaughtException", onException);
    process.stdout.off("error", onOutputError);
    process.stderr.off("error", onOutputError);
  };
}
