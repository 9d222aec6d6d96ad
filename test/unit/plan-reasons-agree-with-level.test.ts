// A reason never argues against the level it explains: a Step 2 CK line that says "weak at most" sits only under a weak or
// very weak level, and "borderline at most" never under competitive or strong (trial 18: a CK 258 surgeon read "competitive,
// 71/100" beside "your file reads weak at most"; the screening line's number shared its name with the figure's own).
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/build-plan.js';
import type { Profile } from '../../src/domain/profile.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const ABOVE: Record<string, readonly string[]> = { weak: ['weak', 'very_weak'], borderline: ['borderline', 'weak', 'very_weak'] };

function profile(primary: 'internal_medicine' | 'general_surgery' | 'psychiatry' | 'pediatrics', visa: Profile['visa'], score: number): Profile {
  return {
    specialty: { primary, backup: 'family_medicine' }, visa, step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score, attempts: 1 },
    step3: { status: 'not_taken' }, graduationYear: 2023, usce: { months: 4, kind: 'hands_on', where: ['la_county'] },
    usLors: { count: 3, inSpecialty: true }, languages: ['English'], regions: ['la_county'], stage: 'applying',
  };
}

describe('the Step 2 CK reason agrees with the level it explains', () => {
  for (const primary of ['internal_medicine', 'general_surgery', 'psychiatry', 'pediatrics'] as const) {
    for (const visa of ['us_citizen', 'green_card', 'needs_j1'] as const) {
      it(`${primary}, ${visa}, CK 200 to 270`, () => {
        for (let score = 200; score <= 270; score += 5) {
          for (const s of buildPlan(profile(primary, visa, score), FULL_KB, NOW).standing ?? []) {
            const ck = s.factors.find((f) => f.id === 'step2ck')?.text ?? '';
            for (const [said, allowed] of Object.entries(ABOVE)) {
              if (ck.includes(`reads ${said} at most`) || ck.includes(`makes you ${said} at most`)) expect(allowed, `${s.specialty} CK ${score}: ${s.level} beside "${said} at most"`).toContain(s.level);
            }
          }
        }
      });
    }
  }
});
