// One conversation turn over Discord: acknowledge first (ephemeral decided before), ask the advisor, send the replies.
import { MessageFlags, type ChatInputCommandInteraction, type Message, type MessageComponentInteraction, type ModalSubmitInteraction, type RepliableInteraction } from 'discord.js';
import type { Input } from '../../src/domain/io.js';
import { acknowledge, messageOptions, routeDmOnly, sendDm, sendThroughInteraction } from './deliver.js';
import type { DiscordDeps } from './deps.js';
import { conversationId, parseCommand, repliesArePrivate } from './parse.js';
import { withCharts } from './attach-chart.js';
import { renderReplies } from './render.js';
import { commandData } from './shapes.js';

/** Whether this interaction's replies are ephemeral (decided from where it happened, before deferring). */
export function isPrivate(i: { guildId: string | null; context: number | null }): boolean {
  return repliesArePrivate({ guild_id: i.guildId, context: i.context });
}

/** A slash command (or standalone modal) turn: deferred at once; the first message edits the deferred reply, the rest follow up. */
export async function commandTurn(i: ChatInputCommandInteraction | ModalSubmitInteraction, deps: DiscordDeps, input: Input): Promise<void> {
  const ephemeral = isPrivate(i);
  const ack = await acknowledge(() => i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}), deps.log, {
    landed: () => deps.uncertainAcks.has(i.id),
    adopt: () => { i.deferred = true; i.ephemeral = ephemeral; },
  });
  if (ack === 'taken') return;
  const replies = await deps.advisor.handle(conversationId(i.user.id), input);
  const rendered = await withCharts(renderReplies(replies, { typedAnswers: ephemeral }), deps.log);
  if (ack === 'gone') return sendDm(i.user, rendered, deps.log);
  const messages = await routeDmOnly(i.user, rendered, !ephemeral, deps.log);
  await sendThroughInteraction(i, messages, { ephemeral, editFirst: true }, deps.log);
}

/** The `execute` of every conversation command: its data read as Input, then a command turn. */
export async function runConversationCommand(i: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void> {
  const input = parseCommand(commandData(i));
  if (!input) throw new Error(`no conversation input for /${i.commandName}`);
  await commandTurn(i, deps, input);
}

/**
 * A click or typed answer on a question or plan message: acknowledged as an update; a question message loses
 * its components (so it cannot be answered twice), a plan keeps them; the replies come as follow-ups.
 */
export async function componentTurn(i: MessageComponentInteraction | ModalSubmitInteraction, deps: DiscordDeps, input: Input): Promise<void> {
  const ephemeral = isPrivate(i);
  const ack = await acknowledge(() => i.deferUpdate(), deps.log, { landed: () => deps.uncertainAcks.has(i.id), adopt: () => { i.deferred = true; } });
  if (ack === 'taken') return;
  const replies = await deps.advisor.handle(conversationId(i.user.id), input);
  const rendered = await withCharts(renderReplies(replies, { typedAnswers: ephemeral }), deps.log);
  if (ack === 'gone') return sendDm(i.user, rendered, deps.log);
  const messages = await routeDmOnly(i.user, rendered, !ephemeral, deps.log);
  // an answered question loses its buttons; a plan's detail buttons stay, to be used again
  if (input.kind !== 'command') await i.editReply({ components: [] }).catch(() => deps.log.warn('discord.retire_failed'));
  await sendThroughInteraction(i as RepliableInteraction, messages, { ephemeral, editFirst: false }, deps.log);
}

/** A direct message turn: the replies go to the same DM channel. */
export async function messageTurn(message: Message, deps: DiscordDeps, input: Input): Promise<void> {
  const replies = await deps.advisor.handle(conversationId(message.author.id), input);
  if (!message.channel.isSendable()) return;
  for (const m of await withCharts(renderReplies(replies, { typedAnswers: false }), deps.log)) await message.channel.send(messageOptions(m));
}
