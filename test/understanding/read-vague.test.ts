// Vague answers to the question asked, in our own words: one specific question back, nothing guessed or stored.
import { expect, it } from 'vitest';
import type { ProfileField } from '../../src/domain/profile.js';
import { understand } from '../../src/engine/understand/understand.js';

const NOW = new Date('2026-12-06T12:00:00Z');

it.each([
  ['step1', 'finished step 1'],
  ['step3', 'step 3 is sort of ongoing'],
  ['graduationYear', 'a few years back'],
  ['regions', 'wherever my husband can find work'],
  ['languages', 'a little bit of everything'],
  ['stage', "not sure, depends how my CK goes"],
] as const)('%s: "%s" is asked about', (pending: ProfileField, message: string) => {
  const r = understand(message, { pending, profile: {}, now: NOW });
  expect(r.updates.filter((u) => u.field === pending)).toEqual([]);
  expect(r.clarify?.field).toBe(pending);
});

it('a clear answer is not asked about ("english and some tagalog")', () => {
  const r = understand('english and some tagalog', { pending: 'languages', profile: {}, now: NOW });
  expect(r.clarify).toBeUndefined();
  expect(r.updates.map((u) => u.field)).toContain('languages');
});
