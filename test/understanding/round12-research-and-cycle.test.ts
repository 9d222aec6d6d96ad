// Round 12: a research year told as "a full year as a research fellow"; counts told as times ("published twice");
// ERAS named as a price is no stage; "ERAS is already in" is submitted.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('a research year in a role', () => {
  it.each([
    '5 pubs, 3 posters, and I spent a full year as a research fellow at Cleveland Clinic',
    '3 pubs, a full year as a research fellow',
    '2 pubs, spent a year as a research assistant in Boston',
    '1 paper, one whole year as a postdoc',
  ])('%s', (m) => expect(read('research', m).got.research).toMatchObject({ years: 1 }));
  it.each(['3 pubs, a year as a clinical fellow', '2 pubs, a year in internal medicine', '4 pubs, research fellow for a year? maybe'])('no research year: %s', (m) => {
    expect((read('research', m).got.research as { years?: number } | undefined)?.years).toBeUndefined();
  });
});

describe('counts told as times', () => {
  it.each([
    ['published twice, presented posters thrice', 2, 3],
    ['published once, no posters', 1, 0],
    ['presented abstracts 4 times, published 2 papers', 2, 4],
    ['published 3 times in journals and presented twice', 3, 2],
  ])('%s', (m, publications, posters) => expect(read('research', m).got.research).toMatchObject({ publications, posters }));
  it.each(['failed step 1 twice, published nothing', 'applied twice, no pubs no posters'])('other times are not research: %s', (m) => {
    expect((read('research', m).got.research as { publications?: number } | undefined)?.publications ?? 0).toBe(0);
  });
});

describe('ERAS as a price, and ERAS in', () => {
  it.each([
    "honestly I can't afford more than ~60 applications, ERAS fees are killing me. so: texas and the midwest only",
    'ERAS costs are insane, anyway: LA and OC',
    'the price of ERAS scares me. socal only',
  ])('no stage from a price: %s', (m) => expect(read('regions', m).got.stage).toBeUndefined());
  it.each(['ERAS is already in', 'not a reapplicant, this is my very first match, ERAS is already in', "my application's in"])('submitted: %s', (m) => {
    expect(read('stage', m).got.cycle).toMatchObject({ submitted: true });
  });
  it.each(['eras is in progress', 'eras is in 2 weeks', 'eras opens in june'])('not submitted: %s', (m) => {
    expect(read('stage', m).got.cycle).not.toMatchObject({ submitted: true });
  });
});

describe('research counts with a label and a laugh', () => {
  it.each([
    ['published: 4. posters: a dozen lol, mostly regional stuff', 4, 12],
    ['0 lol', 0, 0],
    ['published: 2, posters: 3 haha', 2, 3],
  ])('%s', (m, publications, posters) => expect(read('research', m).got.research).toMatchObject({ publications, posters }));
  it('a bare count with a laugh is still asked about', () => expect(read('research', '3 lol').clarify).toBe('research'));
});
