// Round 11 (understand11b): "one" after an article and a describing word ("a free one in Queens", "the big one at
// Mayo") stands for a thing named before, never another month or letter; "one" before a unit stays a count.
// Messages written in our own words.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const months = (message: string) => {
  const r = read('usce', message);
  return (r.got.usce as { months?: number } | undefined)?.months ?? (r.r.clarify?.facts as { months?: number } | undefined)?.months;
};

describe('"a free one" is no count', () => {
  it.each([
    ["cant afford the paid observerships, so I've only done 1 month at a free one in Queens", 1],
    ['did 2 months of obs at a big one in Texas', 2],
    ['3 months hands-on at a small one near Detroit', 3],
    ['1 month observership at the VA one', 1],
    ['2 months of externship at a good one, in Miami', 2],
  ])('%s', (message, want) => {
    expect(months(message)).toBe(want);
  });
});

describe('look-alikes: "one" before a unit is still a count', () => {
  it.each([
    ['observership at a free clinic one month', 1],
    ['2 months obs at a hospital, then one month more of hands-on in Ohio', 3],
    ['a one month observership in Boston', 1],
  ])('%s', (message, want) => {
    expect(months(message)).toBe(want);
  });
});
