// Counts from the real list: never more applications than open programs exist; an applicant whose own regions hold
// fewer programs than the count is told so, with what widening adds.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { APPLICANTS as A } from '../helpers/applicants.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const open = (pl: ReturnType<typeof buildPlan>) => pl.tiers.reach.length + pl.tiers.target.length + pl.tiers.safety.length + (pl.unverified?.length ?? 0);

describe('counts from the real list', () => {
  it('a weak J-1 applicant who wants only Los Angeles hears how few programs that leaves and what widening adds', () => {
    const pl = buildPlan({ ...A.weakOld, regions: ['la_county'] } as Profile, FULL_KB, NOW);
    const w = pl.warnings!.find((x) => x.startsWith('Your regions hold only'))!;
    const [, inLa, moreCa, moreUs] = /only (\d+) internal medicine programs open to you.*adds (\d+) more elsewhere in California and (\d+) more in other states/.exec(w) ?? [];
    expect(Number(inLa)).toBeLessThan(pl.applications.perSpecialty![0]!.min);
    expect(Number(moreCa)).toBeGreaterThan(0);
    expect(Number(moreUs)).toBeGreaterThan(100);
  });
  it('no specialty is given more applications than programs open to the applicant, listed or not', () => {
    const pl = buildPlan({ ...A.citizen, specialty: { primary: 'pathology' }, regions: ['anywhere'] } as Profile, FULL_KB, NOW);
    const c = pl.applications.perSpecialty![0]!;
    expect(c.max).toBeLessThanOrEqual(open(pl) + 400); // the national reaches are counted, not listed
    expect(c.max).toBeGreaterThan(0);
  });
});
