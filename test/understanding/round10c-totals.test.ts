// Round 10 (understand10c): a total stated with its parts after a dash, colon or bracket, said twice, or with a subset
// "including" it, is the count; the parts are never added to it. Messages written in our own words.
import { describe, expect, it } from 'vitest';
import { stored } from './read-message.js';
import { understand, type UnderstandContext } from '../../src/engine/understand/understand.js';
import type { ProfileField } from '../../src/domain/profile.js';

const NOW = new Date('2026-12-06T12:00:00Z');

describe('a total with its parts beside it is counted once', () => {
  it.each([
    ['USCE is 5 months total - 2 months obs in Houston, 3 months hands-on in Detroit', 'usce', 'months', 5],
    ['2 months? yeah 2 months. 1 obs in Tampa and 1 hands on in Atlanta', 'usce', 'months', 2],
    ['pubs: 10 (incl 3 case reports)', 'research', 'publications', 10],
    ['8 papers, including 2 case reports', 'research', 'publications', 8],
    ['letters - 3. (2 from IM in Ohio, 1 from FM in Texas)', 'usLors', 'count', 3],
    ['papers: 9 (incl 2 letters to the editor). posters: 3', 'research', 'publications', 9],
    ['1 paper + 1 more + 1 in press. so 3. and 4 posters', 'research', 'publications', 3],
    ['1 pub, plus 2 more in 2025. so 3', 'research', 'publications', 3],
    ['letters: one from cards in Boston, one from nephro in Ohio, one from my PI. 3 in all.', 'usLors', 'count', 3],
    ['letters: one from cards, one from nephro. 2 altogether', 'usLors', 'count', 2],
  ])('%s', (text, pending, key, want) => {
    expect(stored(text, pending as ProfileField)[pending as ProfileField]).toMatchObject({ [key]: want });
  });
  it.each([
    ['4 months. (1 in Boston, 3 in Ohio)', 4],
    ['half a year of USCE. 3 months in Queens, the other 3 in Chicago', 6],
  ])('%s: the kind is asked, with the total as the months', (text, months) => {
    const r = understand(text, { pending: 'usce', profile: {}, now: NOW } as UnderstandContext);
    const value = r.updates.find((u) => u.field === 'usce')?.value as { months?: number } | undefined;
    expect(value?.months ?? r.clarify?.facts?.months).toBe(months);
  });
});

describe('a count corrected later in the message wins ("ok so 5 really")', () => {
  it.each([
    ['7 publications total — 5 published, 2 under review... hmm ok so 5 published really. and 2 posters', 5],
    ['6 papers overall, 2 submitted but not accepted yet... ok so 4 published really', 4],
    ['4 pubs in all, 1 still in review - ok so 3 really', 3],
    ['8 papers - wait, 2 are just preprints. ok so 6 actually', 6],
    ['pubs 5 total, 1 rejected. hmm so 4 then', 4],
  ])('%s', (text, want) => {
    expect(stored(text, 'research').research).toMatchObject({ publications: want });
  });
});
