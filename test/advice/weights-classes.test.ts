// Classes of files the standing and the first steps must read as an advisor does (own examples, not from the sets):
// research years after graduation, a clean file just under the score line, a low-yield specialty, the biggest gaps
// first, and a selective academic program that states the applicant's visa.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { applicantView } from '../../src/plan/applicant-view.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { specialtyStanding } from '../../src/plan/standing.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-10-01T12:00:00Z');
const base: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 236, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2023,
  usce: { months: 3, kind: 'hands_on', where: ['orange_county'] }, usLors: { count: 2, inSpecialty: true, kind: 'clinical' },
  regions: ['orange_county', 'other_us'], research: { publications: 0, posters: 0 }, stage: 'preparing', ecfmg: { status: 'certified' },
};
const standing = (p: Profile, s: Profile['specialty'] extends infer T ? T extends { primary: infer P } ? P : never : never = 'internal_medicine') =>
  specialtyStanding(applicantView(p, NOW), s as never, 'primary');
const effect = (p: Profile, id: string) => standing(p).factors.find((f) => f.id === id)?.effect ?? 0;
const plan = (p: Profile): Plan => buildPlan(profileSchema.parse(p), { ...FULL_KB }, NOW);
const ids = (pl: Plan) => (pl.firstSteps ?? []).map((s) => s.id);

describe('years since graduation: research years are not idle years', () => {
  it.each([
    ['a 2016 graduate with five research years', 2016, 5],
    ['a 2014 graduate with three research years', 2014, 3],
    ['a 2019 graduate with two research years', 2019, 2],
  ])('%s stands higher than without them, and is told how they were counted', (_, year, years) => {
    const without = { ...base, graduationYear: year, research: { publications: 4, posters: 2 } };
    const withYears = { ...without, research: { ...without.research, years } };
    expect(effect(withYears, 'graduation')).toBeGreaterThan(effect(without, 'graduation'));
    expect(standing(withYears).factors.find((f) => f.id === 'graduation')!.text).toMatch(/in research/);
  });
  it('a program that states a graduation limit still reads the real years', () => {
    const old = { ...base, specialty: { primary: 'family_medicine' as const }, visa: 'green_card' as const, graduationYear: 2012, research: { publications: 6, posters: 2, years: 8 }, regions: ['inland_empire' as const] };
    const pl = plan(old);
    expect(pl.excluded.some((p) => /you graduated 14 years ago/.test(p.reasons.join(' ')))).toBe(true);
  });
});

describe('a clean file just under the score line reads weak, not hopeless', () => {
  it.each([[219], [221], [223]])('internal medicine, Step 2 CK %i, first attempts, recent, some hands-on months: weak', (score) => {
    expect(standing({ ...base, step2ck: { taken: true, score, attempts: 1 } }).level).toBe('weak');
  });
  it('the same file far under the line, with a fail, is very weak', () => {
    expect(standing({ ...base, step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 206, attempts: 1 } }).level).toBe('very weak');
  });
});

describe('a specialty where few non-US IMGs match costs standing', () => {
  it('a file at the matched median stands lower in obstetrics and gynecology (32.8%) than in pediatrics (68.5%)', () => {
    const ob = specialtyStanding(applicantView({ ...base, specialty: { primary: 'obstetrics_gynecology' }, step2ck: { taken: true, score: 242, attempts: 1 } }, NOW), 'obstetrics_gynecology', 'primary');
    const peds = specialtyStanding(applicantView({ ...base, specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 240, attempts: 1 } }, NOW), 'pediatrics', 'primary');
    expect(ob.score).toBeLessThan(peds.score - 15);
    expect(['borderline', 'weak']).toContain(ob.level);
  });
});

describe('the first steps serve the biggest gaps first', () => {
  it('no US experience, no US letters and an old graduation: each has its step among the five', () => {
    const pl = plan({ ...base, graduationYear: 2013, usce: { months: 0, kind: 'none', where: [] }, usLors: { count: 0 } });
    expect(ids(pl)).toEqual(expect.arrayContaining(['no-usce', 'few-us-letters', 'graduation-year']));
  });
  it('three research letters and observerships only: clinical letters and hands-on experience come first', () => {
    const pl = plan({ ...base, usce: { months: 2, kind: 'observership', where: ['la_county'] }, usLors: { count: 3, inSpecialty: false, kind: 'research' }, research: { publications: 10, posters: 4, years: 2 } });
    expect(ids(pl)).toEqual(expect.arrayContaining(['few-us-letters', 'observership-only']));
  });
});

describe('a selective academic program that states your visa is necessary, not sufficient', () => {
  const uci = (pl: Plan) => [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety].find((p) => p.specialty === 'internal_medicine' && /Irvine/.test(p.name));
  const tierOf = (pl: Plan) => (['reach', 'target', 'safety'] as const).find((t) => pl.tiers[t].some((p) => p === uci(pl)));
  it.each([[228], [236], [244]])('J-1, Step 2 CK %i (under the 251 median): a university program stating J-1 stays a reach', (score) => {
    const pl = plan({ ...base, step2ck: { taken: true, score, attempts: 1 }, laTies: { family: true, lived: true, trained: false } });
    expect(tierOf(pl)).toBe('reach');
    if (score === 244) expect(uci(pl)!.reasons.join(' ')).toMatch(/under the 251 median/);
  });
  it('J-1, Step 2 CK 258 with a strong file: it may be a target or better', () => {
    const pl = plan({ ...base, step2ck: { taken: true, score: 258, attempts: 1 }, usce: { months: 6, kind: 'hands_on', where: ['orange_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true } });
    expect(['target', 'safety']).toContain(tierOf(pl));
  });
  it('a green-card holder is not held by this rule (no sponsorship to weigh)', () => {
    const pl = plan({ ...base, visa: 'green_card', step2ck: { taken: true, score: 246, attempts: 1 }, usce: { months: 6, kind: 'hands_on', where: ['orange_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true } });
    expect(uci(pl)!.reasons.join(' ')).not.toMatch(/a stated visa or your ties do not make it a target/);
  });
});
