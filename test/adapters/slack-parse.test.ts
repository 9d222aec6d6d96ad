// Proves the parse side: Slack payloads shaped like the documented examples become the core's Input (or are ignored
// for a stated reason), with conversation ids `slack:<team>:<user>` and the delivery keys used for de-duplication.
import { describe, expect, it } from 'vitest';
import { fileIdFrom } from '../../adapters/slack/admin-files.js';
import { conversationIdOf, parseBlockAction, parseHomeOpened, parseMessageEvent, parseSlashCommand } from '../../adapters/slack/parse.js';
import { slackToPlain } from '../../adapters/slack/slack-text.js';
import { blockAction, dmFileShare, dmMessage, envelope, homeOpened, slashCommand, TEAM, USER } from './slack/payloads.js';

describe('parseMessageEvent (message.im)', () => {
  it('turns a DM into a text input keyed by event_id', () => {
    const parsed = parseMessageEvent(dmMessage('I need a J-1', { eventId: 'Ev0ABC' }), 'UBOT');
    expect(parsed).toEqual({
      kind: 'text',
      where: { teamId: TEAM, userId: USER, channelId: 'D0ALICE' },
      deliveryKey: 'slack:Ev0ABC',
      input: { kind: 'text', text: 'I need a J-1' },
    });
  });

  it('decodes Slack formatting: entities, links, mentions', () => {
    expect(slackToPlain('score &gt; 230 &amp; &lt;good&gt;')).toBe('score > 230 & <good>');
    expect(slackToPlain('<@U0BOT> see <https://www.nrmp.org|NRMP> and <https://x.org>')).toBe('see NRMP and https://x.org');
    expect(slackToPlain('<!here> in <#C0123|general>')).toBe('in #general');
    const parsed = parseMessageEvent(dmMessage('<@UBOT> 226 &amp; first try'));
    expect(parsed.kind === 'text' && parsed.input).toEqual({ kind: 'text', text: '226 & first try' });
  });

  it.each([
    ['message_changed', { subtype: 'message_changed', message: { text: 'x' } }, 'edit_or_system'],
    ['message_deleted', { subtype: 'message_deleted' }, 'edit_or_system'],
    ['channel_join', { subtype: 'channel_join' }, 'edit_or_system'],
    ['bot_message', { subtype: 'bot_message', bot_id: 'B0OTHER' }, 'bot'],
    ['a bot with no subtype', { bot_id: 'B0OTHER' }, 'bot'],
    ['a channel message', { channel_type: 'channel', channel: 'C0GENERAL' }, 'not_dm'],
    ['a group DM', { channel_type: 'mpim', channel: 'G0GROUP' }, 'not_dm'],
  ])('ignores %s', (_name, patch, reason) => {
    const body = dmMessage('text');
    Object.assign(body.event as Record<string, unknown>, patch);
    expect(parseMessageEvent(body, 'UBOT')).toEqual({ kind: 'ignore', reason });
  });

  it("ignores the app's own messages and empty ones, and malformed payloads", () => {
    expect(parseMessageEvent(dmMessage('mine', { user: 'UBOT' }), 'UBOT')).toEqual({ kind: 'ignore', reason: 'self' });
    expect(parseMessageEvent(dmMessage('  <@UBOT> '), 'UBOT')).toEqual({ kind: 'ignore', reason: 'empty' });
    expect(parseMessageEvent({ nonsense: true })).toEqual({ kind: 'ignore', reason: 'malformed' });
    expect(parseMessageEvent(envelope({ type: 'message', channel: 'D1', ts: '1.2', channel_type: 'im' }))).toEqual({ kind: 'ignore', reason: 'malformed' });
  });

  it('reports files shared in the DM (for the admin import), with any text', () => {
    const parsed = parseMessageEvent(dmFileShare({ id: 'F0ABCDEF1', name: 'programs.csv', size: 321 }, { text: 'here it is' }));
    expect(parsed).toMatchObject({ kind: 'files', files: [{ id: 'F0ABCDEF1', name: 'programs.csv', size: 321 }], text: 'here it is' });
  });
});

describe('parseHomeOpened (app_home_opened)', () => {
  it('reads the Home tab and ignores the Messages tab', () => {
    expect(parseHomeOpened(homeOpened())).toMatchObject({ kind: 'home', where: { teamId: TEAM, userId: USER } });
    const messages = homeOpened();
    (messages.event as Record<string, unknown>).tab = 'messages';
    expect(parseHomeOpened(messages)).toEqual({ kind: 'ignore', reason: 'other_tab' });
  });
});

describe('parseSlashCommand (/residency)', () => {
  const input = (text: string) => {
    const p = parseSlashCommand(slashCommand(text));
    return p.kind === 'input' ? p.input : p.kind;
  };

  it('maps subcommands to core commands', () => {
    expect(input('start')).toEqual({ kind: 'command', name: 'start' });
    expect(input('Profile')).toEqual({ kind: 'command', name: 'profile' });
    expect(input('plan')).toEqual({ kind: 'command', name: 'plan' });
    expect(input('forget')).toEqual({ kind: 'command', name: 'forget' });
    expect(input('forget me')).toEqual({ kind: 'command', name: 'forget' });
    expect(input('ask is an observership enough?')).toEqual({ kind: 'command', name: 'ask', arg: 'is an observership enough?' });
    expect(input('ask')).toEqual({ kind: 'command', name: 'ask' });
  });

  it('recognises the admin operations and unknown text', () => {
    expect(parseSlashCommand(slashCommand('import'))).toMatchObject({ kind: 'import' });
    expect(parseSlashCommand(slashCommand('import <https://x.slack.com/files/U1/F0123ABCD/p.csv>'))).toMatchObject({ kind: 'import', fileRef: 'https://x.slack.com/files/U1/F0123ABCD/p.csv' });
    expect(parseSlashCommand(slashCommand('export programs'))).toMatchObject({ kind: 'export' });
    expect(input('export')).toEqual({ kind: 'command', name: 'export' });
    expect(input('')).toBe('usage');
    // a user's word is never looked up on a plain object: Object.prototype names are unknown text
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(input(word)).toBe('usage');
    expect(input('dance')).toBe('usage');
  });

  it('keys the delivery by trigger_id and identifies the person and channel', () => {
    const form = slashCommand('plan', { user: 'U0BOB', channel: 'C0X' });
    const p = parseSlashCommand(form);
    expect(p).toMatchObject({ where: { teamId: TEAM, userId: 'U0BOB', channelId: 'C0X' }, deliveryKey: `slack:cmd:${form.trigger_id}` });
    expect(parseSlashCommand({ text: 'start' })).toEqual({ kind: 'ignore', reason: 'malformed' });
  });
});

describe('parseBlockAction (block_actions)', () => {
  it('reads a button click as a choice on the question named by block_id', () => {
    const p = parseBlockAction(blockAction({ actionId: 'ma_choice_2', blockId: 'ma_q:step1:0', value: 'passed:3' }, { actionTs: '1.5', triggerId: '9.9' }));
    expect(p).toEqual({
      kind: 'choice',
      where: { teamId: TEAM, userId: USER, channelId: 'D0ALICE' },
      deliveryKey: 'slack:action:1.5:9.9',
      input: { kind: 'choice', questionId: 'step1', value: 'passed:3' },
      container: { channelId: 'D0ALICE', ephemeral: false },
    });
  });

  it('reads a static select choice and an ephemeral container', () => {
    const p = parseBlockAction(blockAction({ actionId: 'ma_select', blockId: 'ma_q:regions:1', selected: 'orange_county' }, { channel: 'C0GENERAL', ephemeral: true }));
    expect(p).toMatchObject({ kind: 'choice', input: { questionId: 'regions', value: 'orange_county' }, container: { channelId: 'C0GENERAL', ephemeral: true } });
  });

  it('reads the plan download and the Home start button; ignores foreign or broken actions', () => {
    expect(parseBlockAction(blockAction({ actionId: 'ma_plan_csv', blockId: 'ma_plan_actions', value: 'abc123' }))).toMatchObject({ kind: 'download', planKey: 'abc123' });
    expect(parseBlockAction(blockAction({ actionId: 'ma_home_start', blockId: 'x', value: 'start' }))).toMatchObject({ kind: 'home_start' });
    expect(parseBlockAction(blockAction({ actionId: 'other_app_button', blockId: 'x', value: 'v' }))).toEqual({ kind: 'ignore', reason: 'unknown_action' });
    expect(parseBlockAction(blockAction({ actionId: 'ma_choice_0', blockId: 'not-ours', value: 'v' }))).toEqual({ kind: 'ignore', reason: 'malformed' });
    expect(parseBlockAction({ type: 'view_submission' })).toEqual({ kind: 'ignore', reason: 'malformed' });
  });
});

describe('de-duplication keys (issue 20 item 8: they outlive "forget me" for 24 hours)', () => {
  const strip = (o: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
  const keyOf = (p: { kind: string }) => (p as { deliveryKey?: string }).deliveryKey;

  it('never contain the user id, with or without Slack\'s own ids', () => {
    const click = blockAction({ actionId: 'ma_choice_0', blockId: 'ma_q:confirmForget:0', value: 'yes' });
    const bare = { ...click, trigger_id: undefined, actions: (click.actions as Record<string, unknown>[]).map((a) => strip(a, 'action_ts')) };
    const dm = dmMessage('forget me');
    const keys = [
      keyOf(parseBlockAction(click)), keyOf(parseBlockAction(bare)),
      keyOf(parseSlashCommand(slashCommand('forget'))), keyOf(parseSlashCommand(strip(slashCommand('forget'), 'trigger_id'))),
      keyOf(parseMessageEvent(dm, 'UBOT')), keyOf(parseMessageEvent(strip(dm, 'event_id'), 'UBOT')),
      keyOf(parseHomeOpened(homeOpened())), keyOf(parseHomeOpened(strip(homeOpened(), 'event_id'))),
    ];
    expect(keys.every((k) => typeof k === 'string' && k.length > 6)).toBe(true);
    for (const k of keys) expect(k).not.toContain(USER);
    // the same bare delivery still gets the same key (a retry is still caught)
    expect(keyOf(parseBlockAction(bare))).toBe(keys[1]);
    expect(keyOf(parseSlashCommand(strip(slashCommand('forget'), 'trigger_id')))).toBe(keys[3]);
  });
});

describe('ids', () => {
  it('names a conversation by workspace and person', () => {
    expect(conversationIdOf('T1', 'U2')).toBe('slack:T1:U2');
  });

  it('finds a file id in a bare id, a permalink or a private URL', () => {
    expect(fileIdFrom('F0123ABCD')).toBe('F0123ABCD');
    expect(fileIdFrom('https://acme.slack.com/files/U0ADMIN/F0123ABCD/programs.csv')).toBe('F0123ABCD');
    expect(fileIdFrom('https://files.slack.com/files-pri/T0TEAM-F0123ABCD/programs.csv')).toBe('F0123ABCD');
    expect(fileIdFrom('https://example.com/programs.csv')).toBeUndefined();
  });
});
