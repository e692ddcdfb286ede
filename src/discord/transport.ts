import { RESTEvents, Routes, type APIInteraction, type APIInteractionResponse, type REST } from "discord.js";
import type { MessageBody, Transport } from "./interaction.js";

/**
 * Answers over Discord's REST API with the interaction token: the initial response is POSTed to
 * the interaction callback (gateway mode) unless `callback` is given (HTTP mode: the HTTP
 * response carries it). Edits and follow-ups are webhook calls, which need no bot token.
 */
export function restTransport(rest: REST, raw: Pick<APIInteraction, "id" | "token" | "application_id">, callback?: (body: APIInteractionResponse) => Promise<void>): Transport {
  return {
    callback:
      callback ??
      (async (body) => {
        await rest.post(Routes.interactionCallback(raw.id, raw.token), { body, auth: false });
      }),
    async editOriginal(body: MessageBody) {
      await rest.patch(Routes.webhookMessage(raw.application_id, raw.token, "@original"), { body, auth: false });
    },
    async followUp(body: MessageBody) {
      await rest.post(Routes.webhook(raw.application_id, raw.token), { body, auth: false });
    },
  };
}

/**
 * Logs Discord rate-limit events (discord.js REST 'rateLimited'): the first per route in each
 * 10-second window in full, then a count of the rest, so a burst cannot flood the log.
 */
export function logRateLimits(rest: REST, log: { warn(message: string, context?: Record<string, unknown>): void }, windowMs = 10_000): void {
  const windows = new Map<string, { until: number; suppressed: number }>();
  rest.on(RESTEvents.RateLimited, (info) => {
    const now = Date.now();
    const window = windows.get(info.route);
    if (window && now < window.until) {
      window.suppressed += 1;
      return;
    }
    const suppressed = window?.suppressed ?? 0;
    windows.set(info.route, { until: now + windowMs, suppressed: 0 });
    log.warn("Discord rate limit hit", {
      route: info.route,
      method: info.method,
      retryAfterMs: info.retryAfter,
      limit: info.limit,
      global: info.global,
      scope: info.scope,
      ...(suppressed > 0 ? { moreSinceLastLog: suppressed } : {}),
    });
  });
}
