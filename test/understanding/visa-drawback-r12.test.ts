// A visa named with its cost or as impossible ("h1b seems impossible with that 100k fee") is a reason for the other one,
// never a wish for both: storing "either" would open programs the applicant has ruled out.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('the other visa named only as impossible or too costly', () => {
  it.each([
    ['need j1 i think, h1b seems impossible with that 100k fee', 'needs_j1'],
    ['j1 probably, h1b is too expensive now', 'needs_j1'],
    ['h1b, j1 seems impossible for me bc of the 2 year rule', 'needs_h1b'],
  ])('"%s" -> %s', (message, visa) => expect(read('visa', message).got.visa).toBe(visa));
});

describe('look-alikes: both visas still wanted', () => {
  it.each([
    'either, h1b is expensive for programs though',
    'J1 or H1B, both fine, h1b costly for them',
  ])('"%s" stays either', (message) => expect(read('visa', message).got.visa).toBe('either'));
});
