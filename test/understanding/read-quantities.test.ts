// Quantities as applicants write them, in our own words (not from the corpora): totals with their parts, blocks of a
// length, number words in any mix, halves, approximations, unpublished work beside the counts, zero parts.
import { describe, expect, it } from 'vitest';
import type { ProfileField } from '../../src/domain/profile.js';
import { understand } from '../../src/engine/understand/understand.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const read = (pending: ProfileField, message: string) => understand(message, { pending, profile: {}, now: NOW });
const stored = (pending: ProfileField, message: string) => Object.fromEntries(read(pending, message).updates.map((u) => [u.field, u.value]));

describe('totals and their parts', () => {
  it.each([
    ['6 months of usce in all - 4 hands on at Cook County + 2 observing in Ohio', 6, 'mixed'],
    ['4 months total; 1 obs in Boston + 3 externship in Dallas', 4, 'mixed'],
    ['usce is 3 months: 2 electives + 1 observership', 3, 'mixed'],
  ])('"%s" is the total, not the total plus its parts', (message, months, kind) => {
    expect(stored('usce', message).usce).toMatchObject({ months, kind });
  });

  it('parts of another kind are not parts of the total ("4 pubs, 3 posters and 1 abstract")', () => {
    expect(stored('research', '4 pubs, 3 posters and 1 abstract').research).toMatchObject({ publications: 4 });
  });
});

describe('blocks of one length, halves and spelled numbers', () => {
  it.each([
    ['three 4-week electives, hands on, in Atlanta', 3],
    ['2 one-month rotations in Phoenix, hands-on', 2],
    ['four and a half months hands on in Seattle', 4.5],
    ['two and a half months of externships in Miami', 2.5],
  ])('"%s" is %s months', (message, months) => {
    expect(stored('usce', message).usce).toMatchObject({ months, kind: 'hands_on' });
  });

  it.each([['my ck was 2-4-1', 241], ['CK: 2 3 6', 236]])('"%s" is a score spelled digit by digit', (message, score) => {
    expect(stored('step2ck', message).step2ck).toMatchObject({ taken: true, score });
  });
});

describe('approximations and zero parts', () => {
  it('one soft word keeps the count ("about 10 weeks of hands-on in Denver")', () => {
    expect(stored('usce', 'about 10 weeks of hands-on in Denver').usce).toMatchObject({ months: 2.5, kind: 'hands_on' });
  });
  it('doubt on doubt asks ("maybe 2 months or so of observerships")', () => {
    expect(read('usce', 'maybe 2 months or so of observerships').clarify?.field).toBe('usce');
  });
  it('a kind counted zero was not done ("2 months observership, 0 hands on")', () => {
    expect(stored('usce', '2 months observership, 0 hands on').usce).toMatchObject({ months: 2, kind: 'observership' });
  });
  it('"a couple of letters" is asked about, never one', () => {
    const r = read('usLors', 'a couple of letters from US docs');
    expect(r.updates.find((u) => u.field === 'usLors')?.value).not.toMatchObject({ count: 1 });
  });
});

describe('unpublished work beside the counts', () => {
  it('is left out of them ("5 papers + 2 more under review, 3 posters")', () => {
    expect(stored('research', '5 papers + 2 more under review, 3 posters').research).toEqual({ publications: 5, posters: 3 });
  });
  it('"2 posters, and a case report in submission" counts the posters only', () => {
    expect(stored('research', '2 posters, and a case report in submission').research).toMatchObject({ posters: 2, publications: 0 });
  });
});

describe('counts in the words applicants use', () => {
  it('"7 IVs so far" are interviews', () => {
    expect(read('cycle', 'submitted in september, 7 IVs so far').updates.find((u) => u.field === 'cycle')?.value).toMatchObject({ interviews: 7 });
  });
});

describe('letters of several kinds', () => {
  it.each([
    ['one SLOE and 2 IM letters', 3],
    ['2 IM letters from my externship plus 1 research letter from my PI in Boston', 3],
    ['4 US letters (3 IM, 1 neuro)', 4],
  ])('"%s" is %s letters', (message, count) => {
    expect(stored('usLors', message).usLors).toMatchObject({ count });
  });
});

describe('a post that also asks', () => {
  it('stores every fact, "no step 3 yet" and "passed w 229" included', () => {
    const r = read('specialty', 'FM applicant, green card holder 😊 step 3 passed w 229, no ck retakes. does step 3 help much?');
    expect(r.question).toBe(true);
    const out = Object.fromEntries(r.updates.map((u) => [u.field, u.value]));
    expect(out.specialty).toMatchObject({ primary: 'family_medicine' });
    expect(out.step3).toMatchObject({ status: 'passed', score: 229 });
  });
  it('"IM, CK 236, no step 3 yet. are my chances ok?" keeps step 3 not taken', () => {
    expect(stored('specialty', 'IM, CK 236, no step 3 yet. are my chances ok?').step3).toEqual({ status: 'not_taken' });
  });
});

describe('a rough range for an exam still ahead', () => {
  it('"mid 230s hopefully, test is in february" is not taken, with no prediction from a range', () => {
    expect(stored('step2ck', 'mid 230s hopefully, test is in february').step2ck).toEqual({ taken: false });
  });
});
