// The weak / very weak line against the 2026 NRMP figures: the criterion the weights file states (levelCriterion),
// checked for every specialty NRMP reports: a typical visa-seeking file reads very weak only below three quarters of
// even the unmatched non-US IMGs' Step 2 CK, never at or above their first quartile.
import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../src/domain/profile.js';
import { applicantView } from '../../src/plan/applicant-view.js';
import { specialtyStanding } from '../../src/plan/standing.js';
import { CK_2026 } from '../../src/plan/step2ck-2026.js';
import { STRENGTH_WEIGHTS } from '../../src/knowledge/strength-weights.js';

const NOW = new Date('2026-08-01T12:00:00Z');
const typical = (specialty: string, score: number) => applicantView(profileSchema.parse({
  specialty: { primary: specialty }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score, attempts: 1 },
  step3: { status: 'not_taken' }, graduationYear: 2022, usce: { months: 2, kind: 'observership', where: ['other_us'] },
  usLors: { count: 2, inSpecialty: true, fromCalifornia: false }, languages: ['English'], regions: ['anywhere'],
  laTies: { family: false, lived: false, trained: false }, research: { publications: 0, posters: 0 }, stage: 'preparing', ecfmg: { status: 'certified' },
}), NOW);

describe('the weak / very weak line (knowledge/strength-weights.json levelCriterion)', () => {
  const rest = (s: ReturnType<typeof specialtyStanding>) => s.factors.filter((f) => f.id !== 'step2ck' && f.id !== 'specialty').reduce((t, f) => t + f.effect, 0);
  it('the typical visa-seeking file the criterion describes sums to its stated effect', () => {
    expect(rest(specialtyStanding(typical('internal_medicine', 240), 'internal_medicine', 'primary'))).toBe(STRENGTH_WEIGHTS.levelCriterion.typicalVisaFile);
  });
  for (const [sp, fig] of Object.entries(CK_2026)) {
    it(`${sp}: at the unmatched first quartile (${fig!.unmatched.q1}) the line moves only by the field's own effect; 9 under the matched quartile is very weak`, () => {
      const at = specialtyStanding(typical(sp, fig!.unmatched.q1), sp as never, 'primary');
      const field = at.factors.find((f) => f.id === 'specialty')?.effect ?? 0;
      if (field === 0) expect(at.level).not.toBe('very weak');
      const under = specialtyStanding(typical(sp, fig!.matched.q1 - 9), sp as never, 'primary');
      expect(under.level).toBe('very weak');
      // the criterion's premise, from the figures: matched Q1 - 8 is at or below the unmatched Q1 in every specialty
      expect(fig!.matched.q1 - 8).toBeLessThanOrEqual(fig!.unmatched.q1);
    });
  }
});
