// Round 19 (understand19c): ties told as life history, whole profiles, research and other languages. Each class with
// messages written for this test (other words, order and languages than the development and family sets'), told while
// the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { say as sayOn } from '../helpers/say-while-asked.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const START: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' };

/** The shared reply-while-asked helper, on the day these conversations are set. */
const say = (pending: ProfileField, before: Profile, message: string) => sayOn(pending, before, message, NOW);

describe('a boyfriend or girlfriend there is no family tie, in any language', () => {
  it.each([
    'my boyfriend is doing his residency in Orange, but none of my family is in the US',
    'mi novia trabaja en Long Beach; familia en Estados Unidos no tengo',
    'meu namorado mora em Irvine, só isso',
    'the only person I know in San Diego is my girlfriend',
  ])('"%s"', (message) => {
    expect((say('laTies', START, message).changed.laTies as { family?: boolean } | undefined)?.family).not.toBe(true);
  });
  it('a husband there still is', () => {
    expect(say('laTies', START, 'mi esposo vive en Riverside').changed.laTies).toMatchObject({ family: true });
  });
});

describe('a Spanish or Portuguese denial said after the thing it denies denies it', () => {
  it.each([
    ['laTies', 'tenho amigos em Pasadena, mas parente nenhum lá'],
    ['laTies', 'amigos sí, familia ninguna allá'],
    ['usLors', 'carta americana nenhuma ainda'],
  ] as const)('%s: "%s"', (pending, message) => {
    const changed = say(pending, START, message).changed as Record<string, { family?: boolean; count?: number } | undefined>;
    if (pending === 'laTies') expect(changed.laTies?.family).not.toBe(true);
    else expect(changed.usLors?.count ?? 0).toBe(0);
  });
  it('"pero ninguna" after a count denies none of the count', () => {
    expect(say('usLors', START, 'tengo 2 cartas de Chicago pero ninguna de California').changed.usLors).toMatchObject({ count: 2 });
  });
});

describe('research told in years and output, in Spanish, Portuguese and Hindi-Urdu', () => {
  it.each([
    ['trabajé dos años de tiempo completo en investigación en Monterrey: 4 artículos publicados', { years: 2, publications: 4 }],
    ['fiz 1 ano de pesquisa em tempo integral na USP, saíram 3 artigos publicados', { years: 1, publications: 3 }],
    ['2 saal ki full time research ki hai PGI mein, 5 publications', { years: 2, publications: 5 }],
    ['4 years full time as a postdoc at Emory, 9 papers', { years: 4, publications: 9 }],
  ] as const)('"%s"', (message, research) => {
    expect(say('research', START, message).changed.research).toMatchObject(research);
  });
  it('research alongside medical school gives no full-time years', () => {
    const got = say('research', START, 'fiz iniciação científica durante a faculdade toda, 2 artigos publicados').changed.research as { years?: number } | undefined;
    expect(got).toMatchObject({ publications: 2 });
    expect(got?.years).toBeUndefined();
  });
  it('a year of an internship abroad in Hindi-Urdu is still no research and no US experience', () => {
    expect(say('usce', START, 'US mein kuch nahi, bas Karachi mein 2 saal ki house job').changed.research).toBeUndefined();
  });
});

describe('a whole profile keeps its graduation year, and a year that dates an exam is not one', () => {
  it.each([
    ['step1', 'Background: Nishtar Medical University 2018. S1 pass, CK 236, no USCE yet'],
    ['usce', 'quick one. University of Nairobi, 2018. IM. 3 months observership in Houston. worth applying?'],
    ['step2ck', 'went to medical school in Ibadan (2018), CK 229 first go, FM please'],
    ['specialty', 'peds, CK 240, 2018 pass out, need J1. any chance in SoCal?'],
  ] as const)('%s: "%s"', (pending, message) => {
    expect(say(pending, START, message).changed.graduationYear).toBe(2018);
  });
  it.each([
    'Step 1 - 221 (2019)\nCK - 239 (2021)\nGraduated - 2017',
    'Step 1: Pass (2019), CK: 239 (2021), MD: 2017',
  ])('"%s"', (message) => {
    expect(say('visa', START, message).changed.graduationYear).toBe(2017);
  });
  it('an exam year in brackets alone is no graduation year', () => {
    expect(say('step1', START, 'Step 1: 224 (2021)').changed.graduationYear).toBeUndefined();
  });
});

describe('ties told as life history: who raised the applicant, and a place named just before', () => {
  it.each([
    'my grandparents raised me in Whittier until I was 17',
    'mom was abroad working, so my uncle in Torrance raised me',
    'mi tía en Fontana me crió hasta los 15',
  ])('a relative who raised them there: "%s"', (message) => {
    expect(say('laTies', START, message).changed.laTies).toMatchObject({ lived: true });
  });
  it.each([
    ['regions', 'Riverside ideally, where my in-laws live'],
    ['regions', 'prefiero Orange County, donde viven mis primos'],
    ['regions', 'San Diego de preferência, onde mora minha tia'],
  ] as const)('"%s": the relatives are in the place just named', (pending, message) => {
    expect(say(pending, START, message).changed.laTies).toMatchObject({ family: true });
  });
  it('a place outside Southern California named before "where" is no tie', () => {
    expect((say('regions', START, 'Chicago or LA, where my brother lives').changed.laTies as { family?: boolean } | undefined)?.family).not.toBe(true);
  });
  it('"where should I apply" still asks', () => {
    expect(say('regions', START, 'LA or OC, where should I apply first').changed.laTies).toBeUndefined();
  });
  it('parents who still live there, in Spanish and Portuguese', () => {
    expect(say('laTies', START, 'me crié en Ontario y mis papás todavía viven allá').changed.laTies).toMatchObject({ family: true, lived: true });
    expect(say('laTies', START, 'cresci em Anaheim e meus pais continuam morando lá').changed.laTies).toMatchObject({ family: true, lived: true });
  });
});
