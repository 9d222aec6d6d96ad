// Routes direct messages: the interview by plain typing in the DM with the bot (no privileged intent needed).
import type { Message } from 'discord.js';
import { messageTurn } from './converse.js';
import { discordCode, messageOptions } from './deliver.js';
import type { DiscordDeps } from './deps.js';
import { conversationId, parseMessage, withoutText } from './parse.js';
import { APOLOGY } from './on-interaction.js';
import { messageData } from './shapes.js';

/** The answer to a DM with only an image, file or sticker. */
export const TYPED_ONLY = 'I can only read typed messages, so I did not look at that attachment. Please type your answer (or "help").';

/** Handles one message: only DMs from people are conversation input; failures get an apology, nothing throws. */
export async function onMessage(message: Message, botUserId: string, deps: DiscordDeps): Promise<void> {
  const data = messageData(message);
  const input = parseMessage(data, botUserId);
  if (!input) {
    if (withoutText(data, botUserId) && message.channel.isSendable()) {
      // an image or file alone: say what works instead of staying silent (the attachment is not read or kept)
      await message.channel.send(messageOptions({ content: TYPED_ONLY })).catch(() => deps.log.warn('discord.typed_only_failed'));
      deps.log.info('discord.turn', { id: message.id, kind: 'dm', outcome: 'no_text', ms: 0 });
    }
    return;
  }
  const started = Date.now();
  let outcome = 'ok';
  try {
    // the message id is claimed inside the turn, so a turn that fails is answered when Discord delivers it again
    if ((await deps.dmOrder.run(conversationId(message.author.id), () => messageTurn(message, deps, input))) === 'duplicate') outcome = 'duplicate';
  } catch (error) {
    outcome = 'failed';
    const code = discordCode(error);
    if (code === 50007) {
      // the person does not accept DMs from the bot: an apology in the same DM would be refused again
      deps.log.warn('discord.dm_refused', { kind: 'dm', code });
      return;
    }
    deps.log.error('discord.handler_failed', { kind: 'dm', code: String(code ?? (error as Error).name) });
    if (message.channel.isSendable()) {
      await message.channel.send(messageOptions({ content: APOLOGY })).catch(() => deps.log.error('discord.apology_failed', { kind: 'dm' }));
    }
  } finally {
    deps.log.info('discord.turn', { id: message.id, kind: 'dm', outcome, ms: Date.now() - started });
  }
}
