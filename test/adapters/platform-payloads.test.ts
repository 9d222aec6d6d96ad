// Proves the adapters read frozen platform payloads (one DM, one slash command, one click per platform, every field a
// real payload carries, ids scrubbed) beside the hand-built ones, and that what they read lands in the profile.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCommand, parseComponent, parseMessage, repliesArePrivate } from '../../adapters/discord/parse.js';
import { parseBlockAction, parseMessageEvent, parseSlashCommand } from '../../adapters/slack/parse.js';
import type { Input } from '../../src/domain/io.js';
import { conversation } from '../helpers/conversation.js';

const payload = (platform: 'discord' | 'slack', name: 'dm' | 'slash' | 'click'): any =>
  JSON.parse(readFileSync(new URL(`../fixtures/platform/${platform}/${name}.json`, import.meta.url), 'utf8'));

/** Sends one parsed input to a conversation that has just started. */
function afterStart(input: Input) {
  const c = conversation();
  c.say('start');
  if (input.kind === 'text') c.say(input.text);
  return c;
}

describe('Slack payloads', () => {
  it('a DM (message.im) becomes text with its event id as delivery key, the bot mention and entities undone', () => {
    const parsed = parseMessageEvent(payload('slack', 'dm'), 'U0000BOT1');
    expect(parsed).toMatchObject({ kind: 'text', where: { teamId: 'T00000001', userId: 'U00000001', channelId: 'D00000001' }, deliveryKey: 'slack:Ev00000001' });
    const c = afterStart(parsed.kind === 'text' ? parsed.input : { kind: 'text', text: '' });
    expect(c.keys).toContain('pickedUp');
    expect(c.profile).toMatchObject({ visa: 'needs_j1', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 226 } });
  });

  it('a slash command becomes the ask command with its question', () => {
    expect(parseSlashCommand(payload('slack', 'slash'))).toMatchObject({
      kind: 'input', where: { teamId: 'T00000001', userId: 'U00000001', channelId: 'C00000001' },
      input: { kind: 'command', name: 'ask', arg: 'how do I explain a Step 1 fail?' },
    });
  });

  it('a button click answers the question named by its block', () => {
    expect(parseBlockAction(payload('slack', 'click'))).toMatchObject({ input: { kind: 'choice', questionId: 'visa', value: 'needs_j1' } });
  });
});

describe('Discord payloads', () => {
  it('a DM (MESSAGE_CREATE) becomes text that fills two answers', () => {
    const input = parseMessage(payload('discord', 'dm'), '1000000000000000010');
    expect(input).toEqual({ kind: 'text', text: 'I graduated in 2019 and have 4 months of hands-on USCE in LA' });
    const c = afterStart(input!);
    expect(c.profile).toMatchObject({ graduationYear: 2019, usce: { months: 4, kind: 'hands_on' } });
  });

  it('a slash command in a server is the trimmed question, answered privately', () => {
    const i = payload('discord', 'slash');
    expect(parseCommand(i.data)).toEqual({ kind: 'command', name: 'ask', arg: 'is an observership enough?' });
    expect(repliesArePrivate(i)).toBe(true);
  });

  it('a button click in the DM answers its question, in the open', () => {
    const i = payload('discord', 'click');
    expect(parseComponent(i.data)).toEqual({ kind: 'input', input: { kind: 'choice', questionId: 'step1', value: 'passed:2' } });
    expect(repliesArePrivate(i)).toBe(false);
  });
});
