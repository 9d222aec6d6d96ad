// Round 12, counts whose item or speaker is left unsaid: "another"/"one more" is one more of the item counted before
// it; a bare count answering someone else's count has its unit; a count said by someone else stays theirs.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const usce = (m: string) => read('usce', m).got.usce as { months?: number } | undefined;

describe('another of the same item', () => {
  it.each([
    ['1 month obs at UCI then another at Kaiser Riverside', 2],
    ['1 mo observership in Houston plus a second at Baylor', 2],
    ['4 weeks obs in Irvine, another in Anaheim', 2],
    ['one month hands on in Fresno, another in Bakersfield and 1 more in Modesto', 3],
    ['one month in LA, another month in NY, both obs', 2],
  ])('%s', (m, months) => expect(usce(m)?.months).toBe(months));

  it('letters too', () => {
    expect(read('usLors', '1 lor from IM, another from FM').got.usLors).toMatchObject({ count: 2 });
    expect(read('usLors', '2 letters from IM, another from FM').got.usLors).toMatchObject({ count: 3 });
  });

  it.each([
    ['2 months hands-on in Ohio and another in Texas', 2],
    ['1 month obs in Irvine, my friend did another in Anaheim', 1],
    ['1 month obs in Irvine. another reason i like OC is my family', 1],
    ['1 month obs in Irvine, and another interview in Anaheim', 1],
    ['1 month obs in Irvine, hoping for another next year', 1],
  ])('no item added: %s', (m, months) => expect(usce(m)?.months).toBe(months));
});

describe('a bare count beside someone else\'s', () => {
  it.each([
    ['my friend got 6 months at Cook County, I only managed 2 there and it was observership', 2],
    ['my friend did 5 months, i got 2 lol, all hands on', 2],
    ['my roommate has 7 months, me just 3, all observerships', 3],
    ['my cousin did 4 months but i only did 1, observership', 1],
  ])('%s', (m, months) => expect(usce(m)?.months).toBe(months));

  it.each([
    'my brother did 8 months, i did 3 obs',
    'my friend did 5 months, i did 2 attempts on step 1',
    'my friend did 5 months and i plan 2 next year',
  ])('no unit given to a count with its own item or plan: %s', (m) => expect(usce(m)?.months).not.toBe(2));

  it.each([
    ['my friend has 4 LoRs, I have 2', 2],
    ['she got 5 letters but mine are 3', 3],
  ])('letters: %s', (m, count) => expect(read('usLors', m).got.usLors).toMatchObject({ count }));
});

describe('a count said by someone else', () => {
  it.each([
    ['roughly 4 months hands-on in philly, 16 weeks to be exact. my friend counts prep weeks too and says 5 but nah', 4],
    ['3 months obs in NYC. my mentor thinks of it as longer and says 4', 3],
    ['2 months hands on in Texas. my dad rounds up and claims 3 lol', 2],
  ])('%s', (m, months) => expect(usce(m)?.months).toBe(months));
});
