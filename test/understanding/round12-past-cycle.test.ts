// Round 12: last cycle's facts are left out in one step after reading, whichever reader read them.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('a past cycle tells no count and no stage for this one', () => {
  it.each([
    'went unmatched last year with only 2 interviews',
    'last cycle I got 3 invites',
    'had 4 interviews last year but did not match',
    'previous cycle: applied to 80 programs, 2 interviews',
  ])('"%s" stores no cycle and no interviewing stage', (m) => {
    const got = read('stage', m).got;
    expect(got.cycle).toBeUndefined();
    expect(got.stage).not.toBe('interviewing');
  });
  it.each([
    ['last year 3 interviews. this cycle 2 interviews so far', 2],
    ['2 interviews so far this cycle', 2],
  ])('look-alike "%s" counts this cycle\'s %i', (m, n) => expect((read('stage', m).got.cycle as { interviews?: number } | undefined)?.interviews).toBe(n));
  it('a reapplicant applying again stays a reapplicant', () => expect(read('stage', 'applying again this cycle', { stage: 'reapplying' }).got.stage).toBeUndefined());
});
