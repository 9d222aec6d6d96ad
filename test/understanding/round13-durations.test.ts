// Round 13, lengths of US experience said as shares, days or blocks: "a quarter of a year" is 3 months (never the
// year), days are months of 30 days, an ordinal item telling its own length adds only that length, and a kind said
// of all of it ("all observership") names what the rotations were.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const usce = (m: string) => read('usce', m).got.usce as { months?: number; kind?: string } | undefined;

describe('a share of a year or a month', () => {
  it.each([
    ['a quarter of a year hands on in Dallas', 3],
    ['three quarters of a year of observerships in NJ', 9],
    ['a third of a year in Chicago, all hands on', 4],
    ['quarter of a year obs at Mayo', 3],
    ['two thirds of a year hands on in Ohio', 8],
  ])('%s', (m, months) => expect(usce(m)?.months).toBe(months));

  it.each([
    ['a quarter of my rotations were in LA, 4 months hands on total', 4],
    ['4 months hands on, most of it in the third quarter of the year', 4],
    ['half a year of observerships in Chicago', 6],
    ['1 year hands on in Texas', 12],
    ['3 months obs, a third of it in LA', 3],
  ])('no share of a year read: %s', (m, months) => expect(usce(m)?.months).toBe(months));
});

describe('days as months of 30 days', () => {
  it.each([
    ['30 days observership in Houston', 1],
    ['90 days hands-on in Texas', 3],
    ['60 days of observership at Mount Sinai', 2],
    ['45 days of hands on at a clinic in Queens', 1.5],
    ['14 days shadowing in LA', 0.5],
  ])('%s', (m, months) => expect(usce(m)?.months).toBe(months));

  it('a result awaited in days is no experience', () => {
    expect(read('step2ck', 'took CK, result in 30 days').got.usce).toBeUndefined();
  });
});

describe('an ordinal item with its own length', () => {
  it.each([
    ['2 rotations of 1 month each in Oakland and a 3rd one in Fresno for another month, hands-on all', 3],
    ['a 1st one in LA for 1 month and a 2nd in Irvine for 2 months, hands on', 3],
    ['1 month obs at UCI, then a second at Kaiser for 2 months', 3],
    ['one month hands on in Reno and a 2nd one in Tahoe lasting 2 months', 3],
    ['1 month obs at UCI, then a second at Kaiser and 2 months at Cedars', 4],
  ])('%s', (m, months) => expect(usce(m)?.months).toBe(months));

  it.each([
    ['1 month obs at UCI, another in Anaheim and 1 more in Long Beach', 3],
    ['1 month observership at UCI and a second at Kaiser', 2],
  ])('an item without its own length is one more block: %s', (m, months) => expect(usce(m)?.months).toBe(months));
});

describe('a kind said of all of it', () => {
  it.each([
    ['first rotation 1 mo, second 2 mo, third one half a month, all observership in philly', 'observership'],
    ['1 month rotation at Cedars, 1 month rotation at UCI, both observerships', 'observership'],
    ['2 electives in Ohio, 1 month each, all observership', 'observership'],
    ['2 rotations in NYC, 1 month each; all observerships', 'observership'],
    ['3 rotations of 1 month, all of them were observerships', 'observership'],
  ])('%s', (m, kind) => expect(usce(m)?.kind).toBe(kind));

  it.each([
    ['1 month observership in Ohio and 1 month elective in Texas', 'mixed'],
    ['3 months total, all hands on except 1 month obs', 'mixed'],
    ['2 rotations in Miami, 2 months, not all observership', 'mixed'],
    ['2 rotations, 1 month each, both observerships but the second had some hands on', 'mixed'],
    ['1 month externship in Ohio and 1 month observership in Texas, all in the US', 'mixed'],
  ])('not all of one kind: %s', (m, kind) => expect(usce(m)?.kind).toBe(kind));
});

describe('a year told as a bound', () => {
  it.each([
    'almost a year hands on in NJ',
    'nearly a year of observerships in NY',
    'less than a year hands on in Ohio',
  ])('is asked, never the year: %s', (m) => {
    const r = read('usce', m);
    expect(r.got.usce).toBeUndefined();
    expect(r.clarify).toBe('usce');
  });

  it.each([
    ['a year hands on in NJ', 12],
    ['1 year of observerships in NY', 12],
  ])('a year itself stays: %s', (m, months) => expect(usce(m)?.months).toBe(months));

  it('a year told exactly beside a bound on something else', () => {
    expect(read('graduationYear', 'graduated in 2019, almost 7 years ago').got.graduationYear).toBe(2019);
  });
});
