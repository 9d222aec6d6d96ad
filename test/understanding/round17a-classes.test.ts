// Round 17 (understand17a): quantities, totals and parts, pasted blocks. Each class with messages written for this
// test (other words, order and forms than the development sets'), told while the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { step } from '../../src/engine/step.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { stateOf } from './grade.js';

const START: Profile = { specialty: { primary: 'internal_medicine' } };

/** The bot waits on `pending` with `before` stored; the applicant says `message`: what changed, and what is asked next. */
function say(pending: ProfileField, before: Profile, message: string) {
  const state = stateOf({ id: 'test', kind: 'conversation', pending, before, message, expect: { set: {} } });
  const after = step(state, { kind: 'text', text: message }, { flow: FLOW, advice: fakeAdvice(), now: new Date('2026-12-07T12:00:00Z') }).state;
  const changed = Object.fromEntries(Object.entries(after.profile).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as ProfileField])));
  return { changed: changed as Profile, asked: after.clarifying?.field };
}

describe('a pasted block: each line is read under its own label, never with the number of the line before', () => {
  it('an exam not taken on its own line takes no score from the line above', () => {
    const { changed } = say('step1', START, 'my stats\nStep 1: pass\nStep 2 CK: 238\nStep 3: not yet\nGrad: 2020');
    expect(changed.step2ck).toMatchObject({ taken: true, score: 238 });
    expect(changed.step3).toEqual({ status: 'not_taken' });
    expect(changed.graduationYear).toBe(2020);
  });

  it('a school and its year on their own line, after a comma or in brackets, is the graduation', () => {
    expect(say('step1', START, 'Background\n• Universidad de Carabobo, 2017\n• CK 229').changed.graduationYear).toBe(2017);
    expect(say('step1', START, 'Riphah International University (2020)\nStep 1 passed').changed.graduationYear).toBe(2020);
  });

  it('a line with a count keeps it to its own field', () => {
    const { changed } = say('usLors', START, 'Letters - 3 (all from IM attendings at Cook County)\nStep 3 - 221');
    expect(changed.usLors).toMatchObject({ count: 3, kind: 'clinical' });
    expect(changed.step3).toMatchObject({ status: 'passed', score: 221 });
  });
});

describe('a day of a month is a date, never a count of experience', () => {
  it.each([
    ['started a 6-week IM elective at Cedars on Nov 3, still going', 1.5, ['la_county']],
    ['observership at Mayo, wrapped up on June 14, it was 8 weeks', 2, ['other_us']],
    ['2 weeks shadowing in Tampa, finished March 28', 0.5, ['other_us']],
  ] as const)('"%s" is %s months', (message, months, where) => {
    expect(say('usce', START, message).changed.usce).toMatchObject({ months, where });
  });
});

describe('a length told, then a bare count pointing back at it, is the length once', () => {
  it.each([
    ['10 weeks total and honestly 6 of them were just shadowing', 2.5],
    ['usce is 6 months; 4 of them hands-on in Chicago', 6],
    ['five months in Detroit. Three of those were observerships', 5],
    ['3 months of rotations - 2 were in Fresno, the last one in Boston', 3],
  ] as const)('"%s" is %s months', (message, months) => {
    expect(say('usce', START, message).changed.usce).toMatchObject({ months });
  });
});

describe('a length, the one place all of it was, then its parts by place: the parts restate it', () => {
  it('weeks split by city after a semicolon', () => {
    expect(say('usce', START, '10 weeks of electives, all in Florida; 6 in Miami, 4 in Tampa').changed.usce).toMatchObject({ months: 2.5 });
  });
  it('months split by hospital after a colon', () => {
    expect(say('usce', START, '4 months of obs, all at Mayo: 2 in Rochester, 2 in Phoenix').changed.usce).toMatchObject({ months: 4 });
  });
  it('look-alikes: counts told as coming later are more of it', () => {
    expect(say('usce', START, '2 months of obs. then 1 month in NY and 1 month in Boston').changed.usce).toMatchObject({ months: 4 });
    expect(say('usce', START, '3 months electives, all in Ohio. later 1 month in Miami and 2 in Tampa').changed.usce).toMatchObject({ months: 6 });
  });
});

describe('time in a health job beside rotations: only the rotations are US clinical experience', () => {
  it.each([
    ['worked two and a half years as a scribe in Fresno and did 3 months of electives at UCSD', 3],
    ['six months as an EMT in Austin and one month of externship in Dallas', 1],
    ['1 month obs at Cedars, plus a year and a half as a medical assistant in Glendale', 1],
  ] as const)('"%s" is %s months', (message, months) => {
    expect(say('usce', START, message).changed.usce).toMatchObject({ months });
  });
});

describe('letters counted by where they come from, and "only one" among several', () => {
  it.each([
    ['2 from FM + 2 from my obs attendings in Houston', 4],
    ['1 from the PD + 2 from hospitalists at Sinai', 3],
    ['5 letters, but only one is from the US, the rest are from Lagos', 1],
    ['I have four letters and only one is from a US attending', 1],
  ] as const)('"%s" is %s US letters', (message, count) => {
    expect(say('usLors', START, message).changed.usLors).toMatchObject({ count });
  });
});

describe('an equals sign after a label names the field: the sum after it is the count', () => {
  it.each([
    ['usce = 1 month obs + 4 weeks externship in Ohio', 2],
    ['USCE = 6 wks hands-on (Cleveland) + 1 mo observership', 2.5],
  ] as const)('"%s" is %s months', (message, months) => {
    expect(say('usce', START, message).changed.usce).toMatchObject({ months, kind: 'mixed' });
  });
});
