// Everything the applicant gives moves the standing, in the right direction: letters' kind, research years, a pre-2022 Step 1 score.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { applicantView } from '../../src/plan/applicant-view.js';
import { specialtyStanding } from '../../src/plan/standing.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const base: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 238, attempts: 1 }, graduationYear: 2022, usce: { months: 4, kind: 'hands_on', where: ['la_county'] },
  usLors: { count: 3, inSpecialty: true }, research: { publications: 1, posters: 0 }, stage: 'applying',
};
const standing = (p: Profile) => specialtyStanding(applicantView(p, NOW), 'internal_medicine', 'primary');
const effectOf = (p: Profile, id: string) => standing(p).factors.find((f) => f.id === id)?.effect;

describe('everything given counts', () => {
  it('research letters do not count as clinical letters; a mixed set counts in part, three research letters as one clinical', () => {
    const clinical = effectOf({ ...base, usLors: { count: 3, inSpecialty: true, kind: 'clinical' } }, 'letters')!;
    const mixed = effectOf({ ...base, usLors: { count: 3, inSpecialty: true, kind: 'mixed' } }, 'letters')!;
    const research = effectOf({ ...base, usLors: { count: 3, inSpecialty: true, kind: 'research' } }, 'letters')!;
    expect(research).toBeLessThan(mixed);
    expect(mixed).toBeLessThan(clinical);
    expect(research).toBeGreaterThan(effectOf({ ...base, usLors: { count: 0 } }, 'letters')!);
    expect(research).toBe(effectOf({ ...base, usLors: { count: 1, inSpecialty: true, kind: 'clinical' } }, 'letters'));
  });

  it('research years count with the publications', () => {
    const none = effectOf(base, 'research')!;
    const twoYears = effectOf({ ...base, research: { publications: 1, posters: 0, years: 2 } }, 'research')!;
    expect(twoYears).toBeGreaterThan(none);
  });

  it('a pre-2022 Step 1 score is read: a high one helps, a low one costs, a pass adds nothing', () => {
    expect(effectOf(base, 'step1')).toBeUndefined();
    const high = effectOf({ ...base, step1: { result: 'score', score: 250, attempts: 1 } }, 'step1')!;
    const low = effectOf({ ...base, step1: { result: 'score', score: 205, attempts: 1 } }, 'step1')!;
    expect(high).toBeGreaterThan(0);
    expect(low).toBeLessThan(0);
  });

  it('a better answer never lowers the standing (letters, research, Step 1 score, Step 3 score, graduation)', () => {
    const ladders: Profile[][] = [
      (['research', 'mixed', 'clinical'] as const).map((kind) => ({ ...base, usLors: { count: 3, kind } })),
      [0, 1, 2, 3, 5].map((years) => ({ ...base, research: { publications: 2, posters: 1, years } })),
      [190, 210, 225, 240, 255].map((score) => ({ ...base, step1: { result: 'score' as const, score, attempts: 1 } })),
      [200, 220, 235, 250].map((score) => ({ ...base, step3: { status: 'passed' as const, score } })),
      [2008, 2014, 2019, 2022, 2025].map((graduationYear) => ({ ...base, graduationYear })),
    ];
    for (const ladder of ladders) {
      const scores = ladder.map((p) => standing(p).score);
      for (let i = 1; i < scores.length; i += 1) expect(scores[i]!).toBeGreaterThanOrEqual(scores[i - 1]!);
    }
  });
});
