// Round 10 (understand10c): "interviewing" said only to be denied ("interviewing? ha I wish. no invites yet") is no
// interviewing stage when the message counts no interview at all. Messages written in our own words.
import { describe, expect, it } from 'vitest';
import { understand, type UnderstandContext } from '../../src/engine/understand/understand.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const stored = (text: string) =>
  Object.fromEntries(understand(text, { profile: {}, now: NOW } as UnderstandContext).updates.map((u) => [u.field, u.value])) as Record<string, unknown>;

describe('no interviews is never the interviewing stage', () => {
  it.each([
    'interviewing? ha I wish. just submitted, no invites yet',
    'interviewing?? lol no. ERAS in, zero interviews so far',
    'am I interviewing? nope, 0 invites, submitted sept 28',
    'interviewing season for others maybe, for me: submitted, no interviews',
    'interviewing... not yet, sent ERAS in sept, 0 IVs',
  ])('%s', (text) => {
    const got = stored(text);
    expect(got.stage).not.toBe('interviewing');
  });
  it('interviews had keep the stage ("submitted in sept, 3 interviews so far")', () => {
    expect(stored('ERAS submitted in september, 3 interviews so far').stage).toBe('interviewing');
  });
});
