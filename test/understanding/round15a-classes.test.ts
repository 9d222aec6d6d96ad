// Round 15 (understand15a): whose fact, which field, corrections. Each class with messages written for this test (other
// words and order than the development sets'), told as a reply while the bot waits on a question, through the real step.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { say } from '../helpers/say-while-asked.js';

const FILE: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 233, attempts: 1 } };
const LATER: Profile = { ...FILE, step3: { status: 'not_taken' }, graduationYear: 2019 };
const DONE: Profile = {
  ...LATER, usce: { months: 3, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 2 }, languages: ['English'], regions: ['anywhere'],
  laTies: { family: false, lived: false, trained: false }, research: { publications: 0, posters: 0 }, stage: 'applying', ecfmg: { status: 'certified' }, couples: { matching: false },
};

describe('regions change only on a wish to train there; a place named for something else leaves them alone', () => {
  it.each([
    ['usLors', 'both letters are from doctors at Loma Linda', FILE],
    ['step3', 'did two years of surgery residency in Chicago before I quit; step 3 passed', FILE],
    ['usce', '4 months hands-on at Harbor-UCLA', LATER],
  ] as const)('asked %s, "%s" stores no training region', (pending, message, before) => {
    expect(say(pending, before, message).changed.regions).toBeUndefined();
  });

  it('a wish said in passing still sets them', () => {
    expect(say('step3', FILE, 'I would like to train in San Diego. step 3 not taken').changed.regions).toEqual(['san_diego']);
  });
});

describe('a correction changes the field that held the old value, whatever question is on screen', () => {
  it('the CK score put right while Step 3 is asked', () => {
    const { changed } = say('step3', FILE, 'oops, I wrote 233 before, it should be 238');
    expect(changed.step2ck).toMatchObject({ score: 238 });
    expect(changed.step3).toBeUndefined();
  });

  it('the graduation year put right while US experience is asked', () => {
    expect(say('usce', LATER, 'not 2019 - the right year is 2018').changed).toEqual({ graduationYear: 2018 });
  });

  it('a Step 3 score called a typo while US experience is asked', () => {
    expect(say('usce', { ...LATER, step3: { status: 'passed', score: 221 } }, '221 was a typo, it is 212').changed).toEqual({ step3: { status: 'passed', score: 212 } });
  });
});

describe('a value said wrong is struck, never kept beside the new one', () => {
  it('a first choice denied is replaced, not kept as first with the new one as backup', () => {
    expect(say('usce', { ...LATER, specialty: { primary: 'family_medicine' } }, 'oh and I am not FM, applying peds').changed.specialty).toEqual({ primary: 'pediatrics' });
  });

  it('a specialty typed by mistake gives way to the one meant', () => {
    expect(say('step3', { ...FILE, specialty: { primary: 'pathology' } }, 'i typed pathology but i meant psychiatry').changed.specialty).toEqual({ primary: 'psychiatry' });
  });

  it('a result said by mistake gives way to the real one', () => {
    expect(say('usce', { ...LATER, step3: { status: 'passed' } }, 'step 3: i said passed, but it was actually a fail').changed.step3).toEqual({ status: 'failed' });
  });
});

describe("the degree's year against the years of other events told beside it", () => {
  it.each([
    ['my internship ended in 2019; the diploma came in 2018', 2018],
    ['wrote finals 2020, degree conferred 2021', 2021],
  ])('"%s" is %i', (message, year) => {
    expect(say('graduationYear', FILE, message).changed.graduationYear).toBe(year);
  });

  it('two years both told as the end of medical school are asked about', () => {
    const { changed, asked } = say('graduationYear', FILE, 'finished med school 2016, but my degree was awarded 2017');
    expect(changed.graduationYear).toBeUndefined();
    expect(asked).toBe('graduationYear');
  });
});

describe('a fact told first and then handed to someone else is theirs', () => {
  it('a score named as a brother\'s stores nothing', () => {
    expect(say('step1', FILE, 'scored 248 on CK. that was my brother though').changed).toEqual({});
  });

  it('a score the applicant hands over, with their own result after it, keeps only their own', () => {
    expect(say('step3', FILE, 'got 219 on step 3 - well my roommate did, mine is still pending').changed.step3).toEqual({ status: 'pending' });
  });

  it("interviews named as the wife's, not mine, are no count of the applicant's", () => {
    expect((say('cycle', DONE, 'submitted in september. 6 interviews, my wife\'s, not mine').changed.cycle as { interviews?: number } | undefined)?.interviews).toBeUndefined();
  });
});

describe('work that is not US clinical experience', () => {
  it('NHS foundation years with their length in brackets are left out; the US months stay', () => {
    expect(say('usce', LATER, 'FY1 and FY2 in Manchester (2 years), then 3 months of observership in Boston').changed.usce).toEqual({ months: 3, kind: 'observership', where: ['other_us'] });
    expect(say('usce', LATER, 'foundation programme in the NHS (24 months) and 2 months hands on in Texas').changed.usce).toMatchObject({ months: 2 });
  });

  it.each([
    'I was working as a scribe in an ER in Fresno for a year',
    'worked one year as a phlebotomist in Queens',
  ])('"%s" stores no experience and asks the question again', (message) => {
    const { changed, asked } = say('usce', LATER, message);
    expect(changed.usce).toBeUndefined();
    expect(asked).toBe('usce');
  });
});
