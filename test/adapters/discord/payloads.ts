// Gateway payloads shaped like Discord's documented ones (INTERACTION_CREATE, MESSAGE_CREATE), for tests.
import {
  ApplicationCommandType, ChannelType, ComponentType, InteractionContextType, InteractionType, Locale, MessageType,
  type APIApplicationCommandInteractionDataBasicOption, type APIAttachment, type APIChatInputApplicationCommandInteraction, type APIMessage,
  type APIMessageComponentInteraction, type APIModalSubmitInteraction, type APIUser, type GatewayMessageCreateDispatchData,
} from 'discord.js';
import { snowflake } from './snowflake.js';

/** A Discord user object. */
export function user(name: string): APIUser {
  return { id: snowflake(), username: name, discriminator: '0', global_name: name, avatar: null };
}

/** Where an interaction happens: a server channel (with the member's permission bits) or the DM with the bot. */
export type Place = { guildId: string; channelId: string; permissions: string } | { dmChannelId: string };

/** The fields every interaction carries, for a user in a place. */
function base(appId: string, who: APIUser, place: Place) {
  const common = { id: snowflake(), application_id: appId, token: `tok-${snowflake()}`, version: 1 as const, app_permissions: '2248473465835073', locale: Locale.EnglishUS, entitlements: [], attachment_size_limit: 26_214_400 };
  if ('guildId' in place) {
    return {
      ...common, guild_id: place.guildId, guild_locale: Locale.EnglishUS, channel_id: place.channelId, context: InteractionContextType.Guild,
      guild: { id: place.guildId, locale: Locale.EnglishUS, features: [] },
      channel: { id: place.channelId, type: ChannelType.GuildText as const, guild_id: place.guildId, name: 'general', position: 0, flags: 0, nsfw: false, permissions: place.permissions },
      member: { user: who, roles: [], permissions: place.permissions, joined_at: '2025-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
      authorizing_integration_owners: { 0: place.guildId },
    };
  }
  return {
    ...common, user: who, channel_id: place.dmChannelId, context: InteractionContextType.BotDM,
    channel: { id: place.dmChannelId, type: ChannelType.DM as const, flags: 0, recipients: [who], last_message_id: null },
    authorizing_integration_owners: { 0: '0' },
  };
}

/** A slash command (type 2, data.type 1) with string or attachment options. */
export function slash(appId: string, who: APIUser, place: Place, name: string, options: APIApplicationCommandInteractionDataBasicOption[] = [], attachments?: Record<string, APIAttachment>): APIChatInputApplicationCommandInteraction {
  return { ...base(appId, who, place), type: InteractionType.ApplicationCommand, data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options, ...(attachments ? { resolved: { attachments } } : {}) } } satisfies APIChatInputApplicationCommandInteraction;
}

/** A button (component_type 2) or string-select (3) click on `message`. */
export function click(appId: string, who: APIUser, place: Place, message: APIMessage, customId: string, values?: string[]): APIMessageComponentInteraction {
  const data = values ? { custom_id: customId, component_type: ComponentType.StringSelect as const, values } : { custom_id: customId, component_type: ComponentType.Button as const };
  return { ...base(appId, who, place), type: InteractionType.MessageComponent, message, data } satisfies APIMessageComponentInteraction;
}

/** A modal submission (type 5) opened from `message`, with one text input. */
export function modalSubmit(appId: string, who: APIUser, place: Place, message: APIMessage, customId: string, inputId: string, value: string): APIModalSubmitInteraction {
  return { ...base(appId, who, place), type: InteractionType.ModalSubmit, message, data: { custom_id: customId, components: [{ type: ComponentType.ActionRow, components: [{ type: ComponentType.TextInput, custom_id: inputId, value }] }] } } satisfies APIModalSubmitInteraction;
}

/** A direct message from `who` in their DM channel with the bot (MESSAGE_CREATE without guild_id). */
export function dm(who: APIUser, channelId: string, content: string): GatewayMessageCreateDispatchData {
  return {
    id: snowflake(), channel_id: channelId, channel_type: ChannelType.DM, author: who, content, timestamp: new Date().toISOString(), edited_timestamp: null,
    tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: MessageType.Default, components: [],
  } satisfies GatewayMessageCreateDispatchData;
}
