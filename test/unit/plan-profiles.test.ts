// Proves buildPlan tiers, excludes, prioritises and sizes applications differently and correctly for distinct IMG profiles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';
import type { Profile } from '../../src/domain/profile.js';
import { buildPlan, type PlanKb } from '../../src/knowledge/plan/build-plan.js';
import { loadProgramsCsv } from '../../src/knowledge/programs/load-programs-csv.js';
import { parseRules } from '../../src/knowledge/rules/rules.js';

const programsRes = loadProgramsCsv(readFileSync('knowledge/programs/programs.csv', 'utf8'));
const rulesRes = parseRules(JSON.parse(readFileSync('knowledge/rules/next-steps.json', 'utf8')));
if (!programsRes.ok || !rulesRes.ok) throw new Error('knowledge files do not load');
const kb: PlanKb = { programs: programsRes.programs, rules: rulesRes.rules };
const NOW = new Date('2025-09-01T00:00:00Z');

const plan = (p: Profile) => buildPlan(p, kb, NOW);
const open = (pl: Plan) => [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety];
const tierOf = (pl: Plan, id: string) =>
  (['reach', 'target', 'safety'] as const).find((t) => pl.tiers[t].some((x) => x.id === id)) ?? (pl.excluded.some((x) => x.id === id) ? 'excluded' : 'absent');
const find = (list: PlannedProgram[], id: string) => list.find((x) => x.id === id);
const steps = (pl: Plan) => pl.nextSteps.map((s) => s.id);
const kbIds = (f: (p: PlanKb['programs'][number]) => boolean) => kb.programs.filter(f).map((p) => p.id).sort();

const ST_MARY_IM = '1400531039'; // J-1 yes, H-1B no, community, Long Beach
const UCLA_IM = 'ucla-internal-medicine-residency-program-ucla-david-geffen-school-of-medicine-internal-medicine'; // J-1 yes, H-1B unknown
const KP_LA_IM = 'kaiser-permanente-southern-california-los-angeles-program-internal-medicine'; // no visas at all
const MERCY_SAN_JUAN_IM = 'mercy-san-juan-medical-center-program-internal-medicine'; // 2-year YOG limit
const HUNTINGTON_IM = '1400511056'; // 5-year YOG limit
const SAINT_AGNES_FM = 'saint-agnes-medical-center-program-family-medicine'; // USCE required, J-1 yes
const FHCSD_FM = '1200500736'; // USCE required, no visas

const lowH1b: Profile = {
  specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, visa: 'needs_h1b',
  step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 214, attempts: 1 }, step3: { status: 'not_taken' },
  graduationYear: 2021, usce: { months: 2, kind: 'observership', where: ['la_county'] }, usLors: { count: 1 },
  regions: ['la_county'], stage: 'applying',
};
const strongJ1: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 252, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2023,
  usce: { months: 6, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true },
  languages: ['English', 'Spanish'], regions: ['la_county', 'orange_county'], laTies: { family: true, lived: false, trained: false },
  research: { publications: 2, posters: 1 }, stage: 'applying',
};
const dermDream: Profile = {
  specialty: { primary: 'dermatology' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 221, attempts: 1 }, graduationYear: 2022, usce: { months: 3, kind: 'hands_on', where: ['la_county'] },
  regions: ['la_county'], stage: 'preparing',
};
const reapplicant: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 228, attempts: 1 }, step3: { status: 'planned' }, graduationYear: 2019,
  usce: { months: 4, kind: 'hands_on', where: ['inland_empire'] }, usLors: { count: 3 }, regions: ['la_county', 'inland_empire'], stage: 'reapplying',
};
const usCitizen: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'us_citizen', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 225, attempts: 1 }, graduationYear: 2023, usce: { months: 3, kind: 'hands_on', where: ['orange_county'] },
  usLors: { count: 3 }, regions: ['la_county'], stage: 'applying',
};
const noUsce: Profile = {
  specialty: { primary: 'family_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 230, attempts: 1 }, graduationYear: 2023, usce: { months: 0, kind: 'none', where: [] },
  usLors: { count: 0 }, regions: ['anywhere'], stage: 'preparing',
};
const oldYog: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'green_card', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 232, attempts: 1 }, graduationYear: 2009, usce: { months: 3, kind: 'hands_on', where: ['la_county'] },
  usLors: { count: 2 }, regions: ['la_county'], stage: 'applying',
};
const step1Fail: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 2 },
  step2ck: { taken: true, score: 238, attempts: 1 }, graduationYear: 2022, usce: { months: 4, kind: 'hands_on', where: ['inland_empire'] },
  usLors: { count: 3 }, regions: ['inland_empire'], stage: 'applying',
};

describe('low score + needs H-1B (IM, backup FM, Step 2 CK 214, no Step 3)', () => {
  const pl = plan(lowH1b);
  it('excludes exactly the programs known not to sponsor H-1B (plus a known graduation-year limit)', () => {
    const h1bNo = kbIds((p) => ['internal_medicine', 'family_medicine'].includes(p.specialty) && p.visaH1b === 'no');
    const excludedForVisa = pl.excluded.filter((x) => x.reasons.some((r) => r.includes('does not sponsor H-1B'))).map((x) => x.id).sort();
    expect(h1bNo.length).toBeGreaterThan(10);
    expect(excludedForVisa).toEqual(h1bNo);
    expect(find(pl.excluded, MERCY_SAN_JUAN_IM)?.reasons.join()).toMatch(/last 2 years; you graduated 4 years ago/);
  });
  it('keeps unknown H-1B programs open but says to verify, and flags "visas" that may mean J-1 only', () => {
    const ucla = find(open(pl), UCLA_IM);
    expect(ucla?.verify.join()).toMatch(/H-1B sponsorship not stated by a source/);
    expect(ucla?.verify.join()).toMatch(/J-1 only/);
  });
  it('puts every IM program in reach, FM in target, nothing in safety', () => {
    expect(pl.tiers.safety).toHaveLength(0);
    expect(open(pl).filter((x) => x.specialty === 'internal_medicine').every((x) => tierOf(pl, x.id) === 'reach')).toBe(true);
    expect(pl.tiers.target.length).toBeGreaterThan(10);
    expect(pl.tiers.target.every((x) => x.specialty === 'family_medicine')).toBe(true);
  });
  it('puts Step 3 first and explains what it opens', () => {
    expect(steps(pl)[0]).toBe('h1b-needs-step3');
    expect(steps(pl)).toEqual(expect.arrayContaining(['step2ck-low', 'observership-only', 'few-us-letters', 'la-ties-missing']));
    expect(steps(pl)).not.toContain('j1-rules');
    expect(pl.warnings?.join(' ')).toMatch(/no program can file an H-1B for you/);
    expect(pl.warnings?.join(' ')).toMatch(/a Step 3 pass is what would let those \d+ consider you/);
  });
  it('asks for many applications and shows the base rates and cost', () => {
    expect(pl.applications.min).toBeGreaterThanOrEqual(120);
    expect(pl.applications.why).toMatch(/58% of non-US-citizen IMGs/);
    expect(pl.applications.why).toMatch(/2025/);
    expect(pl.applications.why).toMatch(/\$3,030/);
  });
});

describe('strong J-1 applicant with Spanish and LA family', () => {
  const pl = plan(strongJ1);
  it('excludes only IM programs known not to take J-1', () => {
    expect(pl.excluded.map((x) => x.id).sort()).toEqual(kbIds((p) => p.specialty === 'internal_medicine' && p.visaJ1 === 'no'));
    expect(tierOf(pl, KP_LA_IM)).toBe('excluded');
  });
  it('makes community programs safeties and UCLA no better than a target', () => {
    expect(tierOf(pl, ST_MARY_IM)).toBe('safety');
    expect(['target', 'reach']).toContain(tierOf(pl, UCLA_IM));
    expect(pl.tiers.safety.length).toBeGreaterThan(pl.tiers.reach.length);
    expect(find(pl.tiers.safety, ST_MARY_IM)?.reasons.join()).toMatch(/spanish/);
  });
  it('gives J-1 and language steps, none of the weak-profile ones', () => {
    expect(steps(pl)).toEqual(expect.arrayContaining(['j1-rules', 'languages', 'find-img-friendly']));
    expect(steps(pl)).not.toEqual(expect.arrayContaining(['no-usce']));
    for (const id of ['no-usce', 'step2ck-low', 'h1b-needs-step3', 'few-us-letters', 'explain-fails']) expect(steps(pl)).not.toContain(id);
    expect(pl.warnings?.join(' ')).toMatch(/7-year limit/);
  });
  it('needs fewer applications than the weak H-1B profile', () => {
    expect(pl.applications.max).toBeLessThanOrEqual(plan(lowH1b).applications.min);
    expect(pl.signaling).toMatch(/3 gold and 12 silver/);
  });
});

describe('competitive dream: dermatology with Step 2 CK 221', () => {
  const pl = plan(dermDream);
  it('warns honestly and adds a realistic parallel track (FM at this score)', () => {
    expect(pl.warnings?.[0]).toMatch(/Dermatology is among the specialties .* very difficult/);
    expect(pl.warnings?.[0]).toMatch(/no dermatology programs yet/);
    expect(open(pl).length).toBeGreaterThan(20);
    expect(open(pl).every((x) => x.specialty === 'family_medicine' && x.reasons[0] === 'parallel track: family medicine')).toBe(true);
  });
  it('puts the parallel-track step first and says dream applications come on top', () => {
    expect(steps(pl)[0]).toBe('competitive-dream');
    expect(steps(pl)).toContain('research');
    expect(pl.applications.why).toMatch(/dermatology applications come on top/);
  });
});

describe('reapplicant (IM, graduated 2019, J-1)', () => {
  const pl = plan(reapplicant);
  it('starts with the after-not-matching step and warning', () => {
    expect(steps(pl)[0]).toBe('after-not-matching');
    expect(steps(pl)).toEqual(expect.arrayContaining(['graduation-year', 'step3-boost']));
    expect(pl.warnings?.join(' ')).toMatch(/You are reapplying.*SOAP/);
  });
  it('adds preliminary and transitional positions as after-not-matching paths', () => {
    const paths = open(pl).filter((x) => x.reasons[0]?.startsWith('after-not-matching path'));
    expect(new Set(paths.map((x) => x.specialty))).toEqual(new Set(['prelim_internal_medicine', 'transitional_year']));
  });
  it('excludes programs whose stated graduation-year limit is under 6 years', () => {
    expect(find(pl.excluded, HUNTINGTON_IM)?.reasons.join()).toMatch(/last 5 years; you graduated 6 years ago/);
    expect(pl.tiers.safety).toHaveLength(0);
    expect(pl.applications.min).toBeGreaterThanOrEqual(120);
  });
});

describe('US-citizen IMG', () => {
  const pl = plan(usCitizen);
  const nonUsTwin = plan({ ...usCitizen, visa: 'needs_j1' });
  it('is never filtered on visa and never asked to verify visas', () => {
    expect(pl.excluded).toHaveLength(0);
    expect(tierOf(pl, KP_LA_IM)).not.toBe('excluded');
    expect(tierOf(nonUsTwin, KP_LA_IM)).toBe('excluded');
    expect(open(pl).some((x) => x.verify.some((v) => !v.startsWith('source note:') && /J-1|H-1B|visa/.test(v)))).toBe(false);
  });
  it('is compared with matched US-citizen IMGs and told the citizen advantage', () => {
    expect(open(pl)[0]?.reasons[0]).toMatch(/225 is 3 below 228 \(mean of matched US-citizen IMGs/);
    expect(pl.warnings?.join(' ')).toMatch(/67\.8%/);
    expect(steps(pl)).toContain('citizen-img');
    expect(steps(pl)).not.toContain('find-img-friendly');
  });
  it('needs fewer applications than a non-US twin', () => {
    expect(pl.applications.min).toBeLessThan(nonUsTwin.applications.min);
  });
});

describe('no US clinical experience (FM, J-1)', () => {
  const pl = plan(noUsce);
  const withUsce = plan({ ...noUsce, usce: { months: 6, kind: 'hands_on', where: ['inland_empire'] } });
  it('excludes programs that require USCE and says why', () => {
    expect(find(pl.excluded, SAINT_AGNES_FM)?.reasons.join()).toMatch(/requires US clinical experience; you have none/);
    expect(find(pl.excluded, FHCSD_FM)?.reasons.join()).toMatch(/does not take J-1/);
    expect(tierOf(withUsce, SAINT_AGNES_FM)).not.toBe('excluded');
  });
  it('tiers lower than the same applicant with hands-on USCE', () => {
    expect(open(pl).every((x) => x.reasons.includes('no US clinical experience'))).toBe(true);
    expect(pl.tiers.safety.length).toBeLessThan(withUsce.tiers.safety.length);
  });
  it('makes USCE an early step', () => {
    const s = pl.nextSteps.find((x) => x.id === 'no-usce');
    expect(s?.priority).toBe(2);
    expect(steps(pl)).toEqual(expect.arrayContaining(['few-us-letters', 'self-assessment']));
    expect(steps(withUsce)).not.toContain('no-usce');
  });
});

describe('old graduation year (2009), green card', () => {
  const pl = plan(oldYog);
  it('excludes every IM program with a stated graduation-year limit, none for visa', () => {
    expect(pl.excluded.map((x) => x.id).sort()).toEqual(kbIds((p) => p.specialty === 'internal_medicine' && p.yogLimitYears !== null));
    expect(pl.excluded.every((x) => x.reasons.some((r) => r.includes('you graduated 16 years ago')))).toBe(true);
  });
  it('puts the rest in reach and asks to verify unstated limits', () => {
    expect(pl.tiers.target.length + pl.tiers.safety.length).toBe(0);
    expect(open(pl).every((x) => x.verify.some((v) => v.startsWith('graduation-year limit not stated')))).toBe(true);
    expect(steps(pl)[0]).toBe('graduation-year');
    expect(pl.warnings?.join(' ')).toMatch(/National programs are not in our table yet/);
    expect(pl.warnings?.join(' ')).toMatch(/permanent resident you need no visa/);
  });
});

describe('Step 1 failed once, then passed', () => {
  const pl = plan(step1Fail);
  const twin = plan({ ...step1Fail, step1: { result: 'passed', attempts: 1 } });
  it('costs tiers and applications against the same profile without the fail', () => {
    expect(pl.tiers.safety.length).toBeLessThan(twin.tiers.safety.length);
    expect(pl.applications.min).toBeGreaterThan(twin.applications.min);
    expect(open(pl)[0]?.reasons).toContain('1 failed USMLE attempt — many programs screen on first-attempt passes');
  });
  it('asks for an explanation and cites the program-director survey', () => {
    expect(steps(pl)).toContain('explain-fails');
    expect(steps(twin)).not.toContain('explain-fails');
    expect(pl.warnings?.join(' ')).toMatch(/74% of program directors/);
  });
});

describe('visa edge cases and purity', () => {
  it('"either" is excluded only where both J-1 and H-1B are known no', () => {
    const pl = plan({ ...strongJ1, visa: 'either' });
    expect(tierOf(pl, ST_MARY_IM)).not.toBe('excluded'); // J-1 yes, H-1B no
    expect(pl.excluded.map((x) => x.id).sort()).toEqual(kbIds((p) => p.specialty === 'internal_medicine' && p.visaJ1 === 'no' && p.visaH1b === 'no'));
  });
  it('a Step 1 not yet passed comes first', () => {
    expect(steps(plan({ ...step1Fail, step1: { result: 'failed', attempts: 1 } }))[0]).toBe('step1-not-passed');
  });
  it('every plan carries the California licence and "not a promise" caveats; same input, same plan', () => {
    const a = plan(lowH1b);
    expect(a.caveats.join(' ')).toMatch(/Postgraduate Training Licence .* 180 days/);
    expect(a.caveats.join(' ')).toMatch(/not a promise/);
    expect(a.caveats.join(' ')).toMatch(/National programs are not in our table yet/);
    expect(JSON.stringify(plan(lowH1b))).toBe(JSON.stringify(a));
  });
});
