// Every listed program that has a stated fact (or, for an applicant who needs a visa, H-1B filing evidence) says one in its reasons.
import { describe, expect, it } from 'vitest';
import type { PlannedProgram } from '../../src/domain/plan.js';
import { profileSchema } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { listedPrograms, namesOwnFact } from '../helpers/plan-text.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const base = {
  specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 232, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2021,
  usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 2, inSpecialty: true, fromCalifornia: true },
  regions: ['la_county', 'anywhere'], stage: 'applying',
};
/** A fact the applicant should read: any stated one, but visa facts only for someone who needs a visa. */
const hasStatedFact = (p: PlannedProgram, needsVisa: boolean) =>
  (p.facts ?? []).some((f) => f.value.trim().toLowerCase() !== 'unknown' && (needsVisa || !/visa|h-1b|j-1|sponsor/i.test(`${f.label} ${f.value}`)))
  || (needsVisa && p.h1bFilings !== undefined);

describe('a program reasoned from its own facts', () => {
  for (const [visa, needsVisa] of [['needs_j1', true], ['needs_h1b', true], ['green_card', false]] as const) {
    it(`an applicant on ${visa} reads, for every listed program with a stated fact, one of those facts in its reasons`, () => {
      const plan = buildPlan(profileSchema.parse({ ...base, visa }), FULL_KB, NOW);
      // (the check-first group too: an H-1B-only applicant's filings from before the new-petition fee are listed there)
      const withFacts = [...listedPrograms(plan), ...(plan.unverified ?? []).filter((p) => p.h1bFilings)].filter((p) => hasStatedFact(p, needsVisa));
      expect(withFacts.length).toBeGreaterThan(10);
      const silent = withFacts.filter((p) => !namesOwnFact(p)).map((p) => `${p.id}: ${p.reasons.join(' | ')}`);
      expect(silent.slice(0, 5)).toEqual([]);
    });
  }
  it('a green-card holder is not told about H-1B filings', () => {
    const plan = buildPlan(profileSchema.parse({ ...base, visa: 'green_card' }), FULL_KB, NOW);
    expect(listedPrograms(plan).flatMap((p) => p.reasons).filter((r) => /h-1b/i.test(r))).toEqual([]);
  });
});
