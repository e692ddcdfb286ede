/**
 * `npm run deploy-commands`: registers the slash commands with Discord's REST API — in
 * DISCORD_GUILD_ID only when set (takes effect instantly; for development), else globally
 * (may take up to an hour to show). Run it once after changing a command; `npm start` never does.
 */
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from "discord.js";
import { COMMANDS } from "./commands/index.js";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger, describeError } from "./discord/log.js";

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`deploy-commands: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const missing = (["DISCORD_TOKEN", "DISCORD_CLIENT_ID"] as const).filter((name) => !config[name]);
  if (missing.length > 0) {
    process.stderr.write(`deploy-commands: set ${missing.join(" and ")} (in the environment or .env; see .env.example)\n`);
    return 1;
  }
  const log = createLogger({ level: config.LOG_LEVEL });
  log.redact(config.DISCORD_TOKEN!);
  const rest = new REST({ ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}), retries: 1, timeout: 30_000 }).setToken(
    config.DISCORD_TOKEN!,
  );
  const body = COMMANDS.map((command) => command.definition);
  const guild = config.DISCORD_GUILD_ID;
  const route = guild
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID!, guild)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID!);
  try {
    const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
    const where = guild ? `in server ${guild} (instant)` : "globally (may take up to an hour to appear)";
    process.stdout.write(`Registered ${registered.length} command${registered.length === 1 ? "" : "s"} ${where}:\n`);
    for (const command of registered) {
      const options = (command.options ?? []).map((option) => `${option.name}:`).join(" ");
      process.stdout.write(`  /${command.name}${options ? ` ${options}` : ""} (id ${command.id})\n`);
    }
    return 0;
  } catch (error) {
    log.error("could not register the commands", describeError(error));
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`deploy-commands: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
