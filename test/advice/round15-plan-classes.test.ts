// Round-15 plan families, with files of our own (none taken from a development set): resident H-1B filings made before
// the $100,000 new-petition fee are no evidence that a program files a new H-1B now, so an H-1B-only applicant's
// programs resting on them are checked first, never targets; a reapplicant whose score is under the matched first
// quartile reads weak at most; and a short list in the chosen regions is said by name.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { planText } from './judge.js';
import { base, plan } from '../helpers/j1-im-plan.js';

const good = (pl: Plan) => [...pl.tiers.target, ...pl.tiers.safety];
const restsOnFilings = (pl: Plan) => good(pl).filter((p) => p.evidence?.basisCode?.code === 'evidence.h1b_filings');

describe('H-1B only: filings from before the new-petition fee are checked first, not targets', () => {
  it.each([
    ['"H-1B or nothing, Step 3 passed with 236, family medicine, happy to go anywhere"', { visa: 'needs_h1b', specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 241, attempts: 1 }, step3: { status: 'passed', score: 236 } }],
    ['"my husband works in Texas on H-1B, I want my own H-1B, IM 252, Step 3 done, Texas or anywhere"', { visa: 'needs_h1b', step2ck: { taken: true, score: 252, attempts: 1 }, step3: { status: 'passed', score: 240 }, regions: ['other_us', 'anywhere'] }],
    ['"no J-1 please, psychiatry, CK 245, Step 3 booked for March"', { visa: 'needs_h1b', specialty: { primary: 'psychiatry' }, step2ck: { taken: true, score: 245, attempts: 1 }, step3: { status: 'planned' } }],
  ])('%s', (_, p) => {
    const pl = plan(p);
    expect(restsOnFilings(pl)).toEqual([]);
    // the filings still show in the check-first group, with the fee and its date said
    const said = (pl.unverified ?? []).flatMap((u) => u.reasonCodes ?? []).filter((r) => r.code === 'evidence.filings_before_fee');
    expect(said.length).toBeGreaterThan(0);
    expect(said[0]!.params).toMatchObject({ feeUsd: 100000, feeSince: '21 September 2025' });
    expect(planText(pl)).toMatch(/100,000/);
  });
  it.each([
    ['"J-1 is fine, IM 238"', {}],
    ['"either visa works, IM 246, Step 3 passed"', { visa: 'either', step2ck: { taken: true, score: 246, attempts: 1 }, step3: { status: 'passed', score: 230 } }],
  ])('%s: a route open beyond H-1B still reads the filings as evidence of IMG intake', (_, p) => {
    expect(good(plan(p)).length).toBeGreaterThan(0);
  });
});

describe('a reapplicant whose Step 2 CK is under the matched first quartile reads weak at most', () => {
  it.each([
    ['"second try, went unmatched last March, CK 237, did 8 more months hands-on in Ohio, 4 letters"', { stage: 'reapplying', step2ck: { taken: true, score: 237, attempts: 1 }, usce: { months: 11, kind: 'hands_on', where: ['other_us'] } }],
    ['"third cycle for family medicine, 218 on CK, green card now, US letters from my preceptor"', { stage: 'reapplying', visa: 'green_card', specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 218, attempts: 1 } }],
    ['"reapplying to peds, 230 on CK, research year since, 5 posters"', { stage: 'reapplying', specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 230, attempts: 1 }, research: { publications: 2, posters: 5, years: 1 } }],
  ])('%s', (_, p) => {
    const st = plan(p).standing![0]!;
    expect(['weak', 'very weak']).toContain(st.level);
    // when the cap binds, the reapplication factor says why, with the quartile it reads
    const f = st.factors.find((x) => x.id === 'reapplying')!;
    if (st.score === 44) expect(f.params).toMatchObject({ q1: expect.any(Number), maxLevel: 'weak' });
  });
  it.each([
    ['the same file on its first cycle', { stage: 'applying', step2ck: { taken: true, score: 237, attempts: 1 }, usce: { months: 11, kind: 'hands_on', where: ['other_us'] } }],
    ['a reapplicant at the quartile or above', { stage: 'reapplying', step2ck: { taken: true, score: 246, attempts: 1 }, usce: { months: 11, kind: 'hands_on', where: ['other_us'] } }],
  ])('%s is not held down by it', (_, p) => {
    expect(['borderline', 'competitive', 'strong']).toContain(plan(p).standing![0]!.level);
  });
});

describe('"apply to all of them" names them when the chosen regions hold only a few', () => {
  const hold = (pl: Plan) => (pl.warningCodes ?? []).find((w) => w.code === 'warning.regions_hold_few');
  it.each([
    ['"US citizen, psychiatry, I have to stay in the Inland Empire near my parents"', { visa: 'us_citizen', specialty: { primary: 'psychiatry' }, regions: ['inland_empire'] }],
    ['"green card, neurology, San Diego only, my wife works at the base"', { visa: 'green_card', specialty: { primary: 'neurology' }, regions: ['san_diego'] }],
    ['"pathology, work permit, Orange County or San Diego"', { visa: 'ead', specialty: { primary: 'pathology' }, regions: ['orange_county', 'san_diego'] }],
  ])('%s', (_, p) => {
    const pl = plan(p);
    const w = hold(pl);
    expect(w).toBeDefined();
    const n = w!.params.inRegions as number;
    if (n <= 10) {
      const names = w!.params.names as string[];
      expect(names.length).toBeGreaterThan(0);
      // each name is a program the plan lists or checks in those regions, and the words carry them
      const listed = [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...(pl.unverified ?? [])].map((x) => x.name.replace(/\s+Program$/i, ''));
      for (const name of names) expect(listed).toContain(name);
      expect(planText(pl)).toContain(names[0]!.toLowerCase());
    } else expect(w!.params.names).toBeUndefined();
  });
});

describe('a Step 2 CK under the unmatched applicants\' first quartile reads weak at most, however rich the rest', () => {
  const rich = { usce: { months: 8, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 4, inSpecialty: true, fromCalifornia: true }, laTies: { family: true, lived: true, trained: false }, regions: ['la_county', 'anywhere'] };
  it.each([
    ['"green card, EM, 219 on CK, 8 months of ER scribing-turned-externship in LA, 4 SLOEs"', { ...rich, visa: 'green_card', specialty: { primary: 'emergency_medicine' }, step2ck: { taken: true, score: 219, attempts: 1 } }],
    ['"US citizen from the Caribbean, neurology, CK 228, lots of LA rotations"', { ...rich, visa: 'us_citizen', specialty: { primary: 'neurology' }, step2ck: { taken: true, score: 228, attempts: 1 } }],
    ['"pediatrics on my asylum work permit, 220, four California letters"', { ...rich, visa: 'ead', specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 220, attempts: 1 } }],
  ])('%s', (_, p) => {
    const st = plan(p).standing![0]!;
    expect(['weak', 'very weak']).toContain(st.level);
    const ck = st.factors.find((f) => f.id === 'step2ck')!;
    if (st.score === 44) expect(ck.params).toMatchObject({ screenedUnder: expect.any(Number) });
  });
  it.each([
    ['family medicine, where matched and unmatched scored alike: the rest decides', { ...rich, visa: 'green_card', specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 222, attempts: 1 } }],
    ['internal medicine at the unmatched quartile itself', { ...rich, visa: 'green_card', step2ck: { taken: true, score: 233, attempts: 1 } }],
  ])('%s is not held down by it', (_, p) => {
    expect(['borderline', 'competitive', 'strong']).toContain(plan(p).standing![0]!.level);
  });
});
