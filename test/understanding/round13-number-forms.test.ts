// Round 13, numbers typed the way phones and voices give them: a digit glued to "hundred" ("2hundred & 19"), a year
// digit by digit ("yog 2 0 1 8") or glued to its word ("yog2020"), a graduation told by the years since it, an exact
// score beside a rough one ("in the 240s, exact 246"), visas spelled as said ("a jay one"), and a birth in a US
// territory ("born and raised in Guam") as citizenship.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('scores and years in pieces', () => {
  it.each([
    ['CK: 2hundred & 19', 219],
    ['2hundred and 40 on CK', 240],
    ['CK was in the 240s, exact 246', 246],
    ['around 240, 246 to be exact', 246],
    ['in the 230s, exactly 234', 234],
  ])('%s', (m, score) => expect(read('step2ck', m).got.step2ck).toMatchObject({ taken: true, score }));

  it.each([
    'in the 240s',
    '240s, i dont know exact',
  ])('a rough score alone is asked: %s', (m) => expect(read('step2ck', m).got.step2ck).toBeUndefined());

  it.each([
    ['yog 2 0 1 8', 2018],
    ['graduated 2 0 2 0', 2020],
    ['yog2019', 2019],
    ['grad2021, looking at IM', 2021],
    ['class of 1 9 9 8', 1998],
  ])('%s', (m, year) => expect(read('graduationYear', m).got.graduationYear).toBe(year));

  it('a score digit by digit still is one', () => expect(read('step2ck', '2 5 0').got.step2ck).toMatchObject({ score: 250 }));
});

describe('a graduation told by the years since it', () => {
  it.each([
    ['it\'s been 6 yrs since i finished med school', 2020],
    ['been six years since I graduated', 2020],
    ['its been 3 years since graduation', 2023],
    ['10 years since i passed out', 2016],
    ['a year since I finished MBBS', 2025],
  ])('%s', (m, year) => expect(read('graduationYear', m).got.graduationYear).toBe(year));

  it.each([
    '6 yrs since i finished step 1',
    'my friend, it\'s been 3 years since she graduated',
    '2 years since i started research',
  ])('no graduation of the applicant: %s', (m) => expect(read('graduationYear', m).got.graduationYear).toBeUndefined());
});

describe('visas and citizenship as said', () => {
  it.each([
    ['im going for internal medicine and my visa is a jay one', 'needs_j1'],
    ['need a jay one', 'needs_j1'],
    ['h one b', 'needs_h1b'],
    ['born and raised in Guam 🇬🇺', 'us_citizen'],
    ['born and raised in Puerto Rico', 'us_citizen'],
  ])('%s', (m, visa) => expect(read('visa', m).got.visa).toBe(visa));

  it.each([
    ['born and raised in India, need J1', 'needs_j1'],
    ['my mom was born in Puerto Rico, I need a J1', 'needs_j1'],
  ])('%s', (m, visa) => expect(read('visa', m).got.visa).toBe(visa));

  it('American Samoa is no citizenship by birth', () => expect(read('visa', 'born in American Samoa').got.visa).toBeUndefined());
});

describe('a bare count then what all of them are, without the comma', () => {
  const IM = { specialty: { primary: 'internal_medicine' as const } };
  it.each([
    ['3 all IM', { count: 3, inSpecialty: true }],
    ['3 all from FM docs', { count: 3, inSpecialty: false }],
  ])('%s', (m, lors) => expect(read('usLors', m, IM).got.usLors).toMatchObject(lors));

  it.each([
    ['3 letters all IM', { count: 3, inSpecialty: true }],
  ])('with its unit too: %s', (m, lors) => expect(read('usLors', m, IM).got.usLors).toMatchObject(lors));

  it('a score followed by "all good" is still the score', () => {
    expect(read('step2ck', '240 all good').got.step2ck).toMatchObject({ taken: true, score: 240 });
  });
});
