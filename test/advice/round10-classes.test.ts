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
  // a template with a primary source (a program whose only source is indirect is checked for existence first)
  const template = FULL_KB.programs.find((p) => p.region === 'inland_empire' && p.sourceUrls.some((u) => !/github/.test(u)))!;
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

describe('a pass whose attempt the applicant never stated is unknown: never a first-attempt pass, never a fail', () => {
  const unsaid = { taken: true as const, score: 245, attempts: 1, attemptsUnstated: true as const };
  it.each([
    ['Step 2 CK 245 with nothing said about attempts', { step2ck: unsaid }, ['Step 2 CK']],
    ['Step 1 "passed", no attempt said; CK first attempt', { step1: { result: 'passed', attempts: 1, attemptsUnstated: true } }, ['Step 1']],
    ['both unsaid, psychiatry, EAD', { visa: 'ead', specialty: { primary: 'psychiatry' }, step1: { result: 'passed', attempts: 1, attemptsUnstated: true }, step2ck: unsaid }, ['Step 1', 'Step 2 CK']],
    ['a pre-2022 Step 1 score with no attempt said', { step1: { result: 'score', score: 221, attempts: 1, attemptsUnstated: true } }, ['Step 1']],
    ['family medicine, CK 230 unsaid, green card', { visa: 'green_card', specialty: { primary: 'family_medicine' }, step2ck: { ...unsaid, score: 230 } }, ['Step 2 CK']],
  ] as const)('%s', (_, p, exams) => {
    const pl = plan(p as Partial<Profile>);
    const f = pl.standing![0]!.factors.find((x) => x.id === 'fails')!;
    expect(f.code).toBe('standing.fails.unstated');
    expect(f.params!.exams).toEqual(exams);
    expect(f.effect).toBeLessThan(0);
    expect(f.text).toMatch(/did not say on which attempt/);
  });
  it('scores between a stated first-attempt pass and a known fail (a better answer never scores lower)', () => {
    const score = (step2ck: Profile['step2ck']) => plan({ step2ck }).standing![0]!.score;
    expect(score({ ...unsaid, attemptsUnstated: undefined } as Profile['step2ck'])).toBeGreaterThan(score(unsaid));
    expect(score(unsaid)).toBeGreaterThan(score({ taken: true, score: 245, attempts: 2 }));
  });
  it('earns no floor that needs every attempt passed first time', () => {
    const st = plan({ ...soft, step2ck: { taken: true, score: 238, attempts: 1, attemptsUnstated: true } }).standing![0]!;
    expect(st.level).not.toBe('borderline');
  });
  it('a program that requires first-attempt passes is a check, not "you meet it"', () => {
    const pl = plan({ step2ck: unsaid, regions: ['anywhere', 'la_county'] });
    const all = [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...pl.unverified ?? []];
    const ruled = all.filter((p) => p.verifyCodes?.some((v) => v.code === 'verify.first_attempt_unstated'));
    expect(ruled.length).toBeGreaterThan(0);
    for (const p of ruled) expect(p.reasonCodes?.some((r) => r.code === 'tier.met_first_attempt')).toBe(false);
  });
});

describe('a reapplicant\'s one-year paths only where they lead into a field the applicant planned', () => {
  const re = (primary: Profile['specialty'] extends infer S ? S : never, extra: Partial<Profile> = {}) => plan({ stage: 'reapplying', specialty: primary, ...extra });
  const counted = (pl: ReturnType<typeof plan>) => pl.applications.perSpecialty!.map((c) => c.specialty);
  it.each([
    ['psychiatry, J-1, second try', { primary: 'psychiatry' }],
    ['family medicine, green card', { primary: 'family_medicine' }],
    ['pediatrics with a family medicine backup', { primary: 'pediatrics', backup: 'family_medicine' }],
    ['OB/GYN, third application', { primary: 'obstetrics_gynecology' }],
    ['emergency medicine, either visa', { primary: 'emergency_medicine' }],
  ] as const)('%s: no preliminary medicine or transitional year added', (_, specialty) => {
    const c = counted(re(specialty as Profile['specialty']));
    expect(c).not.toContain('prelim_internal_medicine');
    expect(c).not.toContain('transitional_year');
  });
  it('internal medicine and neurology reapplicants keep the preliminary medicine and transitional years; surgery keeps the preliminary surgery year', () => {
    for (const primary of ['internal_medicine', 'neurology'] as const) expect(counted(re({ primary }))).toEqual(expect.arrayContaining(['prelim_internal_medicine', 'transitional_year']));
    expect(counted(re({ primary: 'general_surgery' }))).toContain('prelim_surgery');
  });
  it('a one-year track the applicant asked for stays, as their own choice', () => {
    expect(counted(re({ primary: 'psychiatry', backup: 'transitional_year' }))).toContain('transitional_year');
  });
});

describe('a named program in the check-first group: the honest ceiling first, then the visa check', () => {
  it.each([
    'Harbor-UCLA IM versus a community IM program in the Valley - which is the reach?',
    'is Harbor-UCLA a reach for me?',
    'why is harbor ucla a reach',
    'Harbor UCLA or some community place, which one is the reach?',
    'olive view vs a community program: which would be the target?',
  ])('%s', async (q) => {
    const { ADVICE } = await import('../answers/grade.js');
    const profile = profileSchema.parse({ ...(await import('../helpers/plan-base.js')).CLASS_BASE, visa: 'needs_h1b', step2ck: { taken: true, score: 229, attempts: 1 }, regions: ['la_county'] });
    const r = ADVICE.ask(q, { profile, now: new Date('2026-12-01T12:00:00Z') });
    const out = r.found ? r.answer : '';
    expect(out).toMatch(/is at best a reach for you, and only if it takes an H-1B: check that first/);
  });
});

describe('a work permit is no green card: EAD holders are told to show it covers training and to ask programs that take only citizens and permanent residents', () => {
  const ead = (p: Partial<Profile>) => plan({ visa: 'ead', ...p });
  it.each([
    ['DACA, internal medicine, LA and Orange County', { regions: ['la_county', 'orange_county'] as Profile['regions'] }],
    ['TPS, pediatrics, CK 232', { specialty: { primary: 'pediatrics' }, step2ck: ck(232) }],
    ['H-4 EAD, psychiatry, eight years out', { specialty: { primary: 'psychiatry' }, graduationYear: 2018 }],
    ['L-2 spouse, family medicine', { specialty: { primary: 'family_medicine' }, step2ck: ck(226) }],
    ['asylum pending with an EAD, neurology', { specialty: { primary: 'neurology' }, step2ck: ck(249) }],
  ] as const)('%s', (_, p) => {
    const pl = ead(p as Partial<Profile>);
    const ids = pl.firstSteps!.map((s) => s.id);
    expect(ids).toContain('work-permit');
    expect(ids).not.toContain('citizen-img');
    expect((pl.warnings ?? []).join(' ')).toMatch(/does not make you a permanent resident/);
  });
  it('citizens and green-card holders keep "apply where visa holders cannot"', () => {
    for (const visa of ['us_citizen', 'green_card'] as const) {
      const all = [...plan({ visa }).firstSteps!, ...plan({ visa }).nextSteps].map((s) => s.id);
      expect(all).toContain('citizen-img');
      expect(all).not.toContain('work-permit');
    }
  });
});

describe('letters said to be "in the specialty" are in the first choice: a backup or parallel track reads them as letters from another field', () => {
  const letters = { count: 3, inSpecialty: true, fromCalifornia: false };
  const factorOf = (pl: ReturnType<typeof plan>, s: string) => pl.standing!.find((x) => x.specialty === s)!.factors.find((f) => f.id === 'letters')!;
  it.each([
    ['emergency medicine first, internal medicine backup', { primary: 'emergency_medicine', backup: 'internal_medicine' }, 'internal_medicine'],
    ['psychiatry first, family medicine backup', { primary: 'psychiatry', backup: 'family_medicine' }, 'family_medicine'],
    ['internal medicine first, pediatrics backup', { primary: 'internal_medicine', backup: 'pediatrics' }, 'pediatrics'],
    ['neurology first, internal medicine backup', { primary: 'neurology', backup: 'internal_medicine' }, 'internal_medicine'],
    ['OB/GYN first, family medicine backup', { primary: 'obstetrics_gynecology', backup: 'family_medicine' }, 'family_medicine'],
  ] as const)('%s', (_, specialty, backup) => {
    const pl = plan({ specialty: specialty as Profile['specialty'], usLors: letters });
    expect(factorOf(pl, specialty.primary).params!.inSpecialty).toBe(true);
    expect(factorOf(pl, backup).params!.inSpecialty).toBe(false);
    expect(factorOf(pl, backup).effect).toBeLessThan(factorOf(pl, specialty.primary).effect);
  });
  it('an internal medicine reapplicant\'s letters still count for the preliminary medicine year', () => {
    const pl = plan({ stage: 'reapplying', usLors: letters });
    expect(factorOf(pl, 'prelim_internal_medicine').params!.inSpecialty).toBe(true);
  });
});
