// Round 12, numbers beside the fact asked: a practice average told beside another exam's real score predicts no CK
// score; a year that dates a status ("green card since 2020", "2020 se") is no graduation year.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('a practice average beside another exam\'s real score', () => {
  it.each([
    ['step1', 'old format step 1, 214 real. NBME avg was ~235 so it stung', 214],
    ['step1', 'step 1 was 221, my uwsa was 240 lol', 221],
    ['step1', 'got 209 on step 1 even tho nbmes were 225+', 209],
    ['step3', 'step 3 was 215, my nbme avg was 225', undefined],
    ['step1', 'Step 1: 230 (free 120 said 245)', 230],
  ])('%s: %s', (pending, m, score) => {
    const { got } = read(pending as 'step1', m);
    expect(got.step2ck).toBeUndefined();
    if (score !== undefined) expect(got.step1).toMatchObject({ score });
  });

  it.each([
    ['step2ck', 'nbme avg was 230, ck in march', 230],
    ['specialty', 'step1 212, nbme 230 for ck', 230],
    ['step2ck', 'uwsa2 245, ck in march, step 1 was 220', 245],
    ['step2ck', 'not taken CK yet, nbme avg 238', 238],
    ['step2ck', 'ck next month, uwsa 1 was 241', 241],
  ])('a practice score with CK named is still its prediction: %s', (pending, m, predicted) => {
    expect(read(pending as 'step2ck', m).got.step2ck).toMatchObject({ taken: false, predicted });
  });
});

describe('a year that dates a status', () => {
  it.each([
    'green card hai mere paas, 2020 se',
    '2019 se green card hai',
    'green card since 2020',
    'tengo green card desde 2020',
    'greencard holder since 2018',
  ])('%s', (m) => {
    const { got } = read('visa', m);
    expect(got.visa).toBe('green_card');
    expect(got.graduationYear).toBeUndefined();
  });

  it.each([
    ['2018 mein graduate kiya', 2018],
    ['green card holder since 2020, graduated 2016', 2016],
    ['graduated 2019, green card 2021 se', 2019],
    ['class of 2017', 2017],
    ['2015 mein MBBS khatam kiya', 2015],
  ])('a graduation year is still one: %s', (m, year) => {
    expect(read('graduationYear', m).got.graduationYear).toBe(year);
  });
});

describe('a graduation told as a time ago in Portuguese', () => {
  it.each([
    ['me formei faz dois anos', 2024],
    ['me formei faz 3 anos', 2023],
    ['formei faz um ano', 2025],
  ])('%s', (m, year) => expect(read('graduationYear', m).got.graduationYear).toBe(year));
  it('"tanto faz" is no time', () => expect(read('graduationYear', 'tanto faz').got.graduationYear).toBeUndefined());
});
