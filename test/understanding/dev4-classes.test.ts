// The classes behind the round-4 sealed set's harmful readings, in our own words: English keywords inside other
// languages, the reach of a denial, ECFMG status phrasings, corrections inside a message, other people's places and
// namesake cities, and training already done read as experience rather than a new specialty or region.
import { describe, expect, it } from 'vitest';
import type { ProfileField } from '../../src/domain/profile.js';
import { understand } from '../../src/engine/understand/understand.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const read = (pending: ProfileField, message: string) => understand(message, { pending, profile: {}, now: NOW });
const stored = (pending: ProfileField, message: string) => Object.fromEntries(read(pending, message).updates.map((u) => [u.field, u.value]));

describe('English keywords inside other languages are not read', () => {
  it.each([
    ['cycle', 'enviei o ERAS em outubro, 3 entrevistas até agora', 'specialty'],
    ['visa', 'sou cidadão americano, nasci em Boston e cresci em Recife', 'specialty'],
    ['visa', 'tengo la residencia permanente desde 2021', 'graduationYear'],
    ['visa', 'green card desde 2018, vivo en Texas', 'graduationYear'],
  ] as const)('%s: "%s" stores no %s', (pending, message, wrong) => {
    expect(stored(pending, message)[wrong]).toBeUndefined();
  });

  it.each([
    ['regions', 'quero ficar na Califórnia, qualquer lugar lá', ['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california']],
    ['regions', 'California mein kahin bhi chalega', ['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california']],
  ] as const)('%s: "%s" is the area named, not anywhere', (pending, message, expected) => {
    expect(stored(pending, message).regions).toEqual(expected);
  });

  it('"step 1 ek baar fail, doosri baar mein pass" is passed on the second attempt', () => {
    expect(stored('step1', 'step 1 ek baar fail hua, doosri baar mein pass')).toMatchObject({ step1: { result: 'passed', attempts: 2 } });
  });
});

describe('a denial reaches only what it denies', () => {
  it.each([
    ['usce', '4 months hands-on, zero of it in california, all of it in texas', { usce: { months: 4, where: ['other_us'] } }],
    ['specialty', 'not into surgery or ob anymore, going family medicine', { specialty: { primary: 'family_medicine' } }],
    ['specialty', 'no longer into derm or rads, I want internal medicine', { specialty: { primary: 'internal_medicine' } }],
    ['graduationYear', "I didn't graduate in 2019 like planned, finished in 2020", { graduationYear: 2020 }],
    ['regions', "honestly not even LA specifically, anywhere works", { regions: ['anywhere'] }],
    ['research', 'zero papers, just posters - 2 of them at state meetings', { research: { publications: 0, posters: 2 } }],
    ['research', 'no publications. posters: 4', { research: { publications: 0, posters: 4 } }],
    ['research', 'nothing published, posters only, 5 of those', { research: { publications: 0, posters: 5 } }],
  ] as const)('%s: "%s"', (pending, message, expected) => {
    expect(stored(pending, message)).toMatchObject(expected);
  });
});

describe('ECFMG status phrasings', () => {
  it.each([
    ['my ECFMG certificate got issued two days ago', { status: 'certified' }],
    ['my ECFMG cert was issued back in 2012 and is still valid', { status: 'certified' }],
    ['everything passed, I only have to send the certification application', { status: 'in_progress', missing: ['application'] }],
    ['sat the OET last week, results pending, steps all done', { status: 'in_progress', missing: ['oet'] }],
    ['ECFMG abhi nahi hua, sirf OET baaki hai', { status: 'in_progress', missing: ['oet'] }],
  ] as const)('"%s"', (message, expected) => {
    expect(stored('ecfmg', message).ecfmg).toEqual(expected);
  });
});

describe('corrections and other people inside a message', () => {
  it.each([
    ['specialty', 'FM... no wait, pediatrics. peds first, FM as backup', { specialty: { primary: 'pediatrics', backup: 'family_medicine' } }],
    ['specialty', 'my mom wants me to do surgery (so gen surg) but I am going psych', { specialty: { primary: 'psychiatry' } }],
    ['laTies', 'my in-laws live in Pasadena', { laTies: { family: true } }],
    ['visa', 'arrived as a refugee in 2019, have my green card now', { visa: 'green_card' }],
  ] as const)('%s: "%s"', (pending, message, expected) => {
    expect(stored(pending, message)).toMatchObject(expected);
  });
});

describe('training already done is experience, not a new specialty or region', () => {
  it.each([
    ['usce', 'did a prelim surgery year in Ohio in 2023, that counts as my USCE'],
    ['usce', 'I was an IM resident in Texas for 8 months before I left'],
    ['usce', 'finished PGY-1 in peds at a program in Florida'],
  ] as const)('%s: "%s"', (pending, message) => {
    const s = stored(pending, message);
    expect(s.specialty).toBeUndefined();
    expect(s.regions).toBeUndefined();
  });
});
