// discord.js structures read back into Discord's documented payload fields, so the parse side stays pure.
import type { ChatInputCommandInteraction, Message, MessageComponentInteraction, ModalSubmitInteraction } from 'discord.js';
import { ANSWER_INPUT_ID } from './custom-id.js';
import type { CommandData, ComponentData, MessageData, ModalData } from './parse.js';

/** The `data` of a slash-command interaction. */
export function commandData(i: ChatInputCommandInteraction): CommandData {
  return { name: i.commandName, options: i.options.data.map((o) => ({ name: o.name, type: o.type, ...(o.value !== undefined ? { value: o.value } : {}) })) };
}

/** The `data` of a button or select interaction. */
export function componentData(i: MessageComponentInteraction): ComponentData {
  return { custom_id: i.customId, component_type: i.componentType, ...(i.isStringSelectMenu() ? { values: i.values } : {}) };
}

/** The `data` of a modal submission (only the answer field is read). */
export function modalData(i: ModalSubmitInteraction): ModalData {
  let value: string | undefined;
  try { value = i.fields.getTextInputValue(ANSWER_INPUT_ID); } catch { value = undefined; }
  return { custom_id: i.customId, components: [{ type: 1, components: [{ type: 4, custom_id: ANSWER_INPUT_ID, ...(value !== undefined ? { value } : {}) }] }] };
}

/** The fields of a MESSAGE_CREATE event. */
export function messageData(m: Message): MessageData {
  return { content: m.content, author: { id: m.author.id, bot: m.author.bot }, guild_id: m.guildId, ...(m.webhookId ? { webhook_id: m.webhookId } : {}), attachments: [...m.attachments.keys()], sticker_items: [...m.stickers.keys()] };
}
