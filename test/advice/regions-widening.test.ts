// A plan keeps to the regions the applicant named: outside them only realistic fits are listed (in their own band),
// and reaches or check-first programs there are one labelled widening count, never the reach or unverified groups.
// Applicants written for this test.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { inRegions } from '../../src/plan/list-bounds.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-08-15T12:00:00Z');
const base = { step1: { result: 'passed', attempts: 1 }, stage: 'applying', step3: { status: 'not_taken' }, graduationYear: 2020, usLors: { count: 1 } } as const;
const NAMED: [string, Profile][] = [
  ['very weak IM, J-1, LA only', { ...base, step1: { result: 'passed', attempts: 2 }, specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step2ck: { taken: true, score: 208, attempts: 2 }, usce: { months: 0, kind: 'none', where: [] }, regions: ['la_county'] } as Profile],
  ['average FM, H-1B, Orange County and San Diego', { ...base, specialty: { primary: 'family_medicine' }, visa: 'needs_h1b', step2ck: { taken: true, score: 230, attempts: 1 }, usce: { months: 3, kind: 'hands_on', where: ['san_diego'] }, regions: ['orange_county', 'san_diego'] } as Profile],
  ['psychiatry, J-1, Inland Empire and other states', { ...base, specialty: { primary: 'psychiatry' }, visa: 'needs_j1', step2ck: { taken: true, score: 226, attempts: 1 }, usce: { months: 2, kind: 'observership', where: ['inland_empire'] }, regions: ['inland_empire', 'other_us'] } as Profile],
  ['citizen pediatrics, LA only, CK 240', { ...base, specialty: { primary: 'pediatrics' }, visa: 'us_citizen', step2ck: { taken: true, score: 240, attempts: 1 }, usce: { months: 4, kind: 'hands_on', where: ['la_county'] }, regions: ['la_county'] } as Profile],
];

describe.each(NAMED)('regions named (%s)', (_, profile) => {
  const pl = buildPlan(profile, FULL_KB, NOW);
  const regions = profile.regions!;
  it('no reach and no check-first program lies outside the named regions', () => {
    for (const p of pl.tiers.reach) expect(inRegions(p.region, regions), `${p.name} (${p.city})`).toBe(true);
    for (const p of pl.unverified ?? []) expect(inRegions(p.region, regions), `${p.name} (${p.city})`).toBe(true);
  });
  it('what was left out is said once, as widening', () => {
    const notes = (pl.sharedNotes ?? []).filter((n) => n.startsWith('Widening beyond the regions you chose'));
    expect(notes.length).toBeLessThanOrEqual(1);
    const outsideListed = [...pl.tiers.target, ...pl.tiers.safety].filter((p) => !inRegions(p.region, regions));
    for (const p of outsideListed) expect(p.band).not.toBe('core LA');
  });
});

describe('"anywhere" keeps every region', () => {
  it('an applicant open to anywhere gets no widening note', () => {
    const pl = buildPlan({ ...NAMED[1]![1], regions: ['anywhere'] } as Profile, FULL_KB, NOW);
    expect((pl.sharedNotes ?? []).some((n) => n.startsWith('Widening beyond'))).toBe(false);
  });
});
