// A new user's first messages: a school's year, "first attempt" said once for several exams, and a gap since graduation
// are kept beside the other facts of the message; look-alikes (months, cycles, statuses, orders of exams) are not.
import { describe, expect, it } from 'vitest';
import { stored } from './read-message.js';

describe('a school named with a year is the graduation year, among other facts', () => {
  it.each([
    ['hi, pakistani grad. Dow Medical College 2017, IM, ck 228', 2017],
    ['Makerere 2014, family med, DV green card 2021', 2014],
    ['from Cairo University 2019 - psych, step 1 passed', 2019],
    ['Universidad de Guadalajara 2012, quiero IM, 3 meses de observership', 2012],
    ['indian img. kasturba medical college 2015, ck 231 on first attempt', 2015],
    ['USMF 2018; peds; EAD until june 2027', 2018],
  ])('%s', (said, year) => {
    expect(stored(said).graduationYear).toBe(year);
  });

  it.each([
    'ERAS 2025, IM, ck 231',
    'Texas 2019 observership, IM',
    'EAD until March 2027, IM',
    'DV 2022 winner, FM',
    'Match 2026, psych',
    'Mayo 2019, 2 months obs',
    'Cedars 2019, 3 months observership',
  ])('no graduation year from a month, cycle, status or place: %s', (said) => {
    expect(stored(said).graduationYear).toBeUndefined();
  });
});

describe('"first attempt" said once for several exams, or cut short after a score', () => {
  it.each([
    'step 1 pass, ck 241 both first attempt',
    'passed step 1 and got 236 on ck, both on the first try',
    's1 pass, step 2 229, first attempt for both',
    'step1 passed, ck 250 - all first attempt',
    'step 1 passed + ck 233 both in one go',
  ])('%s', (said) => {
    const got = stored(said);
    expect(got.step1).toEqual({ result: 'passed', attempts: 1 });
    expect(got.step2ck).toMatchObject({ taken: true, attempts: 1 });
    expect(got.step2ck).not.toHaveProperty('attemptsUnstated');
  });

  it.each([
    ['ck 239 first', 239],
    ['step 2 ck 244 1st', 244],
    ['IM, step 2 231 first.', 231],
  ])('a bare "first" after a score is the first attempt: %s', (said, score) => {
    expect(stored(said).step2ck).toEqual({ taken: true, score, attempts: 1 });
  });

  it.each([
    'step 1 failed once, ck 247 both first attempt',
    'step 1 pass, ck 247, both letters first',
    'ck 239 first, then step 3',
    'step 1 passed, ck 235',
    'took ck first 239',
  ])('look-alike, the attempt stays unsaid or is not a first one: %s', (said) => {
    const got = stored(said);
    const ck = got.step2ck as { attemptsUnstated?: boolean } | undefined;
    const s1 = got.step1 as { attempts?: number; attemptsUnstated?: boolean } | undefined;
    expect(!!ck?.attemptsUnstated || s1 === undefined || !!s1.attemptsUnstated || s1.attempts !== 1).toBe(true);
  });
});

describe('years since graduation answer the graduation year', () => {
  it.each([
    ['my gap since graduation is 13 years', 2013],
    ['its been 6 yrs since graduation', 2020],
    ['4 year gap since graduating, is that bad?', 2022],
    ['9 years since i graduated', 2017],
    ['gap after med school of 5 years', 2021],
  ])('%s', (said, year) => {
    expect(stored(said, 'graduationYear').graduationYear).toBe(year);
  });

  it.each(['13 years since step 1', 'gap since graduation is a problem?', '3 years since I moved to the US', 'graduating in 2 years'])('look-alike: %s', (said) => {
    const y = stored(said, 'graduationYear').graduationYear as unknown as number | undefined;
    expect(y === undefined || y >= 2026).toBe(true);
  });
});

describe('a stage told out of turn, with only when after it, is kept', () => {
  it.each([
    ['applying this september 2027', 'regions'],
    ['will apply in sept 2027', 'laTies'],
    ['applying next september', 'research'],
    ["i'll apply in the 2028 cycle", 'regions'],
    ['planning to apply fall 2027', 'usLors'],
  ] as const)('%s (while %s is asked)', (said, pending) => {
    expect(stored(said, pending).stage).toBeDefined();
  });

  it.each([
    ['applying to LA programs', 'regions'],
    ['apply in 2 months', 'regions'],
    ['applying for observerships', 'usce'],
    ['applying with my wife', 'regions'],
  ] as const)('look-alike, no stage: %s', (said, pending) => {
    expect(stored(said, pending).stage).toBeUndefined();
  });
});
