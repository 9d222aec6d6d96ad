// Round 18 (understand18b): attempts told as a story, ties by living together, a tie that was once, other people's facts,
// months written as a product, corrections of one part. Each class with messages written for this test (other words,
// order and languages than the development sets'), told while the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { say as sayOn } from '../helpers/say-while-asked.js';

const NOW = new Date('2026-12-07T12:00:00Z');

const START: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' };

/** The shared reply-while-asked helper, on the day these conversations are set. */
const say = (pending: ProfileField, before: Profile, message: string) => sayOn(pending, before, message, NOW);

describe('a fail told beside a later result is an earlier attempt, in every language', () => {
  it.each([
    ['step1', 'step1', 'passei no Step 1 em 2022, mas antes reprovei uma vez'],
    ['step1', 'step1', 'reprobé el step 1 en 2021 y lo aprobé en 2022'],
    ['step2ck', 'step2ck', 'got 228 on CK, the first sitting was a fail though'],
    ['step2ck', 'step2ck', 'CK 219. failed it on my first try, that was the retake'],
  ] as const)('to %s, %s of "%s" is a second attempt', (pending, field, message) => {
    expect(say(pending, START, message).changed[field]).toMatchObject({ attempts: 2 });
  });

  it('a failed score alone is still the first attempt', () => {
    expect(say('step2ck', START, 'failed CK with 207 on the first attempt').changed.step2ck).toMatchObject({ score: 207, attempts: 1 });
  });
});

describe('living with a relative in Southern California is a family tie and a home', () => {
  it.each([
    ['laTies', "my mom's house is in Whittier and I stay with her most of the year"],
    ['laTies', 'my wife and our two kids live with me in Fontana'],
    ['visa', 'H4 dependent, my husband works at a lab in Irvine and I live with him'],
    ['laTies', 'I live with my grandparents in Chula Vista'],
  ] as const)('to %s, "%s" is family and lived', (pending, message) => {
    expect(say(pending, START, message).changed.laTies).toMatchObject({ family: true, lived: true });
  });

  it('living with a friend is no family tie', () => {
    expect(say('laTies', START, 'I stay with a friend from med school in Anaheim').changed.laTies).not.toMatchObject({ family: true });
  });
});

describe('a relative in training in Southern California now lives there; one who stayed there once is no tie', () => {
  it.each([
    'my wife is a pediatrics fellow at Rady Children\'s in San Diego',
    'my sister is a second-year resident at Harbor-UCLA',
    'my fiancé is a PGY-2 in IM at Loma Linda',
  ])('"%s" is family', (message) => {
    expect(say('laTies', START, message).changed.laTies).toMatchObject({ family: true });
  });

  it.each([
    'my uncle stayed in Riverside for a couple of years',
    'my cousins lived in Irvine for 3 years',
    'well, my grandma lived there for some time',
  ])('"%s" is no family tie now', (message) => {
    expect((say('laTies', START, message).changed.laTies as { family?: boolean } | undefined)?.family).not.toBe(true);
  });

  it('a relative in residency outside Southern California leaves the applicant\'s own answer alone', () => {
    expect(say('specialty', {}, 'my wife is in IM residency at UC Davis; I want psych').changed.specialty).toMatchObject({ primary: 'psychiatry' });
  });
});

describe('a question about a friend\'s case, mid-interview, keeps their facts out of the file', () => {
  it.each([
    "I'm asking for my classmate: he has CK 251 and needs an H1B, can he get into Cedars?",
    'asking about my colleague, she failed step 1 once, does she have a chance in LA?',
    'inquiring for my friend, she got 229 on CK. should she apply to FM?',
  ])('"%s" stores nothing', (message) => {
    const before: Profile = { ...START, step1: { result: 'passed', attempts: 1 } };
    const { changed } = say('step2ck', before, message);
    expect(changed.step2ck).toBeUndefined();
    expect(changed.step1).toBeUndefined();
  });

  it('a parent typing for their child at the start still speaks for the applicant', () => {
    expect(say('step1', {}, "I'm typing for my daughter, she passed step 1 on her first attempt").changed.step1).toMatchObject({ result: 'passed', attempts: 1 });
  });
});

describe('a length times a count of blocks is their product', () => {
  it.each([
    ['4 weeks x 3, all observerships in Ohio', 3],
    ['2 months × 2 externships in Houston', 4],
    ['6 wks x 2 rotations, hands-on in Chicago', 3],
  ] as const)('"%s" is %i months', (message, months) => {
    expect(say('usce', START, message).changed.usce).toMatchObject({ months });
  });
});

describe('a correction naming the stored backup replaces the backup, not the first choice', () => {
  const before: Profile = { ...START, specialty: { primary: 'internal_medicine', backup: 'family_medicine' } };
  it.each([
    ['regions', 'backup FM -> change it to psych', 'psychiatry'],
    ['regions', 'actually neuro instead of FM', 'neurology'],
    ['usce', 'switch the family med for peds please', 'pediatrics'],
  ] as const)('to %s, "%s" keeps IM first', (pending, message, backup) => {
    expect(say(pending, before, message).changed.specialty).toEqual({ primary: 'internal_medicine', backup });
  });
});
