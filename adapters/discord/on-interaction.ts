// Routes every interaction: turns de-duplicate by id, dispatches commands, clicks and typed answers, apologises on failure.
import { MessageFlags, type Interaction, type MessageComponentInteraction, type RepliableInteraction } from 'discord.js';
import { COMMANDS_BY_NAME } from './commands/index.js';
import { acknowledge, discordCode, interactionGone } from './deliver.js';
import type { DiscordDeps } from './deps.js';
import { componentTurn, commandTurn, isPrivate, type TurnOutcome } from './converse.js';
import { parseComponent, parseModal } from './parse.js';
import { answerModal } from './render-question.js';
import { componentData, modalData } from './shapes.js';

/** The short apology a user sees when handling failed. */
export const APOLOGY = 'Sorry, something went wrong on my side. Your answers so far are safe; please try again.';
const NOT_OURS = 'That button is no longer in use. Use /advise to continue.';
const EMPTY_ANSWER = 'I did not get an answer there. Type it again, or use /advise to see the question.';

/** The question text of a question message: its last paragraph (used as the modal's placeholder). */
const questionText = (content: string) => content.split(/\n\n/).pop() ?? '';

async function onComponent(i: MessageComponentInteraction, deps: DiscordDeps): Promise<TurnOutcome> {
  if (!i.isButton() && !i.isStringSelectMenu()) return undefined;
  const action = parseComponent(componentData(i));
  if (action.kind === 'typeAnswer') {
    const modal = answerModal(action.questionId, questionText(i.message.content));
    if (modal) await acknowledge(() => i.showModal(modal), deps.log);
    return undefined;
  }
  if (action.kind === 'unknown') { await i.reply({ content: NOT_OURS, flags: MessageFlags.Ephemeral }); return undefined; }
  return componentTurn(i, deps, action.input);
}

/**
 * Dispatches one interaction. Turns claim the interaction id inside their own transaction (a failed turn leaves
 * it for Discord's retry); the answers without a turn are single by nature, since Discord takes one acknowledgement.
 */
async function route(i: RepliableInteraction, deps: DiscordDeps): Promise<TurnOutcome> {
  if (i.isChatInputCommand()) {
    const command = COMMANDS_BY_NAME.get(i.commandName);
    if (!command) { await i.reply({ content: 'I do not know that command any more.', flags: MessageFlags.Ephemeral }); return undefined; }
    return (await command.execute(i, deps)) ?? undefined;
  }
  if (i.isMessageComponent()) return onComponent(i, deps);
  if (i.isModalSubmit()) {
    const input = parseModal(modalData(i));
    if (!input) { await i.reply({ content: EMPTY_ANSWER, flags: MessageFlags.Ephemeral }); return undefined; }
    return i.isFromMessage() ? componentTurn(i, deps, input) : commandTurn(i, deps, input);
  }
  return undefined;
}

async function apologise(i: RepliableInteraction): Promise<void> {
  const flags = isPrivate(i) ? MessageFlags.Ephemeral : undefined;
  if (i.deferred || i.replied) await i.followUp({ content: APOLOGY, ...(flags ? { flags } : {}) });
  else await i.reply({ content: APOLOGY, ...(flags ? { flags } : {}) });
}

const kindOf = (i: RepliableInteraction) => (i.isChatInputCommand() ? `/${i.commandName}` : i.isModalSubmit() ? 'modal' : 'component');

/**
 * Handles one interaction. A repeated delivery of the same interaction id is dropped without a second
 * answer; a failure is logged by code and answered with a short apology; nothing is ever thrown.
 */
export async function onInteraction(i: Interaction, deps: DiscordDeps): Promise<void> {
  if (!i.isRepliable()) return;
  const started = Date.now();
  const kind = kindOf(i);
  let outcome = 'ok';
  try {
    if ((await route(i, deps)) === 'duplicate') outcome = 'duplicate';
  } catch (error) {
    outcome = 'failed';
    deps.log.error('discord.handler_failed', { kind, code: String(discordCode(error) ?? (error as Error).name) });
    if (!interactionGone(error)) await apologise(i).catch((e) => deps.log.error('discord.apology_failed', { code: String(discordCode(e) ?? (e as Error).name) }));
  } finally {
    deps.log.info('discord.turn', { id: i.id, kind, outcome, ms: Date.now() - started });
  }
}
