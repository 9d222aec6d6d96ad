// Delivery side: sends rendered messages through an interaction, a channel or a DM, handling Discord's error codes.
import {
  DiscordAPIError, MessageFlags, RESTJSONErrorCodes,
  type InteractionEditReplyOptions, type MessageCreateOptions, type RepliableInteraction, type User,
} from 'discord.js';
import type { Logger } from '../../src/runtime/logger.js';
import type { OutMessage } from './out-message.js';

/** Discord's JSON error code of a failed request, if it was one. */
export function discordCode(error: unknown): number | string | undefined {
  return error instanceof DiscordAPIError ? error.code : undefined;
}

/** The interaction can no longer be answered (acknowledged too late, or its 15-minute token expired). */
export function interactionGone(error: unknown): boolean {
  const code = discordCode(error);
  return code === RESTJSONErrorCodes.UnknownInteraction || code === RESTJSONErrorCodes.UnknownWebhook || code === RESTJSONErrorCodes.InvalidWebhookToken;
}

/** Another handler (a second process on the same token) already acknowledged this interaction. */
export function alreadyAcknowledged(error: unknown): boolean {
  return discordCode(error) === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;
}

/** Sent in place of a DM-only message outside the DM. */
export const SENT_TO_DM = 'I sent the file to our direct messages (only you can see it there).';

/**
 * Outside the DM, DM-only messages (personal data files) go to the user's DM and a short note takes their place;
 * in the DM everything stays where it is.
 */
export async function routeDmOnly(user: User, messages: OutMessage[], inDm: boolean, log: Logger): Promise<OutMessage[]> {
  if (inDm || !messages.some((m) => m.dmOnly)) return messages;
  await sendDm(user, messages.filter((m) => m.dmOnly), log);
  return messages.map((m) => (m.dmOnly ? { content: SENT_TO_DM } : m));
}

const body = (m: OutMessage) => ({
  ...(m.content !== undefined ? { content: m.content } : {}),
  ...(m.embeds ? { embeds: m.embeds } : {}),
  ...(m.components ? { components: m.components } : {}),
  ...(m.files ? { files: m.files.map((f) => ({ attachment: f.data, name: f.name, ...(f.description ? { description: f.description } : {}) })) } : {}),
  allowedMentions: { parse: [] }, // never ping anyone with text that may echo user input
});

/** A message as options for a channel message or a DM. */
export function messageOptions(m: OutMessage): MessageCreateOptions {
  return body(m) as MessageCreateOptions;
}

/** A message as options for editing the deferred reply (its ephemeral flag was fixed when deferring). */
export function editOptions(m: OutMessage): InteractionEditReplyOptions {
  return body(m) as InteractionEditReplyOptions;
}

/** Sends messages as a DM; a user who does not accept DMs (50007) is logged, not an error. */
export async function sendDm(user: User, messages: OutMessage[], log: Logger): Promise<void> {
  try {
    for (const m of messages) await user.send(messageOptions(m));
  } catch (error) {
    if (discordCode(error) !== RESTJSONErrorCodes.CannotSendMessagesToThisUser) throw error;
    log.warn('discord.dm_refused', { code: 50007 });
  }
}

/**
 * Sends messages after the interaction was deferred: the first edits the deferred reply when `editFirst`,
 * the rest are follow-ups with the same ephemeral flag. If the interaction token is gone, the rest go by DM.
 */
export async function sendThroughInteraction(
  i: RepliableInteraction, messages: OutMessage[], opts: { ephemeral: boolean; editFirst: boolean }, log: Logger,
): Promise<void> {
  const list = messages.length || !opts.editFirst ? messages : [{ content: 'Done.' }];
  for (const [n, m] of list.entries()) {
    try {
      if (n === 0 && opts.editFirst) await i.editReply(editOptions(m));
      else await i.followUp({ ...messageOptions(m), ...(opts.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) } as never);
    } catch (error) {
      if (!interactionGone(error)) throw error;
      log.warn('discord.interaction_gone', { code: String(discordCode(error)) });
      await sendDm(i.user, list.slice(n), log);
      return;
    }
  }
}

/** Outcome of acknowledging an interaction: done, too late (reply by DM instead), or taken by another process. */
export type Ack = 'ok' | 'gone' | 'taken';

/**
 * When an acknowledgement got a 5xx and its retry a 40060, the first attempt was applied after all: `landed()`
 * says so, and `adopt()` records on the interaction that it is deferred, so the replies can follow.
 */
export interface AckRecovery { landed(): boolean; adopt(): void }

/** Runs the acknowledgement (defer, update or modal) and classifies the expected failures. */
export async function acknowledge(ack: () => Promise<unknown>, log: Logger, recovery?: AckRecovery): Promise<Ack> {
  try {
    await ack();
    return 'ok';
  } catch (error) {
    if (alreadyAcknowledged(error) && recovery?.landed()) {
      log.warn('discord.ack_landed_after_5xx', { code: 40060 });
      recovery.adopt();
      return 'ok';
    }
    if (alreadyAcknowledged(error)) { log.warn('discord.already_acknowledged', { code: 40060 }); return 'taken'; }
    if (interactionGone(error)) { log.warn('discord.ack_too_late', { code: String(discordCode(error)) }); return 'gone'; }
    throw error;
  }
}
