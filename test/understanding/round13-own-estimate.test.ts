// Round 13, a CK score still ahead estimated by the applicant: the conclusion drawn ("nbmes hover around 235-240 so
// prob 240ish", "prob around 230 when i take it in jan") is the prediction, not the low end of the practice range;
// a score already out, or a "probably" about something else, is no estimate.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const ck = (m: string) => read('step2ck', m).got.step2ck as Record<string, unknown> | undefined;

describe('the applicant\'s own conclusion is the prediction', () => {
  it.each([
    ['not yet taken, aiming for like 250 but my nbmes hover around 235-240 so prob 240ish', 240],
    ['prob around 230 when i take it in jan', 230],
    ['havent taken it, uwsa 250 and nbme 238, so realistically 240', 240],
    ['not taken yet, nbmes 228 and 236 so likely 232', 232],
    ['CK is in may, probably 240', 240],
  ])('%s', (m, predicted) => expect(ck(m)).toEqual({ taken: false, predicted }));

  it.each([
    ['took it, got 232, so probably IM is fine', { taken: true, score: 232 }],
    ['took it last week so prob 230ish, waiting for the score', { taken: false, resultPending: true }],
    ['not taken, nbmes 225 and 235, maybe', { taken: false, predicted: 225 }],
  ])('no estimate of a score ahead: %s', (m, value) => expect(ck(m)).toMatchObject(value));

  it('an estimate for an exam already sat is not a score', () => {
    expect(ck('took it in jan, prob around 230 i think')?.score).toBeUndefined();
  });
});
