// Round 18 (understand18c): other languages and the unlisted. Each class with messages written for this test (other
// words, order and languages than the development sets'), told while the bot waits on a question.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { say as sayOn } from '../helpers/say-while-asked.js';

const NOW = new Date('2026-12-07T12:00:00Z');

const START: Profile = { specialty: { primary: 'internal_medicine' } };

/** The shared reply-while-asked helper, on the day these conversations are set. */
const say = (pending: ProfileField, before: Profile, message: string) => sayOn(pending, before, message, NOW);

describe("another country's citizenship or residence, in Spanish or Portuguese, is no US status: which visa is asked", () => {
  it.each([
    'tengo pasaporte colombiano y ciudadanía española, nada de Estados Unidos',
    'tenho dupla cidadania, brasileira e portuguesa',
    'meu passaporte é italiano, nos EUA não tenho nada',
    'vivo en Madrid con residencia en España desde 2019',
    'Canadian resident card holder, Indian passport',
  ])('"%s" asks which visa and stores none', (message) => {
    const { changed, asked } = say('visa', START, message);
    expect(changed.visa).toBeUndefined();
    expect(changed.languages).toBeUndefined();
    expect(asked).toBe('visa');
  });
});

describe('a nationality beside a citizenship is no language spoken', () => {
  it.each([
    'I hold two passports (Polish-Ukrainian) so technically EU',
    'dual national, Greek and Romanian',
    'my citizenship: Russian, and Armenian through my mom',
  ])('"%s" stores no language', (message) => {
    expect(say('visa', START, message).changed.languages).toBeUndefined();
  });

  it('a language spoken still counts beside a citizenship in another sentence', () => {
    expect(say('languages', START, 'Greek citizen. I speak Greek and English').changed.languages).toEqual(['Greek', 'English']);
  });
});

describe('a visa hardly anyone gives is ruled out, in every language', () => {
  it.each([
    'J-1 then, barely any programs sponsor the H-1B',
    'H1B - hardly any hospital here offers the J1 route... kidding, J1 is fine too',
    'preciso do J1, quase nenhum hospital oferece H1B',
    'J1 porque casi nadie patrocina la H1B',
  ])('"%s" keeps the visa that is given', (message) => {
    const { changed } = say('visa', START, message);
    if (message.startsWith('H1B - hardly')) expect(changed.visa).toBe('either');
    else expect(changed.visa).toBe('needs_j1');
  });
});

describe('the choice of visa said not to matter, in Spanish or English, is either', () => {
  it.each([
    "I don't mind which, H-1B or J-1",
    'me es igual si es la H1B o la J1',
    "doesn't matter, J1 or H1B",
  ])('"%s" is either', (message) => {
    expect(say('visa', START, message).changed.visa).toBe('either');
  });
});

describe('a status still pending without its work card is asked, not stored as an EAD', () => {
  it.each([
    'my asylum case is pending and the employment authorization card has not arrived',
    'filed I-589 in May, still waiting on my work card',
    'asylum application in, no work card so far',
  ])('"%s" asks which visa', (message) => {
    const { changed, asked } = say('visa', START, message);
    expect(changed.visa).toBeUndefined();
    expect(asked).toBe('visa');
  });

  it('the work card in hand is an EAD', () => {
    expect(say('visa', START, 'asylee since 2024, got my work card in the mail').changed.visa).toBe('ead');
  });
});

describe("a status left to someone else's decision is asked", () => {
  it.each([
    'whichever my immigration attorney recommends',
    "whatever my wife's lawyer figures out, she's the one filing for my green card",
    'whatever my sponsor decides honestly',
  ])('"%s" stores no visa and asks', (message) => {
    const { changed, asked } = say('visa', START, message);
    expect(changed.visa).toBeUndefined();
    expect(asked).toBe('visa');
  });

  it('a choice left to the programs is still either', () => {
    expect(say('visa', START, 'whatever the hospitals sponsor').changed.visa).toBe('either');
  });
});

describe('a language left unnamed is asked for; the language of this chat is none spoken', () => {
  it.each([
    'English, plus my native language of course',
    'my first language and english',
    'inglés y mi idioma materno',
    'falo inglês e a minha língua materna',
  ])('"%s" stores nothing and asks', (message) => {
    const { changed, asked } = say('languages', START, message);
    expect(changed.languages).toBeUndefined();
    expect(asked).toBe('languages');
  });

  it('a language named with its description in brackets is kept', () => {
    expect(say('languages', START, 'Tagalog (my mother tongue) and English').changed.languages).toEqual(['Tagalog', 'English']);
  });

  it.each([
    'Sou de Angola (sorry, typing in English is easier). CK 231, step 1 passed',
    'quick note, I will reply in English even though Spanish is easier for me. CK 231',
  ])('"%s" stores no language from the chat', (message) => {
    const { changed } = say('step2ck', START, message);
    expect(changed.step2ck).toMatchObject({ taken: true, score: 231 });
    if (message.startsWith('Sou')) expect(changed.languages).toBeUndefined();
  });
});

describe('"anywhere" in Spanish and Portuguese', () => {
  it.each([
    'cualquier sitio de Estados Unidos me sirve',
    'me da lo mismo, cualquier parte',
    'qualquer canto dos EUA',
  ])('"%s" is anywhere', (message) => {
    expect(say('regions', START, message).changed.regions).toEqual(['anywhere']);
  });
});

describe("school's end told bare before a later internship: the diploma's year is asked", () => {
  it.each([
    'completed 2020 and the internship wrapped up in 2021',
    'finished in 2016; internship was over by 2017',
    'i finished 2019, then internship completed 2020',
  ])('"%s" stores no year and asks', (message) => {
    const { changed, asked } = say('graduationYear', START, message);
    expect(changed.graduationYear).toBeUndefined();
    expect(asked).toBe('graduationYear');
  });

  it('a degree named beside the internship is that year', () => {
    expect(say('graduationYear', START, 'MD awarded 2019, internship completed 2020').changed.graduationYear).toBe(2019);
  });
});

describe('an adverb of estimate before the real result leaves it a result', () => {
  it.each([
    ['realistically, the actual exam gave me 231', 231],
    ['NBMEs said 250 but realistically the official one landed at 228', 228],
    ['realistically? the real score was 219', 219],
  ] as const)('"%s" is a score taken', (message, score) => {
    expect(say('step2ck', START, message).changed.step2ck).toMatchObject({ taken: true, score });
  });

  it('a guess told with it is still a prediction', () => {
    expect(say('step2ck', START, "realistically i'd get 230 on the real thing").changed.step2ck).toMatchObject({ taken: false, predicted: 230 });
  });
});
