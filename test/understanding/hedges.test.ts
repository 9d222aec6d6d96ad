// What is not had yet is not counted: promised letters, papers under review, a score range hoped for; a hedge about
// something more does not unsettle the count told. Messages written for this test, not from the sets.
import { describe, expect, it } from 'vitest';
import type { ProfileField } from '../../src/domain/profile.js';
import { understand } from '../../src/engine/understand/understand.js';

const read = (text: string, pending?: ProfileField) => understand(text, { pending, profile: {}, now: new Date('2026-12-01T12:00:00Z') });
const stored = (text: string, pending?: ProfileField) => Object.fromEntries(read(text, pending).updates.map((x) => [x.field, x.value])) as Record<string, any>;

describe('only what is had counts', () => {
  it.each([
    ['3 letters already uploaded, my PD promised a 4th', 3],
    ['I have 1 US LOR, 2 more requested', 1],
  ])('"%s": letters only promised or asked for are not counted', (text, count) => {
    expect(stored(text, 'usLors').usLors?.count).toBe(count);
  });

  it.each([
    ['1 paper published and 2 more submitted, 3 posters', 1, 3],
    ['5 abstracts, 2 manuscripts under review', 0, 5],
  ])('"%s": papers under review are not publications', (text, publications, posters) => {
    expect(stored(text, 'research').research).toEqual({ publications, posters });
  });

  it('all of them under review is asked about', () => {
    expect(read('2 papers, both still in review', 'research').clarify?.topic).toBe('research_status');
  });

  it.each(["I'm hoping for the mid 240s, test is in March", 'NBMEs say low 230s, will sit for it in February'])('"%s": a hoped-for range is no score; CK not taken yet', (text) => {
    expect(stored(text, 'step2ck').step2ck).toEqual({ taken: false });
  });

  it('"about 4 months hands-on, maybe one more if ..." keeps the 4', () => {
    expect(stored('about 4 months hands-on, maybe one more if my sub-I gets approved', 'usce').usce).toMatchObject({ months: 4, kind: 'hands_on' });
  });

  it('a hedge about papers does not change the stage', () => {
    expect(stored('2 pubs, perhaps 3 by the time ERAS opens', 'research').stage).toBeUndefined();
  });
});
