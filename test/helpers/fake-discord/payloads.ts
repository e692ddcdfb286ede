/**
 * Discord payloads for the fake Discord, typed by discord-api-types so they stay true to the
 * protocol: users, the guild, and the three kinds of interaction the bot handles.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildHubType,
  GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  type APIApplicationCommandAutocompleteGuildInteraction,
  type APIApplicationCommandInteractionDataStringOption,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIUser,
  type GatewayGuildCreateDispatchData,
} from "discord-api-types/v10";

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A fresh snowflake whose timestamp is now. */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

export const APP_ID = "1200000000000000001";
export const GUILD_ID = "1200000000000000002";
export const CHANNEL_ID = "1200000000000000003";

export const BOT_USER: APIUser = {
  id: APP_ID,
  username: "Verbatim",
  discriminator: "0",
  global_name: null,
  avatar: null,
  bot: true,
};

export function user(id: string, username: string): APIUser {
  return { id, username, discriminator: "0", global_name: username, avatar: null };
}

export const ALICE = user("1300000000000000001", "alice");
export const BOB = user("1300000000000000002", "bob");

export function guildCreate(): GatewayGuildCreateDispatchData {
  return {
    id: GUILD_ID,
    name: "Newsroom",
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: ALICE.id,
    region: "",
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null as GuildHubType | null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: new Date().toISOString(),
    large: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [
      {
        id: CHANNEL_ID,
        type: ChannelType.GuildText,
        guild_id: GUILD_ID,
        name: "news",
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
      },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    unavailable: false,
  } satisfies Omit<GatewayGuildCreateDispatchData, "channels"> & { channels: unknown[] } as GatewayGuildCreateDispatchData;
}

function member(of: APIUser): APIInteractionGuildMember {
  return {
    user: of,
    roles: [],
    joined_at: "2024-01-01T00:00:00.000Z",
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    permissions: "2147483647",
    premium_since: null,
  };
}

function base(by: APIUser) {
  return {
    id: snowflake(),
    application_id: APP_ID,
    token: `interaction-token-${snowflake()}`,
    version: 1 as const,
    guild_id: GUILD_ID,
    guild: { id: GUILD_ID, features: [], locale: Locale.EnglishUS },
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: ChannelType.GuildText as const, name: "news" },
    member: member(by),
    app_permissions: "2147483647",
    locale: Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { 0: GUILD_ID },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10_485_760,
  };
}

function stringOptions(options: Record<string, string>, focused?: string): APIApplicationCommandInteractionDataStringOption[] {
  return Object.entries(options).map(([name, value]) => ({
    name,
    type: ApplicationCommandOptionType.String,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

/** A slash command as a user sends it. */
export function chatInput(name: string, options: Record<string, string> = {}, by: APIUser = ALICE): APIChatInputApplicationCommandGuildInteraction {
  return {
    ...base(by),
    type: InteractionType.ApplicationCommand,
    data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options: stringOptions(options) },
  };
}

/** Autocomplete while the user types into `focused`. */
export function autocomplete(
  name: string,
  options: Record<string, string>,
  focused: string,
  by: APIUser = ALICE,
): APIApplicationCommandAutocompleteGuildInteraction {
  return {
    ...base(by),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options: stringOptions(options, focused) },
  };
}

/** A click on a button of `message`. */
export function buttonClick(message: APIMessage, customId: string, by: APIUser = ALICE): APIMessageComponentButtonInteraction {
  return {
    ...base(by),
    type: InteractionType.MessageComponent,
    message,
    data: { custom_id: customId, component_type: ComponentType.Button },
  } as APIMessageComponentButtonInteraction;
}

/** The message Discord would store for a webhook/interaction body. */
export function messageFrom(body: Record<string, unknown>, id = snowflake(), interaction?: { id: string; name: string; user: APIUser }): APIMessage {
  return {
    id,
    channel_id: CHANNEL_ID,
    author: BOT_USER,
    content: typeof body.content === "string" ? body.content : "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? (body.embeds as APIMessage["embeds"]) : [],
    pinned: false,
    type: interaction ? MessageType.ChatInputCommand : MessageType.Default,
    flags: typeof body.flags === "number" ? body.flags : 0,
    components: Array.isArray(body.components) ? (body.components as APIMessage["components"]) : [],
    application_id: APP_ID,
    webhook_id: APP_ID,
  };
}
