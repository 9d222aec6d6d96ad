// Evidence in, codes out, for the standing and the warnings: every factor is a code with its parameters (every figure
// one of them) and its source, every warning a code; the words people read are those codes said by src/plan/words.en.ts.
// Over generated applicants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { planSchema } from '../../src/domain/plan-schema.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { knownCode, say } from '../../src/plan/words.en.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-08-01T12:00:00Z');
const profile: fc.Arbitrary<Profile> = fc.record({
  specialty: fc.record({ primary: fc.constantFrom('internal_medicine', 'family_medicine', 'emergency_medicine', 'obstetrics_gynecology', 'dermatology', 'transitional_year') }),
  visa: fc.constantFrom('us_citizen', 'green_card', 'ead', 'needs_j1', 'needs_h1b', 'either', 'unsure'),
  step1: fc.oneof(fc.record({ result: fc.constant('passed'), attempts: fc.integer({ min: 1, max: 3 }) }), fc.record({ result: fc.constant('score'), score: fc.integer({ min: 190, max: 260 }), attempts: fc.constant(1) })),
  step2ck: fc.oneof(fc.record({ taken: fc.constant(true), score: fc.integer({ min: 200, max: 270 }), attempts: fc.integer({ min: 1, max: 3 }) }), fc.constant({ taken: false })),
  step3: fc.oneof(fc.constant({ status: 'not_taken' }), fc.record({ status: fc.constant('passed'), score: fc.integer({ min: 200, max: 260 }) })),
  graduationYear: fc.integer({ min: 2005, max: 2027 }),
  usce: fc.record({ months: fc.integer({ min: 0, max: 14 }), kind: fc.constantFrom('hands_on', 'observership', 'mixed', 'unspecified', 'none'), where: fc.constantFrom(['la_county'], ['other_us'], []) }),
  usLors: fc.record({ count: fc.integer({ min: 0, max: 5 }), inSpecialty: fc.boolean(), fromCalifornia: fc.boolean(), kind: fc.constantFrom('clinical', 'research', 'mixed') }),
  research: fc.record({ publications: fc.integer({ min: 0, max: 15 }), posters: fc.integer({ min: 0, max: 5 }), years: fc.integer({ min: 0, max: 3 }) }),
  languages: fc.constantFrom([], ['Spanish'], ['Arabic', 'Hindi']),
  laTies: fc.record({ family: fc.boolean(), lived: fc.boolean(), trained: fc.boolean() }),
  regions: fc.constantFrom(['anywhere'], ['la_county']),
  stage: fc.constantFrom('preparing', 'reapplying'),
}) as fc.Arbitrary<Profile>;

/** Figures in a sentence, leaving out names that carry a digit and the guides' fixed wording (3–5 years, three letters). */
const figures = (text: string) => text.replace(/\b(J-1|H-1B|Step [123]|PGY-\d|3–5|2022|US-IMG)\b/g, ' ').match(/\d+(?:\.\d+)?/g) ?? [];
const backed = (fig: string, backing: string) => {
  const nums = (backing.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
  return backing.includes(fig) || nums.some((n) => Math.round(n * 1000) / 10 === Number(fig) || n.toLocaleString('en-US') === fig);
};

describe('standing factors are codes with parameters and a source', () => {
  it('generated applicants: every factor has a known code, its words are that code said, and no figure hides in a sentence', () => {
    fc.assert(fc.property(profile, (p) => {
      const pl = buildPlan(p, FULL_KB, NOW);
      expect(planSchema.safeParse(JSON.parse(JSON.stringify(pl))).success).toBe(true);
      for (const s of pl.standing ?? []) {
        for (const f of s.factors) {
          expect(f.code && knownCode(f.code), `${f.id} has no known code`).toBe(true);
          expect(say({ code: f.code!, params: f.params ?? {} })).toBe(f.text);
          const backing = `${JSON.stringify(f.params)} ${f.source}`;
          const hidden = figures(f.text).filter((x) => !backed(x.replace(/,/g, ''), backing.replace(/,(?=\d{3})/g, '')));
          expect(hidden, `${f.code}: "${f.text}"`).toEqual([]);
        }
      }
    }), { numRuns: 80, seed: 11 });
  });
});

describe('warnings are codes, said by the words file', () => {
  it('generated applicants: one known code per warning and key warning, in the same order, and "not this cycle" too', () => {
    fc.assert(fc.property(profile, (p) => {
      const pl = buildPlan(p, FULL_KB, NOW);
      expect(pl.warningCodes?.map(say)).toEqual(pl.warnings);
      expect(pl.keyWarningCodes?.map(say)).toEqual(pl.keyWarnings);
      for (const r of [...pl.warningCodes ?? [], ...pl.keyWarningCodes ?? []]) expect(knownCode(r.code), r.code).toBe(true);
      if (pl.notThisCycle) expect(say(pl.notThisCycle.whyCode!)).toBe(pl.notThisCycle.why);
    }), { numRuns: 60, seed: 5 });
  });
  it('a figure the warning states is a parameter: the failed-attempt share and the H-1B fee', () => {
    const pl = buildPlan({ specialty: { primary: 'internal_medicine' }, visa: 'needs_h1b', step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 236, attempts: 1 }, step3: { status: 'passed', score: 230 } } as Profile, FULL_KB, NOW);
    expect(pl.warningCodes?.find((r) => r.code === 'warning.failed_attempt_cited')).toMatchObject({ params: { share: 0.74, year: '2021' }, source: expect.stringMatching(/Program Director Survey/) });
    expect(pl.warningCodes?.find((r) => r.code === 'visa.h1b_with_step3')?.params).toMatchObject({ feeUsd: 100000, feeSince: '21 September 2025' });
  });
});
