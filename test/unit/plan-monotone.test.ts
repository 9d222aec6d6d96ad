// Property tests: a better answer never makes the plan worse — not the score, not any program's tier, not the count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan, Tier } from '../../src/domain/plan.js';
import type { Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { CA_KB, FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const RANK: Record<Tier | 'excluded', number> = { excluded: 0, reach: 1, target: 2, safety: 3 };

const specialty = fc.constantFrom('internal_medicine', 'family_medicine', 'psychiatry', 'pediatrics', 'neurology') as fc.Arbitrary<'internal_medicine'>;
const visa = fc.constantFrom('us_citizen', 'green_card', 'needs_j1', 'needs_h1b', 'either', 'unsure') as fc.Arbitrary<'needs_j1'>;
const profile: fc.Arbitrary<Profile> = fc.record({
  specialty: fc.record({ primary: specialty }),
  visa,
  step1: fc.record({ result: fc.constant('passed' as const), attempts: fc.integer({ min: 1, max: 3 }) }),
  step2ck: fc.record({ taken: fc.constant(true as const), score: fc.integer({ min: 195, max: 270 }), attempts: fc.integer({ min: 1, max: 3 }) }),
  step3: fc.oneof(fc.constant({ status: 'not_taken' as const }), fc.record({ status: fc.constant('passed' as const), score: fc.integer({ min: 200, max: 260 }) })),
  graduationYear: fc.integer({ min: 2005, max: 2026 }),
  usce: fc.record({ months: fc.integer({ min: 0, max: 14 }), kind: fc.constantFrom('hands_on', 'observership', 'mixed', 'unspecified', 'none') as fc.Arbitrary<'hands_on'>, where: fc.constantFrom(['la_county'], ['inland_empire'], ['other_us'], []) as fc.Arbitrary<['la_county']> }),
  usLors: fc.record({ count: fc.integer({ min: 0, max: 5 }), inSpecialty: fc.boolean(), fromCalifornia: fc.boolean() }),
  research: fc.record({ publications: fc.integer({ min: 0, max: 15 }), posters: fc.integer({ min: 0, max: 5 }) }),
  regions: fc.constant(['la_county', 'orange_county'] as Profile['regions']),
  stage: fc.constantFrom('preparing', 'applying', 'reapplying') as fc.Arbitrary<'applying'>,
});

/** One answer made better, the rest unchanged. */
const improvements: { name: string; better: (p: Profile) => Profile | null }[] = [
  { name: 'higher Step 2 CK', better: (p) => (p.step2ck?.taken && p.step2ck.score < 300 ? { ...p, step2ck: { ...p.step2ck, score: Math.min(300, p.step2ck.score + 7) } } : null) },
  { name: 'fewer CK attempts', better: (p) => (p.step2ck?.taken && p.step2ck.attempts > 1 ? { ...p, step2ck: { ...p.step2ck, attempts: p.step2ck.attempts - 1 } } : null) },
  { name: 'fewer Step 1 attempts', better: (p) => (p.step1 && p.step1.attempts > 1 ? { ...p, step1: { ...p.step1, attempts: p.step1.attempts - 1 } as Profile['step1'] } : null) },
  { name: 'Step 3 passed', better: (p) => (p.step3?.status !== 'passed' ? { ...p, step3: { status: 'passed', score: 230 } } : null) },
  { name: 'higher Step 3', better: (p) => (p.step3?.status === 'passed' && p.step3.score !== undefined && p.step3.score < 290 ? { ...p, step3: { status: 'passed', score: p.step3.score + 10 } } : null) },
  { name: 'more recent graduation', better: (p) => (p.graduationYear !== undefined && p.graduationYear < 2026 ? { ...p, graduationYear: p.graduationYear + 2 } : null) },
  { name: 'more USCE months', better: (p) => (p.usce && p.usce.kind !== 'none' ? { ...p, usce: { ...p.usce, months: p.usce.months + 3 } } : null) },
  { name: 'hands-on instead of observership', better: (p) => (p.usce && p.usce.kind === 'observership' ? { ...p, usce: { ...p.usce, kind: 'hands_on' } } : null) },
  { name: 'more letters', better: (p) => (p.usLors && p.usLors.count < 20 ? { ...p, usLors: { ...p.usLors, count: p.usLors.count + 1 } } : null) },
  { name: 'letters in the specialty', better: (p) => (p.usLors && !p.usLors.inSpecialty ? { ...p, usLors: { ...p.usLors, inSpecialty: true } } : null) },
  { name: 'more research', better: (p) => (p.research ? { ...p, research: { ...p.research, publications: p.research.publications + 4 } } : null) },
  { name: 'a research year more', better: (p) => (p.research ? { ...p, research: { ...p.research, years: (p.research.years ?? 0) + 1 } } : null) },
];

const tierMap = (pl: Plan) => {
  const m = new Map<string, number>();
  for (const t of ['reach', 'target', 'safety'] as const) for (const p of pl.tiers[t]) m.set(`${p.specialty}|${p.id}`, RANK[t]);
  for (const p of pl.excluded) m.set(`${p.specialty}|${p.id}`, RANK.excluded);
  return m;
};

describe('a better answer never makes the plan worse', () => {
  for (const { name, better } of improvements) {
    it(name, () => {
      fc.assert(fc.property(profile, (p) => {
        const q = better(p);
        if (!q) return;
        const before = buildPlan(p, CA_KB, NOW);
        const after = buildPlan(q, CA_KB, NOW);
        expect(after.standing![0]!.score).toBeGreaterThanOrEqual(before.standing![0]!.score);
        expect(after.applications.max).toBeLessThanOrEqual(before.applications.max);
        expect(after.applications.min).toBeLessThanOrEqual(before.applications.min);
        const now = tierMap(after);
        for (const [id, rank] of tierMap(before)) expect(now.get(id) ?? RANK.reach, `${name}: ${id}`).toBeGreaterThanOrEqual(rank);
      }), { numRuns: 60, seed: 9 });
    });
  }
});

describe('with the national roster too', () => {
  it('a higher Step 2 CK never moves a listed program to a worse tier', () => {
    fc.assert(fc.property(profile, (p) => {
      const q = improvements[0]!.better(p);
      if (!q) return;
      const now = tierMap(buildPlan(q, FULL_KB, NOW)); // a national program missing from a list is a reach
      for (const [id, rank] of tierMap(buildPlan(p, FULL_KB, NOW))) expect(now.get(id) ?? RANK.reach, id).toBeGreaterThanOrEqual(rank);
    }), { numRuns: 25, seed: 9 });
  });
});
