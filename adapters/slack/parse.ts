// The parse side: Slack payloads (events, slash commands, block actions) -> the core's neutral Input, or a reason to ignore.
import { z } from 'zod';
import { COMMANDS, type CommandName, type Input } from '../../src/domain/io.js';
import { CHOICE_BUTTON, CHOICE_SELECT, HOME_START, PLAN_COMMAND_SELECT, PLAN_CSV, planCommandOf, questionIdOf } from './action-ids.js';
import { anonymousKey } from './delivery-key.js';
import { slackToPlain } from './slack-text.js';

/** Who acted, in which workspace, and in which Slack channel. */
export interface SlackWhere { teamId: string; userId: string; channelId: string }

/** The core's conversation id for one person in one workspace. */
export function conversationIdOf(teamId: string, userId: string): string {
  return `slack:${teamId}:${userId}`;
}

/** Why a payload was dropped without reaching the core. */
export type IgnoreReason = 'malformed' | 'not_dm' | 'edit_or_system' | 'bot' | 'self' | 'empty' | 'other_tab' | 'unknown_action';

/** A file attached to a DM message. */
export interface SharedFile { id: string; name: string; size?: number }

/** A DM message: text for the core, files (with optional text) for an admin import, or ignored. */
export type ParsedMessage =
  | { kind: 'text'; where: SlackWhere; deliveryKey: string; input: Input }
  | { kind: 'files'; where: SlackWhere; deliveryKey: string; files: SharedFile[]; text: string }
  | { kind: 'ignore'; reason: IgnoreReason };

const eventEnvelope = z.object({
  team_id: z.string().optional(),
  event_id: z.string().optional(),
  event: z.looseObject({ type: z.string(), team: z.string().optional() }),
});

const messageEvent = z.object({
  type: z.literal('message'),
  subtype: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  team: z.string().optional(),
  files: z.array(z.object({ id: z.string(), name: z.string().optional(), size: z.number().optional() })).optional(),
});

/** Reads a `message` event callback (message.im). Edits, deletions, bot posts and the app's own posts are ignored. */
export function parseMessageEvent(body: unknown, botUserId?: string): ParsedMessage {
  const envelope = eventEnvelope.safeParse(body);
  if (!envelope.success) return { kind: 'ignore', reason: 'malformed' };
  const parsed = messageEvent.safeParse(envelope.data.event);
  if (!parsed.success) return { kind: 'ignore', reason: 'malformed' };
  const e = parsed.data;
  if (e.channel_type !== undefined && e.channel_type !== 'im') return { kind: 'ignore', reason: 'not_dm' };
  if (e.channel_type === undefined && !e.channel.startsWith('D')) return { kind: 'ignore', reason: 'not_dm' };
  if (e.subtype === 'bot_message' || e.bot_id !== undefined) return { kind: 'ignore', reason: 'bot' };
  if (e.subtype !== undefined && e.subtype !== 'file_share') return { kind: 'ignore', reason: 'edit_or_system' };
  if (!e.user) return { kind: 'ignore', reason: 'malformed' };
  if (botUserId !== undefined && e.user === botUserId) return { kind: 'ignore', reason: 'self' };
  const teamId = envelope.data.team_id ?? e.team;
  if (!teamId) return { kind: 'ignore', reason: 'malformed' };
  const where = { teamId, userId: e.user, channelId: e.channel };
  const deliveryKey = envelope.data.event_id ? `slack:${envelope.data.event_id}` : anonymousKey('msg', e.channel, e.ts);
  const text = slackToPlain(e.text ?? '');
  if (e.files && e.files.length > 0) {
    return { kind: 'files', where, deliveryKey, text, files: e.files.map((f) => ({ id: f.id, name: f.name ?? f.id, ...(f.size !== undefined ? { size: f.size } : {}) })) };
  }
  if (!text) return { kind: 'ignore', reason: 'empty' };
  return { kind: 'text', where, deliveryKey, input: { kind: 'text', text } };
}

/** An App Home tab being opened. */
export type ParsedHomeOpened = { kind: 'home'; where: SlackWhere; deliveryKey: string } | { kind: 'ignore'; reason: IgnoreReason };

const homeEvent = z.object({ type: z.literal('app_home_opened'), user: z.string(), channel: z.string().optional(), tab: z.string().optional(), event_ts: z.string().optional() });

/** Reads an `app_home_opened` event callback; only the Home tab matters (the Messages tab needs no view). */
export function parseHomeOpened(body: unknown): ParsedHomeOpened {
  const envelope = eventEnvelope.safeParse(body);
  const e = envelope.success ? homeEvent.safeParse(envelope.data.event) : undefined;
  if (!envelope.success || !e?.success) return { kind: 'ignore', reason: 'malformed' };
  if (e.data.tab !== undefined && e.data.tab !== 'home') return { kind: 'ignore', reason: 'other_tab' };
  const teamId = envelope.data.team_id;
  if (!teamId) return { kind: 'ignore', reason: 'malformed' };
  const deliveryKey = envelope.data.event_id ? `slack:${envelope.data.event_id}` : anonymousKey('home', e.data.user, e.data.event_ts ?? '');
  return { kind: 'home', where: { teamId, userId: e.data.user, channelId: e.data.channel ?? '' }, deliveryKey };
}

/** A `/residency` invocation: an input for the core, an admin operation, or a request for usage help. */
export type ParsedCommand =
  | { kind: 'input'; where: SlackWhere; deliveryKey: string; input: Input }
  | { kind: 'import'; where: SlackWhere; deliveryKey: string; fileRef?: string }
  | { kind: 'export'; where: SlackWhere; deliveryKey: string }
  | { kind: 'usage'; where: SlackWhere; deliveryKey: string }
  | { kind: 'ignore'; reason: IgnoreReason };

const slashCommand = z.object({
  team_id: z.string(),
  user_id: z.string(),
  channel_id: z.string(),
  command: z.string(),
  text: z.string().optional(),
  trigger_id: z.string().optional(),
});

/** Commands whose words after the name are their argument (`/residency program huntington`). */
const ARG_COMMANDS: ReadonlySet<string> = new Set(['programs', 'program', 'why']);

// Maps, never plain objects: the key is the user's word ("constructor", "__proto__" must find nothing).
const SYNONYMS: ReadonlyMap<string, CommandName> = new Map([['forget me', 'forget'], ['delete', 'forget'], ['begin', 'start'], ['continue', 'start'], ['export my data', 'export'], ['my data', 'export']]);
const KNOWN_COMMANDS: ReadonlySet<string> = new Set(COMMANDS);

/** Reads a slash-command payload: `start`, `profile`, `plan`, `ask <question>`, `forget`, and the admin `import`/`export`. */
export function parseSlashCommand(payload: unknown): ParsedCommand {
  const parsed = slashCommand.safeParse(payload);
  if (!parsed.success) return { kind: 'ignore', reason: 'malformed' };
  const p = parsed.data;
  const where = { teamId: p.team_id, userId: p.user_id, channelId: p.channel_id };
  const deliveryKey = p.trigger_id ? `slack:cmd:${p.trigger_id}` : anonymousKey('cmd', p.team_id, p.user_id, p.text ?? '');
  const text = slackToPlain(p.text ?? '');
  const [head = '', ...rest] = text.split(' ');
  const word = head.toLowerCase();
  const arg = rest.join(' ').trim();
  if (word === 'import') return { kind: 'import', where, deliveryKey, ...(arg ? { fileRef: arg } : {}) };
  if (word === 'export' && /^programs?$/i.test(arg)) return { kind: 'export', where, deliveryKey };
  const name = SYNONYMS.get(text.toLowerCase()) ?? (KNOWN_COMMANDS.has(word) ? (word as CommandName) : undefined);
  if (!name) return { kind: 'usage', where, deliveryKey };
  if (name === 'ask' || ARG_COMMANDS.has(name)) return { kind: 'input', where, deliveryKey, input: { kind: 'command', name: name as CommandName, ...(arg ? { arg } : {}) } };
  return { kind: 'input', where, deliveryKey, input: { kind: 'command', name: name as CommandName } };
}

/** Where the clicked element lives: the channel, and whether its message was ephemeral. */
export interface ActionContainer { channelId: string; ephemeral: boolean }

/** A click: an answer to a question, a plan download, the Home tab's start button, or ignored. */
export type ParsedAction =
  | { kind: 'choice'; where: SlackWhere; deliveryKey: string; input: Input; container: ActionContainer }
  | { kind: 'download'; where: SlackWhere; deliveryKey: string; planKey: string; container: ActionContainer }
  | { kind: 'home_start'; where: SlackWhere; deliveryKey: string }
  | { kind: 'ignore'; reason: IgnoreReason };

const blockActions = z.object({
  type: z.literal('block_actions'),
  team: z.object({ id: z.string() }).nullable().optional(),
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  trigger_id: z.string().optional(),
  container: z.looseObject({ channel_id: z.string().optional(), is_ephemeral: z.boolean().optional() }).optional(),
  channel: z.object({ id: z.string() }).optional(),
  actions: z.array(z.object({
    action_id: z.string(),
    block_id: z.string().optional(),
    action_ts: z.string().optional(),
    value: z.string().optional(),
    selected_option: z.object({ value: z.string() }).nullable().optional(),
  })).min(1),
});

/** Reads a `block_actions` payload produced by the buttons and select this adapter renders. */
export function parseBlockAction(body: unknown): ParsedAction {
  const parsed = blockActions.safeParse(body);
  if (!parsed.success) return { kind: 'ignore', reason: 'malformed' };
  const b = parsed.data;
  const action = b.actions[0]!;
  const teamId = b.team?.id ?? b.user.team_id;
  if (!teamId) return { kind: 'ignore', reason: 'malformed' };
  const channelId = b.container?.channel_id ?? b.channel?.id ?? '';
  const where = { teamId, userId: b.user.id, channelId };
  // the trigger id and action time identify one click; without them, a keyed hash (never the user id in clear)
  const deliveryKey = b.trigger_id || action.action_ts
    ? `slack:action:${action.action_ts ?? ''}:${b.trigger_id ?? ''}`
    : anonymousKey('action', teamId, b.user.id, action.action_id, action.block_id ?? '', action.value ?? '');
  const container = { channelId, ephemeral: b.container?.is_ephemeral === true };
  if (action.action_id === HOME_START) return { kind: 'home_start', where, deliveryKey };
  if (action.action_id === PLAN_CSV) {
    return action.value ? { kind: 'download', where, deliveryKey, planKey: action.value, container } : { kind: 'ignore', reason: 'malformed' };
  }
  const planCommand = planCommandOf(action.action_id);
  if (planCommand) {
    const arg = action.action_id.startsWith(PLAN_COMMAND_SELECT) ? action.selected_option?.value : action.value;
    return { kind: 'choice', where, deliveryKey, container, input: { kind: 'command', name: planCommand, ...(arg && arg !== 'all' ? { arg } : {}) } };
  }
  const isChoice = action.action_id === CHOICE_SELECT || action.action_id.startsWith(CHOICE_BUTTON);
  if (!isChoice) return { kind: 'ignore', reason: 'unknown_action' };
  const questionId = questionIdOf(action.block_id);
  const value = action.action_id === CHOICE_SELECT ? action.selected_option?.value : action.value;
  if (!questionId || !value) return { kind: 'ignore', reason: 'malformed' };
  return { kind: 'choice', where, deliveryKey, input: { kind: 'choice', questionId, value }, container };
}
