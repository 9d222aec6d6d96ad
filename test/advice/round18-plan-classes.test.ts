// Round-18 plan families, with files of our own (none taken from a development set): a failed attempt on record with a
// Step 2 CK under the unmatched applicants' median reads weak at most; the score's line says a cap only when one held it;
// a file with several fails hears that a good Step 3 is the proof of recovery still open to it; an interviewing
// applicant hears where a preliminary position goes on the rank list; a stated graduation limit closes its own program.
import { describe, expect, it } from 'vitest';
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { planText } from './judge.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { base, NOW } from '../helpers/j1-im-plan.js';

const plan = (p: Record<string, unknown>, now = NOW): Plan => buildPlan(profileSchema.parse({ ...base, ...p } as Profile), FULL_KB, now);
const ckLine = (pl: Plan) => pl.standing![0]!.factors.find((f) => f.id === 'step2ck')!;
const offered = (pl: Plan): PlannedProgram[] => [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...(pl.unverified ?? [])];
const rich = { usce: { months: 9, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 4, inSpecialty: true, fromCalifornia: true }, laTies: { family: true, lived: true, trained: false }, visa: 'green_card' };

describe('a failed attempt with a Step 2 CK among the unmatched applicants reads weak at most, however rich the rest', () => {
  it.each([
    ['"green card, IM, failed Step 1 once, CK 239, nine months as an extern in LA, four letters"', { ...rich, step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 239, attempts: 1 } }],
    ['"pediatrics: my CK was 228 on the second try, lots of LA rotations, family here"', { ...rich, specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 228, attempts: 2 } }],
    ['"neuro, CK 241 first try but I failed Step 3 last month"', { ...rich, specialty: { primary: 'neurology' }, step2ck: { taken: true, score: 241, attempts: 1 }, step3: { status: 'failed' } }],
  ])('%s', (_, p) => {
    const st = plan(p).standing![0]!;
    expect(['weak', 'very weak']).toContain(st.level);
  });
  it('the line is said when it holds the file down, with the unmatched median it rests on', () => {
    const pl = plan({ ...rich, step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 239, attempts: 1 } });
    expect(ckLine(pl).params).toMatchObject({ failLine: 243 });
    expect(ckLine(pl).text).toMatch(/failed attempt on record, a score under 243/);
  });
  it.each([
    ['the same fail with a CK at the unmatched median (IM 243)', { ...rich, step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 243, attempts: 1 } }],
    ['a clean record at the same 239', { ...rich, step2ck: { taken: true, score: 239, attempts: 1 } }],
    ['family medicine, where matched and unmatched scored alike: the score does not draw the line', { ...rich, specialty: { primary: 'family_medicine' }, step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 229, attempts: 1 } }],
  ])('%s is not held down by it', (_, p) => {
    expect(ckLine(plan(p)).params?.failLine).toBeUndefined();
  });
});

describe('the score\'s line names a cap only when one held the file', () => {
  it.each([
    ['"IM, CK 252, green card, clean record"', { ...rich, step2ck: { taken: true, score: 252, attempts: 1 } }],
    ['"psych on a J-1, 240 on CK"', { specialty: { primary: 'psychiatry' }, step2ck: { taken: true, score: 240, attempts: 1 } }],
    ['"OB/GYN, CK 236, first attempts"', { specialty: { primary: 'obstetrics_gynecology' }, step2ck: { taken: true, score: 236, attempts: 1 } }],
  ])('%s', (_, p) => {
    const line = ckLine(plan(p));
    expect(line.text).not.toMatch(/weak at most, not borderline/);
    expect(line.params?.screenedUnder).toBeUndefined();
  });
  it('a score under the unmatched first quartile still says its cap', () => {
    const line = ckLine(plan({ ...rich, step2ck: { taken: true, score: 226, attempts: 1 } }));
    expect(line.params).toMatchObject({ screenedUnder: 233 });
    expect(line.text).toMatch(/under 233 programs screen on the score/);
  });
});

describe('several fails: a good Step 3 is named as the proof of recovery still open, even once applications are in', () => {
  it.each([
    ['"my wife failed Step 1 and CK once each, FM, green card, applied already"', { specialty: { primary: 'family_medicine' }, visa: 'green_card', step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 224, attempts: 2 }, step3: undefined, stage: 'applying', cycle: { submitted: true, interviews: 0 } }],
    ['"three tries for Step 1, CK 221, US citizen, preparing for next year"', { visa: 'us_citizen', step1: { result: 'passed', attempts: 3 }, step2ck: { taken: true, score: 221, attempts: 1 }, stage: 'preparing' }],
    ['"Step 3 failed in October, retake booked"', { visa: 'either', step3: { status: 'failed' }, stage: 'applying', cycle: { submitted: true, interviews: 1 } }],
  ])('%s', (_, p) => {
    expect(planText(plan(p))).toMatch(/good step 3/);
  });
});

describe('an interviewing applicant hears where a preliminary position goes on the rank list', () => {
  it.each([
    ['"eight IM interviews, one of them also offered me their prelim spot"', { stage: 'interviewing', cycle: { submitted: true, interviews: 8 } }],
    ['"surgery, 3 interviews incl. a prelim one, how do I rank?"', { specialty: { primary: 'general_surgery' }, stage: 'interviewing', cycle: { submitted: true, interviews: 3 } }],
    ['"applications in, two interviews so far, green card"', { visa: 'green_card', stage: 'applying', cycle: { submitted: true, interviews: 2 } }],
  ])('%s', (_, p) => {
    const step = plan(p).nextSteps.find((s) => /rank list/.test(s.title))!;
    expect(step.detail).toMatch(/preliminary \(one-year\) position, rank it only below every categorical program/);
  });
});

describe('a program\'s own stated graduation limit closes it to older graduates (San Joaquin General family medicine, 3 years)', () => {
  it.each([
    ['"FM backup, graduated 2018, J-1"', { specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, graduationYear: 2018 }],
    ['"family medicine only, 2020 grad, green card, anywhere in California"', { specialty: { primary: 'family_medicine' }, visa: 'green_card', graduationYear: 2020, regions: ['rest_of_california', 'la_county'] }],
    ['"FM, EAD, finished med school in 2016"', { specialty: { primary: 'family_medicine' }, visa: 'ead', graduationYear: 2016 }],
  ])('%s', (_, p) => {
    const pl = plan(p);
    expect(offered(pl).filter((x) => x.id === '1200531066')).toEqual([]);
  });
  it('a recent graduate still sees it', () => {
    const pl = plan({ specialty: { primary: 'family_medicine' }, visa: 'green_card', graduationYear: 2025, regions: ['rest_of_california'] });
    expect(offered(pl).some((x) => x.id === '1200531066')).toBe(true);
  });
});
