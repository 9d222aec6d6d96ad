// Trial 15, "the list carries the plan": for an IMG who needs no visa, a program that states it sponsors a visa trains
// non-US IMGs, which shows IMG intake (never a safety at a selective institution, never at an academic LA program);
// each case is an applicant as a new user would describe themselves, with what an advisor would expect of their list.
import { describe, expect, it } from 'vitest';
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const plan = (p: Partial<Profile>): Plan => buildPlan(profileSchema.parse({
  step1: { result: 'passed', attempts: 1 }, graduationYear: 2021, stage: 'applying', ecfmg: { status: 'certified' },
  usce: { months: 5, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true },
  research: { publications: 1, posters: 2 }, laTies: { family: true, lived: true, trained: false }, ...p,
}), FULL_KB, NOW);
const ck = (score: number) => ({ taken: true as const, score, attempts: 1 });
const good = (pl: Plan): PlannedProgram[] => [...pl.tiers.target, ...pl.tiers.safety];
const lacUsc = (p: PlannedProgram) => /LAC\+USC/.test(p.name);

describe('an IMG who needs no visa: a stated visa sponsorship is evidence the program takes IMGs', () => {
  it.each([
    ['"green card since last year, psych, CK 250, I live in Pasadena"', { visa: 'green_card', specialty: { primary: 'psychiatry' }, step2ck: ck(250), regions: ['la_county', 'orange_county'] }],
    ['"US citizen from a Caribbean school, emergency medicine, 256, LA or OC"', { visa: 'us_citizen', specialty: { primary: 'emergency_medicine' }, step2ck: ck(256), regions: ['la_county', 'orange_county'] }],
    ['"asylum EAD, internal medicine 258, want to stay in LA"', { visa: 'ead', specialty: { primary: 'internal_medicine' }, step2ck: ck(258), regions: ['la_county'] }],
  ] as const)('%s: LAC+USC, which states J-1, is a target in core LA, not a safety', (_, p) => {
    const pl = plan(p as unknown as Partial<Profile>);
    expect(['strong', 'competitive']).toContain(pl.standing![0]!.level);
    expect(pl.tiers.target.some((x) => lacUsc(x) && x.band === 'core LA')).toBe(true);
    expect(pl.tiers.safety.some(lacUsc)).toBe(false);
  });

  it('"green card, psych, CK 250": UCLA and Cedars stay reaches (academic LA programs take their few IMGs from the top)', () => {
    const pl = plan({ visa: 'green_card', specialty: { primary: 'psychiatry', backup: 'internal_medicine' }, step2ck: ck(250), regions: ['la_county'] });
    expect(good(pl).filter((x) => /UCLA(?!.*Harbor)|Cedars/i.test(x.name) && !/Olive View|Harbor/.test(x.name)).map((x) => x.name)).toEqual([]);
  });

  it('"green card, IM, CK 229, one month of observership": a stated sponsorship does not lift a weak file to a target in LA', () => {
    const pl = plan({ visa: 'green_card', specialty: { primary: 'internal_medicine' }, step2ck: ck(229), graduationYear: 2013, usce: { months: 1, kind: 'observership', where: ['la_county'] }, usLors: { count: 0 }, regions: ['la_county'] });
    expect(good(pl).filter((x) => x.band === 'core LA').map((x) => x.name)).toEqual([]);
  });

  it('a green card never reads worse than a J-1 need with the same file', () => {
    for (const [specialty, score] of [['psychiatry', 248], ['internal_medicine', 258], ['family_medicine', 240]] as const) {
      const tiers = (visa: Profile['visa']) => { const pl = plan({ visa, specialty: { primary: specialty }, step2ck: ck(score), regions: ['anywhere'] }); return new Set(good(pl).filter((x) => x.band !== 'national').map((x) => x.id)); };
      const gc = tiers('green_card');
      expect([...tiers('needs_j1')].filter((id) => !gc.has(id)), specialty).toEqual([]);
    }
  });
});

describe('a US citizen is a US IMG: the non-US figures of a narrow field are said as such', () => {
  it.each([
    ['"US citizen, St George grad, EM only, 255"', 'emergency_medicine', 255],
    ['"American, studied in Grenada, want OB/GYN, CK 246"', 'obstetrics_gynecology', 246],
    ['"citizen IMG (Ross), anesthesia, 250"', 'anesthesiology', 250],
  ] as const)('%s', (_, specialty, score) => {
    const citizen = (plan({ visa: 'us_citizen', specialty: { primary: specialty }, step2ck: ck(score), regions: ['anywhere'] }).warnings ?? []).join('\n');
    const greenCard = (plan({ visa: 'green_card', specialty: { primary: specialty }, step2ck: ck(score), regions: ['anywhere'] }).warnings ?? []).join('\n');
    expect(citizen).toMatch(/as a US citizen you count as a US IMG, whose overall \d{4} match rate was \d+(\.\d)?%/);
    expect(greenCard).not.toMatch(/as a US citizen/);
  });
});
