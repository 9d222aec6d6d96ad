// Round-7 families, each with files of our own (none taken from a development set): a weak but eligible file has
// targets at the programs most open to it (outside LA County), and none in LA County whatever its ties.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-08-01T12:00:00Z');
const base: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 236, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2021,
  usce: { months: 2, kind: 'observership', where: ['la_county'] }, usLors: { count: 1, inSpecialty: true, fromCalifornia: true },
  regions: ['la_county', 'anywhere'], laTies: { family: true, lived: false, trained: false },
  research: { publications: 0, posters: 0 }, stage: 'preparing', ecfmg: { status: 'certified' },
} as Profile;
const plan = (p: Partial<Profile>): Plan => buildPlan(profileSchema.parse({ ...base, ...p }), FULL_KB, NOW);
const FM_FAIL = { visa: 'green_card', specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 219, attempts: 2 }, usce: { months: 3, kind: 'hands_on', where: ['other_us'] } } as const;
const good = (pl: Plan) => [...pl.tiers.target, ...pl.tiers.safety];

describe('a weak but eligible file: targets at the most open programs, none in LA County', () => {
  it.each([
    ['J-1, IM, CK 236, observership only, 2021 graduate', {}],
    ['J-1, IM, a Step 1 retake, CK 240, two letters', { step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 240, attempts: 1 }, usLors: { count: 2, inSpecialty: true } }],
    ['green card, FM, CK 219 after a CK fail, 3 months hands-on outside California', { ...FM_FAIL }],
    ['citizen IMG, IM, CK 233, 2016 graduate, one letter', { visa: 'us_citizen', step2ck: { taken: true, score: 233, attempts: 1 }, graduationYear: 2016 }],
    ['J-1, pediatrics, CK 229, no US experience', { specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 229, attempts: 1 }, usce: { months: 0, kind: 'none', where: [] } }],
  ] as const)('%s', (_, p) => {
    const pl = plan(p as Partial<Profile>);
    expect(pl.standing[0]!.level).toBe('weak');
    expect(good(pl).length).toBeGreaterThanOrEqual(3);
    expect(good(pl).filter((x) => x.region === 'la_county').map((x) => x.name)).toEqual([]);
    // every target of a weak file says plainly that it is a target only relative to the file
    for (const x of good(pl)) expect(x.reasonCodes?.some((r) => r.code === 'tier.weak_relative')).toBe(true);
  });
  it('an LA County program that would be open to the same file is a reach, with the reason as a code', () => {
    const pl = plan(FM_FAIL as Partial<Profile>);
    expect(pl.tiers.reach.some((x) => x.region === 'la_county' && x.reasonCodes?.some((r) => r.code === 'tier.la_county_weak_reach'))).toBe(true);
  });
});
