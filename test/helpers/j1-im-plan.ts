// One J-1 internal medicine applicant (CK 238, 3 months hands-on, 3 letters) that plan tests vary a field at a time.
import type { Plan } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from './plan-kb.js';

/** The date these plans are built on: 1 October 2026, applications out. */
export const NOW = new Date('2026-10-01T12:00:00Z');
/** The applicant every change starts from. */
export const base = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 238, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2022,
  usce: { months: 3, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: false },
  regions: ['anywhere'], stage: 'applying', ecfmg: { status: 'certified' },
};
/** The plan for the base applicant with the given fields changed. */
export const plan = (p: Record<string, unknown>): Plan => buildPlan(profileSchema.parse({ ...base, ...p } as Profile), FULL_KB, NOW);
