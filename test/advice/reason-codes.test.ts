// Evidence in, codes out: every program judgment in a plan is a reason code with its parameters, the words people read
// are that code said by src/plan/words.en.ts, and no figure hides inside a sentence (each one is a parameter or in the source).
import { describe, expect, it } from 'vitest';
import type { Plan, PlannedProgram, ReasonCode } from '../../src/domain/plan.js';
import { planSchema } from '../../src/domain/plan-schema.js';
import type { Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { planIndex } from '../../src/plan/plan-index.js';
import { knownCode, reason, say } from '../../src/plan/words.en.js';
import { APPLICANTS as A } from '../helpers/applicants.js';
import { CA_KB, FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const programs = (pl: Plan): PlannedProgram[] => [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...pl.excluded, ...pl.unverified ?? []];
const PLANS: [string, Plan][] = (Object.entries(A) as [string, Profile][]).map(([name, p]) => [name, buildPlan(p, FULL_KB, NOW)]);

/** Figures in a sentence, leaving out the names that carry a digit (J-1, H-1B, Step 1/2/3, PGY-1). */
const figures = (text: string) => text.replace(/\b(J-1|H-1B|Step [123]|PGY-\d)\b/g, ' ').match(/\d+(?:\.\d+)?/g) ?? [];
/** Everything a reason may take a figure from: its parameters and its source. */
const backing = (r: ReasonCode) => `${JSON.stringify(r.params)} ${r.source ?? ''}`;
/** The figure as a parameter may hold it: a share (0.6) is said as a percent (60%). */
const backed = (fig: string, r: ReasonCode) => {
  const text = backing(r);
  const nums = (text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
  return text.includes(fig) || nums.some((n) => Math.round(n * 100) === Number(fig));
};

describe('reason codes next to the words', () => {
  it.each(PLANS)('%s: every program carries one code per reason and per check, and the words are the codes said', (_name, pl) => {
    for (const p of programs(pl)) {
      expect(p.reasonCodes?.map(say)).toEqual(p.reasons);
      expect(p.verifyCodes?.map(say)).toEqual(p.verify);
      if (p.evidence) {
        expect(say(p.evidence.basisCode!)).toBe(p.evidence.basis);
        expect(p.evidence.checkCodes!.map(say)).toEqual(p.evidence.check);
      }
    }
  });

  it('uses only codes the words file knows, and hides no figure inside a sentence', () => {
    const seen = new Map<string, ReasonCode>();
    for (const [, pl] of PLANS) {
      for (const p of programs(pl)) {
        for (const r of [...p.reasonCodes!, ...p.verifyCodes!, ...(p.evidence ? [p.evidence.basisCode!, ...p.evidence.checkCodes!] : [])]) {
          if (!seen.has(`${r.code}${backing(r)}`)) seen.set(`${r.code}${backing(r)}`, r);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(30);
    const unknown = [...seen.values()].filter((r) => !knownCode(r.code)).map((r) => r.code);
    expect(unknown).toEqual([]);
    const hidden = [...seen.values()].flatMap((r) => figures(say(r)).filter((f) => !backed(f, r)).map((f) => `${r.code}: ${f} in "${say(r)}"`));
    expect(hidden).toEqual([]);
  });

  it('keeps the codes in the plan JSON, and the plan schema accepts them', () => {
    const pl = PLANS[0]![1];
    expect(planSchema.safeParse(JSON.parse(JSON.stringify(pl))).success).toBe(true);
    const bad = JSON.parse(JSON.stringify(pl)) as Plan;
    bad.excluded = [{ ...programs(pl)[0]!, reasonCodes: [{ code: 'Not a code', params: {} }] }];
    expect(planSchema.safeParse(bad).success).toBe(false);
  });
});

describe('the judges in codes and values', () => {
  const plan = (p: Profile) => buildPlan(p, FULL_KB, NOW);
  const codes = (p: PlannedProgram) => p.reasonCodes!.map((r) => r.code);

  it('names a state\'s share of non-US citizens among matched IMGs as a figure with its year and source', () => {
    const ny = programs(plan(A.averageFm)).flatMap((p) => p.reasonCodes!).find((r) => r.code === 'tier.state_non_us_share' && r.params.state === 'NY');
    expect(ny).toEqual({ code: 'tier.state_non_us_share', params: { state: 'NY', nonUsShare: 0.6, year: 2021 }, source: expect.stringMatching(/^NRMP/) });
  });

  it('marks a type read from a name as a guess, with the type as a parameter', () => {
    const guessed = programs(plan(A.citizen)).flatMap((p) => p.reasonCodes!).filter((r) => r.code === 'tier.program_type_from_name');
    expect(guessed.length).toBeGreaterThan(0);
    expect(guessed.every((r) => typeof r.params.type === 'string')).toBe(true);
  });

  it('gives a visa seeker\'s unverified programs the unverified code wrapping the evidence basis', () => {
    const un = plan(A.typicalJ1).unverified ?? [];
    expect(un.length).toBeGreaterThan(0);
    for (const p of un) {
      const r = p.reasonCodes!.find((x) => x.code === 'tier.unverified')!;
      expect(r.params.inner).toBe(p.evidence!.basisCode!.code);
    }
  });

  it('says a backup track\'s role as a code with the specialty', () => {
    const pl = plan(A.typicalJ1);
    const fm = [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...pl.unverified ?? []].find((p) => p.specialty === 'family_medicine')!;
    expect(fm.reasonCodes![0]).toEqual({ code: 'tier.track_role', params: { role: 'backup', specialty: 'family_medicine' } });
    expect(codes(fm)[0]).toBe('tier.track_role');
  });

  it('keeps sharedNotes and per-program checks in step: a check said once is gone from the words and the codes', () => {
    const pl = plan(A.typicalJ1);
    expect(pl.sharedNotes?.join(' ')).toMatch(/Every program below/);
    for (const p of [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety]) expect(p.verifyCodes!.map(say)).toEqual(p.verify);
  });

  it('reads an unknown code as itself rather than failing', () => {
    expect(say({ code: 'tier.from_a_newer_version', params: {} })).toBe('tier.from_a_newer_version');
    expect(reason('excluded.step2_min', { min: 230, score: 221, asOf: undefined })).toEqual({ code: 'excluded.step2_min', params: { min: 230, score: 221 } });
  });
});

describe('no hidden process state in the builder', () => {
  it('keeps tiering\'s memo on each knowledge base\'s PlanIndex, and a plan is the same built again', () => {
    const full = planIndex(FULL_KB);
    const ca = planIndex(CA_KB);
    expect(full.tierMemo).not.toBe(ca.tierMemo);
    const first = JSON.stringify(buildPlan(A.eitherVisa, CA_KB, NOW));
    expect(ca.tierMemo.byKey.size).toBeGreaterThan(0);
    expect(JSON.stringify(buildPlan(A.eitherVisa, CA_KB, NOW))).toBe(first);
  });
});
