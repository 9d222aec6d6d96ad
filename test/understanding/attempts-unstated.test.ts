// A passed exam with nothing said about attempts is stored as one attempt marked unstated (the plan reads it as unknown);
// any word about the attempt removes the mark. Messages written in our own words.
import { describe, expect, it } from 'vitest';
import { understand, type UnderstandContext } from '../../src/engine/understand/understand.js';
import type { Profile, ProfileField } from '../../src/domain/profile.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const stored = (text: string, pending?: ProfileField, profile: Profile = {}) =>
  Object.fromEntries(understand(text, { pending, profile, now: NOW } as UnderstandContext).updates.map((u) => [u.field, u.value]));

describe('nothing said about attempts: marked unstated', () => {
  it.each([
    ['238', 'step2ck', 238], ['my ck is 231', 'step2ck', 231], ['got 249 on step 2', 'step2ck', 249], ['CK 226, results came last week', 'step2ck', 226], ['step 2 ck: 240', 'step2ck', 240],
  ] as const)('%s', (text, field, score) => {
    expect(stored(text, field).step2ck).toEqual({ taken: true, score, attempts: 1, attemptsUnstated: true });
  });
  it.each(['passed', 'step 1 passed', 'I passed step 1 last year', 'cleared step 1', 'pass'])('step 1: %s', (text) => {
    expect(stored(text, 'step1').step1).toMatchObject({ result: 'passed', attempts: 1, attemptsUnstated: true });
  });
});

describe('a word about the attempt: no mark', () => {
  it.each([
    ['238 first attempt', 238, 1], ['231 on my first try', 231, 1], ['249, first time', 249, 1], ['226 on the second attempt', 226, 2], ['failed once, then 233', 233, 2],
  ] as const)('%s', (text, score, attempts) => {
    expect(stored(text, 'step2ck').step2ck).toEqual({ taken: true, score, attempts });
  });
  it('"it was my first attempt" after an unmarked score clears the mark', () => {
    const profile: Profile = { step2ck: { taken: true, score: 238, attempts: 1, attemptsUnstated: true } };
    expect(stored('it was my first attempt', 'step2ck', profile).step2ck).toEqual({ taken: true, score: 238, attempts: 1 });
  });
  it('step 1 passed first attempt has no mark', () => {
    expect(stored('passed step 1 on the first attempt', 'step1').step1).toEqual({ result: 'passed', attempts: 1 });
  });
});
