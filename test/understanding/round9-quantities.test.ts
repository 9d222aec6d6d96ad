// Round 9 (understand9a): quantities and their scope. Counts split by place or kind are summed, number words for counts
// and years, a correction that names its field or old value, self-corrections with other markers, two candidate years
// (asked), durations from month ranges, experience still ahead (not done), and the attempt told in other words.
// Messages written in our own words.
import { describe, expect, it } from 'vitest';
import { understand, type UnderstandContext } from '../../src/engine/understand/understand.js';
import type { Profile, ProfileField } from '../../src/domain/profile.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const read = (text: string, pending?: ProfileField, profile: Profile = {}) => understand(text, { pending, profile, now: NOW } as UnderstandContext);
const stored = (text: string, pending?: ProfileField, profile: Profile = {}) =>
  Object.fromEntries(read(text, pending, profile).updates.map((u) => [u.field, u.value]));

describe('counts listed by place or kind are summed: a bare count after a counted one takes its unit', () => {
  it.each([
    ['2 months of electives at UCI, 2 at Loma Linda and 1 obs at Kaiser', 5, 'mixed'],
    ['4 weeks hands-on in Chicago, 4 in Detroit, 4 obs in Miami', 3, 'mixed'],
    ['1 month observership in Houston plus 2 in Dallas', 3, 'observership'],
    ['hice 2 meses de rotaciones en Miami y 1 mes de observership en Boston', 3, 'mixed'],
    ['2 months hands-on in NY and also an obs of 1 month in LA', 3, 'mixed'],
    ['externships: 3 months in Ohio, 2 in Texas', 5, 'hands_on'],
  ])('%s', (text, months, kind) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months, kind });
  });
  it('a count of observerships with their length each stays a product', () => {
    expect(stored('2 obs in riverside, 1 month each', 'usce').usce).toMatchObject({ months: 2 });
  });
});

describe('number words: half a dozen, a year said in words, "both" letters', () => {
  it.each([
    ['half a dozen posters and 1 pub', 'research', { publications: 1, posters: 6 }],
    ['graduated in twenty nineteen', 'graduationYear', 2019],
    ['class of twenty twenty-one', 'graduationYear', 2021],
    ['finished med school in two thousand eighteen', 'graduationYear', 2018],
    ['both my US letters are from IM attendings', 'usLors', { count: 2 }],
    ['both of the letters are from my lab', 'usLors', { count: 2 }],
  ])('%s', (text, pending, want) => {
    const got = stored(text, pending as ProfileField)[pending];
    if (typeof want === 'object') expect(got).toMatchObject(want as object);
    else expect(got).toBe(want);
  });
});

describe('a correction that names its old value or its field goes to that field, whatever is pending', () => {
  const profile: Profile = { usce: { months: 6, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3 }, step2ck: { taken: true, score: 241, attempts: 1 }, graduationYear: 2017 };
  it.each([
    ['the 6 months was wrong, it is 4', 'visa', 'usce', { months: 4, kind: 'hands_on' }],
    ['that 6 months i gave you is a mistake - its 5', 'regions', 'usce', { months: 5 }],
    ['the 3 letters was a typo, only 2', 'visa', 'usLors', { count: 2 }],
    ['did i put 2017 for graduation? it is 2016', 'visa', 'graduationYear', 2016],
    ['wait did I type 241 for CK?? its 214', 'step3', 'step2ck', { score: 214 }],
    ['oops I wrote CK 241 by mistake, the real score is 214', 'regions', 'step2ck', { score: 214 }],
  ])('%s', (text, pending, field, want) => {
    const got = stored(text, pending as ProfileField, profile);
    if (typeof want === 'object') expect(got[field]).toMatchObject(want as object);
    else expect(got[field]).toBe(want);
    expect(Object.keys(got)).toEqual([field]);
  });
});

describe('a value taken back with "no sorry", "I mean", "nope" gives way to the one after it', () => {
  it.each([
    ['graduated 2017, no sorry, 2016', 'graduationYear', 2016],
    ['2015... sorry, I mean 2014', 'graduationYear', 2014],
    ['CK 245 no wait 254? nope 245', 'step2ck', { score: 245 }],
    ['step 2 was 228 - sorry, I mean 238', 'step2ck', { score: 238 }],
    ['3 months obs, or rather 2', 'usce', { months: 2, kind: 'observership' }],
  ])('%s', (text, pending, want) => {
    const got = stored(text, pending as ProfileField)[pending];
    if (typeof want === 'object') expect(got).toMatchObject(want as object);
    else expect(got).toBe(want);
  });
});

describe('two candidate years are asked about, never one of them stored', () => {
  it.each([
    "'18 or '19 depending on whether you count the internship",
    'either 2015 or 2016',
    '2020 ou 2021, depende do internato',
    "'21 or '22 i guess",
    'graduated 2019 or 2020, not sure which counts',
  ])('%s', (text) => {
    const u = read(text, 'graduationYear');
    expect(u.updates.find((x) => x.field === 'graduationYear')).toBeUndefined();
    expect(u.clarify?.field).toBe('graduationYear');
  });
});

describe('a month range gives a duration, counted whole months from the first to the last', () => {
  it.each([
    ['I did a prelim year in NJ, July 2022 to June 2023', 12],
    ['observership in Houston from Jan 2024 to Mar 2024', 3],
    ["externship at Kaiser Sept '23 - Nov '23, hands on", 3],
    ['hands-on elective in Miami, from august 2025 through october 2025', 3],
    ['I did prelim surgery in Queens, July 21 to June 22', 12],
  ])('%s', (text, months) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months });
  });
  it('two dates in one month are days, not years', () => {
    expect((stored('observership in Dallas, March 3 to March 20', 'usce').usce as { months?: number } | undefined)?.months).not.toBe(204);
  });
});

describe('experience still ahead is not stored as done', () => {
  it.each([
    'no usce yet, starting a 2 month observership at Mount Sinai in March',
    'I begin a 6-week elective at UCLA in February',
    'nothing so far; I start a 4-week externship in Chicago next month',
    'got accepted for a 1 month externship that starts in april',
    'no US experience, my first obs (4 weeks) begins in january',
  ])('%s', (text) => {
    const got = stored(text, 'usce').usce as { months: number } | undefined;
    expect(got === undefined || got.months === 0).toBe(true);
  });
});

describe('the attempt told in other words', () => {
  it.each([
    ['passed step 1 on attempt numero dos', { result: 'passed', attempts: 2 }],
    ['step 1 pass, not my first go - the second one', { result: 'passed', attempts: 2 }],
    ['step 1 ✅ 1st try', { result: 'passed', attempts: 1 }],
    ['passed step 1 on the third go', { result: 'passed', attempts: 3 }],
    ['step 1 aprobado al segundo intento', { result: 'passed', attempts: 2 }],
  ])('%s', (text, want) => {
    expect(stored(text, 'step1').step1).toMatchObject(want);
  });
});

describe('interviews told by status are summed', () => {
  it.each([
    ['interviewing! 3 done and 2 more scheduled', 5],
    ['2 interviews done, 1 coming up next week', 3],
    ['had 4 interviews so far plus 1 scheduled', 5],
  ])('%s', (text, n) => {
    expect(stored(text, 'stage').cycle).toMatchObject({ interviews: n });
  });
});

describe('a bare number to a question of two parts is asked about', () => {
  it.each([['8', 'usce'], ['5', 'research'], ['3', 'research']])('%s to %s', (text, pending) => {
    const u = read(text, pending as ProfileField);
    expect(u.updates).toEqual([]);
    expect(u.clarify?.field).toBe(pending);
  });
});

describe('months told apart from the place of that experience keep the place', () => {
  it.each([
    ['2 US letters from my FM externship in Texas (6 weeks hands-on)', ['other_us']],
    ['I rotated at a hospital in Ohio; 3 months hands-on all together', ['other_us']],
  ])('%s', (text, where) => {
    expect(stored(text, 'usce').usce).toMatchObject({ where });
  });
  it('a place only wished for is not where the experience was', () => {
    const got = stored('I want to train in LA. 3 months hands-on', 'usce').usce as { where: string[] } | undefined;
    expect(got?.where ?? []).not.toContain('la_county');
  });
});

describe('an approximate count marked with a tilde keeps the count, like "about"', () => {
  it.each([
    ['~3 months hands-on, in Atlanta', 3],
    ['hands on ~ 2 months in Houston', 2],
    ['≈4 months of externships in NJ', 4],
  ])('%s', (text, months) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months });
  });
});

describe("a year told as a distance from someone else's year is that year moved", () => {
  it.each([
    ['my sister graduated in 2017, I graduated one year after her', 2018],
    ['my husband graduated 2015 and I graduated 3 years before him', 2012],
    ['my twin is class of 2022; I was two years behind because of a leave', 2024],
    ['mi hermano se graduó en 2019 y yo dos años después', undefined],
  ])('%s', (text, year) => {
    const got = stored(text, 'graduationYear').graduationYear;
    if (year === undefined) expect(got).not.toBe(2019);
    else expect(got).toBe(year);
  });
  it('a later event of my own is not a graduation year', () => {
    expect(stored('graduated 2016, did internship a year later', 'graduationYear').graduationYear).toBe(2016);
  });
});

describe('research: "nothing published yet" alone is none, beside some work it is asked', () => {
  it('alone', () => expect(stored('nothing published yet', 'research').research).toEqual({ publications: 0, posters: 0 }));
  it('beside some work', () => expect(read('did some work in a lab, nothing published yet', 'research').clarify?.field).toBe('research'));
});

describe('a rough practice score beside the real one leaves the real one exact', () => {
  it.each([
    ['nbme was like 240 but the actual CK came back 226', 226],
    ['UWSA2 around 250 while my real score is 231', 231],
    ['practice tests ~245ish, real CK 229', 229],
  ])('%s', (text, score) => {
    expect(stored(text, 'step2ck').step2ck).toMatchObject({ taken: true, score });
  });
  it('a rough real score is still asked', () => {
    expect(read('nbme 240 but real one was around 230', 'step2ck').clarify?.field).toBe('step2ck');
  });
});

describe('an ordinal beside a pass, a yes or a check mark is the attempt', () => {
  it.each([
    ['passed, 2nd', { result: 'passed', attempts: 2 }],
    ['✅ 1st', { result: 'passed', attempts: 1 }],
    ['yes, 1st', { result: 'passed', attempts: 1 }],
    ['pass 3rd', { result: 'passed', attempts: 3 }],
    ['2nd try ✅', { result: 'passed', attempts: 2 }],
  ])('%s', (text, want) => {
    expect(stored(text, 'step1').step1).toMatchObject(want);
  });
  it('a bare "1st" with no pass said is not stored as a pass', () => {
    expect(stored('1st', 'step1').step1).toBeUndefined();
  });
});

describe('"N + M posters" answers publications and posters in the order asked', () => {
  it.each([
    ['I have 2 + 2 posters', { publications: 2, posters: 2 }],
    ['1 + 3 posters', { publications: 1, posters: 3 }],
    ['2 pubs + 3 posters', { publications: 2, posters: 3 }],
  ])('%s', (text, want) => {
    expect(stored(text, 'research').research).toMatchObject(want);
  });
});

describe('letters named, then parts by kind, are letters of those kinds', () => {
  it.each([
    ['my letters: 2 clinical, 1 research', { count: 3, kind: 'mixed' }],
    ["fixing the letters - it's 2 clinical + 1 research", { count: 3, kind: 'mixed' }],
    ['about the LoRs: 3 clinical and 1 research, so 4', { count: 4, kind: 'mixed' }],
  ])('%s', (text, want) => {
    expect(stored(text, 'usLors', { usLors: { count: 2 } }).usLors).toMatchObject(want);
  });
});

describe('a rough number for an exam just sat, with no score back, is a feeling: the result is awaited', () => {
  it.each([
    'sat CK 10 days ago, I think around 240',
    'took step 2 last week, feels like maybe 235ish',
    'gave CK yesterday... guessing about 250 lol',
  ])('%s', (text) => {
    expect(stored(text, 'step2ck').step2ck).toMatchObject({ taken: false, resultPending: true });
  });
  it('a rough score that came back is asked exactly', () => {
    expect(read('took CK last month, got about 230', 'step2ck').clarify?.field).toBe('step2ck');
  });
});

describe('more corrections naming their old value', () => {
  const profile: Profile = { usce: { months: 6, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3 }, step2ck: { taken: true, score: 230, attempts: 1 }, graduationYear: 2016 };
  it.each([
    ["the 230 I gave for CK is wrong, it's 203", 'step2ck', { score: 203, attempts: 1 }],
    ["scratch the 6 months, it's 3", 'usce', { months: 3 }],
    ['that 3 letters was wrong, I have 2', 'usLors', { count: 2 }],
    ['the 2016 i put as my grad year is wrong, 2015', 'graduationYear', 2015],
  ])('%s', (text, field, want) => {
    const got = stored(text, 'visa', profile);
    if (typeof want === 'object') expect(got[field]).toMatchObject(want as object);
    else expect(got[field]).toBe(want);
    expect(Object.keys(got)).toEqual([field]);
  });
});

describe('more lengths of experience: "each" spans only its own items, month ranges in other forms', () => {
  it.each([
    ['did 2 rotations in LA, 1 month each, plus 2 months obs in Miami', 4],
    ['Jan-Mar 2024 obs at Cleveland Clinic', 3],
    ['from 06/2023 to 08/2023 hands-on at Mayo', 3],
    ['may june 2024 observership in ohio', 2],
  ])('%s', (text, months) => {
    expect(stored(text, 'usce').usce).toMatchObject({ months });
  });
  it('a range of months with no experience named is no length of experience', () => {
    const got = stored('from january till june 2020 I worked as a GP', 'usce').usce as { months: number } | undefined;
    expect(got?.months ?? 0).not.toBe(6);
  });
});

describe('two candidate values for one fact are asked, never one of them stored', () => {
  it.each([
    ['passed on the 2nd or 3rd attempt', 'step1'],
    ['passed step 1, 2nd attempt or maybe 3rd, cannot recall', 'step1'],
    ['2019/2020', 'graduationYear'],
    ['grad 2017, or 2018 if you count internship', 'graduationYear'],
  ])('%s', (text, pending) => {
    const u = read(text, pending as ProfileField);
    expect(u.updates.find((x) => x.field === pending)).toBeUndefined();
    expect(u.clarify?.field).toBe(pending);
  });
});
