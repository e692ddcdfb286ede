/**
 * One interaction, however it arrived — over the gateway or as an HTTP request — and one way to
 * answer it. The handlers only see `Incoming` and its `Responder`; a `Transport` says how the
 * bytes travel:
 * - gateway: the first response is POSTed to /interactions/{id}/{token}/callback;
 * - HTTP: the first response is the body of the HTTP response to Discord's request.
 * Later edits and follow-ups go to the webhook endpoints with the interaction token in both
 * modes (no bot token needed).
 */
import {
  ApplicationCommandOptionType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIActionRowComponent,
  type APIApplicationCommandInteractionDataOption,
  type APIButtonComponent,
  type APICommandAutocompleteInteractionResponseCallbackData,
  type APIEmbed,
  type APIInteraction,
  type APIInteractionResponse,
} from "discord.js";
import { NO_MENTIONS } from "./limits.js";

/** What a message of ours may carry. */
export interface MessageData {
  content?: string | null;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
}

/** The JSON sent to Discord for a message: always with mentions disabled. */
export interface MessageBody extends MessageData {
  flags?: number;
  allowed_mentions: typeof NO_MENTIONS;
}

export interface Transport {
  /** The interaction's one initial response. */
  callback(body: APIInteractionResponse): Promise<void>;
  /** PATCH /webhooks/{application}/{token}/messages/@original */
  editOriginal(body: MessageBody): Promise<void>;
  /** POST /webhooks/{application}/{token} */
  followUp(body: MessageBody): Promise<void>;
}

export type IncomingKind = "ping" | "command" | "autocomplete" | "button" | "other";

export interface IncomingOption {
  name: string;
  value: string | number | boolean | undefined;
  focused: boolean;
}

/** An interaction as the handlers see it. */
export interface Incoming {
  kind: IncomingKind;
  id: string;
  applicationId: string;
  userId: string;
  guildId: string | null;
  channelId: string | null;
  /** Slash command or autocomplete: the command's name. */
  commandName: string | null;
  /** Top-level options as given (sub-commands are flattened: we have none). */
  options: IncomingOption[];
  /** Button: its custom_id. */
  customId: string | null;
  /** The raw type, for logs. */
  type: number;
  respond: Responder;
}

/** Answers one interaction: acknowledges it exactly once, then edits or follows up. */
export class Responder {
  /** A deferred ("thinking…") response was sent. */
  deferred = false;
  /** A response was sent (reply, update, autocomplete choices) or the deferred one was edited. */
  replied = false;

  constructor(private readonly transport: Transport) {}

  get acknowledged(): boolean {
    return this.deferred || this.replied;
  }

  async reply(message: MessageData, { ephemeral = false }: { ephemeral?: boolean } = {}): Promise<void> {
    this.assertNotAcknowledged();
    await this.transport.callback({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { ...callbackData(message), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) },
    });
    this.replied = true;
  }

  /** "Verbatim is thinking…": the answer follows with `editReply`. */
  async defer(): Promise<void> {
    this.assertNotAcknowledged();
    await this.transport.callback({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    this.deferred = true;
  }

  /** A button click: replaces the message the button belongs to. */
  async update(message: MessageData): Promise<void> {
    this.assertNotAcknowledged();
    await this.transport.callback({ type: InteractionResponseType.UpdateMessage, data: callbackData(message) });
    this.replied = true;
  }

  async autocomplete(choices: APICommandAutocompleteInteractionResponseCallbackData["choices"]): Promise<void> {
    this.assertNotAcknowledged();
    await this.transport.callback({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
    this.replied = true;
  }

  async editReply(message: MessageData): Promise<void> {
    await this.transport.editOriginal(body(message));
    this.replied = true;
  }

  async followUp(message: MessageData, { ephemeral = false }: { ephemeral?: boolean } = {}): Promise<void> {
    await this.transport.followUp({ ...body(message), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  }

  private assertNotAcknowledged(): void {
    if (this.acknowledged) throw new Error("interaction already acknowledged");
  }
}

function body(message: MessageData): MessageBody {
  return { ...message, allowed_mentions: NO_MENTIONS };
}

/** An initial response cannot "clear" the content: a null content is left out. */
function callbackData({ content, ...rest }: MessageData) {
  return { ...rest, ...(content === null || content === undefined ? {} : { content }), allowed_mentions: NO_MENTIONS };
}

/** Reads a raw interaction (gateway dispatch or HTTP body) into what the handlers use. */
export function toIncoming(raw: APIInteraction, transport: Transport): Incoming {
  const user = raw.member?.user ?? raw.user;
  const base = {
    id: raw.id,
    applicationId: raw.application_id,
    userId: user?.id ?? "unknown",
    guildId: raw.guild_id ?? null,
    channelId: raw.channel?.id ?? raw.channel_id ?? null,
    type: raw.type,
    respond: new Responder(transport),
    commandName: null as string | null,
    options: [] as IncomingOption[],
    customId: null as string | null,
  };
  switch (raw.type) {
    case InteractionType.Ping:
      return { ...base, kind: "ping" };
    case InteractionType.ApplicationCommand:
    case InteractionType.ApplicationCommandAutocomplete: {
      const data = raw.data as { name?: unknown; options?: unknown };
      const options = Array.isArray(data.options) ? flattenOptions(data.options as APIApplicationCommandInteractionDataOption[]) : [];
      return {
        ...base,
        kind: raw.type === InteractionType.ApplicationCommand ? "command" : "autocomplete",
        commandName: typeof data.name === "string" ? data.name : "",
        options,
      };
    }
    case InteractionType.MessageComponent: {
      const data = raw.data as { custom_id?: unknown; component_type?: unknown };
      const customId = typeof data.custom_id === "string" ? data.custom_id : "";
      return { ...base, kind: data.component_type === ComponentType.Button ? "button" : "other", customId };
    }
    default:
      return { ...base, kind: "other" };
  }
}

function flattenOptions(options: APIApplicationCommandInteractionDataOption[]): IncomingOption[] {
  const out: IncomingOption[] = [];
  for (const option of options) {
    if (!option || typeof option !== "object") continue;
    if (
      (option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup) &&
      Array.isArray(option.options)
    ) {
      out.push(...flattenOptions(option.options as APIApplicationCommandInteractionDataOption[]));
      continue;
    }
    const value = "value" in option ? option.value : undefined;
    out.push({
      name: String(option.name),
      value: typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : undefined,
      focused: "focused" in option && option.focused === true,
    });
  }
  return out;
}
