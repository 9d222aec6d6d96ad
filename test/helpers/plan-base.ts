// The J-1 internal medicine file the round-8 and round-9 plan classes vary one fact at a time, and its plan builder.
import type { Plan } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from './plan-kb.js';

/** The date the class tests plan on (a season not yet under way). */
export const CLASS_NOW = new Date('2026-08-01T12:00:00Z');
/** A middling J-1 IM applicant with every answer given. */
export const CLASS_BASE: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 246, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2022,
  usce: { months: 3, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 2, inSpecialty: true, fromCalifornia: false },
  regions: ['anywhere'], laTies: { family: false, lived: false, trained: false }, languages: ['English', 'Arabic'],
  research: { publications: 1, posters: 0 }, stage: 'preparing', ecfmg: { status: 'certified' },
} as Profile;
/** The plan for the base file with some answers changed. */
export const classPlan = (p: Partial<Profile>): Plan => buildPlan(profileSchema.parse({ ...CLASS_BASE, ...p }), FULL_KB, CLASS_NOW);
