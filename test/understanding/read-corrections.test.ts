// Corrections inside longer messages, in our own words: "I said A, it's actually B", a joke taken back, a struck choice,
// "not just X"; the value that stands is stored with the one it replaces.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { understand } from '../../src/engine/understand/understand.js';
import { conversation } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const stored = (pending: ProfileField, profile: Profile, message: string) =>
  Object.fromEntries(understand(message, { pending, profile, now: NOW }).updates.map((u) => [u.field, u.value]));

describe('"I said A, it\'s actually B"', () => {
  it('keeps B with the field named only in A', () => {
    expect(stored('usce', { graduationYear: 2021 }, 'hmm i said 2021 for my grad year but it was actually 2020').graduationYear).toBe(2020);
  });
  it('carries A\'s unit onto B\'s parts and does not add them to A', () => {
    expect(stored('stage', { usce: { months: 4, kind: 'hands_on', where: ['other_us'] } }, 'i put 4 months hands on, it should be 3 hands on + 1 observership').usce)
      .toMatchObject({ months: 4, kind: 'mixed' });
  });
  it('reads the rest of the message too', () => {
    const out = stored('research', { step2ck: { taken: true, score: 233, attempts: 1 } }, 'i typed 233 for ck, meant 238. research: 2 posters');
    expect(out.step2ck).toMatchObject({ score: 238 });
    expect(out.research).toMatchObject({ posters: 2 });
  });
});

describe('taken back and struck', () => {
  it('a joke taken back is not stored ("put my ck as 270 haha jk")', () => {
    expect(stored('couples', { step2ck: { taken: true, score: 231, attempts: 1 } }, 'put my ck as 270 haha jk. not couples matching').step2ck).toBeUndefined();
  });
  it('"scratch FM, IM is the one" leaves FM out', () => {
    expect(stored('regions', { specialty: { primary: 'family_medicine' } }, 'scratch FM, IM is the one').specialty).toEqual({ primary: 'internal_medicine' });
  });
  it('"scratch the H1B bit" takes back an answer, not the visa named in it', () => {
    expect(stored('step1', { visa: 'needs_h1b' }, 'scratch the H1B bit, J1 is fine too').visa).not.toBe('needs_h1b');
  });
});

describe('"not just X"', () => {
  it('keeps X beside what is added', () => {
    expect(stored('research', { regions: ['san_diego'] }, 'please add orange county too, not just san diego').regions).toEqual(expect.arrayContaining(['san_diego', 'orange_county']));
  });
});

describe('at the read-back', () => {
  it('"I said A, it was actually B" shows the corrected line and asks again; letters of two kinds add up', () => {
    const advice = fakeAdvice();
    const c = conversation(advice);
    ['start', 'FM', 'need a J-1', 'passed first attempt', '231', 'not yet', '2019', '2 months observership in Fresno', '2 US letters', 'English', 'San Diego', 'none', 'none',
      'applying this cycle', 'certified', 'no', 'not yet'].forEach((t) => c.say(t));
    expect(c.asking).toBe('confirmProfile');
    c.say('i said 2 months observership but it was actually 1 observership + 1 hands on');
    expect(c.profile.usce).toMatchObject({ months: 2, kind: 'mixed' });
    expect(c.asking).toBe('confirmProfile');
    c.say('letters: one SLOE and 2 FM letters');
    expect(c.profile.usLors).toMatchObject({ count: 3 });
    expect(c.asking).toBe('confirmProfile');
    expect(advice.planCalls).toBe(0);
  });
});

describe('attempts corrected beside a stored score', () => {
  it('"step 2 was my 3rd try actually, the first one and the second one i failed" keeps the score and changes the attempts', () => {
    const out = stored('step3', { step2ck: { taken: true, score: 228, attempts: 1 } }, 'CK was my 3rd try actually, the first one and the second one i failed');
    expect(out.step2ck).toEqual({ taken: true, score: 228, attempts: 3 });
  });
});
