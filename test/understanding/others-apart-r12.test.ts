// Unpunctuated text that runs the applicant's fact into someone else's ("h1b only my wife is on h4") keeps the
// applicant's own fact; "my <person>" as the object of a word ("on my husband's H1B", "wherever my wife") is not split.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe("a fact of the applicant's own, then someone else's, with no punctuation", () => {
  it.each([
    ['visa', 'h1b only my wife is on h4 already here in LA', { visa: 'needs_h1b' }],
    ['visa', 'j1 my husband is a us citizen', { visa: 'needs_j1' }],
    ['step2ck', 'ck 231 my friend got 250', { step2ck: { taken: true, score: 231 } }],
  ] as const)('%s: "%s"', (pending, message, want) => expect(read(pending, message).got).toMatchObject(want));
});

describe('look-alikes: "my <person>" as an object stays in its clause', () => {
  it('"I\'m H4 on my husband\'s H1B, EAD approved" is an EAD', () => expect(read('visa', "I'm H4 on my husband's H1B, EAD approved").got.visa).toBe('ead'));
  it('"wherever my wife finds a job" stores no region', () => expect(read('regions', 'wherever my wife finds a job').got.regions).toBeUndefined());
});

describe('a region kept with the reason it cannot move', () => {
  it.each([
    'LA only cant move because wife works here',
    'LA only bc wife\'s job',
    'LA only cant move my wifes job is here',
  ])('"%s" keeps LA', (message) => expect(read('regions', message).got.regions).toEqual(['la_county']));
  it('"can\'t move" says nothing against a tie: "LA only cant move wife job" stores no "no family"', () => {
    expect(read('regions', 'LA only cant move wife job').got.laTies).toBeUndefined();
  });
  it('look-alike: "no family there, cant move anyway" is no family tie', () => {
    expect(read('laTies', 'no family there, cant move anyway').got.laTies).toEqual({ family: false, lived: false, trained: false });
  });
});
