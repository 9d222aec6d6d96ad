// Round 12, answers that leave the asked fact open are asked about, never stored as a guess: an exam sat with no
// outcome, a graduation with no year, a visa choice handed back, a couples match not yet decided; and an exam "not
// touched" is not taken.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('an exam sat with no outcome told', () => {
  it.each(['gave step 1 in october', 'sat step 1 last spring', 'wrote step 1 back in 2021', 'took the step 1 in march'])('%s', (m) => {
    const { got, clarify } = read('step1', m);
    expect(got.step1).toBeUndefined();
    expect(clarify).toBe('step1');
  });
  it.each(['gave step 1 in october, passed', 'took step 1 in 2021, 225', 'sat step 1 in may, failed then passed'])('an outcome told is read: %s', (m) => {
    expect(read('step1', m).got.step1).toBeDefined();
  });
  it('asked only when Step 1 is the question', () => {
    const { got, clarify } = read('specialty', 'took step 1 in 2021, CK 240, want IM');
    expect(got.step2ck).toMatchObject({ score: 240 });
    expect(clarify).not.toBe('step1');
  });
  it.each(["haven't touched step 3", 'havent even touched step 3 yet'])('not taken: %s', (m) => {
    expect(read('step3', m).got.step3).toMatchObject({ status: 'not_taken' });
  });
});

describe('a graduation with no year', () => {
  it.each(['graduated from AIIMS Delhi', 'graduated from Kasr Al Ainy', 'passed out from KMC Manipal', 'finished med school in Cairo'])('%s', (m) => {
    const { got, clarify } = read('graduationYear', m);
    expect(got.graduationYear).toBeUndefined();
    expect(clarify).toBe('graduationYear');
  });
  it.each([['graduated 2019 from AIIMS', 2019], ['AIIMS Delhi, class of 2020', 2020]])('a year told is read: %s', (m, y) => {
    expect(read('graduationYear', m).got.graduationYear).toBe(y);
  });
});

describe('a visa choice handed back', () => {
  it.each(["whatever's easiest", 'whichever you think is best', 'whatever is simplest', 'anything thats fastest'])('%s', (m) => {
    const { got, clarify } = read('visa', m);
    expect(got.visa).toBeUndefined();
    expect(clarify).toBe('visa');
  });
  it.each(['whatever', 'either is fine', 'j1 or h1b, whatever works', 'whichever, both ok'])('either: %s', (m) => {
    expect(read('visa', m).got.visa).toBe('either');
  });
});

describe('a couples match not yet decided', () => {
  it.each(["maybe? my girlfriend is also applying but we haven't decided", 'not sure yet', 'maybe', 'still deciding with my wife', 'idk, depends on her step 2'])('%s', (m) => {
    const { got, clarify } = read('couples', m);
    expect(got.couples).toBeUndefined();
    expect(clarify).toBe('couples');
  });
  it.each([
    ['yes, couples with my husband', true],
    ["we're doing couples match, maybe IM for him", true],
    ['no', false],
    ['no, going solo', false],
    ['not doing couples', false],
  ])('decided: %s', (m, matching) => expect(read('couples', m).got.couples).toMatchObject({ matching }));
});
