// One story: the counts, the share and the warnings come from one decision. Over generated applicants with a first
// choice and a backup, no warning sends most applications to a specialty the counts give the smaller list, and no
// warning keeps the full list where the counts do not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import type { Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { specialtyLabel } from '../../src/plan/specialty-info.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-08-01T12:00:00Z');
const SPECIALTIES = ['internal_medicine', 'family_medicine', 'psychiatry', 'pediatrics', 'neurology'] as const;
const pair = fc.tuple(fc.constantFrom(...SPECIALTIES), fc.constantFrom(...SPECIALTIES)).filter(([a, b]) => a !== b);
const profile: fc.Arbitrary<Profile> = fc.record({
  specialty: pair.map(([primary, backup]) => ({ primary, backup })),
  visa: fc.constantFrom('us_citizen', 'green_card', 'needs_j1', 'needs_h1b', 'either', 'unsure'),
  step1: fc.record({ result: fc.constant('passed' as const), attempts: fc.integer({ min: 1, max: 2 }) }),
  step2ck: fc.record({ taken: fc.constant(true as const), score: fc.integer({ min: 205, max: 265 }), attempts: fc.integer({ min: 1, max: 2 }) }),
  step3: fc.constant({ status: 'not_taken' as const }),
  graduationYear: fc.integer({ min: 2010, max: 2026 }),
  usce: fc.record({ months: fc.integer({ min: 0, max: 12 }), kind: fc.constantFrom('hands_on', 'observership', 'none'), where: fc.constantFrom(['la_county'], ['other_us'], []) }),
  usLors: fc.record({ count: fc.integer({ min: 0, max: 4 }), inSpecialty: fc.boolean() }),
  regions: fc.constantFrom(['anywhere'], ['la_county', 'orange_county'], ['la_county', 'anywhere']),
  stage: fc.constant('preparing'),
}) as fc.Arbitrary<Profile>;

/** The specialty each count gives the full list (the largest count), and every sentence the plan says about counts. */
function story(pl: Plan) {
  const per = pl.applications.perSpecialty ?? [];
  const top = Math.max(...per.map((c) => c.max));
  const full = new Set(per.filter((c) => c.max === top).map((c) => specialtyLabel(c.specialty)));
  const said = [...pl.keyWarnings ?? [], ...pl.warnings ?? []];
  return { per, full, said };
}

describe('no plan\'s warnings contradict its counts', () => {
  it('generated applicants with a first choice and a backup', () => {
    fc.assert(fc.property(profile, (p) => {
      const pl = buildPlan(p, FULL_KB, NOW);
      const { full, said, per } = story(pl);
      for (const w of said) {
        const most = /higher in ([a-z/ ]+?) \(\d+\/100\) than in [a-z/ ]+? \(\d+\/100\), so most of your applications go there/.exec(w);
        if (most) expect(full.has(most[1]!), `${w} | counts ${JSON.stringify(per.map((c) => [c.specialty, c.max]))}`).toBe(true);
        const keeps = /so ([a-z/ ]+?) keeps the full list/.exec(w);
        if (keeps) expect(full.has(keeps[1]!), `${w} | counts ${JSON.stringify(per.map((c) => [c.specialty, c.max]))}`).toBe(true);
      }
      // a count that says most applications go where the visa is taken is never the one a warning sends most to
      for (const c of per) {
        if (/most applications go where your visa is taken/.test(c.why) && !full.has(specialtyLabel(c.specialty))) {
          expect(said.some((w) => new RegExp(`higher in ${specialtyLabel(c.specialty)} .*so most of your applications go there`).test(w))).toBe(false);
        }
      }
    }), { numRuns: 150, seed: 7 });
  });
});
