// Round 12, numbers typed or dictated oddly: a score split around "n"/"&", a dictated "for" as its last digit,
// Hindi-Urdu hundreds ("do sau chaalis"), a pass glued to the exam ("s1P"), and a rough figure looked up and restated.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const ck = (m: string) => read('step2ck', m).got.step2ck as { score?: number } | undefined;

describe('a score written in pieces joined by n or &', () => {
  it.each([
    ['CK 2 hundred n 31', 231],
    ['got two hundred n fifty two on ck', 252],
    ['2 hundred & 9 on CK', 209],
    ['ck was 200 n 44 lol', 244],
    ['two hundred & forty one', 241],
  ])('%s', (m, score) => expect(ck(m)?.score).toBe(score));

  it.each([
    'rock n roll, CK 238',
    'did 2 months n 3 weeks of obs, CK 238',
  ])('leaves other "n"s alone: %s', (m) => expect(ck(m)?.score).toBe(238));
});

describe('a dictated "for" ending a spoken score is its last digit', () => {
  it.each([
    ['two forty for', 244],
    ['ck two thirty for.', 234],
    ['my step 2 was two fifty for', 254],
    ['it came back two twenty for', 224],
    ['CK two sixty for', 264],
  ])('%s', (m, score) => expect(ck(m)?.score).toBe(score));

  it.each([
    ['two forty for ck', 240],
    ['ck was two fifty for real', 250],
    ['got two thirty for my ck', 230],
    ['two forty for the first attempt', 240],
    ['two fifty for sure', 250],
  ])('a "for" that leads on stays a word: %s', (m, score) => expect(ck(m)?.score).toBe(score));
});

describe('Hindi-Urdu hundreds', () => {
  it.each([
    ['CK mein do sau chaalis aaye', 240],
    ['do sau pachpan aaye the ck mein', 255],
    ['ck mein 2 sau 31 aaye', 231],
    ['CK mein do sau bayalis aaye', 242],
    ['do sau tees aaye ck mein yaar', 230],
  ])('%s', (m, score) => expect(ck(m)?.score).toBe(score));

  it('"saath" is "with" outside a number', () => {
    const { got } = read('laTies', 'mere parents ke saath LA mein rehta tha');
    expect(got.step2ck).toBeUndefined();
  });
});

describe('a pass glued to its exam', () => {
  it.each(['s1P ck 240', 'im ck247 s1P fm j1', 'step1P, ck 239', 'S1P. CK 250', 'usmle s1p'])('%s', (m) => {
    expect(read('specialty', m).got.step1).toMatchObject({ result: 'passed' });
  });
  it.each(['s1 pending', 'sp 1', 'step 1 planned', 'sop 1', 'sip tea'])('no pass read in: %s', (m) => {
    expect(read('specialty', m).got.step1).not.toMatchObject({ result: 'passed' });
  });
});

describe('a rough score looked up and restated is the exact one', () => {
  it.each([
    ["two thirty something, let me check ERAS. ok it's 236", 236],
    ['240ish, hold on... yeah 241', 241],
    ['230 something. ok its 233', 233],
    ["around 250. one sec. it's 252", 252],
    ['umm 220 something, lemme look it up... 226', 226],
  ])('%s', (m, score) => expect(ck(m)).toMatchObject({ score, attempts: 1 }));

  it.each([
    'let me check if 236 is enough for IM',
    'hold on, is 236 enough?',
    'I think 230, maybe 236',
    '230s i think',
    'lemme check eras and get back to you',
  ])('no exact score from: %s', (m) => expect(ck(m)?.score).toBeUndefined());
});
