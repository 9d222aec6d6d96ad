// Round 16 (understand16b): quantities, hedges, negation, short answers, languages. Each class with messages written
// for this test (other words, order and languages than the development sets'), told while the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { step } from '../../src/engine/step.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { stateOf } from './grade.js';

const START: Profile = { specialty: { primary: 'family_medicine' } };

/** The bot waits on `pending` with `before` stored; the applicant says `message`: what changed, and what is asked next. */
function say(pending: ProfileField, before: Profile, message: string) {
  const state = stateOf({ id: 'test', kind: 'conversation', pending, before, message, expect: { set: {} } });
  const after = step(state, { kind: 'text', text: message }, { flow: FLOW, advice: fakeAdvice(), now: new Date('2026-12-07T12:00:00Z') }).state;
  const changed = Object.fromEntries(Object.entries(after.profile).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as ProfileField])));
  return { changed, asked: after.clarifying?.field };
}

describe('a visa said not to be given to the applicant is no choice of it', () => {
  it.each([
    ['H1B for sure. no program would ever sponsor a J1 for someone my age', 'needs_h1b'],
    ['J-1 then, honestly nobody hands out H-1Bs to people with a 215', 'needs_j1'],
    ['quero H1B, ninguém me dá J1 com esse score', 'needs_h1b'],
    ['J1 hi chahiye, H1B koi program deta hi nahi', 'needs_j1'],
    ['necesito H1B; la J1 no me la dan por lo del servicio', 'needs_h1b'],
  ] as const)('"%s" is %s', (message, visa) => {
    expect(say('visa', START, message).changed.visa).toBe(visa);
  });

  it('both named as fine stays either', () => {
    expect(say('visa', START, 'J1 or H1B, both ok with me').changed.visa).toBe('either');
  });
});

describe("another country's residence or status is no US visa: the visa residency needs is asked, or the one chosen kept", () => {
  it.each([
    'I have an iqama, been working in Riyadh since 2019',
    'got my OCI last year, Indian origin but born in Kenya',
    'soy residente permanente de Portugal',
    'I live in Dubai on a golden visa',
  ])('"%s" asks which visa', (message) => {
    const { changed, asked } = say('visa', START, message);
    expect(changed.visa).toBeUndefined();
    expect(asked).toBe('visa');
  });

  it.each([
    ['permanent resident of New Zealand, I will need a J-1', 'needs_j1'],
    ['Singapore PR. H1B is what I want', 'needs_h1b'],
    ['OCI holder, and a US green card since last spring', 'green_card'],
  ] as const)('"%s" is %s', (message, visa) => {
    expect(say('visa', START, message).changed.visa).toBe(visa);
  });
});

describe('a short reply to a two-part question keeps the half it answers and asks the other half', () => {
  const APPLYING: Profile = { ...START, visa: 'needs_j1', stage: 'applying' };

  it.each(['nearly done', 'getting there', 'mostly done lol'])('"%s" to ECFMG keeps it in progress and asks what is missing', (message) => {
    const { changed, asked } = say('ecfmg', APPLYING, message);
    expect(changed.ecfmg).toEqual({ status: 'in_progress' });
    expect(asked).toBe('ecfmg');
  });

  it.each(['yep', 'yes I did', 'got some invites already'])('"%s" to the cycle keeps it submitted and asks the count', (message) => {
    const { changed, asked } = say('cycle', APPLYING, message);
    expect(changed.cycle).toEqual({ submitted: true });
    expect(asked).toBe('cycle');
  });

  it('the count asked for is then read from a bare number', () => {
    const first = stateOf({ id: 'test', kind: 'conversation', pending: 'cycle', before: APPLYING, message: '', expect: { set: {} } });
    const ctx = { flow: FLOW, advice: fakeAdvice(), now: new Date('2026-12-07T12:00:00Z') };
    const afterYes = step(first, { kind: 'text', text: 'yeah' }, ctx).state;
    expect(step(afterYes, { kind: 'text', text: '6' }, ctx).state.profile.cycle).toEqual({ submitted: true, interviews: 6 });
  });

  it('a longer reply, or one that asks something, is not asked again', () => {
    expect(say('ecfmg', APPLYING, 'almost, waiting on the last piece of paperwork from my school registrar').asked).toBeUndefined();
    expect(say('cycle', APPLYING, 'yes sent in september. is it normal to hear nothing until november?').asked).toBeUndefined();
  });

  it('interviews only hoped for are not had', () => {
    expect(say('cycle', APPLYING, 'I hope to get a few interviews by january').changed.cycle).toBeUndefined();
  });
});

describe('a denial over a count, a denied denial, and a first attempt denied before its ordinal', () => {
  const CK_NEXT: Profile = { ...START, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 } };
  const LETTERS_NEXT: Profile = { ...CK_NEXT, step2ck: { taken: true, score: 225, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2020, usce: { months: 2, kind: 'observership', where: ['other_us'] } };

  it.each([
    'I have 2 letters but neither is from a US doctor',
    '3 letters, none from american attendings',
    'none of my 4 LoRs are US ones, all from Lahore',
  ])('"%s" is no US letter', (message) => {
    expect(say('usLors', LETTERS_NEXT, message).changed.usLors).toEqual({ count: 0 });
  });

  it('US letters with another detail denied are still counted', () => {
    expect(say('usLors', LETTERS_NEXT, '2 US letters, neither from FM attendings').changed.usLors).toMatchObject({ count: 2 });
  });

  it.each([
    ["not that I haven't taken it - 228, first try", { taken: true, score: 228, attempts: 1 }],
    ["it's not as if i never sat it lol, 219", { taken: true, score: 219 }],
  ] as const)('"%s" is a CK taken', (message, ck) => {
    expect(say('step2ck', CK_NEXT, message).changed.step2ck).toMatchObject(ck);
  });

  it('a want denied twice is a concession, not a choice', () => {
    expect(say('specialty', {}, "it's not that I don't like psych, peds is just my first choice. peds then psych").changed.specialty).toEqual({ primary: 'pediatrics', backup: 'psychiatry' });
  });

  it.each([
    ['229 - not my first try, my third', 3],
    ['passed with 233. not on the first attempt, it was the 2nd', 2],
  ] as const)('"%s" is attempt %i', (message, attempts) => {
    expect(say('step2ck', CK_NEXT, message).changed.step2ck).toMatchObject({ taken: true, attempts });
  });
});

describe('a rough length restated exactly ("it was 8 weeks") is the exact length, not a second part', () => {
  const USCE_NEXT: Profile = { ...START, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 230, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2021 };

  it.each([
    ['around a month, it was 5 weeks hands-on in Miami', 1.2, 1.2],
    ['about a year - actually it was 10 months of externships in NY', 10, 10],
    ["roughly 3 months, that's 13 weeks of observerships in Boston", 2.9, 3.3],
  ] as const)('"%s"', (message, low, high) => {
    const usce = say('usce', USCE_NEXT, message).changed.usce as { months: number };
    expect(usce.months).toBeGreaterThanOrEqual(low);
    expect(usce.months).toBeLessThanOrEqual(high + 0.15);
  });
});

describe('languages told as a list keep every member, and sign languages keep their name', () => {
  const STEP1_NEXT: Profile = { ...START, visa: 'needs_j1' };

  it.each([
    ['passed first go. I speak Urdu, English and Punjabi in case it helps', ['Urdu', 'English', 'Punjabi']],
    ['passed. Tamil, English and Malayalam if relevant', ['Tamil', 'English', 'Malayalam']],
  ] as const)('"%s"', (message, languages) => {
    expect(say('step1', STEP1_NEXT, message).changed.languages).toEqual(languages);
  });

  it.each([
    ['English and BSL', ['English', 'British Sign Language']],
    ['asl, english, spanish', ['American Sign Language', 'English', 'Spanish']],
  ] as const)('"%s"', (message, languages) => {
    expect(say('languages', { ...STEP1_NEXT, step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 230, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2020, usce: { months: 2, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 2 } }, message).changed.languages).toEqual(languages);
  });
});

describe('an exam failed with its retake ahead, and an exam not sat yet, in Spanish, Portuguese and Hindi-Urdu', () => {
  const STEP1_NEXT: Profile = { ...START, visa: 'needs_j1' };

  it.each([
    'reprovei o step 1 em agosto, vou repetir em janeiro',
    'reprobé step 1, voy a volver a presentarlo en abril',
    'step 1 mein fail hua, phir se dunga next month',
  ])('"%s" is a fail with no pass yet', (message) => {
    expect(say('step1', STEP1_NEXT, message).changed.step1).toEqual({ result: 'failed', attempts: 1 });
  });

  it('"CK abhi diya nahin hai, date april mein hai" is CK not taken', () => {
    expect(say('step2ck', { ...STEP1_NEXT, step1: { result: 'passed', attempts: 1 } }, 'CK abhi diya nahin hai, date april mein hai').changed.step2ck).toMatchObject({ taken: false });
  });
});
