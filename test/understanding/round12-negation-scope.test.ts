// Round 12: a denial reaches only what it denies: parts after a count-free denial still meet their total; places listed
// after "so" once some were denied are the answer; "none research" among letters is a kind of letter.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';
import { scopedDenials } from '../../src/engine/understand/negation-scope.js';

describe('a count-free denial between a total and its parts leaves the total', () => {
  it.each([
    ['5 months hands-on, none of it in CA — 3 in Ohio and 2 in Florida', 5],
    ['6 months obs, not in california: 4 in NY and 2 in NJ', 6],
    ['4 months hands on, nothing in socal - 2 in chicago and 2 in boston', 4],
    ['3 months obs, none in LA; 2 in Texas and 1 in Ohio', 3],
    ['5 months hands-on, zero in CA - 3 in Ohio, 2 in Florida', 5],
  ])('"%s" -> %i months', (m, months) => expect((read('usce', m).got.usce as { months: number }).months).toBe(months));
  it.each([
    ['2 months hands-on in Ohio, none in CA', 2],
    ['3 months obs, not hands-on', 3],
  ])('look-alike "%s" -> %i months', (m, months) => expect((read('usce', m).got.usce as { months: number }).months).toBe(months));
});

describe('places listed after "so", once some were denied, are the answer', () => {
  it.each([
    ['Cali is the dream but not San Diego (ex lives there lol) — so LA, OC, inland empire', ['la_county', 'orange_county', 'inland_empire']],
    ['anywhere on the west coast except california — so oregon, washington', ['other_us']],
    ['all of socal except SD, i.e. LA, OC and IE', ['la_county', 'orange_county', 'inland_empire']],
    ['california but not the bay area or sac, so basically LA and san diego', ['la_county', 'san_diego']],
    ['not san diego, so LA and OC', ['la_county', 'orange_county']],
  ])('"%s" -> %j', (m, regions) => expect(read('regions', m).got.regions).toEqual(regions));
  it.each([
    'not SD so far, LA and OC',
    'no family in LA so anywhere works',
    'LA is my first choice, so LA and OC',
    'not picky, so anywhere in socal',
  ])('look-alike "%s" is left as it is', (m) => expect(scopedDenials(m.toLowerCase())).toBe(m.toLowerCase()));
});

describe('an exception told with its own kind or place is a part of the whole, not denied', () => {
  it.each([
    ['5 months total. everything was hands-on in Dallas except one month, which was an observership up in Sacramento', 5, 'mixed', ['other_us', 'rest_of_california']],
    ['4 months, all hands-on except 1 month that was an observership', 4, 'mixed', []],
    ['3 months hands-on in Texas, except the last month, which was in Irvine', 3, 'hands_on', ['other_us', 'orange_county']],
  ] as const)('"%s" -> %i months %s %j', (m, months, kind, where) => expect(read('usce', m).got.usce).toMatchObject({ months, kind, ...(where.length ? { where } : {}) }));
  it.each([
    ['none of it in California except 2 weeks in Visalia', 'rest_of_california'],
  ])('look-alike "%s" keeps the exception\'s place', (m, place) => expect((read('usce', `1 month obs, ${m}`).got.usce as { where: string[] }).where).toContain(place));
});
