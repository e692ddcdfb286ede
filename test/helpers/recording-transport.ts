import type { APIInteraction, APIInteractionResponse } from "discord.js";
import { ask as realAsk } from "../../src/answer/ask.js";
import { COMMANDS } from "../../src/commands/index.js";
import type { AskFunction, CommandContext } from "../../src/commands/types.js";
import type { CorpusHolder } from "../../src/corpus/store.js";
import { createDispatcher } from "../../src/commands/dispatch.js";
import { toIncoming, type MessageBody, type Transport } from "../../src/discord/interaction.js";
import { createLogger, type Logger } from "../../src/discord/log.js";
import { Pager } from "../../src/discord/pager.js";

/** Everything the bot sent for one interaction, in order. */
export type Sent =
  | { kind: "callback"; body: APIInteractionResponse }
  | { kind: "edit"; body: MessageBody }
  | { kind: "followUp"; body: MessageBody };

/** A transport that records instead of sending. */
export function recordingTransport(): { transport: Transport; sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    transport: {
      callback: async (body) => void sent.push({ kind: "callback", body }),
      editOriginal: async (body) => void sent.push({ kind: "edit", body }),
      followUp: async (body) => void sent.push({ kind: "followUp", body }),
    },
  };
}

/** The real dispatcher and handlers, with no network: `answer(raw)` returns what would be sent. */
export function offlineBot(corpus: CorpusHolder, { ask = realAsk, log = createLogger({ level: "error", write: () => undefined }) }: { ask?: AskFunction; log?: Logger } = {}) {
  const pager = new Pager({ log, idleMs: 60_000 });
  const context: CommandContext = { corpus, ask, pager, log, commands: COMMANDS };
  const dispatch = createDispatcher(context);
  return {
    pager,
    dispatch,
    async answer(raw: APIInteraction): Promise<Sent[]> {
      const { transport, sent } = recordingTransport();
      await dispatch(toIncoming(raw, transport));
      return sent;
    },
  };
}
