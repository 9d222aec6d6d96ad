// Regions in a first message: a part listed beside its wider area leaves the area whole, places preferred are kept
// beside "anywhere", and the applicant's own place is kept when someone else's reason follows it.
import { describe, expect, it } from 'vitest';
import { stored } from './read-message.js';

const SOCAL = ['la_county', 'orange_county', 'san_diego', 'inland_empire'];

describe('a part listed beside its wider area leaves the area whole', () => {
  it.each([
    'OC and SoCal only please',
    'san diego & southern california',
    'I want LA and socal',
    'socal or LA, nothing else',
    'Riverside area and SoCal overall',
  ])('%s', (said) => {
    expect([...((stored(said).regions as unknown as string[] | undefined) ?? [])].sort()).toEqual([...SOCAL].sort());
  });

  it.each([
    ['SoCal: LA or OC', ['la_county', 'orange_county']],
    ['SoCal (LA/SD)', ['la_county', 'san_diego']],
    ['LA and OC', ['la_county', 'orange_county']],
    ['LA only', ['la_county']],
    ['San Diego', ['san_diego']],
  ])('look-alike, the parts named are the parts meant: %s', (said, regions) => {
    expect(stored(said, 'regions').regions).toEqual(regions);
  });
});

describe('places preferred beside "anywhere" are kept, first', () => {
  it.each([
    ['OC or san diego preferred but will go anywhere', ['orange_county', 'san_diego', 'anywhere']],
    ['anywhere in the US, but Texas first', ['other_us', 'anywhere']],
    ['LA first choice, anywhere else is ok too', ['la_county', 'anywhere']],
    ['San Diego preferred, anywhere ok', ['san_diego', 'anywhere']],
    ['IM. LA preferred but I will go anywhere', ['la_county', 'anywhere']],
  ])('%s', (said, regions) => {
    expect(stored(said).regions).toEqual(regions);
  });

  it.each(['anywhere in the US', 'anywhere is fine', 'wherever i match'])('look-alike, anywhere alone: %s', (said) => {
    expect(stored(said, 'regions').regions).toEqual(['anywhere']);
  });
});

describe("the applicant's own place is kept when someone else's reason follows it", () => {
  it.each([
    ['IM, LA only bcz my wife is doing her PhD at USC', ['la_county']],
    ['San Diego only since my husband works there', ['san_diego']],
    ['OC only coz my kids go to school in irvine', ['orange_county']],
    ['want to stay in LA bc my wife has a job at UCLA', ['la_county']],
    ['Inland Empire only because my parents are old', ['inland_empire']],
  ])('%s', (said, regions) => {
    expect(stored(said).regions).toEqual(regions);
  });

  it.each([
    'my wife wants LA because she is at USC',
    'my husband prefers San Diego because his job is there',
    'my sister lives in LA because of her job',
  ])("look-alike, someone else's wish is not the applicant's: %s", (said) => {
    expect(stored(said).regions).toBeUndefined();
  });
});
