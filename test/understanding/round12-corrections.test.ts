// Round 12: a correction REPLACES what it takes back: a slip turned by "sorry" / "i mean" before a value of the same
// field, "change my specialty to X", "i said A, it's B", "B not A", and a kind put right for a count told before.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const FILE = { specialty: { primary: 'pediatrics' as const }, visa: 'needs_j1' as const, step1: { result: 'score' as const, score: 228, attempts: 1 }, step2ck: { taken: true, score: 235, attempts: 1 }, graduationYear: 2017, usce: { months: 3, kind: 'observership' as const, where: ['other_us' as const] } };

describe('a weak turn ("sorry", "i mean", "nope") before a value of the same field replaces the slip', () => {
  it.each([
    ['FM. sorry, peds', 'pediatrics'],
    ['peds... no sorry, neuro', 'neurology'],
    ['surgery, i mean psych', 'psychiatry'],
    ['peds or rather FM', 'family_medicine'],
    ['neuro nope psych', 'psychiatry'],
    ['psych. no sorry — neuro. I keep flip-flopping but neuro is final', 'neurology'],
  ])('"%s" -> primary %s alone', (m, primary) => expect(read('specialty', m).got.specialty).toEqual({ primary }));
  it.each([
    ['j1, sorry, h1b', 'needs_h1b'],
    ['citizen. sorry, green card holder', 'green_card'],
    ['green card... no sorry, us citizen', 'us_citizen'],
  ])('"%s" -> visa %s', (m, visa) => expect(read('visa', m).got.visa).toBe(visa));
  it.each([
    ['IM, sorry for the late reply', { primary: 'internal_medicine' }],
    ['IM. sorry if this is dumb but is FM easier?', { primary: 'internal_medicine' }],
    ['IM, i mean that is what i always wanted', { primary: 'internal_medicine' }],
    ['IM, sorry, FM too as backup', { primary: 'internal_medicine', backup: 'family_medicine' }],
    ['FM sorry, and IM as backup', { primary: 'family_medicine', backup: 'internal_medicine' }],
  ])('look-alike "%s" keeps what was said', (m, want) => expect(read('specialty', m).got.specialty).toEqual(want));
});

describe('"change my specialty to X" replaces the stored one, wherever it stands in the message', () => {
  it.each([
    'oh and change my specialty to FM, I switched last week. for regions: Inland Empire + San Diego',
    'also, switch my specialty to FM please. regions: IE',
    'and update specialty to FM. LA only',
    'oh and FM instead of IM now. regions IE',
    'and make it FM instead. IE and SD',
  ])('"%s" -> primary FM alone', (m) => expect(read('regions', m, { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' }).got.specialty).toEqual({ primary: 'family_medicine' }));
  it.each([
    'oh and FM as backup. regions IE',
    'and add FM too. regions: IE',
    'also FM as a backup. regions IE',
  ])('look-alike "%s" adds a backup', (m) => expect(read('regions', m, { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' }).got.specialty).toEqual({ primary: 'internal_medicine', backup: 'family_medicine' }));
});

describe('"i said A, it\'s B" without "actually" replaces A', () => {
  it.each([
    ['wait I said 2017 for graduation, it\'s 2019. usce is 2 months obs in NYC', 2019],
    ['i said 2017 for graduation, its 2019', 2019],
    ['i put 2017 as my grad year - it is 2018', 2018],
    ['I wrote 2017 for graduation; it was 2016', 2016],
  ])('"%s" -> graduation %i', (m, y) => expect(read('usce', m, FILE).got.graduationYear).toBe(y));
  it.each([
    'like i said 2017 for graduation, its been a while',
    'i said 2017 for graduation, it is a long gap i know',
    'as i said 2017 for graduation, it matters?',
  ])('look-alike "%s" changes no year', (m) => expect(read('usce', m, FILE).got.graduationYear).toBeUndefined());
});

describe('"B not A" after a field puts B in A\'s place', () => {
  it.each([
    ['planned for feb. correction on CK attempts — it was 2 not 1', 2],
    ['ck attempts: 2 not 1', 2],
    ['correction: CK took 2 attempts, not 1', 2],
    ['CK attempts were 3, not 2', 3],
    ['fix my ck attempts - 2 not 1', 2],
  ])('"%s" -> CK attempts %i', (m, n) => expect((read('step3', m, FILE).got.step2ck as { attempts?: number } | undefined)?.attempts).toBe(n));
  it.each([
    ['step 3 not taken, CK 2 attempts', 2],
    ['2 attempts for CK, not proud of it', 2],
  ])('look-alike "%s" -> CK attempts %s', (m, n) => expect((read('step3', m, FILE).got.step2ck as { attempts?: number } | undefined)?.attempts).toBe(n));
});

describe('a kind put right for experience told before keeps its count', () => {
  it.each([
    '3 LoRs. and the 3 months i told you were obs — they were hands-on actually, it was an externship',
    'the 3 months i told you were obs were hands-on',
    'the 3 months i said were observerships were actually hands on',
    'my usce i told you was obs was hands-on actually',
    'the usce i said was observership was hands-on rotations',
  ])('"%s" -> 3 months hands-on', (m) => expect(read('usLors', m, FILE).got.usce).toMatchObject({ months: 3, kind: 'hands_on' }));
  it.each([
    ['the 3 months i told you about were obs and hands-on', 'mixed'],
    ['2 months hands-on and 1 month obs, like i told you', 'mixed'],
  ])('look-alike "%s" -> %s', (m, kind) => expect(read('usce', m, FILE).got.usce).toMatchObject({ kind }));
});

describe('"B not A" with scores and years', () => {
  const PROFILE = { visa: 'needs_j1' as const, step2ck: { taken: true, score: 241, attempts: 1 }, graduationYear: 2021 };
  it.each([
    ['ck is 214 not 241', 214],
    ['CK 214 not 241 sorry', 214],
    ['my ck was 214, not 241, typo', 214],
  ])('"%s" -> CK %i', (m, score) => expect((read('step3', m, PROFILE).got.step2ck as { score: number }).score).toBe(score));
  it('"graduated 2012 not 2021" -> 2012', () => expect(read('step3', 'graduated 2012 not 2021', PROFILE).got.graduationYear).toBe(2012));
  it('look-alike "ck 214, not 2 attempts, just 1" keeps 214', () => expect((read('step3', 'ck 214, one attempt', PROFILE).got.step2ck as { score: number }).score).toBe(214));
});
