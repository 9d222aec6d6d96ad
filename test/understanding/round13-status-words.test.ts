// Round 13, status words read as something else: a denial carried along an "or"/"nor" list ("not a citizen or a GC
// holder") denies the green card too; a language's name told as who the applicant is ("I'm Armenian", "Ukrainian,
// here on parole") is no language spoken; a humanitarian parole told with its work permit is an EAD.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('a denial carried along a list', () => {
  it.each([
    ['i\'m not a citizen or a GC holder, I\'ll need sponsorship - J1 or H1 either is ok', 'either'],
    ['not a US citizen nor a green card holder, need a J1', 'needs_j1'],
    ['neither citizen nor GC, J1 please', 'needs_j1'],
    ['no US passport or green card, need H1B', 'needs_h1b'],
    ['im not american or a permanent resident, J1', 'needs_j1'],
  ])('%s', (m, visa) => expect(read('visa', m).got.visa).toBe(visa));

  it.each([
    'not a citizen yet, but I have a green card',
    'not on J1 or anything, I have a GC',
    'no visa needed, green card holder',
    'not a citizen but a green card holder',
    'no need for sponsorship or anything, GC holder since 2020',
  ])('a green card still held: %s', (m) => expect(read('visa', m).got.visa).toBe('green_card'));
});

describe('a nationality is not a language spoken', () => {
  it.each([
    'Ukrainian, I\'m here on humanitarian parole (U4U) with work permit',
    'I\'m Armenian, green card holder',
    'Korean here, need J1',
    'im Russian, need a J1',
    'am Vietnamese, J1 needed',
  ])('%s', (m) => expect(read('visa', m).got.languages).toBeUndefined());

  it.each([
    ['IM, 2019 grad, speak Spanish and English', ['Spanish', 'English']],
    ['IM, spanish and english fluent', ['Spanish', 'English']],
    ['need J1. I speak Russian too', ['Russian']],
    ['im fluent in Armenian and English', ['Armenian', 'English']],
  ])('languages told as spoken: %s', (m, languages) => expect(read('visa', m).got.languages).toEqual(languages));

  it('to the languages question a bare name is the language', () => {
    expect(read('languages', 'Ukrainian').got.languages).toEqual(['Ukrainian']);
    expect(read('languages', "I'm a native Hindi speaker, also English").got.languages).toEqual(['Hindi', 'English']);
  });
});

describe('a parole with its work permit', () => {
  it('is an EAD', () => {
    expect(read('visa', 'Ukrainian, I\'m here on humanitarian parole (U4U) with work permit').got.visa).toBe('ead');
    expect(read('visa', 'U4U parolee with EAD').got.visa).toBe('ead');
  });
  it.each([
    'here on humanitarian parole, no work permit yet',
    'humanitarian parole',
    'I have a work permit from Canada',
  ])('is not stored without it: %s', (m) => expect(read('visa', m).got.visa).toBeUndefined());
});

describe('the visa left to what programs sponsor', () => {
  it.each([
    'Australian citizen. I know about the E3 but no idea if residency programs take it, so whatever they sponsor',
    'need a visa, whichever the program sponsors',
    'im from Egypt, whatever visa the programs sponsor',
  ])('is either: %s', (m) => expect(read('visa', m).got.visa).toBe('either'));

  it.each([
    ['not sure what they sponsor', 'unsure'],
    ['green card holder, whatever they sponsor doesnt matter to me', 'green_card'],
  ])('%s', (m, visa) => expect(read('visa', m).got.visa).toBe(visa));
});
