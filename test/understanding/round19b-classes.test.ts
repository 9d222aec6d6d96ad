// Round 19 (understand19b): quantities, stages and corrections. Each class with messages written for this test (other
// words, order and languages than the development sets'), told while the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { say as sayOn } from '../helpers/say-while-asked.js';

const NOW = new Date('2026-12-07T12:00:00Z');

const START: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' };
const APPLYING: Profile = { ...START, stage: 'applying' };

/** The shared reply-while-asked helper, on the day these conversations are set. */
const say = (pending: ProfileField, before: Profile, message: string) => sayOn(pending, before, message, NOW);

describe('zero interviews said in words, once the applications are out', () => {
  it.each([
    'ERAS went in on the 25th of september... radio silence since',
    'sent all 70 apps in october. zilch so far',
    'mandé todo en septiembre, nada todavía',
    'submitted early, not a single invite yet',
    'applications are out. nothing so far lol',
  ])('"%s" is submitted with no interviews', (message) => {
    expect(say('cycle', APPLYING, message).changed.cycle).toMatchObject({ submitted: true, interviews: 0 });
  });

  it('"nothing yet" with nothing sent said counts no interviews', () => {
    expect(say('cycle', APPLYING, 'nothing yet').changed.cycle?.interviews).toBeUndefined();
  });

  it('"invites: zero yet" beside a submission keeps the stage at applying', () => {
    expect(say('stage', START, 'submitted, invites: none yet').changed.stage).toBe('applying');
  });
});

describe('a SOAP only hoped away is no reapplication', () => {
  it.each([
    'ERAS done. interviews so far: 0. SOAP: fingers crossed no',
    'submitted in sept, 2 interviews, hopefully no SOAP for me',
  ])('"%s" keeps the stage off reapplying', (message) => {
    expect(say('cycle', APPLYING, message).changed.stage).not.toBe('reapplying');
  });

  it('a SOAP that did not work is still a reapplication', () => {
    expect(say('stage', START, 'went unmatched in march and the SOAP did not work out, so I am applying again').changed.stage).toBe('reapplying');
  });
});

describe('a specialty named in passing', () => {
  it.each([
    ['EM is the goal; I am also putting in a prelim surgery year as a fallback', 'emergency_medicine', 'prelim_surgery'],
    ["neuro categorical, and I'm adding prelim medicine as my plan b", 'neurology', 'prelim_internal_medicine'],
  ])('a prelim year as backup: "%s"', (message, primary, backup) => {
    expect(say('specialty', {}, message).changed.specialty).toEqual({ primary, backup });
  });

  it.each([
    ['I matched ophthalmology (advanced) in March, so now I just need a prelim medicine year', 'prelim_internal_medicine'],
    ['already secured a derm advanced spot, looking only for a transitional year now', 'transitional_year'],
    ['landed a PM&R advanced position last cycle; this time only a TY', 'transitional_year'],
  ])('an advanced match already won leaves only the one-year start: "%s"', (message, primary) => {
    expect(say('specialty', {}, message).changed.specialty).toEqual({ primary });
  });

  it.each([
    'sent applications to both peds and FM',
    'I applied to 45 psych programs and 25 FM programs',
    'ERAS went out to neuro and IM programs this year',
  ])('applications to two specialties are no primary and backup: "%s"', (message) => {
    expect(say('specialty', {}, message).changed.specialty).toBeUndefined();
  });

  it('applications to two, one named as backup, keep the order told', () => {
    expect(say('specialty', {}, 'applied to psych, with FM as my backup').changed.specialty).toEqual({ primary: 'psychiatry', backup: 'family_medicine' });
  });
});

describe('the degree year among the years of a life', () => {
  it.each([
    ['my daughter was born in 2021; my MBBS was 2019', 2019],
    ['we moved to Toronto in 2022 and my degree is from 2018', 2018],
    ['graduation 2016, then the war in 2022 put everything on hold', 2016],
    ['got married in 2020 but graduated 2017', 2017],
  ])('"%s" is %i', (message, year) => {
    expect(say('graduationYear', START, message).changed.graduationYear).toBe(year);
  });
});

describe('exam results told loosely', () => {
  it.each([
    ['step3', 'Step 3 — sat it on nov 28, I think I passed'],
    ['step3', 'did step 3 two weeks ago, pretty sure it went fine and I passed'],
  ] as const)('a pass only believed, just after sitting it, is pending (%s: "%s")', (pending, message) => {
    expect(say(pending, START, message).changed.step3).toEqual({ status: 'pending' });
  });

  it.each([
    'step 3: passed, a two hundred something, the exact number is on my NBME account',
    'passed Step 3 with 200-something',
  ])('"%s" is passed with no score', (message) => {
    expect(say('step3', START, message).changed.step3).toEqual({ status: 'passed' });
  });

  it('Step 2 CK told only by its hundreds stores no score and asks for it', () => {
    const r = say('step2ck', START, 'CK was 200 something');
    expect(r.changed.step2ck).toBeUndefined();
    expect(r.asked).toBe('step2ck');
  });

  it.each([
    ['the official number is 237, I round it up to 240 in conversation', 237],
    ['CK 226 (I say 225 when I round it down)', 226],
  ])('a rounded figure beside the exact one: "%s" is %i', (message, score) => {
    expect(say('step2ck', START, message).changed.step2ck).toMatchObject({ taken: true, score });
  });

  it.each([
    ['should get around 235, my exam is on feb 12', 235],
    ['test date is march 3, should land around 228', 228],
  ])('an estimate for an exam ahead is a prediction: "%s"', (message, predicted) => {
    expect(say('step2ck', START, message).changed.step2ck).toEqual({ taken: false, predicted });
  });
});

describe('interviews counted by specialty add up', () => {
  it.each([
    ['3 psych interviews and 2 FM ones', 5],
    ['got 2 prelim and 4 IM interviews so far', 6],
    ['4 invites in peds + 1 in FM', 5],
  ])('"%s" is %i interviews', (message, interviews) => {
    const r = say('cycle', APPLYING, message);
    expect(r.changed.cycle).toMatchObject({ submitted: true, interviews });
    expect(r.changed.specialty).toBeUndefined();
  });
});

describe('months of a US residency are hands-on experience', () => {
  it.each([
    ['currently a PGY-2 in IM in Cleveland, 14 months in', 14, 'other_us'],
    ['I was a prelim surgery resident at a hospital in Riverside and left after 8 months', 8, 'inland_empire'],
    ['so 10 months of actual residency in Texas before my visa ran out', 10, 'other_us'],
  ])('"%s" is %i months hands-on', (message, months, where) => {
    expect(say('usce', START, message).changed.usce).toEqual({ months, kind: 'hands_on', where: [where] });
  });

  it.each([
    'did 3 years of surgery residency in Egypt, 36 months',
    'my wife is a PGY-1 at UCSD, 5 months in',
  ])('a residency abroad or someone else\'s is not: "%s"', (message) => {
    expect(say('usce', START, message).changed.usce).toBeUndefined();
  });
});
