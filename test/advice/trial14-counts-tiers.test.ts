// Counts and tiers an advisor would sign (trial 14, class 2), on our own applicants: the first choice's count comes from
// its own standing (a backup reading higher never shrinks it), only citizenship shortens a list, and a target is earned
// by evidence for this applicant (no source: checked first; a selective program without IMG evidence: a reach).
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const plan = (p: Partial<Profile>): Plan => buildPlan(profileSchema.parse({
  step1: { result: 'passed', attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2023, stage: 'preparing', ecfmg: { status: 'certified' },
  usce: { months: 6, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true },
  research: { publications: 2, posters: 1 }, regions: ['anywhere'], ...p,
}), FULL_KB, NOW);
const ck = (score: number) => ({ taken: true as const, score, attempts: 1 });
const count = (pl: Plan, s: string) => pl.applications.perSpecialty!.find((c) => c.specialty === s)!;

describe('the first choice keeps a full list of its own standing', () => {
  it.each([
    ['a strong green-card IM applicant with a psychiatry backup', { specialty: { primary: 'internal_medicine', backup: 'psychiatry' }, visa: 'green_card', step2ck: ck(258) }, 'internal_medicine'],
    ['a strong citizen in pediatrics with FM "just in case"', { specialty: { primary: 'pediatrics', backup: 'family_medicine' }, visa: 'us_citizen', step2ck: ck(252) }, 'pediatrics'],
    ['a J-1 psychiatry applicant whose FM backup reads a level higher', { specialty: { primary: 'psychiatry', backup: 'family_medicine' }, visa: 'needs_j1', step2ck: ck(234) }, 'psychiatry'],
  ] as const)('%s: the first choice is never cut to a share', (_, p, first) => {
    const pl = plan(p as Partial<Profile>);
    const c = count(pl, first);
    expect(c.why).not.toMatch(/first choice, \d+% of a full list because you stand higher in your backup/);
    expect(c.min).toBeGreaterThanOrEqual(count(pl, pl.applications.perSpecialty![1]!.specialty).min);
  });
  it('a strong non-US IMG is told 40 or more for the first choice, not 10–15', () => {
    const pl = plan({ specialty: { primary: 'internal_medicine', backup: 'psychiatry' }, visa: 'green_card', step2ck: ck(258) });
    expect(count(pl, 'internal_medicine').min).toBeGreaterThanOrEqual(40);
  });
  it('a weak first choice with a backup a level higher: both get a full list', () => {
    const pl = plan({ specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, visa: 'us_citizen', step2ck: ck(224), usce: { months: 2, kind: 'observership', where: ['other_us'] } });
    expect(['weak', 'very weak']).toContain(pl.standing![0]!.level);
    expect(count(pl, 'family_medicine').why).toMatch(/backup, a full list/);
  });
});

describe('needing no visa: only citizenship shortens the list, and the reason says so', () => {
  it.each([
    ['a pending-asylum work permit', 'ead', /no fewer for your work permit/],
    ['a green card through marriage', 'green_card', /no fewer for your green card/],
    ['US citizenship', 'us_citizen', /fewer because US-citizen IMGs match more often/],
  ] as const)('%s', (_, visa, said) => {
    const pl = plan({ specialty: { primary: 'pediatrics' }, visa, step2ck: ck(236) });
    expect(pl.applications.perSpecialty![0]!.why).toMatch(said);
    expect(pl.applications.why).not.toMatch(/fewer because you need no visa/);
  });
});

describe('a target is earned by evidence for this applicant', () => {
  const strongGc = plan({ specialty: { primary: 'internal_medicine' }, visa: 'green_card', step2ck: ck(260), usLors: { count: 4, inSpecialty: true, fromCalifornia: true } });
  it('a national table of programs is not a list of targets: programs no source describes are checked first', () => {
    expect(strongGc.tiers.target.length).toBeLessThan(200);
    expect((strongGc.unverified ?? []).some((p) => (p.reasonCodes ?? []).some((r) => r.code === 'evidence.unsourced_cap'))).toBe(true);
    expect(strongGc.tiers.target.some((p) => (p.reasonCodes ?? []).some((r) => r.code === 'evidence.unsourced_cap'))).toBe(false);
  });
  // (trial 15: both state they sponsor the J-1, which shows they train non-US IMGs: a green card never reads worse than a
  // J-1 need with the same file, so they are targets for both, never safeties)
  it('UC San Diego and UC Irvine internal medicine are targets, never safeties, for a strong green-card IMG, as for a J-1 one', () => {
    const strongJ1 = plan({ specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step2ck: ck(260), usLors: { count: 4, inSpecialty: true, fromCalifornia: true } });
    for (const name of ['San Diego) Medical Center', '(Irvine)']) {
      for (const pl of [strongGc, strongJ1]) {
        expect(pl.tiers.safety.filter((p) => p.name.includes(name)).map((p) => p.name)).toEqual([]);
        expect(pl.tiers.target.some((p) => p.name.includes(name)), name).toBe(true);
      }
    }
  });
  it('an academic flagship is never a target for a competitive (not strong) citizen', () => {
    const pl = plan({ specialty: { primary: 'neurology' }, visa: 'us_citizen', step2ck: ck(243) });
    expect(pl.standing![0]!.level).not.toBe('strong');
    expect(pl.tiers.target.filter((p) => p.facts?.some((f) => f.label === 'academic flagship')).map((p) => p.name)).toEqual([]);
  });
});
