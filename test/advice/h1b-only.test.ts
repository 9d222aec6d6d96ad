// An applicant who rules out the J-1 is never told to weigh it, and their count follows how few programs show
// H-1B evidence: at least every listed program with evidence in their regions plus the unverified ones to check.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import type { Profile, Region } from '../../src/domain/profile.js';
import { inRegions } from '../../src/plan/list-bounds.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { APPLICANTS as A } from '../helpers/applicants.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const mine = (pl: Plan, sp: string) => (p: { specialty: string; region: string }) =>
  p.specialty === sp && inRegions(p.region as Region, pl.profile.regions ?? []);
const listed = (pl: Plan, sp: string) => [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety].filter(mine(pl, sp)).length;
const unverified = (pl: Plan, sp: string) => (pl.unverified ?? []).filter(mine(pl, sp)).length;

describe.each([
  ['strong, anywhere in the US', { ...A.h1bWithStep3, step2ck: { taken: true, score: 258, attempts: 1 }, regions: ['anywhere'] }],
  ['LA and other states', A.h1bWithStep3],
  ['IM with FM backup, California only', { ...A.h1bWithStep3, specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, regions: ['la_county', 'orange_county', 'rest_of_california'] }],
  ['without Step 3', A.h1bNoStep3],
])('H-1B only (%s)', (_, profile) => {
  const pl = buildPlan(profile as Profile, FULL_KB, NOW);
  it('is never told to weigh a J-1 they ruled out', () => {
    expect([...(pl.firstSteps ?? []), ...(pl.nextSteps ?? [])].map((s) => s.id)).not.toContain('h1b-new-fee');
    expect((pl.firstSteps ?? []).map((s) => s.id)).toContain('h1b-only-list');
  });
  it('applies to every program with H-1B evidence in its regions plus the unverified ones, and is told so', () => {
    for (const c of pl.applications.perSpecialty!) {
      const evidence = listed(pl, c.specialty);
      expect(c.min).toBeGreaterThanOrEqual(evidence + unverified(pl, c.specialty));
      expect(c.min).toBeLessThanOrEqual(c.max);
      expect(pl.warnings!.some((w) => w.startsWith(`H-1B only: ${evidence} `))).toBe(true);
    }
  });
});
