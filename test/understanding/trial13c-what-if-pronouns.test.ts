// Trial-13 class: a what-if in the third person ("what if his CK was 235", asked by a parent for the applicant or by the
// applicant in a slip) runs on the stored profile, never read as a program named "His" or a question for the guides.
// A what-if stores nothing, so this reading cannot harm a stored fact. With another person named ("my sister's CK"),
// "his"/"her" may be theirs: no what-if is run on the profile from it.
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/engine/understand/understand.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const PROFILE = { specialty: { primary: 'internal_medicine' as const }, step2ck: { taken: true, score: 221, attempts: 1 } };
const tried = (m: string) => understand(m, { profile: PROFILE, now: NOW }).whatIf?.map((u) => [u.field, u.value]) ?? [];

describe('a third-person what-if is tried on the stored profile', () => {
  it.each([
    ['what if his CK was 235', 'step2ck', { score: 235 }],
    ['what if her ck score was 240', 'step2ck', { score: 240 }],
    ['what if he gets 238 on step 2 ck', 'step2ck', { score: 238 }],
    ['suppose she scored 245 on ck', 'step2ck', { score: 245 }],
    ['what if their ck was 228', 'step2ck', { score: 228 }],
    ['what if he had 3 US letters', 'usLors', { count: 3 }],
  ] as const)('%s', (m, field, value) => {
    const got = tried(m);
    expect(got.map(([f]) => f)).toContain(field);
    expect(got.find(([f]) => f === field)?.[1]).toMatchObject(value);
  });
});

describe('look-alikes: another person named, or no what-if, runs nothing on the profile', () => {
  it.each([
    "what if my sister's CK was 250",
    'what if my brother gets 245 on ck',
    'what if my friend scored 240 on step 2',
    'what if his wife needs an h1b',
    "my roommate's ck is 251, what if",
  ])('%s', (m) => {
    expect(tried(m).map(([f]) => f)).not.toContain('step2ck');
    expect(understand(m, { profile: PROFILE, now: NOW }).updates.map((u) => u.field)).not.toContain('step2ck');
  });
});
