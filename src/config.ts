import dotenv from "dotenv";
import { z } from "zod";
import { DEFAULT_MAX_FILE_BYTES } from "./ingest/load.js";

/**
 * Configuration from the environment (and `.env`, read with dotenv), validated with zod.
 * Every variable is documented in `.env.example`.
 */
const snowflake = z.string().regex(/^\d{17,20}$/, "must be a Discord id (17-20 digits)");
const emptyAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const configSchema = z
  .object({
  DISCORD_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(50, "does not look like a bot token").optional()),
  DISCORD_CLIENT_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  VERBATIM_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default("data/articles")),
  VERBATIM_MAX_FILE_MB: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().positive("must be a positive number of megabytes").default(DEFAULT_MAX_FILE_BYTES / (1024 * 1024)),
  ),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(["debug", "info", "warn", "error"]).default("info")),
  /** Folder of the extraction cache; "off" turns the cache off (every start extracts every article). */
  VERBATIM_CACHE_DIR: z.preprocess(emptyAsUndefined, z.string().default(".cache/verbatim")),
  /** Discord REST API base URL (default: Discord's own). Only for tests against a local fake Discord. */
  DISCORD_API_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^\s]+$/, "must be an http(s) URL")
      .optional(),
  ),
  /** HTTP interactions mode: the application's public key (hex) and the port to serve on. */
  DISCORD_PUBLIC_KEY: z.preprocess(emptyAsUndefined, z.string().regex(/^[0-9a-fA-F]{64}$/, "must be the application's public key: 64 hex digits").optional()),
  INTERACTIONS_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int("must be a port number").min(0, "must be a port number").max(65535, "must be a port number").optional()),
  /** Default 0.0.0.0 (see DEFAULT_INTERACTIONS_HOST). */
  INTERACTIONS_HOST: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** How often the article folder is checked for changes, in ms; 0 turns live updates off. Default 2000. */
  VERBATIM_WATCH_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int("must be whole milliseconds").min(0, "must be 0 (off) or more").optional()),
})
  .superRefine((config, ctx) => {
    if ((config.DISCORD_PUBLIC_KEY === undefined) !== (config.INTERACTIONS_PORT === undefined)) {
      const missing = config.DISCORD_PUBLIC_KEY === undefined ? "DISCORD_PUBLIC_KEY" : "INTERACTIONS_PORT";
      ctx.addIssue({ code: "custom", path: [missing], message: "HTTP interactions mode needs both DISCORD_PUBLIC_KEY and INTERACTIONS_PORT" });
    }
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads `.env` (without overriding the real environment) and validates the result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = ".env"): Config {
  dotenv.config({ path: envFile, quiet: true, processEnv: env as Record<string, string> });
  return parseConfig(env);
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  // Never echo the values: one of them may be the bot token.
  throw new ConfigError(`invalid configuration: ${problems.join("; ")}`);
}

/** HTTP interactions mode is chosen by setting both DISCORD_PUBLIC_KEY and INTERACTIONS_PORT. */
export function httpMode(config: Config): { publicKey: string; port: number; host: string } | null {
  if (config.DISCORD_PUBLIC_KEY === undefined || config.INTERACTIONS_PORT === undefined) return null;
  return { publicKey: config.DISCORD_PUBLIC_KEY, port: config.INTERACTIONS_PORT, host: config.INTERACTIONS_HOST ?? DEFAULT_INTERACTIONS_HOST };
}

export const DEFAULT_INTERACTIONS_HOST = "0.0.0.0";
export const DEFAULT_WATCH_MS = 2_000;

/** How often to look at the article folder (ms), or 0 for never. */
export function watchIntervalMs(config: Config): number {
  return config.VERBATIM_WATCH_MS ?? DEFAULT_WATCH_MS;
}

/** The extraction cache folder, or undefined when the cache is off. */
export function cacheDir(config: Config): string | undefined {
  return /^(?:off|none|false|0)$/i.test(config.VERBATIM_CACHE_DIR) ? undefined : config.VERBATIM_CACHE_DIR;
}

export function maxFileBytes(config: Config): number {
  return Math.round(config.VERBATIM_MAX_FILE_MB * 1024 * 1024);
}
