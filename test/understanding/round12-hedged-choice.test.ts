// Round 12: a choice not made is asked about, never stored.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('a choice handed back to the advisor is asked again', () => {
  it.each([
    ['visa', "whatever's easiest"],
    ['visa', 'whichever is better for me'],
    ['visa', 'idk, you tell me'],
    ['specialty', 'up to you honestly'],
    ['visa', 'whatever you recommend'],
  ] as const)('%s: "%s" -> clarify, nothing stored', (pending, m) => {
    const r = read(pending, m);
    expect(r.got).toEqual({});
    expect(r.clarify).toBe(pending);
  });
  it.each([
    ['visa', 'either is fine', 'either'],
    ['visa', "J1, whatever's easiest", 'needs_j1'],
    ['visa', 'either works', 'either'],
  ] as const)('look-alike %s: "%s" -> %s', (pending, m, v) => expect(read(pending, m).got[pending]).toBe(v));
});

describe('a couples match not yet decided is neither yes nor no', () => {
  it.each([
    "maybe? my girlfriend is also applying but we haven't decided",
    'not sure yet, my gf is applying too',
    'we are still discussing it',
    "idk, he's applying this year too, we'll see",
    'possibly, depends on her step 2',
  ])('"%s" -> clarify couples', (m) => {
    const r = read('couples', m, { visa: 'needs_j1' });
    expect(r.got.couples).toBeUndefined();
    expect(r.clarify).toBe('couples');
  });
  it.each([
    ['yes, not sure about her specialty yet though', true],
    ['no, maybe next cycle', false],
    ["no. my wife isn't applying", false],
  ])('look-alike "%s" -> matching %s', (m, matching) => expect((read('couples', m, { visa: 'needs_j1' }).got.couples as { matching: boolean } | undefined)?.matching).toBe(matching));
});
