// Round-8 families, each with files of our own (none taken from a development set).
import { describe, expect, it } from 'vitest';
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { CLASS_BASE, classPlan } from '../helpers/plan-base.js';

const base = CLASS_BASE;
const plan = classPlan;
const good = (pl: Plan): PlannedProgram[] => [...pl.tiers.target, ...pl.tiers.safety];
const selectiveCodes = new Set(['tier.selective_visa_needs_competitive', 'tier.academic_below_median', 'tier.la_academic_reach', 'tier.la_hard_field_below_median', 'tier.la_county_weak_reach']);
const isSelective = (x: PlannedProgram) => x.reasonCodes?.some((r) => r.code === 'tier.program_type' && ['university', 'county_safety_net', 'va'].includes(String(r.params.type)));

describe('a visa seeker whose file reads borderline: selective programs (university, county, LA academic) stay reaches', () => {
  it.each([
    ['J-1, OB/GYN at the matched median, three months hands-on, FM backup', { specialty: { primary: 'obstetrics_gynecology', backup: 'family_medicine' }, step2ck: { taken: true, score: 243, attempts: 1 } }],
    ['J-1, IM, CK 244, one letter, languages that help in Southern California', { step2ck: { taken: true, score: 244, attempts: 1 }, usLors: { count: 1, inSpecialty: true, fromCalifornia: false } }],
    ['either visa, pediatrics, CK 236, two months hands-on', { visa: 'either', specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 236, attempts: 1 }, usce: { months: 2, kind: 'hands_on', where: ['other_us'] } }],
    ['J-1, psychiatry, CK 233, observerships only', { specialty: { primary: 'psychiatry' }, step2ck: { taken: true, score: 233, attempts: 1 }, usce: { months: 4, kind: 'observership', where: ['other_us'] } }],
    ['H-1B with Step 3, IM, CK 244, 2020 graduate', { visa: 'needs_h1b', step3: { status: 'passed', score: 225 }, step2ck: { taken: true, score: 244, attempts: 1 }, graduationYear: 2020 }],
  ] as const)('%s', (_, p) => {
    const pl = plan(p as Partial<Profile>);
    const own = pl.standing!.filter((s) => s.level === 'borderline').map((s) => s.specialty);
    expect(own.length).toBeGreaterThan(0);
    const wrong = good(pl).filter((x) => own.includes(x.specialty) && (isSelective(x) || x.region === 'la_county' && x.reasonCodes?.some((r) => r.code === 'tier.program_type' && r.params.type === 'unknown')));
    expect(wrong.map((x) => x.name)).toEqual([]);
    // no target or safety of a borderline visa track says its file outweighed a program's selectivity
    expect(good(pl).filter((x) => own.includes(x.specialty) && x.reasonCodes?.some((r) => r.code === 'tier.file_outweighs_selectivity' && r.params.type !== 'unknown' && x.region === 'la_county'))).toEqual([]);
  });
  it('a borderline visa file that a selective program would otherwise take says why it stays a reach', () => {
    const pl = plan({ step2ck: { taken: true, score: 246, attempts: 1 }, usLors: { count: 1, inSpecialty: true, fromCalifornia: false } });
    expect(pl.standing![0]!.level).toBe('borderline');
    expect(pl.tiers.reach.some((x) => x.reasonCodes?.some((r) => selectiveCodes.has(r.code)))).toBe(true);
  });
  it('the same file without a visa need, or a competitive visa file, may still hold a selective program as a target', () => {
    const citizen = plan({ visa: 'us_citizen', step2ck: { taken: true, score: 244, attempts: 1 }, usLors: { count: 1, inSpecialty: true, fromCalifornia: false } });
    const competitive = plan({ step2ck: { taken: true, score: 252, attempts: 1 }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true }, usce: { months: 6, kind: 'hands_on', where: ['la_county'] } });
    expect(competitive.standing![0]!.level).toMatch(/competitive|strong/);
    expect(good(competitive).some(isSelective)).toBe(true);
    expect(good(citizen).length).toBeGreaterThan(0);
  });
});

describe('a final-year student who has not applied once the season of their graduation year is past its window: next season', () => {
  const student = (grad: number, p: Partial<Profile> = {}) => profileSchema.parse({
    ...base, graduationYear: grad, step2ck: { taken: false }, usLors: { count: 0 }, ecfmg: { status: 'in_progress', missing: ['step2ck', 'diploma'] }, ...p,
  });
  const at = (iso: string, pr: Profile) => buildPlan(pr, FULL_KB, new Date(`${iso}T12:00:00Z`));
  it.each([
    ['graduating next summer, CK not taken, asked in December', '2026-12-10', student(2027)],
    ['graduating next summer, strong CK already, asked in January', '2027-01-20', student(2027, { step2ck: { taken: true, score: 258, attempts: 1 }, usLors: { count: 3, inSpecialty: true }, ecfmg: { status: 'in_progress', missing: ['diploma'] } })],
    ['graduating this June, OET and CK missing, asked in late February', '2027-02-26', student(2027, { ecfmg: { status: 'in_progress', missing: ['step2ck', 'oet', 'diploma'] } })],
    ['graduating next summer, family medicine, green card, asked in November', '2026-11-20', student(2027, { visa: 'green_card', specialty: { primary: 'family_medicine' } })],
    ['graduating next summer, predicted CK only, asked in March', '2027-03-05', student(2027, { step2ck: { taken: false, predicted: 252 } })],
  ] as const)('%s', (_, iso, pr) => {
    const pl = at(iso, pr);
    expect(pl.notThisCycle).toBeDefined();
    expect(pl.notThisCycle!.why.toLowerCase()).toMatch(/next season|next cycle/);
    // the dated plan ends with the next submission, after graduation
    expect(pl.notThisCycle!.months.at(-1)!.by).toMatch(/September 2027/);
  });
  it.each([
    ['the same student before submission opens', '2026-07-15', student(2027)],
    ['a student who already applied this season', '2026-12-10', student(2027, { stage: 'interviewing', step2ck: { taken: true, score: 245, attempts: 1 } })],
    ['a graduate preparing for the next season', '2026-12-10', profileSchema.parse({ ...base, graduationYear: 2024 })],
  ] as const)('not flagged: %s', (_, iso, pr) => {
    expect(at(iso, pr).notThisCycle).toBeUndefined();
  });
  // plan16: a student graduating a year later is not past their own season, but still preparing with gaps once this
  // season's window has passed: the dated plan aims at their own season (the 2028 Match), never at the one they missed
  it('a student graduating a year later, with gaps, is aimed at their own season', () => {
    const pl = at('2026-12-10', student(2028));
    expect(pl.notThisCycle!.whyCode!.code).toBe('warning.not_this_cycle_unready');
    expect(pl.notThisCycle!.why).toMatch(/2028 Match/);
    expect(pl.notThisCycle!.why).not.toMatch(/You graduate in/);
    expect(pl.notThisCycle!.months.at(-1)!.by).toMatch(/September 2027/);
  });
  it('says OET when certification still needs it', () => {
    const pl = at('2026-12-10', student(2027, { ecfmg: { status: 'in_progress', missing: ['step2ck', 'oet', 'diploma'] } }));
    expect(pl.notThisCycle!.months.map((m) => m.what).join(' ')).toMatch(/OET/);
  });
});

describe('a borderline file that needs a visa: no target or safety in LA County, ties or not', () => {
  const la: Partial<Profile> = { regions: ['la_county', 'orange_county', 'anywhere'], laTies: { family: true, lived: true, trained: false }, usce: { months: 3, kind: 'hands_on', where: ['la_county'] } };
  it.each([
    ['J-1, IM, CK 238, family in LA, LA hands-on months, one letter', { ...la, step2ck: { taken: true, score: 238, attempts: 1 }, usLors: { count: 1, inSpecialty: true, fromCalifornia: true } }],
    ['either visa, family medicine, CK 218, Spanish speaker', { ...la, visa: 'either', specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 218, attempts: 1 }, usLors: { count: 1, inSpecialty: true, fromCalifornia: true }, languages: ['Spanish', 'English'] }],
    ['J-1, pediatrics, CK 230, only LA County', { ...la, regions: ['la_county'], specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 230, attempts: 1 }, usLors: { count: 1, inSpecialty: true, fromCalifornia: true } }],
    ['H-1B with Step 3, IM, CK 246, observerships in LA', { ...la, visa: 'needs_h1b', step3: { status: 'passed' }, step2ck: { taken: true, score: 246, attempts: 1 }, usce: { months: 4, kind: 'observership', where: ['la_county'] } }],
    ['dermatology dream with an IM parallel track, J-1, CK 255', { ...la, specialty: { primary: 'dermatology' }, step2ck: { taken: true, score: 255, attempts: 1 }, usce: { months: 2, kind: 'observership', where: ['la_county'] }, usLors: { count: 1, inSpecialty: true, fromCalifornia: true } }],
  ] as const)('%s', (_, p) => {
    const pl = plan(p as Partial<Profile>);
    const borderline = pl.standing!.filter((s) => s.level === 'borderline').map((s) => s.specialty);
    expect(borderline.length).toBeGreaterThan(0);
    expect(good(pl).filter((x) => borderline.includes(x.specialty) && x.region === 'la_county').map((x) => x.name)).toEqual([]);
  });
  it('the same borderline file without a visa need keeps its open LA County programs as targets', () => {
    const pl = plan({ ...la, visa: 'green_card', step2ck: { taken: true, score: 233, attempts: 1 }, usLors: { count: 1, inSpecialty: true, fromCalifornia: true } });
    expect(pl.standing![0]!.level).toBe('borderline');
    expect(good(pl).some((x) => x.region === 'la_county')).toBe(true);
  });
});

describe('years since graduation: each year past five costs a little more, with no jump at the sixth', () => {
  const years = (y: number, p: Partial<Profile> = {}) => plan({ graduationYear: 2026 - y, ...p }).standing![0]!;
  const effectAt = (y: number) => years(y).factors.find((f) => f.id === 'graduation')!.effect;
  it('the effect never rises with the years and moves at most 2.5 points from one year to the next up to fifteen', () => {
    for (let y = 4; y <= 15; y += 1) {
      expect(effectAt(y)).toBeLessThanOrEqual(effectAt(y - 1));
      expect(effectAt(y - 1) - effectAt(y)).toBeLessThanOrEqual(2.5);
    }
  });
  it.each([
    ['J-1, IM, CK 232, observerships, two letters, six years out', 6, { step2ck: { taken: true, score: 232, attempts: 1 }, usce: { months: 2, kind: 'observership', where: ['la_county'] }, usLors: { count: 2, inSpecialty: true } }, ['weak', 'borderline']],
    ['J-1, IM, CK 234, hands-on two months, seven years out, two letters', 7, { step2ck: { taken: true, score: 234, attempts: 1 }, usce: { months: 2, kind: 'hands_on', where: ['other_us'] } }, ['weak', 'borderline']],
    ['asylee (EAD), FM, CK 227, mixed months in California, ten years out', 10, { visa: 'ead', specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 227, attempts: 1 }, usce: { months: 5, kind: 'mixed', where: ['san_diego'] }, usLors: { count: 2, inSpecialty: true, fromCalifornia: true }, regions: ['san_diego', 'orange_county'] }, ['borderline', 'weak']],
    ['green card, IM, CK 236, a year of hands-on, thirteen years out', 13, { visa: 'green_card', step2ck: { taken: true, score: 236, attempts: 1 }, usce: { months: 12, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true } }, ['borderline', 'weak']],
    ['citizen IMG, FM, CK 229, eight years out, hands-on months', 8, { visa: 'us_citizen', specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 229, attempts: 1 } }, ['borderline', 'competitive']],
  ] as const)('%s', (_, y, p, levels) => {
    expect(levels).toContain(years(y, p as Partial<Profile>).level);
  });
});

describe('first steps of a reapplicant whose file is below borderline', () => {
  it('keep the step for the whole file (long-term paths) while a graduation gap still gets its own step', () => {
    const pl = plan({ stage: 'reapplying', step2ck: { taken: true, score: 228, attempts: 1 }, graduationYear: 2019, usce: { months: 4, kind: 'hands_on', where: ['inland_empire'] }, usLors: { count: 3 }, regions: ['la_county', 'inland_empire'] });
    const ids = pl.firstSteps!.map((s) => s.id);
    expect(ids).toContain('long-term-paths');
    expect(ids).toContain('graduation-year');
  });
});

describe('a visa the applicant needs but has not chosen a route for (unsure) stands as an applicant open to either', () => {
  it.each([
    ['IM, CK 241, seven years out', { step2ck: { taken: true, score: 241, attempts: 1 }, graduationYear: 2019 }],
    ['pediatrics, CK 240', { specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 240, attempts: 1 } }],
    ['FM, CK 221, observerships', { specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 221, attempts: 1 }, usce: { months: 2, kind: 'observership', where: ['other_us'] } }],
    ['psychiatry, Step 3 passed', { specialty: { primary: 'psychiatry' }, step3: { status: 'passed' } }],
    ['IM, no letters yet', { usLors: { count: 0 } }],
  ] as const)('%s', (_, p) => {
    const score = (visa: Profile['visa'] | undefined) => plan({ ...(p as Partial<Profile>), visa }).standing![0]!.score;
    expect(score('unsure')).toBe(score('either'));
    // never better than a settled route, never worse than a visa not given at all
    expect(score('unsure')).toBeLessThan(score('green_card'));
    expect(score('unsure')).toBeGreaterThanOrEqual(score(undefined));
  });
});

describe('an academic program in LA County: its institution\'s H-1B filings are no evidence it takes IMGs, and it is never a safety', () => {
  const la: Partial<Profile> = { regions: ['la_county', 'anywhere'], usce: { months: 6, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true }, laTies: { family: true, lived: false, trained: false } };
  const laAcademicGood = (pl: Plan) => good(pl).filter((x) => x.region === 'la_county' && /cedars|geffen|ucla medical center program|university of southern california/i.test(x.name));
  it.each([
    ['J-1, OB/GYN, CK 252', { ...la, specialty: { primary: 'obstetrics_gynecology' }, step2ck: { taken: true, score: 252, attempts: 1 } }],
    ['either visa, IM, CK 253', { ...la, visa: 'either', step2ck: { taken: true, score: 253, attempts: 1 } }],
    ['H-1B with Step 3, pediatrics, CK 243', { ...la, visa: 'needs_h1b', step3: { status: 'passed' }, specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 243, attempts: 1 } }],
    ['J-1, psychiatry, CK 244', { ...la, specialty: { primary: 'psychiatry' }, step2ck: { taken: true, score: 244, attempts: 1 } }],
    ['J-1, family medicine, CK 233', { ...la, specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 233, attempts: 1 } }],
  ] as const)('a competitive visa file: %s — Cedars-Sinai is no target or safety', (_, p) => {
    const pl = plan(p as Partial<Profile>);
    expect(pl.standing![0]!.level).toBe('competitive');
    expect(good(pl).filter((x) => /cedars/i.test(x.name)).map((x) => x.name)).toEqual([]);
  });
  it('no academic LA program is a safety, even for a strong citizen file', () => {
    for (const s of ['internal_medicine', 'psychiatry', 'emergency_medicine', 'pediatrics', 'family_medicine'] as const) {
      const pl = plan({ ...la, visa: 'us_citizen', specialty: { primary: s }, step2ck: { taken: true, score: 262, attempts: 1 }, step3: { status: 'passed', score: 240 } });
      expect(pl.tiers.safety.filter((x) => x.region === 'la_county' && x.reasonCodes?.some((r) => r.code === 'tier.program_type' && ['university', 'unknown'].includes(String(r.params.type))))).toEqual([]);
      expect(laAcademicGood(pl).filter((x) => pl.tiers.safety.includes(x))).toEqual([]);
    }
  });
});

describe('the dated next-season plan asks for a line on failed attempts only when there are some', () => {
  const write = (pl: Plan) => pl.notThisCycle!.months.find((m) => /write your application/.test(m.what))!.what;
  const student = (p: Partial<Profile>) => buildPlan(profileSchema.parse({ ...base, graduationYear: 2027, step2ck: { taken: false }, ...p }), FULL_KB, new Date('2026-12-10T12:00:00Z'));
  it.each([
    ['no attempt failed', {}, false],
    ['a Step 1 retake', { step1: { result: 'passed', attempts: 2 } }, true],
    ['a Step 2 CK retake', { step2ck: { taken: true, score: 231, attempts: 2 } }, true],
  ] as const)('%s', (_, p, says) => {
    expect(/failed attempt/.test(write(student(p as Partial<Profile>)))).toBe(says);
  });
});
