// Round 10 (understand10c): a couples match denied a few words before it is no couples match ("not doing couples match").
import { describe, expect, it } from 'vitest';
import { understand, type UnderstandContext } from '../../src/engine/understand/understand.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const couples = (text: string) => understand(text, { profile: {}, now: NOW } as UnderstandContext).updates.find((u) => u.field === 'couples')?.value as { matching?: boolean } | undefined;

describe('a denied couples match is stored as none', () => {
  it.each([
    'not doing couples match, my boyfriend is an engineer.',
    "I'm not doing the couples match, my wife is a nurse",
    "we won't do couples, she is not in medicine",
    'never considered couples, partner is a teacher',
    "don't need the couples match, my husband works in IT",
  ])('%s', (text) => {
    expect(couples(text)?.matching ?? false).toBe(false);
  });
  it('a couples match said is still read ("doing the couples match")', () => {
    expect(couples('my husband and I are both IMGs, doing the couples match')?.matching).toBe(true);
  });
});
