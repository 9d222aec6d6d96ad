// The backup's share of applications follows its openness to the applicant's visa (programs in our table with evidence
// for it), not only where the applicant stands: own examples of the class, not from the applicant sets.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-08-01T12:00:00Z');
const base: Profile = {
  specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 224, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2022,
  usce: { months: 3, kind: 'mixed', where: ['la_county'] }, usLors: { count: 2, inSpecialty: true }, regions: ['la_county', 'orange_county', 'other_us'],
  research: { publications: 0, posters: 0 }, stage: 'preparing', ecfmg: { status: 'certified' },
};
const plan = (p: Profile): Plan => buildPlan(profileSchema.parse(p), { ...FULL_KB }, NOW);
const count = (pl: Plan, s: string) => pl.applications.perSpecialty!.find((c) => c.specialty === s)!;

describe('the backup share follows the backup specialty’s openness to the visa', () => {
  // trial 17: our J-1 facts are a few dozen California pages (about 2% of each specialty), not a census; ECFMG sponsors the
  // J-1 for any accredited program that takes it, so a program stating nothing is a gap in the table, never a refusal, and
  // the gap never shrinks the backup where the file stands higher (it reads as it would for a citizen with the same file)
  it.each([[221], [226], [229]])('J-1, IM first (CK %i) with an FM backup where the score reads better: no count rests on J-1 gaps in our table', (score) => {
    const pl = plan({ ...base, step2ck: { taken: true, score, attempts: 1 } });
    expect(pl.standing![1]!.score).toBeGreaterThan(pl.standing![0]!.score);
    expect(count(pl, 'internal_medicine').why).toMatch(/a full list from your own standing/);
    expect(pl.applications.perSpecialty!.every((c) => !/J-1 evidence shows at/.test(c.why))).toBe(true);
    expect((pl.warnings ?? []).join(' ')).not.toMatch(/programs show they take your visa/);
  });
  // (round 14: the first choice keeps its own full list whatever the backup reads; a weak first choice's stronger backup adds a full list)
  it('a citizen with the same file: the backup that reads better gets a full list, and IM keeps its own', () => {
    const pl = plan({ ...base, visa: 'us_citizen' });
    expect(count(pl, 'family_medicine').why).toMatch(/backup, a full list/);
    expect(count(pl, 'internal_medicine').why).toMatch(/a full list from your own standing/);
  });
  it('H-1B, IM first: an FM backup keeps a real share (filing evidence in FM is not much thinner than in IM)', () => {
    const pl = plan({ ...base, visa: 'needs_h1b', step2ck: { taken: true, score: 246, attempts: 1 }, step3: { status: 'passed', score: 230 } });
    expect(count(pl, 'family_medicine').max).toBeGreaterThanOrEqual(15);
  });
  it('a backup with too little evidence either way keeps the usual share (thin data never moves a count)', () => {
    const pl = plan({ ...base, specialty: { primary: 'neurology', backup: 'internal_medicine' }, step2ck: { taken: true, score: 246, attempts: 1 } });
    expect(pl.applications.perSpecialty!.every((c) => !/evidence shows at/.test(c.why))).toBe(true);
  });
});
