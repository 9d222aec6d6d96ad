// Trial-12 class: someone in a PGY-1 year now (a preliminary or transitional year, matched through SOAP or the Match)
// who applies for a categorical position is applying this cycle, not "reapplying after not matching".
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('in a PGY-1 year now and applying: applying, not reapplying', () => {
  it.each([
    'currently a pgy1 in a prelim medicine year, applying to categorical IM this cycle',
    'I am in my TY year right now and applying for neurology',
    'applying this cycle while in prelim surgery',
    'doing a prelim year now (got it through SOAP), applying categorical peds',
    'pgy-1 prelim at the moment, applying again for a categorical spot',
    'so stage: applying again this cycle while in prelim',
  ])('%s', (msg) => {
    expect(read('stage', msg).got.stage, msg).toBe('applying');
  });
});

describe('look-alikes: no training now, or no match at all, is still reapplying', () => {
  it.each([
    'did a TY year already, applying for categorical IM now',
    'went unmatched last year, applying again',
    'reapplying, last cycle 2 interviews 0 match',
    'finished my prelim year in june, now reapplying',
    "didn't match, did SOAP but got nothing, applying again",
  ])('%s', (msg) => {
    expect(read('stage', msg).got.stage, msg).toBe('reapplying');
  });
});
