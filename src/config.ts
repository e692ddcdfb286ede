import dotenv from "dotenv";
import { z } from "zod";
import { DEFAULT_MAX_FILE_BYTES } from "./corpus/load.js";

/**
 * Configuration from the environment (and `.env`, read with dotenv), validated with zod.
 * Every variable is documented in `.env.example`.
 */
const snowflake = z.string().regex(/^\d{17,20}$/, "must be a Discord id (17-20 digits)");
const emptyAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const configSchema = z.object({
  DISCORD_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(50, "does not look like a bot token").optional()),
  DISCORD_CLIENT_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  VERBATIM_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default("data/articles")),
  VERBATIM_MAX_FILE_MB: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().positive("must be a positive number of megabytes").default(DEFAULT_MAX_FILE_BYTES / (1024 * 1024)),
  ),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(["debug", "info", "warn", "error"]).default("info")),
  /** Discord REST API base URL (default: Discord's own). Only for tests against a local fake Discord. */
  DISCORD_API_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^\s]+$/, "must be an http(s) URL")
      .optional(),
  ),
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

export function maxFileBytes(config: Config): number {
  return Math.round(config.VERBATIM_MAX_FILE_MB * 1024 * 1024);
}
