// Regions named out of turn in Spanish, Portuguese or Hindi-Urdu ("LA y orange county" while Step 3 is asked) are
// kept like "LA and orange county": the joining words of those languages count as fillers between place names.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

describe('a list of places joined in another language, given while another question waits', () => {
  it.each([
    ['LA y orange county', ['la_county', 'orange_county']],
    ['los angeles o san diego', ['la_county', 'san_diego']],
    ['LA e orange county', ['la_county', 'orange_county']],
    ['San Diego ou LA', ['san_diego', 'la_county']],
    ['LA aur OC', ['la_county', 'orange_county']],
  ])('"%s" stores the regions', (text, regions) => {
    expect(read('step3', text).got.regions).toEqual(regions);
  });

  it.each(['y', 'o', 'e tambem', 'ya'])('look-alike: "%s" alone names no place', (text) => {
    expect(read('step3', text).got.regions).toBeUndefined();
  });
});
