// One conversation turn over Discord: the turn (which claims the interaction id), acknowledged as soon as it is known new, then the replies.
import { MessageFlags, type ChatInputCommandInteraction, type Message, type MessageComponentInteraction, type ModalSubmitInteraction, type RepliableInteraction } from 'discord.js';
import type { Input, Reply } from '../../src/domain/io.js';
import { acknowledge, type Ack, messageOptions, routeDmOnly, sendDm, sendThroughInteraction } from './deliver.js';
import type { DiscordDeps } from './deps.js';
import { conversationId, deliveryKey, parseCommand, repliesArePrivate } from './parse.js';
import { withCharts } from './attach-chart.js';
import { renderReplies } from './render.js';
import { commandData } from './shapes.js';

/** Whether this interaction's replies are ephemeral (decided from where it happened, before deferring). */
export function isPrivate(i: { guildId: string | null; context: number | null }): boolean {
  return repliesArePrivate({ guild_id: i.guildId, context: i.context });
}

/** What a turn reports to its router: 'duplicate' when another delivery of the same id already ran the turn. */
export type TurnOutcome = 'duplicate' | undefined;

/**
 * One delivery's turn: the delivery key (the interaction or message id) is claimed inside the turn's own
 * transaction, so a turn that fails leaves it unclaimed and Discord's retry is answered; undefined for a repeat.
 */
const deliveryTurn = (deps: DiscordDeps, userId: string, input: Input, id: string): Promise<Reply[] | undefined> =>
  deps.advisor.handleDelivery(conversationId(userId), input, deliveryKey(id));

/** How long a turn may run before the interaction is acknowledged anyway (Discord allows 3 s for the first answer). */
const ACK_WITHIN_MS = 1500;

/**
 * The acknowledgement and the turn, in the order `deps.turnBeforeAck` asks for. Turn first: a repeated delivery is
 * dropped before any answer, and a turn slower than ACK_WITHIN_MS is acknowledged while it runs (Discord's deadline).
 */
async function turnThenAck(deps: DiscordDeps, i: { id: string; user: { id: string } }, input: Input, ack: () => Promise<Ack>): Promise<{ replies: Reply[]; ack: Ack } | 'duplicate'> {
  if (!deps.turnBeforeAck) {
    const acked = await ack();
    if (acked === 'taken') return 'duplicate';
    const replies = await deliveryTurn(deps, i.user.id, input, i.id);
    return replies === undefined ? 'duplicate' : { replies, ack: acked };
  }
  const turn = deliveryTurn(deps, i.user.id, input, i.id);
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => { timer = setTimeout(() => resolve('slow'), ACK_WITHIN_MS); });
  const first = await Promise.race([turn, slow]).finally(() => clearTimeout(timer));
  if (first === undefined) return 'duplicate';
  if (first !== 'slow') return { replies: first, ack: await ack() };
  const acked = await ack();
  const replies = await turn;
  return replies === undefined ? 'duplicate' : { replies, ack: acked };
}

/** A slash command (or standalone modal) turn: deferred once the turn is known new; the first message edits the deferred reply, the rest follow up. */
export async function commandTurn(i: ChatInputCommandInteraction | ModalSubmitInteraction, deps: DiscordDeps, input: Input): Promise<TurnOutcome> {
  const ephemeral = isPrivate(i);
  const done = await turnThenAck(deps, i, input, () => acknowledge(() => i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}), deps.log, {
    landed: () => deps.uncertainAcks.has(i.id),
    adopt: () => { i.deferred = true; i.ephemeral = ephemeral; },
  }));
  // a repeat, or another process acknowledged it first
  if (done === 'duplicate' || done.ack === 'taken') return 'duplicate';
  const { replies, ack } = done;
  const rendered = await withCharts(renderReplies(replies, { typedAnswers: ephemeral }), deps.log);
  if (ack === 'gone') { await sendDm(i.user, rendered, deps.log); return undefined; }
  const messages = await routeDmOnly(i.user, rendered, !ephemeral, deps.log);
  await sendThroughInteraction(i, messages, { ephemeral, editFirst: true }, deps.log);
  return undefined;
}

/** The `execute` of every conversation command: its data read as Input, then a command turn. */
export async function runConversationCommand(i: ChatInputCommandInteraction, deps: DiscordDeps): Promise<TurnOutcome> {
  const input = parseCommand(commandData(i));
  if (!input) throw new Error(`no conversation input for /${i.commandName}`);
  return commandTurn(i, deps, input);
}

/**
 * A click or typed answer on a question or plan message: acknowledged as an update; a question message loses
 * its components (so it cannot be answered twice), a plan keeps them; the replies come as follow-ups.
 */
export async function componentTurn(i: MessageComponentInteraction | ModalSubmitInteraction, deps: DiscordDeps, input: Input): Promise<TurnOutcome> {
  const ephemeral = isPrivate(i);
  const done = await turnThenAck(deps, i, input, () => acknowledge(() => i.deferUpdate(), deps.log, { landed: () => deps.uncertainAcks.has(i.id), adopt: () => { i.deferred = true; } }));
  if (done === 'duplicate' || done.ack === 'taken') return 'duplicate';
  const { replies, ack } = done;
  const rendered = await withCharts(renderReplies(replies, { typedAnswers: ephemeral }), deps.log);
  if (ack === 'gone') { await sendDm(i.user, rendered, deps.log); return undefined; }
  const messages = await routeDmOnly(i.user, rendered, !ephemeral, deps.log);
  // an answered question loses its buttons; a plan's detail buttons stay, to be used again
  if (input.kind !== 'command') await i.editReply({ components: [] }).catch(() => deps.log.warn('discord.retire_failed'));
  await sendThroughInteraction(i as RepliableInteraction, messages, { ephemeral, editFirst: false }, deps.log);
  return undefined;
}

/** A direct message turn: the replies go to the same DM channel. */
export async function messageTurn(message: Message, deps: DiscordDeps, input: Input): Promise<TurnOutcome> {
  const replies = await deliveryTurn(deps, message.author.id, input, message.id);
  if (!replies) return 'duplicate';
  if (!message.channel.isSendable()) return undefined;
  for (const m of await withCharts(renderReplies(replies, { typedAnswers: false }), deps.log)) await message.channel.send(messageOptions(m));
  return undefined;
}
