// Steps fit what the applicant told us: LA and California steps only when a California region is chosen, and an EM
// applicant whose letters are already in EM (SLOEs) is not told to get SLOEs or more US letters.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { APPLICANTS as A } from '../helpers/applicants.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const stepIds = (p: Profile) => { const pl = buildPlan(p, FULL_KB, NOW); return [...(pl.firstSteps ?? []), ...(pl.nextSteps ?? [])].map((s) => s.id); };
const CALIFORNIA_STEPS = ['interview-la-values', 'california-letter', 'california-licence', 'la-ties-missing', 'la-harder', 'core-extended-list'];
const noTies = { family: false, lived: false, trained: false };

describe('LA and California steps only when a California region is chosen', () => {
  it.each([
    ['anywhere in the US, interviewing', { ...A.h1bWithStep3, regions: ['anywhere'], laTies: noTies, stage: 'interviewing' }],
    ['anywhere in the US, applying', { ...A.typicalJ1, regions: ['anywhere'], laTies: noTies }],
    ['other states only', { ...A.typicalJ1, regions: ['other_us'], laTies: noTies, stage: 'interviewing' }],
  ])('%s: none of them', (_, p) => {
    const ids = stepIds(p as Profile);
    for (const id of CALIFORNIA_STEPS) expect(ids, id).not.toContain(id);
  });
  it.each([
    ['LA County', ['la_county']],
    ['LA and anywhere', ['la_county', 'anywhere']],
    ['rest of California', ['rest_of_california']],
  ])('%s: the California licence step is there', (_, regions) => {
    expect(stepIds({ ...A.typicalJ1, regions, stage: 'interviewing' } as Profile)).toEqual(expect.arrayContaining(['california-licence', 'interview-la-values']));
  });
});

describe('EM letters: SLOEs are letters in the specialty', () => {
  const em = { ...A.typicalJ1, specialty: { primary: 'emergency_medicine' } };
  it.each([
    ['2 EM letters (SLOEs)', { count: 2, inSpecialty: true }, []],
    ['3 EM letters', { count: 3, inSpecialty: true }, []],
    ['1 EM letter', { count: 1, inSpecialty: true }, ['em-sloes', 'few-us-letters']],
    ['2 letters outside EM', { count: 2, inSpecialty: false }, ['em-sloes', 'few-us-letters']],
  ])('%s', (_, usLors, expected) => {
    const ids = stepIds({ ...em, usLors } as Profile);
    for (const id of ['em-sloes', 'few-us-letters']) expect(ids.includes(id), id).toBe(expected.includes(id));
  });
  it('an internal medicine applicant with two letters is still told to get a third', () => {
    expect(stepIds({ ...A.typicalJ1, usLors: { count: 2, inSpecialty: true } } as Profile)).toContain('few-us-letters');
  });
});

describe('a step that needs another comes after it', () => {
  it('an H-1B applicant without Step 2 CK is told to take Step 2 CK before Step 3', async () => {
    const { buildPlan } = await import('../../src/plan/build-plan.js');
    const { FULL_KB } = await import('../helpers/plan-kb.js');
    const pl = buildPlan({ specialty: { primary: 'general_surgery' }, visa: 'needs_h1b', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: false }, step3: { status: 'not_taken' }, graduationYear: 2023, usce: { months: 0, kind: 'none', where: [] }, regions: ['anywhere'] }, FULL_KB, new Date('2026-12-06T00:00:00Z'));
    const ids = pl.nextSteps.map((s) => s.id);
    expect(ids.indexOf('step2ck-not-taken')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('h1b-needs-step3')).toBeGreaterThan(ids.indexOf('step2ck-not-taken'));
    const first = (pl.firstSteps ?? []).map((s) => s.id);
    if (first.includes("h1b-needs-step3")) expect(first.indexOf('h1b-needs-step3')).toBeGreaterThan(first.indexOf('step2ck-not-taken'));
  });
});
