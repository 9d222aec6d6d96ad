// A status named with its kind in brackets ("a permanent resident (green card)") is the applicant's own status, not a
// doctor in training spoken of; a resident doctor with a bracket ("my brother is a resident (IM)") stays someone else.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

function atVisa() {
  const c = conversation();
  c.say('hi');
  c.say('internal medicine, backup FM');
  return c;
}

describe('a status with its kind in brackets', () => {
  for (const words of ['I am a permanent resident (green card)', 'lawful permanent resident (GC since 2019)', "i'm a legal permanent resident (got the card last year)"])
    it(`"${words}" stores a green card`, () => {
      const c = atVisa();
      c.say(words);
      expect(c.profile.visa).toBe('green_card');
      expect(c.text).not.toMatch(/someone else/);
    });

  it('a resident doctor with a bracket stays someone else', () => {
    const c = atVisa();
    c.say('my brother is a resident (IM, US citizen)');
    expect(c.profile.visa).toBeUndefined();
  });
});
