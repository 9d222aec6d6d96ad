// Round-19 plan families, with files of our own (none taken from a development set): a failed attempt without Step 3
// hears that a good Step 3 is the proof of recovery (and an unsaid Step 3 counts as not taken); an applicant already
// submitted with two interviews or fewer in the interview season hears to apply to more programs now.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { base } from '../helpers/j1-im-plan.js';

/** Early December: interview season, before rank lists open. */
const DEC = new Date('2026-12-03T12:00:00Z');
/** Mid-May: this season's window has not opened yet. */
const MAY = new Date('2026-05-12T12:00:00Z');
const plan = (p: Record<string, unknown>, now: Date): Plan => buildPlan(profileSchema.parse({ ...base, ...p } as Profile), FULL_KB, now);
const firstIds = (pl: Plan) => (pl.firstSteps ?? pl.nextSteps.slice(0, 5)).map((s) => s.id);

describe('a failed attempt and no Step 3 yet: a good Step 3 is among the first steps, whatever else is missing', () => {
  it.each([
    ['"FM or IM on a J-1, failed CK once, 214 on the second go, one US letter" (Step 3 never mentioned)', { specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, step2ck: { taken: true, score: 214, attempts: 2 }, step3: undefined, usLors: { count: 1, inSpecialty: true, fromCalifornia: false }, graduationYear: 2017, stage: 'preparing' }],
    ['"psychiatry, green card, Step 1 took me two tries, CK 236"', { specialty: { primary: 'psychiatry' }, visa: 'green_card', step1: { result: 'passed', attempts: 2 }, step3: { status: 'not_taken' }, stage: 'preparing' }],
    ['"pediatrics, US citizen, failed CK once then 241, planning Step 3 some day"', { specialty: { primary: 'pediatrics' }, visa: 'us_citizen', step2ck: { taken: true, score: 241, attempts: 2 }, step3: { status: 'planned' }, stage: 'preparing' }],
  ])('%s', (_, p) => {
    expect(firstIds(plan(p, MAY))).toContain('step3-after-fail');
  });
  it.each([
    ['Step 3 already passed', { step2ck: { taken: true, score: 214, attempts: 2 }, step3: { status: 'passed' }, stage: 'preparing' }],
    ['Step 3 result pending', { step2ck: { taken: true, score: 214, attempts: 2 }, step3: { status: 'pending' }, stage: 'preparing' }],
    ['an H-1B seeker, who hears about Step 3 from the H-1B step', { visa: 'needs_h1b', step2ck: { taken: true, score: 214, attempts: 2 }, step3: undefined, stage: 'preparing' }],
    ['a clean record', { step3: undefined, stage: 'preparing' }],
  ])('not for: %s', (_, p) => {
    expect(plan(p, MAY).nextSteps.map((s) => s.id)).not.toContain('step3-after-fail');
  });
  it('a modest score with Step 3 unsaid still hears the Step 3 option (an answer not given is no pass)', () => {
    expect(plan({ step2ck: { taken: true, score: 226, attempts: 1 }, step3: undefined, stage: 'preparing' }, MAY).nextSteps.map((s) => s.id)).toContain('step3-boost');
  });
});

describe('submitted, two interviews or fewer in the interview season: apply to more programs now', () => {
  it.each([
    ['"ERAS went in mid-October, not a single invite yet, J-1, IM"', { stage: 'applying', cycle: { submitted: true, interviews: 0 } }],
    ['"one interview so far (Ohio), psych, green card"', { specialty: { primary: 'psychiatry' }, visa: 'green_card', stage: 'interviewing', cycle: { submitted: true, interviews: 1 } }],
    ['"reapplying, sent everything in September, two invites, FM"', { specialty: { primary: 'family_medicine' }, stage: 'reapplying', cycle: { submitted: true, interviews: 2 } }],
  ])('%s', (_, p) => {
    const pl = plan(p, DEC);
    expect(firstIds(pl)).toContain('few-interviews-add-programs');
    expect(pl.nextSteps.find((s) => s.id === 'few-interviews-add-programs')!.title).toMatch(/apply to more programs/i);
  });
  it.each([
    ['seven interviews', { stage: 'interviewing', cycle: { submitted: true, interviews: 7 } }, DEC],
    ['the count of interviews not said', { stage: 'applying', cycle: { submitted: true } }, DEC],
    ['nothing submitted yet', { stage: 'preparing' }, DEC],
    ['before the interview season (May)', { stage: 'applying', cycle: { submitted: true, interviews: 0 } }, MAY],
  ])('not for: %s', (_, p, now) => {
    expect(plan(p, now).nextSteps.map((s) => s.id)).not.toContain('few-interviews-add-programs');
  });
});

describe('a couple: the count line names the partner\'s specialty whose cities the list must share', () => {
  it.each([
    ['"we match as a couple, I do IM and my wife psychiatry, both J-1"', 'psychiatry', /partner's psychiatry list/],
    ['"couples match with my husband (pediatrics); I am the IM one"', 'pediatrics', /partner's pediatrics list/],
    ['"my fiancé wants family medicine, we will couple"', 'family_medicine', /partner's family medicine list/],
  ])('%s', (_, partner, words) => {
    const pl = plan({ couples: { matching: true, partnerSpecialty: partner, partnerNeedsVisa: true }, stage: 'preparing' }, MAY);
    expect(pl.applications.why).toMatch(words);
  });
  it('a couple whose partner\'s specialty was never said is not given one', () => {
    expect(plan({ couples: { matching: true }, stage: 'preparing' }, MAY).applications.why).not.toMatch(/partner's/);
  });
});

describe('a military program in the applicant\'s own regions is said to be closed to civilians, not only left off', () => {
  it.each([
    ['"IM in San Diego, a friend said the navy hospital takes IMGs"', { regions: ['san_diego'] }],
    ['"psychiatry, San Diego or Orange County, green card"', { specialty: { primary: 'psychiatry' }, visa: 'green_card', regions: ['san_diego', 'orange_county'] }],
    ['"OB/GYN, US citizen, anywhere in SoCal or beyond"', { specialty: { primary: 'obstetrics_gynecology' }, visa: 'us_citizen', regions: ['anywhere'] }],
  ])('%s', (_, p) => {
    const notes = plan({ ...p, stage: 'preparing' }, MAY).sharedNotes ?? [];
    expect(notes.join(' ')).toMatch(/Naval Medical Center \(San Diego\).*active-duty US military members/);
  });
  it.each([
    ['Los Angeles only', { regions: ['la_county'] }],
    ['a specialty with no military program in the table (family medicine, Inland Empire)', { specialty: { primary: 'family_medicine' }, regions: ['inland_empire'] }],
  ])('no note for %s', (_, p) => {
    expect((plan({ ...p, stage: 'preparing' }, MAY).sharedNotes ?? []).join(' ')).not.toMatch(/active-duty/);
  });
});

describe('a weak file sends at least 100 applications, the top of the guides\' 80-120+ for low scores', () => {
  it.each([
    ['"green card, IM, CK 221, six months hands-on in LA, anywhere is fine"', { visa: 'green_card', step2ck: { taken: true, score: 221, attempts: 1 }, usce: { months: 6, kind: 'hands_on', where: ['la_county'] } }],
    ['"third try at the Match, IM on a J-1, CK 230 from 2021"', { stage: 'reapplying', step2ck: { taken: true, score: 230, attempts: 1 }, graduationYear: 2017 }],
    ['"OB/GYN, J-1, CK 233, two letters"', { specialty: { primary: 'obstetrics_gynecology' }, step2ck: { taken: true, score: 233, attempts: 1 }, usLors: { count: 2, inSpecialty: true, fromCalifornia: false } }],
  ])('%s', (_, p) => {
    const pl = plan({ ...p, stage: (p as { stage?: string }).stage ?? 'preparing' }, MAY);
    expect(pl.standing![0]!.level).toBe('weak');
    expect((pl.applications.perSpecialty?.[0] ?? pl.applications).min).toBeGreaterThanOrEqual(100);
  });
  it('a borderline file keeps the shorter band', () => {
    const pl = plan({ stage: 'preparing', step2ck: { taken: true, score: 241, attempts: 1 } }, MAY);
    expect(pl.standing![0]!.level).toBe('borderline');
    expect((pl.applications.perSpecialty?.[0] ?? pl.applications).min).toBe(80);
  });
});

describe('a graduate who never said where ECFMG certification stands hears what it needs, citizens included', () => {
  it.each([
    ['"US citizen, studied in Guadalajara, FM in San Diego" (ECFMG never mentioned)', { visa: 'us_citizen', specialty: { primary: 'family_medicine' }, regions: ['san_diego'] }],
    ['"psych, green card since 2020, native English speaker from Lagos"', { visa: 'green_card', specialty: { primary: 'psychiatry' } }],
    ['"IM, J-1, CK 238, graduated 2022"', {}],
  ])('%s', (_, p) => {
    const pl = plan({ ...p, ecfmg: undefined, stage: 'preparing' }, MAY);
    const step = pl.nextSteps.find((s) => s.id === 'ecfmg-unsaid');
    expect(step?.detail).toMatch(/OET Medicine/);
    expect(step?.detail).toMatch(/citizens/);
  });
  it.each([
    ['certified', { ecfmg: { status: 'certified' } }],
    ['a final-year student (the missing certificate is a first step of its own)', { ecfmg: undefined, graduationYear: 2027 }],
    ['in progress (the certification step says what is left)', { ecfmg: { status: 'in_progress' } }],
  ])('not for: %s', (_, p) => {
    expect(plan({ ...p, stage: 'preparing' }, MAY).nextSteps.map((s) => s.id)).not.toContain('ecfmg-unsaid');
  });
});

describe('the hospitals that lead NIH funding (BRIMR FY2023) are academic flagships like the top universities', () => {
  const good = (pl: Plan) => [...pl.tiers.target, ...pl.tiers.safety].map((p) => p.name);
  it.each([
    ['"peds, J-1, CK 240, three US peds letters, anywhere in the US"', { specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 240, attempts: 1 } }, /Children's Hospital of Philadelphia|Cincinnati Children's|Boston Children/],
    ['"IM, J-1, CK 246, anywhere"', { step2ck: { taken: true, score: 246, attempts: 1 } }, /Massachusetts General|Brigham and Women|Beth Israel Deaconess/],
    ['"psychiatry, green card, CK 250, Boston would be a dream"', { specialty: { primary: 'psychiatry' }, visa: 'green_card', step2ck: { taken: true, score: 250, attempts: 1 } }, /Massachusetts General|Brigham and Women|Beth Israel Deaconess/],
  ])('%s: none of them is a target or safety', (_, p, names) => {
    const pl = plan({ ...p, stage: 'preparing' }, MAY);
    expect(good(pl).filter((n) => names.test(n))).toEqual([]);
  });
  it('the ranking is said where the program is listed', () => {
    const pl = plan({ specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 240, attempts: 1 }, regions: ['other_us'], stage: 'preparing' }, MAY);
    const chop = [...pl.tiers.reach, ...(pl.unverified ?? [])].find((p) => p.name.startsWith("Children's Hospital of Philadelphia"));
    expect(chop?.reasons.join(' ')).toMatch(/top 20 hospitals by NIH awards, FY2023/);
  });
});

describe('a flagship whose only visa evidence is H-1B filings from before the $100,000 fee is checked first for an H-1B-only file', () => {
  it.each([
    ['"H-1B only, Step 3 passed, IM, LA please"', { visa: 'needs_h1b', step3: { status: 'passed' }, regions: ['la_county'] }],
    ['"IM, H-1B, Step 3 done, CK 250, Los Angeles or Orange County"', { visa: 'needs_h1b', step3: { status: 'passed' }, step2ck: { taken: true, score: 250, attempts: 1 }, regions: ['la_county', 'orange_county'] }],
    ['"weak file, H-1B only, LA"', { visa: 'needs_h1b', step3: { status: 'not_taken' }, step2ck: { taken: true, score: 228, attempts: 1 }, regions: ['la_county'] }],
  ])('%s: Cedars-Sinai internal medicine is not listed as a reach', (_, p) => {
    const pl = plan({ ...p, stage: 'preparing' }, MAY);
    expect(pl.tiers.reach.filter((x) => x.name.startsWith('Cedars-Sinai') && x.specialty === 'internal_medicine')).toEqual([]);
    expect((pl.unverified ?? []).some((x) => x.name.startsWith('Cedars-Sinai') && x.specialty === 'internal_medicine')).toBe(true);
  });
});
