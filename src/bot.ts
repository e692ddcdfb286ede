import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, type APIInteraction } from "discord.js";
import { ask as askCore } from "./answer/ask.js";
import { COMMANDS } from "./commands/index.js";
import type { AskFunction, CommandContext } from "./commands/types.js";
import type { Corpus } from "./corpus/corpus.js";
import { asHolder, type CorpusHolder } from "./corpus/store.js";
import { createDispatcher } from "./commands/dispatch.js";
import { toIncoming } from "./discord/interaction.js";
import { NO_MENTIONS } from "./discord/limits.js";
import { describeError, type Logger } from "./discord/log.js";
import { Pager } from "./discord/pager.js";
import { logRateLimits, restTransport } from "./discord/transport.js";

export interface BotOptions {
  token: string;
  /** The corpus, or a holder whose current corpus is read at question time (live updates). */
  corpus: Corpus | CorpusHolder;
  log: Logger;
  /** The answering core; tests may inject their own. */
  ask?: AskFunction;
  /** REST API base URL (default: Discord's). The gateway URL is fetched from it (GET /gateway/bot). */
  apiUrl?: string;
  /** How long paging buttons keep working after their last use. */
  pageIdleMs?: number;
  /** Give up logging in after this long. */
  loginTimeoutMs?: number;
  /** On stop, wait at most this long for replies in flight. */
  drainMs?: number;
}

export interface Bot {
  client: Client<true>;
  /** Interactions being answered right now. */
  readonly inFlight: number;
  /** Finishes the replies in flight (bounded), then destroys the client; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Logs in with the Guilds intent only and answers interactions until stopped.
 * Interactions are taken from the gateway as raw payloads and answered through the same
 * dispatcher and Responder as HTTP mode (src/http/), so both modes send the same replies.
 * Commands are not registered here — that is `npm run deploy-commands`.
 */
export async function startBot({ token, corpus, log, ask = askCore, apiUrl, pageIdleMs, loginTimeoutMs = 60_000, drainMs = 8_000 }: BotOptions): Promise<Bot> {
  log.redact(token);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
  const pager = new Pager({ log, ...(pageIdleMs !== undefined ? { idleMs: pageIdleMs } : {}) });
  const context: CommandContext = { corpus: asHolder(corpus), ask, pager, log, commands: COMMANDS };
  const dispatch = createDispatcher(context);
  let stopped = false;

  client.ws.on(GatewayDispatchEvents.InteractionCreate, (raw: APIInteraction) => {
    if (stopped) return;
    void dispatch(toIncoming(raw, restTransport(client.rest, raw)));
  });
  client.on(Events.Error, (error) => log.error("discord client error", describeError(error)));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.Debug, (message) => log.debug(message.replace(/\s+/g, " ")));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn("gateway connection closed for good", { shard, code: event.code }));
  logRateLimits(client.rest, log);

  let loggedIn = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const left = await dispatch.drain(drainMs);
    if (left > 0) log.warn(`stopping with ${left} repl${left === 1 ? "y" : "ies"} unfinished after ${drainMs} ms`);
    await pager.closeAll(false);
    await client.destroy();
    if (loggedIn) log.info("disconnected from Discord");
  };

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`could not log in to Discord within ${Math.round(loginTimeoutMs / 1000)} s`)), loginTimeoutMs);
  });
  try {
    await Promise.race([client.login(token), timeout]);
    const readyClient = await Promise.race([ready, timeout]);
    loggedIn = true;
    log.info(`logged in as ${readyClient.user.tag}; in ${readyClient.guilds.cache.size} server(s); answering /${COMMANDS.map((c) => c.name).join(", /")}`);
    return {
      client: readyClient,
      get inFlight() {
        return dispatch.inFlight;
      },
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
