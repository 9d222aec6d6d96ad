// A bare "anywhere" beside a place named may mean anywhere in it or anywhere at all: which is asked, never guessed
// ("southern California, anywhere" was stored as the whole US); said as the whole country or as the fallback it stays anywhere.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { say as sayWhileAsked } from '../helpers/say-while-asked.js';

const START: Profile = { specialty: { primary: 'internal_medicine' } };
function say(message: string) {
  const { changed, asked } = sayWhileAsked('regions', START, message, new Date('2026-12-07T12:00:00Z'));
  return { regions: changed.regions, asked };
}

describe('"anywhere" beside a place named', () => {
  it.each(['I would like southern california, anywhere', 'socal, anywhere is fine', 'quiero el sur de california, cualquier parte'])('"%s" asks which regions', (m) => {
    expect(say(m)).toEqual({ regions: undefined, asked: 'regions' });
  });
  it.each([
    ['LA or anywhere', ['la_county', 'anywhere']],
    ['california only, otherwise anywhere', ['anywhere']],
    ['LA preferred but anywhere in the US', ['la_county', 'anywhere']],
    ['open to anywhere in socal, or anywhere really', ['anywhere']],
    ['me da lo mismo, cualquier parte', ['anywhere']],
  ])('"%s" is read without a question', (m, regions) => {
    expect(say(m).regions).toEqual(regions);
  });
});
