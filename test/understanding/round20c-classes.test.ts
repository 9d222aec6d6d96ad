// Round 20 (understand20c): whole posts, situations told as past events, and places named by a neighbourhood, a town or a
// hospital. Each class with messages written for this test (other words, order and languages than the development and
// family sets'), told while the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { say as sayOn } from '../helpers/say-while-asked.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const START: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' };
// a file far enough along that the ties and regions questions are the ones pending
const FILED: Profile = { ...START, step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 231, attempts: 1 }, step3: { status: 'not_taken' },
  graduationYear: 2020, usce: { months: 3, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 2, inSpecialty: true, fromCalifornia: false, kind: 'clinical' }, languages: ['English'] };
const TIES_ASKED: Profile = { ...FILED, regions: ['la_county'] };

/** The shared reply-while-asked helper, on the day these conversations are set. */
const say = (pending: ProfileField, before: Profile, message: string) => sayOn(pending, before, message, NOW);

describe('a neighbourhood, a town or a hospital names its region (knowledge/place-names.json)', () => {
  it.each([
    'we rent a small place in Echo Park',
    'my cousins are all in Laguna Niguel',
    'grew up in National City, mom still lives there',
    'I stayed two years in Murrieta with my uncle',
  ])('"%s" is a tie in Southern California', (message) => {
    expect(say('laTies', TIES_ASKED, message).changed.laTies).toBeDefined();
  });
  it.each([
    ['2 months hands-on at Ochsner, 1 month observing at Montefiore', 'other_us'],
    ['observership at Torrance Memorial, 6 weeks', 'la_county'],
  ] as const)('"%s": experience in %s', (message, region) => {
    expect((say('usce', START, message).changed.usce as { where?: string[] } | undefined)?.where).toEqual([region]);
  });
  it.each(['honestly any Kaiser, all the same to me', 'a VA hospital, whichever'])('a health system in many regions is asked about: "%s"', (message) => {
    const r = say('regions', FILED, message);
    expect(r.changed.regions).toBeUndefined();
    expect(r.asked).toBe('regions');
  });
  it('Puerto Rico stays a place of US citizens, not a region', () => {
    expect(say('visa', { specialty: { primary: 'internal_medicine' } }, 'born and raised in Puerto Rico').changed.visa).toBe('us_citizen');
  });
});

describe('where "we" live is the applicant\'s home, and the relative\'s beside them', () => {
  it.each([
    'my husband got a job at a bank downtown, so we moved to Glendale last spring',
    'my parents brought us over in 2019 and we settled in Anaheim',
    'mi esposa es de Riverside y vivimos allí',
  ])('"%s"', (message) => {
    expect(say('laTies', TIES_ASKED, message).changed.laTies).toMatchObject({ lived: true });
  });
  it('a spouse named before "we" makes it a family tie too', () => {
    expect(say('laTies', TIES_ASKED, 'my wife teaches in Pomona and we have lived there since 2020').changed.laTies).toMatchObject({ family: true, lived: true });
  });
});

describe('a move into Southern California from another country is a home here, not abroad', () => {
  it.each([
    'we came as refugees from Syria and were resettled in El Cajon with my parents',
    'moved to Irvine from Lahore with my whole family in 2021',
    'resettled in San Bernardino from Afghanistan, my brothers too',
  ])('"%s"', (message) => {
    expect(say('laTies', TIES_ASKED, message).changed.laTies).toMatchObject({ lived: true });
  });
});

describe('a job held, not training, in a place', () => {
  it('a nurse there trained and lived there', () => {
    expect(say('laTies', TIES_ASKED, 'I was a nurse at Harbor-UCLA for years, lived in Carson').changed.laTies).toMatchObject({ lived: true, trained: true });
  });
  it('a scribe job in Corona to the ties question is a home there', () => {
    expect(say('laTies', TIES_ASKED, 'I work as a scribe in Corona since 2022').changed.laTies).toMatchObject({ lived: true });
  });
  it('years as a medical assistant told in Spanish are no experience', () => {
    const usce = say('usce', START, 'trabajé 2 años como asistente médica en Miami y tengo 1 mes de externship en Chicago').changed.usce;
    expect(usce).toMatchObject({ months: 1 });
  });
});

describe('a status told in a life story: whose nationality, which relative, which paper is in hand', () => {
  const NEW: Profile = { specialty: { primary: 'internal_medicine' } };
  it.each([
    'Eritrean. Asmara grad. refugee here since 2020, work permit valid',
    'honduran, granted asylum 2023, EAD in hand',
    'Nepali, asylee now with my EAD card',
  ])('a nationality before the status is the applicant\'s own, not a country of protection: "%s"', (message) => {
    expect(say('visa', NEW, message).changed.visa).toBe('ead');
  });
  it.each([
    ['visa', 'I have US citizenship via my mom, I was born abroad'],
    ['visa', 'american citizen thru my father, never lived there though'],
    ['visa', 'green card based on my husband, got it in 2024'],
  ] as const)('a status through a relative is the applicant\'s: "%s"', (pending, message) => {
    expect(say(pending, NEW, message).changed.visa).toMatch(/us_citizen|green_card/);
  });
  it('a status through a relative makes no tie of the relative\'s place', () => {
    expect(say('visa', NEW, 'US citizen through my dad, he was born in Boston').changed.laTies).toBeUndefined();
  });
  it.each([
    'o green card ainda está em análise, mas já tenho o EAD em mãos',
    'la green card sigue en trámite, pero ya tengo el EAD en la mano',
  ])('a green card in process beside an EAD in hand is the EAD: "%s"', (message) => {
    expect(say('visa', NEW, message).changed.visa).toBe('ead');
  });
});

describe('a specialist\'s certification abroad is no ECFMG certificate', () => {
  it.each([
    'I finished IM training in Cairo and I am board certified there',
    'certified in pediatrics in Colombia since 2019',
    'soy pediatra certificada en México',
  ])('"%s"', (message) => {
    expect(say('specialty', {}, message).changed.ecfmg).toBeUndefined();
  });
  it('ECFMG certified is still certified', () => {
    expect(say('ecfmg', FILED, 'yes, ECFMG certified since spring').changed.ecfmg).toMatchObject({ status: 'certified' });
  });
});
