// Round 12: research denied as a kind of letter ("all clinical, none research") leaves research itself alone.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const FILE = { specialty: { primary: 'internal_medicine' as const }, visa: 'either' as const };

describe('"none research" said of letters is a kind of letter, not research', () => {
  it.each([
    '3 letters from US attendings, all clinical, none research',
    '2 LoRs, both clinical, no research ones',
    '3 US lors - all clinical, zero research letters',
    '2 letters, none research, both from my IM rotations',
    '4 recs, all clinical and no research',
  ])('"%s" stores no research', (m) => {
    const got = read('usLors', m, FILE).got;
    expect(got.research).toBeUndefined();
    expect(got.usLors).toBeDefined();
  });
  it.each([
    '2 LoRs. no research',
    '3 letters, all clinical, and no research or pubs',
    '2 letters from IM attendings, no research experience',
    '3 letters all clinical. no research at all btw',
    '2 lors, no research, no posters',
  ])('look-alike "%s" still says no research', (m) => expect(read('usLors', m, FILE).got.research).toEqual({ publications: 0, posters: 0 }));
});
