// Stated facts from the Dec 2026 research run, read the way the plan uses them: a military-only program is closed to
// the (civilian) applicant whatever the visa, a "Step 2 CK, no failures" rule does not punish one Step 1 failure, and
// ECFMG deadlines are shown with their source.
import { describe, expect, it } from 'vitest';
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';
import type { Profile } from '../../src/domain/profile.js';
import type { PlanKb } from '../../src/plan/build-plan.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { loadProgramFactsCsv } from '../../src/knowledge/import/program-facts.js';
import { APPLICANTS as A } from '../helpers/applicants.js';
import { CA_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const all = (pl: Plan): PlannedProgram[] => [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...pl.excluded];
const find = (pl: Plan, id: string) => all(pl).find((p) => p.id === id);
/** Why a program is closed, as reason codes (undefined when it is not closed). */
const excludedWhy = (pl: Plan, id: string) => pl.excluded.find((p) => p.id === id)?.reasonCodes;
const codesOf = (pl: Plan, id: string) => (excludedWhy(pl, id) ?? []).map((r) => r.code);

const NMCSD_IM = '1400512012';
const NMCSD_PEDS = '3200511012';
const UCR_FM = '1200500737'; // Step 1: at most one failure; Step 2 CK: no failures
const EMANATE_FM = '1200500743'; // ECFMG certificate before interview selection
const withoutMilitaryFacts: PlanKb = { ...CA_KB, programFacts: CA_KB.programFacts!.filter((f) => f.fact !== 'military_only') };

describe('Naval Medical Center San Diego: active-duty US military only', () => {
  it('is closed to a US citizen, because of the military-only statement, with its source', () => {
    const pl = buildPlan({ ...A.citizen, regions: ['san_diego'] }, CA_KB, NOW);
    expect(excludedWhy(pl, NMCSD_IM)).toEqual([{ code: 'excluded.military_active_duty', params: {} }]); // no asOf: the source is undated
    expect(find(pl, NMCSD_IM)!.facts).toEqual(expect.arrayContaining([
      expect.objectContaining({ label: 'who may apply', value: 'active-duty US military members only', source: 'https://sandiego.tricare.mil/Academics/GME-Programs/Resources-FAQs' }),
    ]));
  });
  it('without that statement the same citizen would see it open (the visa "no" values never close it for a citizen)', () => {
    const pl = buildPlan({ ...A.citizen, regions: ['san_diego'] }, withoutMilitaryFacts, NOW);
    expect(find(pl, NMCSD_IM)).toBeDefined();
    expect(excludedWhy(pl, NMCSD_IM)).toBeUndefined();
  });
  it('is closed to an EAD holder in pediatrics for the military rule, not for a visa reason', () => {
    const why = codesOf(buildPlan(A.eadPeds, CA_KB, NOW), NMCSD_PEDS);
    expect(why).toContain('excluded.military_active_duty');
    expect(why.filter((c) => /visa|j1|h1b/.test(c))).toEqual([]);
  });
  it('a made-up fact kind is still refused by the loader, and military_only is accepted', () => {
    const head = 'program_id,fact,value,source_url,as_of,quote\n';
    expect(loadProgramFactsCsv(`${head}x,military_only,active duty only,https://x.example/faq,,you must be active duty`).ok).toBe(true);
    expect(loadProgramFactsCsv(`${head}x,veterans_only,yes,https://x.example/faq,,you must be a veteran`).ok).toBe(false);
  });
});

describe('UCR family medicine: "Step 1 with no more than one failure and Step 2 CK with no failures"', () => {
  const fm = (p: Partial<Profile>): Profile => ({ ...A.greenCard, regions: ['inland_empire'], ...p });
  it('does not close the program for one Step 1 failure', () => {
    const pl = buildPlan(fm({ step1: { result: 'passed', attempts: 2 } }), CA_KB, NOW);
    expect(codesOf(pl, UCR_FM)).not.toContain('excluded.first_attempt');
  });
  it('closes it for a failed Step 2 CK attempt, saying which exam', () => {
    const pl = buildPlan(fm({ step2ck: { taken: true, score: 228, attempts: 2 } }), CA_KB, NOW);
    expect(excludedWhy(pl, UCR_FM)?.find((r) => r.code === 'excluded.first_attempt')?.params).toMatchObject({ exams: expect.stringMatching(/Step 2 CK/), failed: 1 });
  });
});

describe('ECFMG deadlines', () => {
  it('Emanate FM shows its "before interview selection" deadline as a fact with the program page', () => {
    const pl = buildPlan({ ...A.greenCard, regions: ['la_county'] }, CA_KB, NOW);
    expect(find(pl, EMANATE_FM)!.facts).toEqual(expect.arrayContaining([
      expect.objectContaining({ label: 'ECFMG certification', value: 'needed before it selects you for an interview', source: expect.stringMatching(/emanatehealth\.org/) }),
    ]));
  });
});
