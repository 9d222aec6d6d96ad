// Round-10 families, each with files of our own (none taken from a development set): the level a clean file near the
// quartiles reads, and a sponsor whose programs contradict each other on a visa.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { profileSchema } from '../../src/domain/profile.js';
import type { Program } from '../../src/knowledge/import/program-schema.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { CLASS_NOW, classPlan as plan } from '../helpers/plan-base.js';

// a clean file with the soft gaps a season fixes: observerships only, two letters, a J-1 need
const soft: Partial<Profile> = {
  usce: { months: 3, kind: 'observership', where: ['other_us'] }, usLors: { count: 2, inSpecialty: true, fromCalifornia: false },
  graduationYear: 2023, research: { publications: 0, posters: 1 },
};
const ck = (score: number) => ({ taken: true as const, score, attempts: 1 });

describe('a clean, recent file whose Step 2 CK sits a point or two under the matched first quartile, nearer it than the unmatched one, reads borderline, not weak', () => {
  it.each([
    ['internal medicine 238 (matched Q1 240, unmatched Q1 233), observerships in New Jersey', { ...soft, step2ck: ck(238) }],
    ['internal medicine 237, two years out, one poster', { ...soft, step2ck: ck(237), graduationYear: 2024 }],
    ['pediatrics 230 (matched Q1 232, unmatched 224), J-1', { ...soft, specialty: { primary: 'pediatrics' }, step2ck: ck(230) }],
    ['psychiatry 228 (matched Q1 229, unmatched 226), either visa', { ...soft, visa: 'either', specialty: { primary: 'psychiatry' }, step2ck: ck(228) }],
    ['emergency medicine 233 (matched Q1 234, unmatched 230), three months hands-on', { ...soft, specialty: { primary: 'emergency_medicine' }, step2ck: ck(233), usce: { months: 3, kind: 'hands_on', where: ['other_us'] } }],
  ] as const)('%s', (_, p) => {
    const st = plan(p as Partial<Profile>).standing![0]!;
    expect(st.level).toBe('borderline');
  });
  it('the same files stay under borderline with a fail on record, a graduation six years back, or a score nearer the unmatched quartile', () => {
    expect(plan({ ...soft, step2ck: ck(238), step1: { result: 'passed', attempts: 2 } }).standing![0]!.level).not.toBe('borderline');
    expect(plan({ ...soft, step2ck: ck(238), graduationYear: 2019 }).standing![0]!.level).not.toBe('borderline');
    expect(plan({ ...soft, step2ck: ck(235) }).standing![0]!.level).not.toBe('borderline');
  });
});

// a thin file: eight years out, two months of observership, one letter, a visa route not chosen
const thin: Partial<Profile> = {
  visa: 'unsure', graduationYear: 2018, usce: { months: 2, kind: 'observership', where: ['rest_of_california'] },
  usLors: { count: 1, inSpecialty: true }, regions: ['rest_of_california'], research: { publications: 0, posters: 0 },
};

describe('very weak means under three quarters of even the unmatched applicants: a clean file at or above that line, ten years out or less, reads weak at worst', () => {
  it.each([
    ['internal medicine 236, H-4 without work permit, Bay Area only', { ...thin, step2ck: ck(236) }],
    ['internal medicine 234, nine years out, no research', { ...thin, step2ck: ck(234), graduationYear: 2017 }],
    ['pediatrics 225 (unmatched Q1 224), one letter, J-1', { ...thin, visa: 'needs_j1', specialty: { primary: 'pediatrics' }, step2ck: ck(225) }],
    ['psychiatry 227 (unmatched Q1 226), H-1B only', { ...thin, visa: 'needs_h1b', specialty: { primary: 'psychiatry' }, step2ck: ck(227) }],
    ['family medicine 224 (unmatched Q1 223), no US letters yet', { ...thin, specialty: { primary: 'family_medicine' }, step2ck: ck(224), usLors: { count: 0 } }],
  ] as const)('%s', (_, p) => {
    expect(['weak', 'borderline']).toContain(plan(p as Partial<Profile>).standing![0]!.level);
  });
  it('under the unmatched quartile, with a fail, or eleven years out, the same thin file can still read very weak', () => {
    expect(plan({ ...thin, step2ck: ck(228) }).standing![0]!.level).toBe('very weak');
    expect(plan({ ...thin, step2ck: { taken: true, score: 236, attempts: 2 } }).standing![0]!.level).toBe('very weak');
    expect(plan({ ...thin, step2ck: ck(233), graduationYear: 2014 }).standing![0]!.level).toBe('very weak');
  });
});

/** A made-up sponsor whose programs disagree on J-1: one says yes, the others say no. */
function conflictKb(yesSpecialty: Program['specialty'], noSpecialties: Program['specialty'][]) {
  const template = FULL_KB.programs.find((p) => p.programType === 'community' && p.region === 'inland_empire')!;
  const make = (specialty: Program['specialty'], j1: 'yes' | 'no', i: number): Program => ({
    ...template, id: `sunvale-health-${specialty.replace(/_/g, '-')}-${i}`, acgmeId: null, name: 'Sunvale Health System Program',
    specialty, programType: 'county_safety_net', visaJ1: j1, visaH1b: 'no', imgFriendly: 'yes', notes: '',
  });
  return { ...FULL_KB, programs: [...FULL_KB.programs, make(yesSpecialty, 'yes', 0), ...noSpecialties.map((s, i) => make(s, 'no', i + 1))] };
}
const sunvale = (p: Partial<Profile>, kb: ReturnType<typeof conflictKb>) => buildPlan(profileSchema.parse(p), kb, CLASS_NOW);

describe('a program that states it takes a visa its sponsor\'s other programs state they decline: checked first, never a target or safety', () => {
  const strong: Partial<Profile> = {
    specialty: { primary: 'internal_medicine' }, step1: { result: 'passed', attempts: 1 }, step2ck: ck(252), step3: { status: 'not_taken' },
    graduationYear: 2024, usce: { months: 6, kind: 'hands_on', where: ['inland_empire'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true },
    regions: ['inland_empire', 'la_county'], laTies: { family: false, lived: false, trained: false }, languages: ['English', 'Spanish'],
    research: { publications: 2, posters: 1 }, stage: 'preparing', ecfmg: { status: 'certified' },
  };
  it.each([
    ['J-1, internal medicine, three siblings decline J-1', 'needs_j1', 'internal_medicine', ['family_medicine', 'psychiatry', 'emergency_medicine']],
    ['either visa, internal medicine, two siblings decline', 'either', 'internal_medicine', ['family_medicine', 'neurology']],
    ['J-1, psychiatry primary, siblings in IM and FM decline', 'needs_j1', 'psychiatry', ['internal_medicine', 'family_medicine']],
    ['J-1, family medicine, four siblings decline', 'needs_j1', 'family_medicine', ['internal_medicine', 'psychiatry', 'pediatrics', 'neurology']],
    ['unsure of the route, pediatrics, two siblings decline', 'unsure', 'pediatrics', ['internal_medicine', 'family_medicine']],
  ] as const)('%s', (_, visa, specialty, siblings) => {
    const kb = conflictKb(specialty, [...siblings]);
    const pl = sunvale({ ...strong, visa, specialty: { primary: specialty } }, kb);
    const good = [...pl.tiers.target, ...pl.tiers.safety, ...pl.tiers.reach].filter((p) => p.name.startsWith('Sunvale') && p.specialty === specialty);
    expect(good).toEqual([]);
    const checked = (pl.unverified ?? []).find((p) => p.name.startsWith('Sunvale') && p.specialty === specialty)!;
    expect(checked.reasonCodes!.map((r) => r.params.inner ?? r.code)).toContain('sponsor.route_contradicted');
  });
  it('one sibling declining, or a program whose siblings agree with it, stays judged on its own statement', () => {
    const kb = conflictKb('internal_medicine', ['family_medicine']);
    const pl = sunvale({ ...strong, visa: 'needs_j1' }, kb);
    expect([...pl.tiers.target, ...pl.tiers.safety, ...pl.tiers.reach].some((p) => p.name.startsWith('Sunvale'))).toBe(true);
  });
});
