// Round-14 family: a health system whose regions are separate sponsors (Kaiser Permanente Northern and Southern
// California). The southern region states it sponsors no visas; the northern one states nothing we could find. An
// advisor would not send a visa seeker to the silent region on nobody's word: it is left off with the reason said,
// while applicants who need no visa still see it, and a program's own statement always wins. Files of our own.
import { describe, expect, it } from 'vitest';
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import type { PlanKb } from '../../src/plan/build-plan.js';

const NOW = new Date('2026-09-15T12:00:00Z');
const base = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 247, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2022,
  usce: { months: 4, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: false },
  regions: ['anywhere'], stage: 'applying', ecfmg: { status: 'certified' },
};
const plan = (p: Record<string, unknown>, kb: PlanKb = FULL_KB): Plan => buildPlan(profileSchema.parse({ ...base, ...p } as Profile), kb, NOW);
const offered = (pl: Plan): PlannedProgram[] => [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...pl.unverified ?? []];
const northern = (xs: readonly PlannedProgram[]) => xs.filter((x) => /kaiser permanente northern california/i.test(x.name));

describe('a silent region of a health system whose other region states it sponsors no visas', () => {
  it.each([
    ['J-1 seeker, internal medicine, anywhere in California or beyond', {}],
    ['H-1B seeker with Step 3 passed, family medicine first, psychiatry second', { visa: 'needs_h1b', step3: { status: 'passed', score: 230 }, specialty: { primary: 'family_medicine', backup: 'psychiatry' } }],
    ['takes either visa, OB/GYN, a 2019 graduate', { visa: 'either', specialty: { primary: 'obstetrics_gynecology' }, graduationYear: 2019 }],
    ['unsure which visa, pediatrics, Bay Area first', { visa: 'unsure', specialty: { primary: 'pediatrics' } }],
  ])('%s: no Northern California Kaiser program is offered, and each left off says why', (_, p) => {
    const pl = plan(p);
    expect(northern(offered(pl)).map((x) => x.name)).toEqual([]);
    const left = northern(pl.excluded);
    expect(left.length).toBeGreaterThan(0);
    for (const x of left) {
      expect(x.reasonCodes?.[0]?.code).toBe('excluded.family_no_visas_derived');
      expect(x.reasons?.[0]).toMatch(/Kaiser Permanente Southern California.*ask this program/);
    }
  });

  it.each([
    ['green-card holder, family medicine', { visa: 'green_card', specialty: { primary: 'family_medicine' } }],
    ['US citizen, internal medicine', { visa: 'us_citizen' }],
  ])('%s: the same programs stay on the list (the rule is about visas only)', (_, p) => {
    const pl = plan(p);
    expect(northern(offered(pl)).length).toBeGreaterThan(0);
    expect(northern(pl.excluded).filter((x) => x.reasonCodes?.some((r) => r.code === 'excluded.family_no_visas_derived'))).toEqual([]);
  });

  it('a program of the silent region that states a policy of its own keeps its word', () => {
    const programs = FULL_KB.programs.map((r) => (/northern california \(oakland\)/i.test(r.name) && r.specialty === 'psychiatry' ? { ...r, visaJ1: 'yes' as const } : r));
    const pl = plan({ specialty: { primary: 'psychiatry' } }, { ...FULL_KB, programs });
    const own = offered(pl).filter((x) => /northern california \(oakland\)/i.test(x.name));
    expect(own.length).toBe(1);
    expect(northern(pl.excluded).every((x) => !/\(oakland\)/i.test(x.name))).toBe(true);
  });

  it('a health system where one region takes a visa opens nothing and closes nothing', () => {
    const programs = FULL_KB.programs.map((r) => (/southern california \(fontana\)/i.test(r.name) && r.specialty === 'family_medicine' ? { ...r, visaJ1: 'yes' as const } : r));
    const pl = plan({ specialty: { primary: 'family_medicine' } }, { ...FULL_KB, programs });
    expect(pl.excluded.filter((x) => x.reasonCodes?.some((r) => r.code === 'excluded.family_no_visas_derived'))).toEqual([]);
  });
});
