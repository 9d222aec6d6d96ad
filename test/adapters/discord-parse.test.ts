// Proves the parse side reads Discord's documented interaction and message payloads into the neutral Input.
import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId } from '../../adapters/discord/custom-id.js';
import { conversationId, deliveryKey, parseCommand, parseComponent, parseMessage, parseModal, repliesArePrivate } from '../../adapters/discord/parse.js';
import { click, dm, modalSubmit, slash, user } from './discord/payloads.js';

const APP = '1444444444444444444';
const BOT = '1444444444444444444';
const alice = user('alice');
const server = { guildId: '1300000000000000001', channelId: '1300000000000000002', permissions: '0' };
const dmPlace = { dmChannelId: '1300000000000000003' };
const message = dm(user('bot'), '1300000000000000003', 'What is your visa situation?');

describe('slash commands', () => {
  it('map to advisor commands; /ask carries its trimmed question; admin commands are not conversation input', () => {
    expect(parseCommand(slash(APP, alice, server, 'advise').data)).toEqual({ kind: 'command', name: 'start' });
    expect(parseCommand(slash(APP, alice, dmPlace, 'plan').data)).toEqual({ kind: 'command', name: 'plan' });
    expect(parseCommand(slash(APP, alice, server, 'profile').data)).toEqual({ kind: 'command', name: 'profile' });
    expect(parseCommand(slash(APP, alice, server, 'forget').data)).toEqual({ kind: 'command', name: 'forget' });
    const ask = slash(APP, alice, server, 'ask', [{ name: 'question', type: 3, value: '  is an observership enough? ' }]);
    expect(parseCommand(ask.data)).toEqual({ kind: 'command', name: 'ask', arg: 'is an observership enough?' });
    expect(parseCommand(slash(APP, alice, server, 'ask', [{ name: 'question', type: 3, value: '   ' }]).data)).toEqual({ kind: 'command', name: 'ask' });
    expect(parseCommand(slash(APP, alice, server, 'programs-export').data)).toBeUndefined();
  });

  it('are private everywhere but the DM with the bot', () => {
    expect(repliesArePrivate(slash(APP, alice, server, 'plan'))).toBe(true);
    expect(repliesArePrivate(slash(APP, alice, dmPlace, 'plan'))).toBe(false);
    expect(repliesArePrivate({ context: 2 })).toBe(true); // a group DM through a user-installed app
    expect(repliesArePrivate({})).toBe(false); // an older payload without context, outside any server
  });
});

describe('components and modals', () => {
  it('a button answers its question with the value after the question id, colons included', () => {
    expect(parseComponent(click(APP, alice, server, message, 'ma:q:step1:passed:1').data)).toEqual({ kind: 'input', input: { kind: 'choice', questionId: 'step1', value: 'passed:1' } });
  });

  it('a string select answers with its first value', () => {
    expect(parseComponent(click(APP, alice, dmPlace, message, 'ma:s:visa', ['needs_j1']).data)).toEqual({ kind: 'input', input: { kind: 'choice', questionId: 'visa', value: 'needs_j1' } });
    expect(parseComponent(click(APP, alice, dmPlace, message, 'ma:s:visa', []).data)).toEqual({ kind: 'unknown' });
  });

  it('the typed-answer button asks for the modal; foreign or mismatched ids are unknown', () => {
    expect(parseComponent(click(APP, alice, server, message, 'ma:t:graduationYear').data)).toEqual({ kind: 'typeAnswer', questionId: 'graduationYear' });
    expect(parseComponent(click(APP, alice, server, message, 'other-bot:confirm').data)).toEqual({ kind: 'unknown' });
    expect(parseComponent(click(APP, alice, server, message, 'ma:s:visa').data)).toEqual({ kind: 'unknown' }); // a select id on a button
    expect(parseComponent({ custom_id: 'ma:q:visa', component_type: 2 })).toEqual({ kind: 'unknown' }); // no value
  });

  it('a modal submission answers the question it was opened on, in the row or the label layout', () => {
    expect(parseModal(modalSubmit(APP, alice, server, message, 'ma:m:step2ck', 'answer', ' 226 ').data)).toEqual({ kind: 'choice', questionId: 'step2ck', value: '226' });
    expect(parseModal({ custom_id: 'ma:m:usce', components: [{ type: 18, component: { type: 4, custom_id: 'answer', value: '4 months in LA' } }] }))
      .toEqual({ kind: 'choice', questionId: 'usce', value: '4 months in LA' });
    expect(parseModal(modalSubmit(APP, alice, server, message, 'ma:m:step2ck', 'answer', '  ').data)).toBeUndefined();
    expect(parseModal(modalSubmit(APP, alice, server, message, 'survey', 'answer', 'x').data)).toBeUndefined();
  });

  it('custom ids stay within 100 characters and round-trip', () => {
    const id = encodeCustomId({ kind: 'choice', questionId: 'step1', value: 'passed:2' })!;
    expect(decodeCustomId(id)).toEqual({ kind: 'choice', questionId: 'step1', value: 'passed:2' });
    expect(encodeCustomId({ kind: 'choice', questionId: 'languages', value: 'x'.repeat(90) })).toBeUndefined();
    expect(encodeCustomId({ kind: 'select', questionId: 'bad:id' })).toBeUndefined();
    expect(decodeCustomId('ma:s:visa:extra')).toBeUndefined();
  });
});

describe('direct messages', () => {
  it('text in the DM is free text; typed slash words become commands', () => {
    expect(parseMessage(dm(alice, '1300000000000000003', ' 226 first attempt '), BOT)).toEqual({ kind: 'text', text: '226 first attempt' });
    expect(parseMessage(dm(alice, '1300000000000000003', '/plan'), BOT)).toEqual({ kind: 'command', name: 'plan' });
    expect(parseMessage(dm(alice, '1300000000000000003', '/advise'), BOT)).toEqual({ kind: 'command', name: 'start' });
    expect(parseMessage(dm(alice, '1300000000000000003', '/ask is an observership enough?'), BOT)).toEqual({ kind: 'command', name: 'ask', arg: 'is an observership enough?' });
    expect(parseMessage(dm(alice, '1300000000000000003', '/shrug'), BOT)).toEqual({ kind: 'text', text: '/shrug' });
  });

  it('server messages, bots, webhooks, the bot itself and empty messages are not input', () => {
    expect(parseMessage({ ...dm(alice, '1', 'hi'), guild_id: '1300000000000000001' }, BOT)).toBeUndefined();
    expect(parseMessage(dm({ ...user('other-bot'), bot: true }, '1', 'hi'), BOT)).toBeUndefined();
    expect(parseMessage({ ...dm(alice, '1', 'hi'), webhook_id: '5' }, BOT)).toBeUndefined();
    expect(parseMessage(dm({ ...alice, id: BOT }, '1', 'hi'), BOT)).toBeUndefined();
    expect(parseMessage(dm(alice, '1', ''), BOT)).toBeUndefined();
  });

  it('one conversation per user across DMs and servers; delivery keys per event id', () => {
    expect(conversationId(alice.id)).toBe(`discord:${alice.id}`);
    expect(deliveryKey('1234')).toBe('discord:1234');
  });
});
