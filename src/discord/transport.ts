import { Routes, type APIInteraction, type APIInteractionResponse, type REST } from "discord.js";
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
