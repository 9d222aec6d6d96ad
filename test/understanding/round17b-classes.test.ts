// Round 17 (understand17b): whose fact, hedges, negation scope in every language. Each class with messages written for
// this test (other words, order and languages than the development sets'), told while the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { step } from '../../src/engine/step.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { stateOf } from './grade.js';

const START: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' };

/** The bot waits on `pending` with `before` stored; the applicant says `message`: what changed, and what is asked next. */
function say(pending: ProfileField, before: Profile, message: string) {
  const state = stateOf({ id: 'test', kind: 'conversation', pending, before, message, expect: { set: {} } });
  const after = step(state, { kind: 'text', text: message }, { flow: FLOW, advice: fakeAdvice(), now: new Date('2026-12-07T12:00:00Z') }).state;
  const changed = Object.fromEntries(Object.entries(after.profile).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as ProfileField])));
  return { changed: changed as Partial<Record<ProfileField, unknown>>, asked: after.clarifying?.field };
}

describe('a place denied in Spanish, Portuguese or Hindi-Urdu is where the letters or months were not', () => {
  it.each([
    'tengo 2 cartas de EEUU pero ninguna es de California',
    'tenho 2 cartas dos EUA, nenhuma delas da Califórnia',
    '2 cartas de recomendação, nenhuma de lá da Califórnia',
    'do letters hain, lekin California se ek bhi nahi',
    '2 LORs, California wala koi nahi',
  ])('"%s" is letters from outside California', (message) => {
    const { changed } = say('usLors', START, message);
    expect(changed.usLors).toMatchObject({ count: 2, fromCalifornia: false });
  });

  it.each([
    '3 mahine observership kiya, California mein koi nahi, sab Texas mein',
    '3 meses de observership, nada en California, todo fue en Texas',
  ])('"%s" is time outside California', (message) => {
    expect(say('usce', START, message).changed.usce).toMatchObject({ months: 3, where: ['other_us'] });
  });
});

describe('a research year denied, in any language, is none', () => {
  it.each([
    ['research', '3 papers, research year koi nahi kiya'],
    ['research', 'tengo 3 publicaciones pero ningún año de investigación'],
    ['research', '3 artigos, nenhum ano de pesquisa'],
    ['research', '3 pubs and I never did a dedicated research year'],
  ] as const)('"%s" is 0 research years', (pending, message) => {
    expect(say(pending, START, message).changed.research).toMatchObject({ publications: 3, years: 0 });
  });
});

describe('Spanish and Portuguese told apart by the words only one of them writes', () => {
  it('shared words ("cartas", "medicina", "todas") do not outvote a Portuguese denial', () => {
    const { changed } = say('usLors', START, 'duas cartas, todas de medicina interna, nenhuma da Califórnia');
    expect(changed.usLors).toMatchObject({ count: 2, inSpecialty: true, fromCalifornia: false });
  });

  it('"clínica médica" in a Portuguese sentence is internal medicine, with its backup', () => {
    const { changed } = say('specialty', {}, 'quero clínica médica, e psiquiatria de backup');
    expect(changed.specialty).toEqual({ primary: 'internal_medicine', backup: 'psychiatry' });
  });
});

describe("what someone else says, predicts or advises of the applicant is their word, not the applicant's fact", () => {
  it.each([
    ['not sat it yet. my tutor bets I will score 250, my practice tests sit around 228', 228],
    ["CK isn't done; my roommate is convinced I'll hit 245. my UWSA average is 233", 233],
  ] as const)('"%s" predicts the applicant\'s own estimate', (message, predicted) => {
    expect(say('step2ck', START, message).changed.step2ck).toMatchObject({ taken: false, predicted });
  });

  it.each([
    "my senior who matched last year keeps saying I should sit step 3 now. I haven't yet",
    "my dad wants me to take step 3 before applying. I have not taken it",
  ])('"%s" is no plan for step 3, and the exam is not taken', (message) => {
    expect(say('step3', START, message).changed.step3).toEqual({ status: 'not_taken' });
  });

  it.each([
    'meri behen ke paas green card hai, mujhe visa chahiye hoga',
    'my sister has a green card; I will need a visa',
  ])('"%s" is the relative\'s green card: the applicant\'s own visa is asked', (message) => {
    const { changed, asked } = say('visa', { specialty: { primary: 'internal_medicine' } }, message);
    expect(changed.visa).toBeUndefined();
    expect(asked).toBe('visa');
  });
});

describe("the partner's visa told as the applicant's own situation", () => {
  const J1: Profile = { ...START, visa: 'needs_j1' };
  it.each([
    'yes, with my husband, he is going FM, same visa situation as me',
    'yes we are couples matching, she wants psych and she is on the same J1 track as me',
    'sim, com meu marido, ele vai para pediatria e também precisa de visto',
  ])('"%s" is a partner who needs a visa', (message) => {
    expect(say('couples', J1, message).changed.couples).toMatchObject({ matching: true, partnerNeedsVisa: true });
  });
});

describe('a choice told with doubt or handed to the programs is asked, or is either', () => {
  const NO_VISA: Profile = { specialty: { primary: 'internal_medicine' } };
  it.each([
    'H1B would be ideal, but no idea if any program will sponsor it',
    'I would prefer J1 but not sure it is realistic for me',
  ])('"%s" asks which visa', (message) => {
    const { changed, asked } = say('visa', NO_VISA, message);
    expect(changed.visa).toBeUndefined();
    expect(asked).toBe('visa');
  });

  it.each([
    'J1 probably? my uncle thinks H1B is smarter, idk, whatever programs offer',
    "H1B would be nice but honestly I'll take what I can get",
  ])('"%s" is either', (message) => {
    expect(say('visa', NO_VISA, message).changed.visa).toBe('either');
  });

  it.each([
    "psych and neuro, still not sure which should be first",
    'FM or peds - no idea which one to make my primary',
  ])('"%s" asks which specialty is first', (message) => {
    const { changed, asked } = say('specialty', {}, message);
    expect(changed.specialty).toBeUndefined();
    expect(asked).toBe('specialty');
  });
});

describe("another country's status, or a status in doubt, is not a US green card", () => {
  const NO_VISA: Profile = { specialty: { primary: 'internal_medicine' } };
  it.each([
    ['my green card is from Australia lol, permanent resident there. need J1', 'needs_j1'],
    ['green card holder - of Canada, not the US. H1B for residency', 'needs_h1b'],
  ] as const)('"%s" is %s', (message, visa) => {
    expect(say('visa', NO_VISA, message).changed.visa).toBe(visa);
  });

  it('a refugee adjusting to a green card later holds the work permit now', () => {
    expect(say('visa', NO_VISA, 'arrived as a refugee from Syria in 2022, adjusting status to green card in 2027').changed.visa).toBe('ead');
  });

  it('a green card perhaps abandoned after years abroad is asked', () => {
    const { changed, asked } = say('visa', NO_VISA, "got a green card in 2015 but have lived in Pakistan since 2019, worried it counts as abandoned");
    expect(changed.visa).toBeUndefined();
    expect(asked).toBe('visa');
  });
});
