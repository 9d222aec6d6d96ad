// Round-13 unusual applicants, written for this file (none taken from a development set): each is a case a careful
// advisor would not put in the usual bands, with what the plan must and must not say, as the profile the interview
// stores for it. Then the three families they exposed, each with cases that must change and look-alikes that must not.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { classPlan } from '../helpers/plan-base.js';
import { judgePlan, planText, type Expect } from './judge.js';

const NOW = new Date('2026-08-01T12:00:00Z');
const ck = (score: number, attempts = 1) => ({ taken: true as const, score, attempts });
const pass1 = { result: 'passed' as const, attempts: 1 };
const planOf = (p: unknown): Plan => buildPlan(profileSchema.parse(p), FULL_KB, NOW);
const safeties = (pl: Plan) => pl.tiers.safety;
const codes = (pl: Plan) => (pl.warningCodes ?? []).map((c) => c.code);

interface Case { id: string; summary: string; profile: Record<string, unknown>; expect: Expect; also?: (pl: Plan) => void }

const UNUSUAL: Case[] = [
  {
    id: 'visitor-visa-in-la', summary: 'on a visitor visa in LA for a year, IM 228, LA only, has not settled a training visa',
    profile: { specialty: { primary: 'internal_medicine' }, visa: 'unsure', step1: pass1, step2ck: ck(228), graduationYear: 2021, usce: { months: 2, kind: 'observership', where: ['la_county'] }, regions: ['la_county'], laTies: { family: false, lived: true, trained: false }, ecfmg: { status: 'certified' } },
    expect: { noTargetInCoreLA: true, planMentions: [['two-year home-country requirement'], ['statement of need'], ['not sure which visa']], planMustNot: ['every program is open to you', 'as a permanent resident'] },
  },
  {
    id: 'asylum-no-ead', summary: 'asylum case pending, no work permit yet, FM 235, graduated 2018, no US experience',
    profile: { specialty: { primary: 'family_medicine' }, visa: 'unsure', step1: pass1, step2ck: ck(235), graduationYear: 2018, usce: { months: 0, kind: 'none', where: [] }, regions: ['la_county', 'orange_county'] },
    expect: { noTargetInCoreLA: true, level: ['weak', 'very weak', 'borderline'], planMentions: [['work permit (ead)'], ['graduat']], planMustNot: ['every program is open to you', 'fewer because you need no visa'], firstStepsMention: [['clinical experience', 'hands-on']] },
    also: (pl) => expect(safeties(pl).filter((p) => !(p.reasonCodes ?? []).some((r) => r.code === 'tier.met_graduation_limit'))).toEqual([]),
  },
  {
    id: 'canadian', summary: 'Canadian citizen who thought no visa was needed, psychiatry 246',
    profile: { specialty: { primary: 'psychiatry' }, visa: 'unsure', step1: pass1, step2ck: ck(246), graduationYear: 2024, usce: { months: 3, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 2, inSpecialty: true }, regions: ['anywhere'] },
    expect: { planMentions: [['j-1'], ['h-1b'], ['immigration attorney', 'ecfmg']], planMustNot: ['every program is open to you', 'fewer because you need no visa'] },
  },
  {
    id: 'scribe-ten-years-out', summary: 'green card, graduated 2016, a scribe since, no hands-on US work, IM 221 after a Step 1 retake, LA only',
    profile: { specialty: { primary: 'internal_medicine' }, visa: 'green_card', step1: { result: 'passed', attempts: 2 }, step2ck: ck(221), graduationYear: 2016, usce: { months: 0, kind: 'none', where: [] }, regions: ['la_county'], laTies: { family: true, lived: true, trained: false } },
    expect: { level: ['very weak', 'weak'], noTargetInCoreLA: true, firstStepsMention: [['older graduation', 'recent clinical'], ['hands-on']], planMentions: [['years ago']] },
    also: (pl) => expect(safeties(pl)).toEqual([]),
  },
  {
    id: 'citizen-spouse-needs-visa', summary: 'US citizen, pediatrics 240, couples match with a spouse in IM who needs a J-1',
    profile: { specialty: { primary: 'pediatrics' }, visa: 'us_citizen', step1: pass1, step2ck: ck(240), graduationYear: 2023, usce: { months: 4, kind: 'hands_on', where: ['la_county'] }, regions: ['la_county', 'orange_county'], couples: { matching: true, partnerSpecialty: 'internal_medicine', partnerNeedsVisa: true } },
    expect: { planMentions: [['your partner does'], ['couple']], planMustNot: ['fewer because you need no visa'] },
    also: (pl) => expect(codes(pl)).toContain('warning.couples_partner_visa'),
  },
  {
    id: 'left-residency-pgy2', summary: 'left a US FM residency in PGY-2, reapplying on a J-1, 16 months hands-on, Step 3 passed',
    profile: { specialty: { primary: 'family_medicine' }, visa: 'needs_j1', step1: pass1, step2ck: ck(232), step3: { status: 'passed' }, graduationYear: 2019, usce: { months: 16, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 1, inSpecialty: false }, stage: 'reapplying', regions: ['anywhere'] },
    expect: { level: ['borderline', 'weak'], firstStepsMention: [['last cycle', 'reapply']], planMentions: [['reapplying']] },
    also: (pl) => expect(safeties(pl).filter((p) => !(p.reasonCodes ?? []).some((r) => r.code === 'tier.met_graduation_limit'))).toEqual([]),
  },
  {
    id: 'pending-green-card', summary: 'green card interview next spring, on an EAD from the pending case, IM 238, LA only',
    profile: { specialty: { primary: 'internal_medicine' }, visa: 'ead', step1: pass1, step2ck: ck(238), graduationYear: 2022, usce: { months: 6, kind: 'hands_on', where: ['la_county'] }, regions: ['la_county'] },
    expect: { planMentions: [['renew'], ['not make you a permanent resident']], planMustNot: ['as a permanent resident you need no visa', 'statement of need'] },
  },
  {
    id: 'daca', summary: 'DACA recipient, FM 226, Spanish, LA and Inland Empire',
    profile: { specialty: { primary: 'family_medicine' }, visa: 'ead', step1: pass1, step2ck: ck(226), graduationYear: 2023, usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, regions: ['la_county', 'inland_empire'], languages: ['English', 'Spanish'] },
    expect: { planMentions: [['daca'], ['ask each program']], planMustNot: ['statement of need', 'as a permanent resident you need no visa'] },
  },
  {
    id: 'j1-waiver-used', summary: 'trained on a J-1 before, waiver done, needs an H-1B now; graduated 2015, two research years, Step 3 passed',
    profile: { specialty: { primary: 'internal_medicine' }, visa: 'needs_h1b', step1: pass1, step2ck: ck(241), step3: { status: 'passed', score: 220 }, graduationYear: 2015, usce: { months: 24, kind: 'hands_on', where: ['other_us'] }, research: { publications: 6, posters: 3, years: 2 }, regions: ['anywhere'] },
    expect: { planMentions: [['h-1b'], ['you have passed step 3', 'with step 3 passed']], planMustNot: ['rank j-1 programs freely'] },
    also: (pl) => expect(safeties(pl).filter((p) => !(p.reasonCodes ?? []).some((r) => r.code === 'tier.met_graduation_limit'))).toEqual([]),
  },
  {
    id: 'prelim-to-categorical', summary: 'in a preliminary IM year in San Diego, seeking a categorical IM spot, J-1, CK 236, three California letters',
    profile: { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: pass1, step2ck: ck(236), graduationYear: 2022, usce: { months: 10, kind: 'hands_on', where: ['san_diego'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true }, regions: ['san_diego', 'la_county'] },
    expect: { level: ['borderline', 'weak'], noTargetInCoreLA: true, planMustNot: ['competitive (', 'strong ('] },
  },
  {
    id: 'ck-result-pending-high-guess', summary: 'Step 2 CK taken, result pending, "expects 255", J-1, LA only',
    profile: { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: pass1, step2ck: { taken: false, predicted: 255, resultPending: true }, graduationYear: 2025, regions: ['la_county'] },
    expect: { level: ['weak', 'very weak', 'borderline'], noTargetInCoreLA: true, planMentions: [['step 2 ck is not on your file yet']] },
  },
  {
    id: 'oet-missing', summary: 'psychiatry 244, J-1, ECFMG in progress with only the OET missing',
    profile: { specialty: { primary: 'psychiatry' }, visa: 'needs_j1', step1: pass1, step2ck: ck(244), graduationYear: 2024, ecfmg: { status: 'in_progress', missing: ['oet'] }, regions: ['anywhere'] },
    expect: { firstStepsMention: [['ecfmg certification', 'oet']], planMentions: [['oet medicine']] },
  },
];

describe('unusual applicants: what a careful advisor must and must not say', () => {
  it.each(UNUSUAL.map((c) => [c.id, c] as const))('%s', (_, c) => {
    const pl = planOf(c.profile);
    expect(judgePlan(pl, c.expect)).toEqual([]);
    c.also?.(pl);
  });
});

// Family 1: an academic flagship (top NIH funding, by a cited ranking) is never a safety for any IMG, wherever it is:
// "your file fits best here" is not a thing an advisor says of Pittsburgh's or Columbia's programs to an IMG.
const flagshipSafeties = (p: Record<string, unknown>) => safeties(planOf(p)).filter((x) => x.facts?.some((f) => f.label === 'academic flagship'));
const strongNoVisa = { step1: pass1, graduationYear: 2024, usce: { months: 6, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 3, inSpecialty: true }, regions: ['anywhere'] };
describe('an academic flagship is at most a target for any IMG', () => {
  it.each([
    ['US citizen, pediatrics 240', { ...strongNoVisa, visa: 'us_citizen', specialty: { primary: 'pediatrics' }, step2ck: ck(240) }],
    ['green card, internal medicine 252', { ...strongNoVisa, visa: 'green_card', specialty: { primary: 'internal_medicine' }, step2ck: ck(252) }],
    ['EAD, internal medicine 258', { ...strongNoVisa, visa: 'ead', specialty: { primary: 'internal_medicine' }, step2ck: ck(258) }],
    ['US citizen, psychiatry 255', { ...strongNoVisa, visa: 'us_citizen', specialty: { primary: 'psychiatry' }, step2ck: ck(255) }],
    ['green card, family medicine 250', { ...strongNoVisa, visa: 'green_card', specialty: { primary: 'family_medicine' }, step2ck: ck(250) }],
    ['US citizen, neurology 248', { ...strongNoVisa, visa: 'us_citizen', specialty: { primary: 'neurology' }, step2ck: ck(248) }],
  ])('%s: no flagship among the safeties', (_, p) => {
    expect(flagshipSafeties(p)).toEqual([]);
  });
  // (round 14: a flagship is a target only for a strong file with a source showing it takes IMGs like you; else a reach)
  it('the flagship stays in the list as a reach for a file that is not strong, with its ranking as the source', () => {
    const pl = planOf({ ...strongNoVisa, visa: 'us_citizen', specialty: { primary: 'pediatrics' }, step2ck: ck(240), graduationYear: 2023 });
    expect(pl.standing![0]!.level).not.toBe('strong');
    const flag = [...pl.tiers.reach, ...pl.unverified ?? []].filter((x) => (x.reasonCodes ?? []).some((r) => r.code === 'tier.flagship_reach'));
    expect(flag.length).toBeGreaterThan(0);
    expect(flag[0]!.reasons.join(' ')).toMatch(/academic flagship \(.*NIH/);
    expect(pl.tiers.target.filter((x) => x.facts?.some((f) => f.label === 'academic flagship'))).toEqual([]);
  });
  it.each([
    ['green card, internal medicine 252', { ...strongNoVisa, visa: 'green_card', specialty: { primary: 'internal_medicine' }, step2ck: ck(252) }],
    ['US citizen, family medicine 250', { ...strongNoVisa, visa: 'us_citizen', specialty: { primary: 'family_medicine' }, step2ck: ck(250) }],
    ['EAD, internal medicine 258', { ...strongNoVisa, visa: 'ead', specialty: { primary: 'internal_medicine' }, step2ck: ck(258) }],
    ['US citizen, psychiatry 255', { ...strongNoVisa, visa: 'us_citizen', specialty: { primary: 'psychiatry' }, step2ck: ck(255) }],
    ['green card, pediatrics 250', { ...strongNoVisa, visa: 'green_card', specialty: { primary: 'pediatrics' }, step2ck: ck(250) }],
  ])('not for programs that are no flagship: %s keeps every non-flagship safety it had', (_, p) => {
    const pl = planOf(p);
    expect(pl.tiers.target.some((x) => (x.reasonCodes ?? []).some((r) => r.code === 'tier.flagship_not_safety') && !x.facts?.some((f) => f.label === 'academic flagship'))).toBe(false);
  });
});

// Family 2: a graduation-year limit no source states is an unknown, and for a graduate past the widest limit our sources
// state (5 years), or one who never gave the year, it is likelier to close the program than to open it: never a safety.
const unmetLimitSafeties = (pl: Plan) => safeties(pl).filter((x) => !(x.reasonCodes ?? []).some((r) => r.code === 'tier.met_graduation_limit'));
const oldGrad = (graduationYear: number | undefined, more: Record<string, unknown> = {}) => planOf({
  specialty: { primary: 'internal_medicine' }, visa: 'green_card', step1: pass1, step2ck: ck(252), usce: { months: 4, kind: 'hands_on', where: ['la_county'] },
  usLors: { count: 3, inSpecialty: true, fromCalifornia: true }, regions: ['anywhere'], ...(graduationYear ? { graduationYear } : {}), ...more,
});
describe('an unstated graduation-year limit keeps a long-ago (or unsaid) graduation out of the safeties', () => {
  it.each([
    ['graduated 2012, green card, IM 252', 2012, {}],
    ['graduated 2016, US citizen, IM 252', 2016, { visa: 'us_citizen' }],
    ['graduated 2019 (7 years), green card', 2019, {}],
    ['graduated 2020 (6 years), EAD', 2020, { visa: 'ead' }],
    ['graduation year never given', undefined, {}],
    ['graduated 2014 with two research years', 2014, { research: { publications: 4, posters: 2, years: 2 } }],
  ] as const)('%s: no safety rests on an unstated limit, and the targets say why', (_, year, more) => {
    const pl = oldGrad(year, more);
    expect(unmetLimitSafeties(pl)).toEqual([]);
    const said = pl.tiers.target.flatMap((x) => x.reasonCodes ?? []).filter((r) => r.code === 'tier.graduation_limit_unknown_not_safety');
    expect(said.length).toBeGreaterThan(0);
  });
  it('the reason names the years, or that the year was not given', () => {
    const words = (pl: Plan) => pl.tiers.target.flatMap((x) => x.reasons).find((r) => r.includes('graduation-year limit') && r.startsWith('a target, not a safety')) ?? '';
    expect(words(oldGrad(2012))).toMatch(/graduated 14 years ago, past the 5-year limit/);
    expect(words(oldGrad(undefined))).toMatch(/have not given your graduation year/);
  });
  it.each([
    ['graduated 2024', 2024],
    ['graduated 2022', 2022],
    ['graduated 2021 (5 years, the widest stated limit itself)', 2021],
    ['graduating 2026', 2026],
    ['graduated 2023', 2023],
  ] as const)('not for a recent graduate: %s keeps its safeties and no such reason', (_, year) => {
    const pl = oldGrad(year);
    expect(safeties(pl).length).toBeGreaterThan(0);
    expect(pl.tiers.target.some((x) => (x.reasonCodes ?? []).some((r) => r.code === 'tier.graduation_limit_unknown_not_safety'))).toBe(false);
  });
});

// Family 3: in the couples match the pairs sit in the same cities, so a partner's visa need bounds the list of an
// applicant who needs none; a partner whose need was never said counts as needing one (an unknown never helps).
const couple = (visa: string, couples: Record<string, unknown> | undefined) => classPlan({ visa, ...(couples ? { couples } : {}) } as Partial<Profile>);
describe('a partner\'s visa need bounds a couple\'s list even when the applicant needs no visa', () => {
  it.each([
    ['US citizen, partner needs a visa', 'us_citizen', { matching: true, partnerNeedsVisa: true, partnerSpecialty: 'psychiatry' }, false],
    ['green card, partner needs a visa', 'green_card', { matching: true, partnerNeedsVisa: true }, false],
    ['EAD, partner needs a visa', 'ead', { matching: true, partnerNeedsVisa: true, partnerSpecialty: 'family_medicine' }, false],
    ['US citizen, partner\'s visa never said', 'us_citizen', { matching: true }, true],
    ['green card, partner\'s visa never said', 'green_card', { matching: true, partnerSpecialty: 'pediatrics' }, true],
  ] as const)('%s', (_, visa, couples, unsaid) => {
    const pl = couple(visa, couples);
    expect(codes(pl)).toContain('warning.couples_partner_visa');
    expect(pl.applications.why).not.toMatch(/fewer because you need no visa/);
    expect(planText(pl)).toMatch(unsaid ? /have not said whether your partner needs a visa/ : /you need no visa, but your partner does/);
  });
  it.each([
    ['US citizen, partner a citizen too', 'us_citizen', { matching: true, partnerNeedsVisa: false }],
    ['green card, partner needs no visa', 'green_card', { matching: true, partnerNeedsVisa: false, partnerSpecialty: 'psychiatry' }],
    ['US citizen, spouse needs a visa but is not applying with them (no couples match)', 'us_citizen', { matching: false, partnerNeedsVisa: true }],
    ['US citizen, single', 'us_citizen', undefined],
    ['J-1 applicant whose partner needs a visa too (their own visa already bounds the list)', 'needs_j1', { matching: true, partnerNeedsVisa: true }],
    ['either visa, partner\'s need never said', 'either', { matching: true }],
  ] as const)('not for: %s', (_, visa, couples) => {
    const pl = couple(visa, couples);
    expect(codes(pl)).not.toContain('warning.couples_partner_visa');
  });
  it('needing no visa still shortens the list when neither partner needs one', () => {
    expect(couple('us_citizen', { matching: true, partnerNeedsVisa: false }).applications.why).toMatch(/fewer because US-citizen IMGs match more often/);
    expect(couple('us_citizen', undefined).applications.why).toMatch(/fewer because US-citizen IMGs match more often/);
  });
});

// Family 4: a work permit (EAD) is no green card. A program that states it sponsors no visas often takes only citizens
// and permanent residents, so for an EAD holder it carries "ask whether it takes your EAD" and is never a safety; the
// same program is open without that doubt to a citizen or green-card holder, and a program stating J-1 takes non-citizens.
const socal = { step1: pass1, graduationYear: 2024, usce: { months: 6, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true }, regions: ['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california'] };
const all = (pl: Plan) => [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...(pl.unverified ?? [])];
const askedEad = (pl: Plan) => all(pl).filter((x) => (x.verifyCodes ?? []).some((c) => c.code === 'verify.ead_at_no_visa_program'));
const noVisaProgram = (x: Plan['tiers']['target'][number]) => /Kaiser Permanente|Family Health Centers of San Diego|Southwest Healthcare/.test(x.name);
describe('an EAD holder is asked to confirm the work permit where a program states it sponsors no visas', () => {
  it.each([
    ['DACA, family medicine 235', { ...socal, visa: 'ead', specialty: { primary: 'family_medicine' }, step2ck: ck(235) }],
    ['asylee with an EAD, family medicine 250', { ...socal, visa: 'ead', specialty: { primary: 'family_medicine' }, step2ck: ck(250) }],
    ['pending green card on an EAD, internal medicine 250', { ...socal, visa: 'ead', specialty: { primary: 'internal_medicine' }, step2ck: ck(250) }],
    ['TPS with an EAD, psychiatry 240', { ...socal, visa: 'ead', specialty: { primary: 'psychiatry' }, step2ck: ck(240) }],
    ['H-4 with an EAD, internal medicine 235', { ...socal, visa: 'ead', specialty: { primary: 'internal_medicine' }, step2ck: ck(235) }],
  ])('%s', (_, p) => {
    const pl = planOf(p);
    const asked = askedEad(pl);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every(noVisaProgram) || asked.some(noVisaProgram)).toBe(true);
    expect(pl.tiers.safety.filter((x) => (x.verifyCodes ?? []).some((c) => c.code === 'verify.ead_at_no_visa_program'))).toEqual([]);
    expect(asked[0]!.verify.join(' ')).toMatch(/accepts your work permit \(EAD\)/);
    // a program that states it takes J-1 residents takes non-citizens: never asked
    expect(asked.filter((x) => x.facts?.some((f) => /J-1/.test(f.label) && /yes|takes|accept/i.test(f.value)))).toEqual([]);
  });
  it.each([
    ['green card, family medicine 235', { ...socal, visa: 'green_card', specialty: { primary: 'family_medicine' }, step2ck: ck(235) }],
    ['US citizen, internal medicine 250', { ...socal, visa: 'us_citizen', specialty: { primary: 'internal_medicine' }, step2ck: ck(250) }],
    ['green card, psychiatry 240', { ...socal, visa: 'green_card', specialty: { primary: 'psychiatry' }, step2ck: ck(240) }],
    ['J-1, family medicine 235 (those programs are closed to a J-1, not asked about an EAD)', { ...socal, visa: 'needs_j1', specialty: { primary: 'family_medicine' }, step2ck: ck(235) }],
    ['US citizen, family medicine 250', { ...socal, visa: 'us_citizen', specialty: { primary: 'family_medicine' }, step2ck: ck(250) }],
  ])('not for: %s', (_, p) => {
    expect(askedEad(planOf(p))).toEqual([]);
  });
});

// Family 5: a predicted Step 2 CK (practice tests, or "taken, expecting 250") is the applicant's guess. It may show a
// risk (a low prediction counts against) but never adds to the file until it is real.
const ckFactor = (p: Partial<Profile>) => classPlan(p).standing![0]!.factors.find((f) => f.id === 'step2ck')!;
describe('a predicted Step 2 CK never adds to the file', () => {
  it.each([
    ['internal medicine, predicted 255', {}, 255],
    ['taken, result pending, expects 250', {}, 250],
    ['psychiatry, predicted 248', { specialty: { primary: 'psychiatry' } }, 248],
    ['pediatrics, predicted 245, green card', { specialty: { primary: 'pediatrics' }, visa: 'green_card' }, 245],
    ['neurology, predicted 260', { specialty: { primary: 'neurology' } }, 260],
    ['family medicine, predicted 240, US citizen', { specialty: { primary: 'family_medicine' }, visa: 'us_citizen' }, 240],
  ] as const)('%s', (_, more, predicted) => {
    const f = ckFactor({ ...more, step2ck: { taken: false, predicted, resultPending: true } } as Partial<Profile>);
    expect(f.effect).toBeLessThanOrEqual(0);
    // where the same score on the transcript would add to the file, the plan says why the guess does not
    const real = ckFactor({ ...more, step2ck: { taken: true, score: predicted, attempts: 1 } } as Partial<Profile>).effect;
    if (real > 0 && f.effect === 0) expect(f.text).toMatch(/a guess until it is real/);
    expect(f.effect).toBeLessThan(Math.max(real, 0.1));
  });
  it.each([
    ['a real 255 in internal medicine', 255],
    ['a real 250 in internal medicine', 250],
    ['a real 260 in internal medicine', 260],
    ['a real 252 in internal medicine', 252],
    ['a real 248 in internal medicine', 248],
  ] as const)('not for a score on the transcript: %s counts in full', (_, score) => {
    const f = ckFactor({ step2ck: { taken: true, score, attempts: 1 } });
    expect(f.effect).toBeGreaterThan(0);
    expect(f.text).not.toMatch(/guess/);
  });
  it('a low prediction still counts against the file (it shows a risk)', () => {
    expect(ckFactor({ step2ck: { taken: false, predicted: 215 } }).effect).toBeLessThan(ckFactor({ step2ck: { taken: false } }).effect);
  });
});
