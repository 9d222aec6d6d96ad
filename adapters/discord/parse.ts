// Parse side: Discord interactions and DM messages (in Discord's documented field names) as the neutral Input.
import { ComponentType } from 'discord.js';
import { COMMANDS, type CommandName, type Input } from '../../src/domain/io.js';
import { ANSWER_INPUT_ID, decodeCustomId } from './custom-id.js';

/** The fields of a slash command's `data` that the parser reads. */
export interface CommandData { name: string; options?: { name: string; type: number; value?: string | number | boolean }[] }

/** The fields of a component interaction's `data` that the parser reads. */
export interface ComponentData { custom_id: string; component_type: number; values?: string[] }

/** A part of a submitted modal: an action row with inputs, a label around one input, or an input itself. */
export interface ModalPart { type: number; custom_id?: string; value?: unknown; components?: readonly ModalPart[]; component?: ModalPart }

/** A modal submission's `data` (rows of text inputs, or in the newer layout, labels). */
export interface ModalData { custom_id: string; components: readonly ModalPart[] }

/** The fields of a MESSAGE_CREATE event that the parser reads. */
export interface MessageData { content: string; author: { id: string; bot?: boolean }; guild_id?: string | null; webhook_id?: string; attachments?: readonly unknown[]; sticker_items?: readonly unknown[] }

/** What a click means: an input for the advisor, a request to type an answer, or nothing we know. */
export type ComponentAction =
  | { kind: 'input'; input: Input }
  | { kind: 'typeAnswer'; questionId: string }
  | { kind: 'unknown' };

/** Slash command name -> advisor command; admin commands are not conversation input. */
const SLASH: ReadonlyMap<string, CommandName> = new Map([['advise', 'start'], ['profile', 'profile'], ['plan', 'plan'], ['ask', 'ask'], ['export', 'export'], ['forget', 'forget']]);
const KNOWN_COMMANDS: ReadonlySet<string> = new Set(COMMANDS);

/** The conversation id of a Discord user: the same in DMs and in every server. */
export function conversationId(userId: string): string {
  return `discord:${userId}`;
}

/** The delivery key of an interaction or message, for de-duplication. */
export function deliveryKey(id: string): string {
  return `discord:${id}`;
}

/** Whether replies must be ephemeral: everywhere except the user's own DM with the bot (context 1). */
export function repliesArePrivate(interaction: { guild_id?: string | null; context?: number | null }): boolean {
  return Boolean(interaction.guild_id) || (interaction.context != null && interaction.context !== 1);
}

/** A conversation slash command as Input (/ask carries its question); undefined for any other command. */
export function parseCommand(data: CommandData): Input | undefined {
  const name = SLASH.get(data.name);
  if (!name) return undefined;
  const arg = data.options?.find((o) => o.type === 3 && typeof o.value === 'string')?.value as string | undefined;
  return name === 'ask' && arg?.trim() ? { kind: 'command', name, arg: arg.trim() } : { kind: 'command', name };
}

/** A button or select click on one of our question messages. */
export function parseComponent(data: ComponentData): ComponentAction {
  const id = decodeCustomId(data.custom_id);
  if (!id) return { kind: 'unknown' };
  if (id.kind === 'choice' && data.component_type === ComponentType.Button) return { kind: 'input', input: { kind: 'choice', questionId: id.questionId, value: id.value } };
  if (id.kind === 'type' && data.component_type === ComponentType.Button) return { kind: 'typeAnswer', questionId: id.questionId };
  const value = data.values?.[0];
  if (id.kind === 'plan' && data.component_type === ComponentType.Button) return { kind: 'input', input: { kind: 'command', name: id.name, ...(id.arg ? { arg: id.arg } : {}) } };
  if (id.kind === 'planSelect' && data.component_type === ComponentType.StringSelect && value) {
    return { kind: 'input', input: { kind: 'command', name: id.name, ...(value !== 'all' ? { arg: value } : {}) } };
  }
  if (id.kind === 'select' && data.component_type === ComponentType.StringSelect && value) return { kind: 'input', input: { kind: 'choice', questionId: id.questionId, value } };
  return { kind: 'unknown' };
}

/**
 * A typed answer from the modal: a choice for the question it was opened on (so an answer typed for an
 * earlier question is recognised as stale by the advisor), or undefined when empty or not ours.
 */
export function parseModal(data: ModalData): Input | undefined {
  const id = decodeCustomId(data.custom_id);
  if (id?.kind !== 'modal') return undefined;
  const inputs = data.components.flatMap((c) => [...(c.components ?? []), ...(c.component ? [c.component] : [])]);
  const value = inputs.find((i) => i.custom_id === ANSWER_INPUT_ID)?.value;
  const text = typeof value === 'string' ? value.trim() : undefined;
  return text ? { kind: 'choice', questionId: id.questionId, value: text } : undefined;
}

/** A DM from a person with an image, file or sticker but no text: it gets a reply asking for typed words. */
export function withoutText(msg: MessageData, botUserId: string): boolean {
  if (msg.guild_id || msg.author.bot || msg.webhook_id || msg.author.id === botUserId) return false;
  return !msg.content.replace(/<@[!&]?\d+>/g, ' ').trim() && ((msg.attachments?.length ?? 0) > 0 || (msg.sticker_items?.length ?? 0) > 0);
}

/**
 * A direct message as Input: free text, or a typed "/plan"-style command. Messages in servers, from bots
 * or webhooks, from the bot itself, and messages without text are not conversation input.
 */
export function parseMessage(msg: MessageData, botUserId: string): Input | undefined {
  if (msg.guild_id || msg.author.bot || msg.webhook_id || msg.author.id === botUserId) return undefined;
  // a mention of the bot (or anyone) carries no meaning for the advisor: "@Match Advisor help" is "help"
  const text = msg.content.replace(/<@[!&]?\d+>/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const slash = /^\/([a-z-]+)(?:\s+([\s\S]*))?$/i.exec(text);
  if (slash) {
    const word = slash[1]!.toLowerCase();
    const name = SLASH.get(word) ?? (KNOWN_COMMANDS.has(word) ? (word as CommandName) : undefined);
    const arg = slash[2]?.trim();
    if (name) return arg && name === 'ask' ? { kind: 'command', name, arg } : { kind: 'command', name };
  }
  return { kind: 'text', text };
}
