// Round 14 (understand14a): whose fact, when, and which of several values. Two denials in a row affirm; several
// scores of one exam with nothing to order them are asked about; a sequence of attempts keeps the latest score with
// the count; an exact figure after a rough one stands; a date held for an exam is a plan; a clause opening on "he" or
// "she" is that person's. Messages written in our own words, none from a development set.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { read } from './read-message.js';
import { grade, type CorpusCase } from './grade.js';

const STEP1: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 } };
const APPLYING: Profile = { ...STEP1, step2ck: { taken: true, score: 230, attempts: 1 }, stage: 'applying' };

describe('two denials in a row say yes', () => {
  it.each([
    "haven't NOT submitted, it went in on the first day",
    "i didn't not submit lol, it's in",
    'submitted? not NOT submitted. it is in',
  ])('the cycle: %s', (m) => expect(read('cycle', m, APPLYING).got.cycle).toMatchObject({ submitted: true }));

  it.each([
    "I'm not NOT doing the couples match, my wife is applying peds",
    'we are not not couples matching, he is going FM',
    "wasn't NOT planning a couples match... yes we are",
  ])('the couples match: %s', (m) => expect(read('couples', m, APPLYING).got.couples).toMatchObject({ matching: true }));

  it('one denial still denies', () => {
    expect(read('cycle', "haven't submitted yet", APPLYING).got.cycle).toMatchObject({ submitted: false });
  });
});

describe('several scores of one exam, nothing to tell which is the result: asked, never taken as two attempts', () => {
  it.each(['got 221 and 234', '219, 240', 'my scores were 219 and 240', 'CK 226 & 245'])('%s', (m) => {
    const r = read('step2ck', m, STEP1);
    expect(r.got.step2ck).toBeUndefined();
    expect(r.clarify).toBe('step2ck');
  });

  it.each([
    ['CK: 228 then 241 on the retake', 241, 2],
    ['took CK in 2019, failed with 198. Retook in 2022, 226', 226, 2],
    ['first go 2018 got 201 failed; second go 2023 got 233', 233, 2],
    ['sat it twice: 2015 (192, fail), 2020 (219)', 219, 2],
    ['took it in 2014, 190 and failed, then moved countries. Retook 2020, 215.', 215, 2],
  ])('a sequence of attempts keeps the latest score and the count: %s', (m, score, attempts) => {
    expect(read('step2ck', m, STEP1).got.step2ck).toMatchObject({ taken: true, score, attempts });
  });

  it('a year opening a sentence after an exam act is that attempt\'s, never a graduation year', () => {
    expect(read('step2ck', 'failed CK in 2016. Retook 2019, 221', STEP1).got.graduationYear).toBeUndefined();
  });
});

describe('an exact figure after a rough one stands', () => {
  it.each([
    ['230ish, 228 to be exact', 228],
    ['around 240, 238 precisely', 238],
    ['mid 240s... 243 exactly', 243],
  ])('%s', (m, score) => expect(read('step2ck', m, STEP1).got.step2ck).toMatchObject({ taken: true, score }));
});

describe('a date held for an exam is a plan, a date that was is not', () => {
  it.each([
    'I have a date for step 3 in march',
    'step 3 date is set for february',
    'got my step 3 test date, it is april 12',
  ])('%s', (m) => expect(read('step3', m, APPLYING).got.step3).toEqual({ status: 'planned' }));

  it('a date that was, with its outcome, is the outcome', () => {
    expect(read('step3', 'my step 3 date was in may and I passed', APPLYING).got.step3).toMatchObject({ status: 'passed' });
  });
});

describe('practice exams by their names are not the real score', () => {
  it.each([
    ['231 back when it had scores, my CBSE was 190', 'step1', 231],
    ['237 on the real thing, CCSE was 250', 'step2ck', 237],
  ])('%s', (m, field, score) => expect(read(field as 'step1', m, field === 'step1' ? {} : STEP1).got[field as 'step1']).toMatchObject({ score }));
});

describe('a clause opening on "he" or "she" is that person\'s', () => {
  it.each([
    ['my wife and I graduated together, she in 2019 but I had to repeat a year so 2020 for me', 2020],
    ['my husband and I finished med school together, he in 2018, me 2019 because I took a gap year', 2019],
    ['graduated 2015. he was 2012', 2015],
  ])('%s', (m, year) => expect(read('graduationYear', m, APPLYING).got.graduationYear).toBe(year));
});

describe('past versus now: a relative there once is no family tie today', () => {
  const TIES: Profile = { ...APPLYING, regions: ['anywhere'] };
  it.each([
    'my grandparents were in Riverside but they passed away',
    'my cousin lived in Anaheim till 2019, now he is in Houston',
    'my aunt used to live in Pasadena',
    'my uncle lived in LA in the 90s but moved back to Dhaka',
  ])('%s', (m) => {
    const ties = read('laTies', m, TIES).got.laTies as { family?: boolean; lived?: boolean } | undefined;
    expect(ties?.family ?? false).toBe(false);
    expect(ties?.lived ?? false).toBe(false);
  });

  it.each([
    'my aunt was in Long Beach for years, she moved back to Lagos in 2015. no family there anymore',
    'my dad worked in Torrance long ago, went back home. nobody in LA now',
  ])('and "nobody there now" says no family: %s', (m) => expect(read('laTies', m, TIES).got.laTies).toMatchObject({ family: false }));

  it.each([
    'my brother lives in Irvine',
    'my parents moved to Pasadena last year',
    'my sister lives in LA but she is moving to Texas next year',
  ])('a relative there now still is: %s', (m) => expect(read('laTies', m, TIES).got.laTies).toMatchObject({ family: true }));
});

describe('an answer that cannot be told stores nothing and asks one question', () => {
  it.each([
    ['visa', 'the same as my husband'],
    ['visa', 'whatever my brother has'],
    ['visa', "I'll need the same one as my wife"],
    ['regions', "same as my partner's"],
    ['specialty', 'like my dad'],
  ])('an answer pointed at someone else\'s (%s): %s', (pending, m) => {
    const r = read(pending as 'visa', m, pending === 'specialty' ? {} : STEP1);
    expect(r.got).toEqual({});
    expect(r.clarify).toBe(pending);
  });

  it('a value given beside it still stands', () => {
    expect(read('visa', 'J1 same as my wife', { specialty: { primary: 'pediatrics' } }).got.visa).toBe('needs_j1');
  });

  it.each([
    ['step1', 'the first time didn\'t count'],
    ['step1', 'my first attempt doesn\'t count, I passed after'],
    ['step2ck', 'the 2019 one didn\'t really count lol'],
  ])('an attempt said not to count (%s): %s', (pending, m) => {
    const r = read(pending as 'step1', m, pending === 'step1' ? {} : STEP1);
    expect(r.got).toEqual({});
    expect(r.clarify).toBe(pending);
  });

  it.each([
    'step 3 yes',
    'yes step 3',
    'I think I passed step 3? haven\'t checked yet',
    'results are out, I have not opened the email',
  ])('taken, passed or planned cannot be told: %s', (m) => {
    const r = read('step3', m, APPLYING);
    expect(r.got.step3).toBeUndefined();
    expect(r.clarify).toBe('step3');
  });

  it('a plain no to Step 3 is still a no', () => {
    expect(read('step3', 'step 3 nope not yet', APPLYING).got.step3).toEqual({ status: 'not_taken' });
  });
});

describe('a message that answers another field than the one pending', () => {
  const PREPARING: Profile = { ...STEP1, step2ck: { taken: false }, stage: 'preparing' };
  it.each([
    'hm, actually I have taken ck already, on nov 30, result pending',
    'oh wait I took CK last week, waiting for the result',
    "I've sat step 2 already, score pending",
  ])('an exam sat, told while ECFMG is asked, is that exam\'s: %s', (m) => {
    const r = read('ecfmg', m, PREPARING);
    expect(r.got.step2ck).toEqual({ taken: false, resultPending: true });
    expect(r.got.ecfmg).toBeUndefined();
  });

  it('what ECFMG waits for is still ECFMG\'s', () => {
    expect(read('ecfmg', 'step 1 done, CK pending', PREPARING).got.ecfmg).toMatchObject({ status: 'in_progress', missing: ['step2ck'] });
  });

  it.each([
    'passed 1st attempt. CK was the one I needed two tries for',
    'step 1 passed first go, ck i had to take twice',
  ])('another exam told in passing is asked in its turn, not now: %s', (m) => {
    const r = read('step1', m, {});
    expect(r.got.step1).toEqual({ result: 'passed', attempts: 1 });
    expect(r.clarify).toBeUndefined();
  });
});

describe('more past versus now, plan versus done, and values with no way to choose', () => {
  it.each([
    ['I used to speak French as a kid, forgot it. now English and Arabic', ['English', 'Arabic']],
    ['I speak English, I used to know some German', ['English']],
    ['Arabic, English. French I lost after school', ['Arabic', 'English']],
    ['English and Spanish, I forgot my Portuguese', ['English', 'Spanish']],
    ['English, Hindi, and I forgot to mention Urdu', ['English', 'Hindi', 'Urdu']],
  ])('a language once spoken and gone is not held: %s', (m, langs) => {
    expect(read('languages', m, APPLYING).got.languages).toEqual(langs);
  });

  it.each(['doing a 2 month externship in january', 'having a 1 month observership in february'])('experience still ahead is not had: %s', (m) => {
    expect(read('usce', m, APPLYING).got.usce).toBeUndefined();
  });

  it('experience going on now still counts', () => {
    expect(read('usce', 'doing an externship right now at Loma Linda, 2 months', APPLYING).got.usce).toMatchObject({ months: 2 });
  });

  it.each(['2015, 2016', '2019; 2020'])('two bare years for one graduation are asked: %s', (m) => {
    const r = read('graduationYear', m, APPLYING);
    expect(r.got.graduationYear).toBeUndefined();
    expect(r.clarify).toBe('graduationYear');
  });

  it('a graduation year beside another event\'s year stands', () => {
    expect(read('graduationYear', 'med school 2017, internship 2018', APPLYING).got.graduationYear).toBe(2017);
  });
});

describe('a partner named in a sentence that tells is no question about the partner', () => {
  const RADIOLOGY: Profile = { ...APPLYING, usce: { months: 3, kind: 'observership', where: ['other_us'] }, usLors: { count: 2 }, languages: ['English'] };
  it.each([
    ['OC and LA, my husband works in Irvine. Also: do radiology programs care about step 3?', ['orange_county', 'la_county']],
    ['San Diego please, wife got a job there. is step 3 worth it for IM?', ['san_diego']],
    ['LA only, partner is at UCLA. how many programs should I apply to?', ['la_county']],
  ])('%s', (message, regions) => {
    const c = { id: 'r14', kind: 'other_person', pending: 'regions', before: RADIOLOGY, message, expect: { set: { regions } } } as CorpusCase;
    expect(grade(c).after.regions).toEqual(regions);
  });
});

describe('a letter\'s writer is not someone else\'s fact', () => {
  const LETTERS: Profile = { ...APPLYING, usce: { months: 2, kind: 'observership', where: ['other_us'] } };
  it.each([
    ['only one, from my research PI in Boston', 1],
    ['only one', 1],
    ['just one, my PI wrote it', 1],
  ])('%s', (m, count) => expect(read('usLors', m, LETTERS).got.usLors).toMatchObject({ count }));

  it('"only one of them" is no count of letters', () => {
    expect(read('usLors', 'only one of them is clinical', LETTERS).got.usLors).toBeUndefined();
  });
});
