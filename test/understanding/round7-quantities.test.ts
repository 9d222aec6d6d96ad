// Round 7 (understand7a): totals versus parts, numbers mixed with words and symbols, several scores in one clause,
// predictions and ranges, relative graduation dates and years of other events, corrections of other fields inside an
// answer, and compressed phone typing. Messages written in our own words, one family per block.
import { describe, expect, it } from 'vitest';
import { understand, type UnderstandContext } from '../../src/engine/understand/understand.js';
import type { Profile, ProfileField } from '../../src/domain/profile.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const read = (text: string, pending?: ProfileField, profile: Profile = {}) => understand(text, { pending, profile, now: NOW } as UnderstandContext);
const stored = (text: string, pending?: ProfileField, profile: Profile = {}) =>
  Object.fromEntries(read(text, pending, profile).updates.map((u) => [u.field, u.value]));

describe('a total stated beside its parts is the total; parts alone add up; a fraction is added to nothing', () => {
  it.each([
    ['3 months hands-on in Dallas and 1 month obs in Tampa, 4 total', 4],
    ['two months of externship plus a month observing, so 3 months altogether', 3],
    ['5 wks hands-on in Boston + 3 wks obs in Newark which makes 2 months in total', 2],
    ['4 months in all: 3 of them hands-on in Ohio, the last one an observership in Detroit', 4],
    ['did a year of residency in Texas, so 12 months hands on', 12],
    ['2 + 2 months hands on, one block in Newark and one in Camden', 4],
    ['3 + 1 months of observerships in Boston', 4],
    ['one and a half months hands-on at two clinics in Miami', 1.5],
    ['three and a half months of electives across three hospitals in Ohio', 3.5],
  ])('%s -> %s months', (text, months) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months });
  });

  it.each([
    ['6 pubs counting the 3 abstracts, otherwise 3 actual papers', 3],
    ['4 papers if you include the 1 in review, otherwise 3 published', 3],
  ])('%s -> %s publications', (text, publications) => {
    expect(stored(text, 'research').research).toMatchObject({ publications });
  });

  it.each([
    ['3 LoRs, well really 2 since one hasnt been uploaded', 2],
    ['2 clinical letters + 1 research letter, 3 total', 3],
    ['one IM letter and two FM letters, so 3 altogether', 3],
  ])('%s -> %s letters', (text, count) => {
    expect(stored(text, 'usLors').usLors).toMatchObject({ count });
  });
});

describe('numbers in words, digits and symbols read as one score', () => {
  it.each([
    ['2 hundred and 41 on ck, first try', 241],
    ['two hundred & 19, 1st attempt', 219],
    ['ck 2 thirty 6 first attempt', 236],
    ['2 fifty one on my first try', 251],
    ['ck 2 38 first attempt', 238],
    ['2o7 first attempt', 207],
    ['ck 2o5 on the first go', 205],
  ])('%s -> %s', (text, score) => {
    expect(stored(text, 'step2ck').step2ck).toMatchObject({ taken: true, score });
  });
});

describe('of several scores in one clause, the one that passed is the result', () => {
  it.each([
    ['passed ck on my 2nd try with 226, failed the first time with 198', 226, 2],
    ['first attempt 201 (fail), second attempt 233', 233, 2],
    ['ck 241 on the retake, the first one was a fail at 196', 241, 2],
  ])('%s -> %s after %s attempts', (text, score, attempts) => {
    expect(stored(text, 'step2ck').step2ck).toMatchObject({ taken: true, score, attempts });
  });
});

describe('a prediction or a range is not a score taken', () => {
  it.each([
    ['exam booked for march, probably somewhere between 240 and 250'],
    ['ck next month, hoping 250, realistically 235'],
    ['ck scheduled, i think 230-240'],
    ['goal is 255 but realistically around 240, test in feb'],
  ])('%s', (text) => {
    const ck = stored(text, 'step2ck').step2ck as { taken: boolean } | undefined;
    expect(ck?.taken ?? false).toBe(false);
  });

  it.each([
    ['about 240 i believe, definitely only took it once'],
    ['like 225ish? took it one time'],
  ])('%s: taken once, no score guessed', (text) => {
    const u = read(text, 'step2ck');
    const ck = u.updates.find((x) => x.field === 'step2ck')?.value as { taken: boolean; score?: number; attempts?: number } | undefined;
    if (ck) expect(ck).toMatchObject({ taken: true, attempts: 1 });
    expect(ck?.score).toBeUndefined();
  });
});

describe('graduation told relative to today; years of other events are not graduation', () => {
  it.each([
    ['graduated 3 years back', 2023],
    ['passed out two years back', 2024],
    ['i will graduate in 1 year', 2027],
    ['graduating in two years, im in 4th year', 2028],
    ['final year student, graduating next year', 2027],
    ['ill graduate in 2 yrs', 2028],
    ['passed out 4 yrs back', 2022],
    ['finished med school a decade ago', 2016],
    ['graduated two years before covid', 2018],
    ['graduating this coming may', 2027],
  ])('%s -> %s', (text, year) => {
    expect(stored(text, 'graduationYear').graduationYear).toBe(year);
  });

  it.each([
    ['got my green card in 2021', 'visa'],
    ['became a citizen in 2023', 'visa'],
    ['my H1B visa expires in 2028', 'visa'],
    ['my visa was refused in 2022, trying again', 'visa'],
    ['my sister graduated in 2019', 'step1'],
  ])('%s: no graduation year', (text, pending) => {
    expect(stored(text, pending as ProfileField).graduationYear).toBeUndefined();
  });
});

describe('a correction of another field inside an answer is applied with the answer', () => {
  it('a step 1 attempt corrected while answering CK', () => {
    const s = stored('ck 240. btw step 1 was not on the first attempt, i failed it once', 'step2ck', { step1: { result: 'passed', attempts: 1 } });
    expect(s.step2ck).toMatchObject({ score: 240 });
    expect(s.step1).toMatchObject({ result: 'passed', attempts: 2 });
  });
  it('an interview count corrected: not A, it is B', () => {
    const s = stored('not 3 interviews, it is 6 now', 'stage', { stage: 'interviewing', cycle: { submitted: true, interviews: 3 } });
    expect(s.cycle).toMatchObject({ interviews: 6 });
  });
  it('months corrected with "actually" at the end', () => {
    const s = stored('LORs 3. and i said 4 months of usce, its 2 months actually', 'usLors', { usce: { months: 4, kind: 'hands_on', where: ['other_us'] } });
    expect(s.usLors).toMatchObject({ count: 3 });
    expect(s.usce).toMatchObject({ months: 2 });
  });
});

describe('compressed phone typing with several facts', () => {
  it.each([
    ['stp1 pssd 1st try, ck 2 39 1st try, grad 20', { step1: { result: 'passed', attempts: 1 }, step2ck: { score: 239 }, graduationYear: 2020 }],
    ['s1 pass 1st atmpt ck 251 grad 2019', { step1: { result: 'passed', attempts: 1 }, step2ck: { score: 251 }, graduationYear: 2019 }],
    ['stp 1 psd first go, ck 2 33 2nd attempt, grad 2018', { step1: { result: 'passed', attempts: 1 }, step2ck: { score: 233, attempts: 2 }, graduationYear: 2018 }],
    ['s1 passed 1st try. ck 2o8 1st try. yog 22', { step1: { result: 'passed', attempts: 1 }, step2ck: { score: 208, attempts: 1 }, graduationYear: 2022 }],
    ['step 1 pssd 2nd try ck 219 1st grad 17', { step1: { result: 'passed', attempts: 2 }, step2ck: { score: 219, attempts: 1 }, graduationYear: 2017 }],
  ])('%s', (text, expected) => {
    expect(stored(text, 'step1')).toMatchObject(expected);
  });
});

describe('a marker the reader cannot resolve is asked about, not guessed', () => {
  it.each([
    ['graduated in the 2010s', 'graduationYear'],
    ['somewhere in the 20s lol', 'graduationYear'],
    ['step 3 umm', 'step3'],
    ['step 3... dunno', 'step3'],
  ])('%s asks about %s', (text, field) => {
    const u = read(text, field as ProfileField);
    expect(u.updates).toEqual([]);
    expect(u.clarify?.field).toBe(field);
  });
});

describe('outcomes, counts and jobs told in passing', () => {
  it.each([
    ['failed step 1 once and have not retaken it yet', { step1: { result: 'failed', attempts: 1 } }],
    ['flunked it, no retake yet', { step1: { result: 'failed', attempts: 1 } }],
  ])('%s', (text, expected) => {
    expect(stored(text, 'step1')).toMatchObject(expected);
  });
  it.each([
    ['step 3 done last week, results due in a month', { step3: { status: 'pending' } }],
    ['took step 3 in october, score expected by december', { step3: { status: 'pending' } }],
  ])('%s', (text, expected) => {
    expect(stored(text, 'step3')).toMatchObject(expected);
  });
  it.each([
    ['2 and 1', { publications: 2, posters: 1 }],
    ['0, 3', { publications: 0, posters: 3 }],
    ['no research at all, except one case report', { publications: 1, posters: 0 }],
    ['a dedicated research year in Boston, 0 pubs but 3 posters', { publications: 0, posters: 3, years: 1 }],
  ])('%s', (text, research) => {
    expect(stored(text, 'research').research).toMatchObject(research);
  });
  it.each([
    ['grad 2012, working as an ER doctor in Lagos since'],
    ['graduated 2015 and have been practising as a GP in Leeds'],
  ])('%s: the job held is not the specialty wanted', (text) => {
    expect(stored(text, 'graduationYear').specialty).toBeUndefined();
  });
});

describe('scores: a zero said as "oh", the exact one over the rough one, a pass mark is not a score', () => {
  it.each([
    ['ck two oh seven, first attempt', 207],
    ['2 oh 5 on ck first try', 205],
    ['around 240, exactly 238 first attempt', 238],
    ['ck 231 first attempt (the passing score is 214)', 231],
  ])('%s -> %s', (text, score) => {
    expect(stored(text, 'step2ck').step2ck).toMatchObject({ taken: true, score });
  });
  it.each([
    ['took ck last friday, result due in 4 weeks'],
    ['sat for CK on the 2nd, score comes out by january'],
  ])('%s: taken, waiting for the result', (text) => {
    expect(stored(text, 'step2ck').step2ck).toMatchObject({ taken: false, resultPending: true });
  });
  it('an exam not happened yet is not taken', () => {
    expect(stored('step 3 has not happened yet', 'step3').step3).toMatchObject({ status: 'not_taken' });
  });
  it('sitting for it in a month ahead is planned', () => {
    expect(stored('sitting for step 3 in march', 'step3').step3).toMatchObject({ status: 'planned' });
  });
});

describe('a span of years is a period, not a graduation year; a season ahead is next year', () => {
  it.each([
    ['worked in a clinic in Houston (2021-23) as a scribe'],
    ['research fellow 2019 - 2021 at Yale'],
  ])('%s', (text) => {
    expect(stored(text, 'usce').graduationYear).toBeUndefined();
  });
  it.each([
    ['final year, passing out next summer', 2027],
    ['graduating next june', 2027],
  ])('%s -> %s', (text, year) => {
    expect(stored(text, 'graduationYear').graduationYear).toBe(year);
  });
  it('a whole prelim year is twelve months hands-on', () => {
    expect(stored('did one full preliminary surgery year in Ohio', 'usce').usce).toMatchObject({ months: 12, kind: 'hands_on' });
  });
});

describe('parts of a letters total named only by their kind are letters', () => {
  it.each([
    ['four letters, 3 clinical + 1 research', 4, 'mixed'],
    ['3 LORs: 2 IM and 1 research', 3, 'mixed'],
    ['two letters, 1 clinical and 1 research', 2, 'mixed'],
  ])('%s -> %s (%s)', (text, count, kind) => {
    expect(stored(text, 'usLors').usLors).toMatchObject({ count, kind });
  });
});

describe('some of the months corrected to another kind make the experience mixed', () => {
  it.each([
    ['actually 1 of those 3 months was an observership', { months: 3, kind: 'mixed' }],
    ['2 of the 6 months were hands-on, sorry', { months: 6, kind: 'mixed' }],
  ])('%s', (text, usce) => {
    expect(stored(text, 'usLors', { usce: { months: 3, kind: 'hands_on', where: ['other_us'] } }).usce).toMatchObject(usce);
  });
});

describe('a struck choice beside a new one', () => {
  it.each([
    ['scrap FM as the backup, make it peds as backup'],
    ['drop FM as backup, peds is my backup now'],
  ])('%s', (text) => {
    expect(stored(text, 'languages', { specialty: { primary: 'internal_medicine', backup: 'family_medicine' } }).specialty).toMatchObject({ primary: 'internal_medicine', backup: 'pediatrics' });
  });
});

describe('an alternative or a strong hedge on a count or score is asked about, never stored', () => {
  it.each([
    ['ck 241 or 242 i forget', 'step2ck'],
    ['CK 245 (or 254?)', 'step2ck'],
    ['scored 228, maybe 226, first attempt', 'step2ck'],
    ['maybe 4 pubs, not sure', 'research'],
    ['probably 3 papers', 'research'],
    ['3 letters i think, maybe 4', 'usLors'],
    ['maybe 3 LORs', 'usLors'],
    ['3 months hands on, maybe 4', 'usce'],
    ['between 2 and 3 months hands on', 'usce'],
    ['between three and four letters from US docs', 'usLors'],
  ])('%s', (text, field) => {
    const u = read(text, field as ProfileField);
    expect(u.updates.find((x) => x.field === field)).toBeUndefined();
    expect(u.clarify?.field).toBe(field);
  });
  it.each([
    ['3 letters, maybe 2 more coming', 'usLors', { count: 3 }],
    ['2 pubs, maybe 3 by the time ERAS opens', 'research', { publications: 2 }],
    ['2 pubs or 3 posters', 'research', { publications: 2, posters: 3 }],
  ])('%s keeps what is had', (text, field, value) => {
    expect(stored(text, field as ProfileField)[field]).toMatchObject(value);
  });
});

describe('a total over several kinds is no one kind\'s total', () => {
  it.each([
    ['I have 2 pubs and 3 posters, so 5 total', { publications: 2, posters: 3 }],
    ['2 case reports + 1 original article, 3 pubs total', { publications: 3 }],
  ])('%s', (text, research) => {
    expect(stored(text, 'research').research).toMatchObject(research);
  });
});
