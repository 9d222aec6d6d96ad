// A better answer never makes the plan worse, over the national roster too: not the standing in any specialty, not the
// programs within reach (target or safety), not the programs open at all; and in every plan no unknown raises a tier
// (a visa seeker's targets and safeties rest on a stated policy or public evidence) and no ACGME id appears twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import type { Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-08-01T12:00:00Z');
const LEVEL = { 'very weak': 0, weak: 1, borderline: 2, competitive: 3, strong: 4 } as const;
const SPECIALTIES = ['internal_medicine', 'family_medicine', 'psychiatry', 'pediatrics', 'neurology', 'general_surgery'] as const;
const profile: fc.Arbitrary<Profile> = fc.record({
  specialty: fc.tuple(fc.constantFrom(...SPECIALTIES), fc.option(fc.constantFrom(...SPECIALTIES), { nil: undefined }))
    .map(([primary, backup]) => (backup && backup !== primary ? { primary, backup } : { primary })),
  visa: fc.constantFrom('us_citizen', 'green_card', 'needs_j1', 'needs_h1b', 'either'),
  step1: fc.record({ result: fc.constant('passed'), attempts: fc.integer({ min: 1, max: 3 }) }),
  step2ck: fc.record({ taken: fc.constant(true), score: fc.integer({ min: 205, max: 265 }), attempts: fc.integer({ min: 1, max: 2 }) }),
  step3: fc.constant({ status: 'not_taken' }),
  graduationYear: fc.integer({ min: 2008, max: 2026 }),
  usce: fc.record({ months: fc.integer({ min: 1, max: 12 }), kind: fc.constantFrom('hands_on', 'observership', 'mixed'), where: fc.constantFrom(['la_county'], ['other_us']) }),
  usLors: fc.record({ count: fc.integer({ min: 0, max: 4 }), inSpecialty: fc.boolean() }),
  research: fc.record({ publications: fc.integer({ min: 0, max: 8 }), posters: fc.integer({ min: 0, max: 3 }) }),
  regions: fc.constantFrom(['anywhere'], ['la_county', 'orange_county'], ['la_county', 'anywhere']),
  laTies: fc.record({ family: fc.boolean(), lived: fc.constant(false), trained: fc.constant(false) }),
  stage: fc.constant('preparing'),
}) as fc.Arbitrary<Profile>;

const better: { name: string; make: (p: Profile) => Profile | null }[] = [
  { name: 'a higher Step 2 CK', make: (p) => (p.step2ck?.taken ? { ...p, step2ck: { ...p.step2ck, score: Math.min(300, p.step2ck.score + 8) } } : null) },
  { name: 'more US clinical months', make: (p) => (p.usce ? { ...p, usce: { ...p.usce, months: p.usce.months + 4 } } : null) },
  { name: 'hands-on instead of observership', make: (p) => (p.usce?.kind === 'observership' ? { ...p, usce: { ...p.usce, kind: 'hands_on' } } : null) },
  { name: 'Step 3 passed', make: (p) => ({ ...p, step3: { status: 'passed', score: 232 } }) },
  { name: 'Step 1 passed on an earlier attempt', make: (p) => (p.step1 && p.step1.attempts > 1 ? { ...p, step1: { ...p.step1, attempts: p.step1.attempts - 1 } as Profile['step1'] } : null) },
  { name: 'Step 2 CK passed on the first attempt', make: (p) => (p.step2ck?.taken && p.step2ck.attempts > 1 ? { ...p, step2ck: { ...p.step2ck, attempts: 1 } } : null) },
];

const key = (p: { specialty: string; id: string }) => `${p.specialty}|${p.id}`;
const reachable = (pl: Plan) => new Set([...pl.tiers.target, ...pl.tiers.safety].map(key));
const closed = (pl: Plan) => new Set(pl.excluded.map(key));

/** What must hold in every plan: no ACGME id twice, and no target or safety a visa seeker holds on an unknown. */
function sound(pl: Plan): void {
  const ids = [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...pl.unverified ?? [], ...pl.excluded].map(key);
  expect(ids.length).toBe(new Set(ids).size);
  if (['needs_j1', 'needs_h1b', 'either'].includes(pl.profile.visa ?? '')) {
    for (const p of [...pl.tiers.target, ...pl.tiers.safety]) expect(['stated', 'public evidence'], p.name).toContain(p.evidence?.level);
  }
  for (const p of pl.tiers.safety) expect(['inferred', 'unknown'], p.name).not.toContain(p.evidence?.level);
}

describe('a better answer never makes the plan worse (national roster included)', () => {
  for (const { name, make } of better) {
    it(name, () => {
      fc.assert(fc.property(profile, (p) => {
        const q = make(p);
        if (!q) return;
        const before = buildPlan(p, FULL_KB, NOW);
        const after = buildPlan(q, FULL_KB, NOW);
        sound(before);
        sound(after);
        for (const s of before.standing ?? []) {
          const t = after.standing!.find((x) => x.specialty === s.specialty)!;
          expect(t.score, `${s.specialty} score`).toBeGreaterThanOrEqual(s.score);
          expect(LEVEL[t.level]).toBeGreaterThanOrEqual(LEVEL[s.level]);
        }
        const within = reachable(after);
        for (const id of reachable(before)) expect(within.has(id), `${name}: ${id} left target/safety`).toBe(true);
        const shut = closed(before);
        for (const id of closed(after)) expect(shut.has(id), `${name}: ${id} closed`).toBe(true);
      }), { numRuns: 25, seed: 17 });
    });
  }
});
