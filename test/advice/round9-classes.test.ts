// Round-9 families, each with files of our own (none taken from a development set).
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { profileSchema, type Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { CLASS_BASE, CLASS_NOW, classPlan } from '../helpers/plan-base.js';

const NOW = CLASS_NOW;
const base = CLASS_BASE;
const plan = classPlan;
const rich: Partial<Profile> = {
  usce: { months: 6, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true },
  languages: ['English', 'Spanish'], laTies: { family: true, lived: true, trained: true },
  regions: ['la_county', 'orange_county', 'san_diego'], research: { publications: 3, posters: 2 },
};

describe('a Step 2 CK nearer the mean of those who did not match than of those who did: the rest of the file makes it borderline at most', () => {
  it.each([
    ['pediatrics 236 (unmatched mean 234, matched 241), six months hands-on in LA, Spanish, ties', { ...rich, specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 236, attempts: 1 } }],
    ['internal medicine 243 (unmatched 242, matched 249), everything else strong, no visa need', { ...rich, visa: 'green_card', step2ck: { taken: true, score: 243, attempts: 1 } }],
    ['psychiatry 238 (unmatched 237, matched 242), EAD, a year hands-on', { ...rich, visa: 'ead', specialty: { primary: 'psychiatry' }, step2ck: { taken: true, score: 238, attempts: 1 }, usce: { months: 12, kind: 'hands_on', where: ['la_county'] } }],
    ['OB/GYN 240 (unmatched 238, matched 245), US citizen, recent, letters from California', { ...rich, visa: 'us_citizen', specialty: { primary: 'obstetrics_gynecology' }, step2ck: { taken: true, score: 240, attempts: 1 } }],
    ['emergency medicine 239 (unmatched 236, matched 244), either visa, three SLOE-style letters', { ...rich, visa: 'either', specialty: { primary: 'emergency_medicine' }, step2ck: { taken: true, score: 239, attempts: 1 } }],
    ['a predicted internal medicine 248 counts 5 lower (243) until it is real', { ...rich, visa: 'green_card', step2ck: { taken: false, predicted: 248 } }],
  ] as const)('%s', (_, p) => {
    const st = plan(p as Partial<Profile>).standing![0]!;
    expect(['borderline', 'weak', 'very weak']).toContain(st.level);
    // the plan says why: the score sits with those who did not match
    const ck = st.factors.find((f) => f.id === 'step2ck')!;
    if (st.level === 'borderline') expect(ck.text).toMatch(/did not match/);
  });
  it('the same rich files a few points above the midpoint can still be competitive', () => {
    for (const p of [
      { ...rich, specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 240, attempts: 1 } },
      // plan20: competitive also needs the matched median (internal medicine 251, 2026), so 251 rather than 248
      { ...rich, visa: 'green_card', step2ck: { taken: true, score: 251, attempts: 1 } },
      { ...rich, visa: 'ead', specialty: { primary: 'psychiatry' }, step2ck: { taken: true, score: 241, attempts: 1 } },
    ] as Partial<Profile>[]) expect(['competitive', 'strong']).toContain(plan(p).standing![0]!.level);
  });
  it('where matched and unmatched applicants scored alike (family medicine, means 231 and 232), the score above the screening line earns nothing and the rest decides', () => {
    const fm = (p: Partial<Profile>) => plan({ specialty: { primary: 'family_medicine' }, visa: 'ead', ...p }).standing![0]!;
    const ckEffect = (score: number) => fm({ step2ck: { taken: true, score, attempts: 1 } }).factors.find((f) => f.id === 'step2ck')!.effect;
    for (const score of [227, 230, 233, 237]) expect(ckEffect(score)).toBe(0);
    expect(ckEffect(215)).toBeLessThan(0);
    // nine years out, three months hands-on, two letters: borderline whatever the CK inside the matched range
    for (const score of [228, 231, 234]) expect(fm({ graduationYear: 2017, step2ck: { taken: true, score, attempts: 1 } }).level).toBe('borderline');
    // a rich recent file at the matched median (230) is competitive with no help from the score; under it, borderline
    // at most (plan20: the lower half of those who matched is not a typical matched applicant's score)
    expect(['competitive', 'strong']).toContain(fm({ ...rich, step2ck: { taken: true, score: 230, attempts: 1 } }).level);
    expect(fm({ ...rich, step2ck: { taken: true, score: 228, attempts: 1 } }).level).toBe('borderline');
  });
  it('a file without a Step 2 CK score is never competitive, however rich the rest (an unknown never counts in favour)', () => {
    expect(['borderline', 'weak', 'very weak']).toContain(plan({ ...rich, visa: 'us_citizen', step2ck: { taken: false } }).standing![0]!.level);
  });
});

describe('a couples match: both lists must meet in the same cities, so each partner applies to more programs than alone', () => {
  it.each([
    ['J-1, IM, partner in psychiatry who also needs a visa', { couples: { matching: true, partnerSpecialty: 'psychiatry', partnerNeedsVisa: true } }],
    ['green card, family medicine, partner in pediatrics with no visa need', { visa: 'green_card', specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 236, attempts: 1 }, couples: { matching: true, partnerSpecialty: 'pediatrics', partnerNeedsVisa: false } }],
    ['either visa, strong IM file, partner specialty not given', { visa: 'either', step2ck: { taken: true, score: 262, attempts: 1 }, usLors: { count: 3, inSpecialty: true, fromCalifornia: false }, couples: { matching: true } }],
    ['J-1, weak IM file with an FM backup, partner in neurology', { step2ck: { taken: true, score: 229, attempts: 1 }, specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, couples: { matching: true, partnerSpecialty: 'neurology' } }],
    ['US citizen, psychiatry, partner in internal medicine needing a J-1', { visa: 'us_citizen', specialty: { primary: 'psychiatry' }, step2ck: { taken: true, score: 244, attempts: 1 }, couples: { matching: true, partnerSpecialty: 'internal_medicine', partnerNeedsVisa: true } }],
  ] as const)('%s', (_, p) => {
    const together = plan(p as Partial<Profile>);
    const alone = plan({ ...(p as Partial<Profile>), couples: { matching: false } });
    const first = (pl: Plan) => pl.applications.perSpecialty?.[0] ?? pl.applications;
    expect(first(together).min).toBeGreaterThan(first(alone).min);
    expect(first(together).max).toBeGreaterThan(first(alone).max);
    expect(first(together).why ?? together.applications.why).toMatch(/couple/);
  });
});

describe('a clean file whose Step 2 CK is inside the range of those who matched is borderline at worst, whatever its fixable gaps', () => {
  it.each([
    ['pathology 236, J-1, two months of observerships, two research letters, a research record', { specialty: { primary: 'pathology' }, step2ck: { taken: true, score: 236, attempts: 1 }, usce: { months: 2, kind: 'observership', where: ['other_us'] }, usLors: { count: 2, inSpecialty: true, fromCalifornia: false, kind: 'research' }, research: { publications: 5, posters: 2, years: 1 } }],
    ['internal medicine 242, J-1, no US experience yet, one letter', { step2ck: { taken: true, score: 242, attempts: 1 }, usce: { months: 0, kind: 'none', where: [] }, usLors: { count: 1, inSpecialty: true, fromCalifornia: false } }],
    ['pediatrics 234, H-1B without Step 3, one month of observership', { visa: 'needs_h1b', specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 234, attempts: 1 }, usce: { months: 1, kind: 'observership', where: ['other_us'] } }],
    ['psychiatry 231, J-1, no US letters, observerships only', { specialty: { primary: 'psychiatry' }, step2ck: { taken: true, score: 231, attempts: 1 }, usce: { months: 3, kind: 'observership', where: ['other_us'] }, usLors: { count: 0 } }],
    ['emergency medicine 236, either visa, no US experience, two letters outside the specialty', { visa: 'either', specialty: { primary: 'emergency_medicine' }, step2ck: { taken: true, score: 236, attempts: 1 }, usce: { months: 0, kind: 'none', where: [] }, usLors: { count: 2, inSpecialty: false, fromCalifornia: false } }],
  ] as const)('%s', (_, p) => {
    expect(['borderline', 'competitive', 'strong']).toContain(plan(p as unknown as Partial<Profile>).standing![0]!.level);
  });
  it('the floor needs a clean record: a failed attempt, an old graduation, or a score under the matched first quartile can still read weak', () => {
    const gaps: Partial<Profile> = { usce: { months: 0, kind: 'none', where: [] }, usLors: { count: 0 }, visa: 'needs_h1b' };
    expect(['weak', 'very weak']).toContain(plan({ ...gaps, step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 242, attempts: 1 } }).standing![0]!.level);
    expect(['weak', 'very weak']).toContain(plan({ ...gaps, graduationYear: 2015, step2ck: { taken: true, score: 242, attempts: 1 } }).standing![0]!.level);
    expect(['weak', 'very weak']).toContain(plan({ ...gaps, step2ck: { taken: true, score: 236, attempts: 1 } }).standing![0]!.level);
  });
  // round 11: an unknown is read as its worst known value (none), never in favour and never below none
  it('an answer not given earns no more than none would, and no less', () => {
    const { usce: _u, usLors: _l, ...rest } = base;
    const level = (extra: Partial<Profile>) => buildPlan(profileSchema.parse({ ...rest, ...extra, visa: 'needs_h1b', step2ck: { taken: true, score: 242, attempts: 1 } }), FULL_KB, NOW).standing![0]!;
    const unknown = level({});
    const none = level({ usce: { months: 0, kind: 'none', where: [] }, usLors: { count: 0 } });
    expect(unknown.level).toBe(none.level);
    expect(unknown.score).toBeLessThanOrEqual(none.score);
  });
});

describe('one low number alone, with the rest of the file better than a typical visa seeker\'s, reads weak, not very weak', () => {
  it.each([
    ['internal medicine 215, J-1, two months mixed, one letter', { step2ck: { taken: true, score: 215, attempts: 1 }, usce: { months: 2, kind: 'mixed', where: ['other_us'] }, usLors: { count: 1, inSpecialty: true } }],
    ['neurology 214, either visa, three months hands-on, two letters', { visa: 'either', specialty: { primary: 'neurology' }, step2ck: { taken: true, score: 214, attempts: 1 } }],
    ['pediatrics 207, J-1, two months hands-on', { specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 207, attempts: 1 }, usce: { months: 2, kind: 'hands_on', where: ['other_us'] } }],
    ['psychiatry 203, EAD, Spanish, one US letter', { visa: 'ead', specialty: { primary: 'psychiatry' }, step2ck: { taken: true, score: 203, attempts: 1 }, languages: ['Spanish', 'English'], usLors: { count: 1, inSpecialty: true } }],
    ['family medicine 198, green card, four months hands-on in San Diego', { visa: 'green_card', specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 198, attempts: 1 }, usce: { months: 4, kind: 'hands_on', where: ['san_diego'] }, regions: ['san_diego', 'other_us'] }],
  ] as const)('%s', (_, p) => {
    expect(plan(p as Partial<Profile>).standing![0]!.level).toBe('weak');
  });
  it('a score thirty points under the matched first quartile, or a rest no better than typical, can still read very weak', () => {
    expect(plan({ step2ck: { taken: true, score: 205, attempts: 1 } }).standing![0]!.level).toBe('very weak');
    expect(plan({ step2ck: { taken: true, score: 219, attempts: 2 }, usce: { months: 1, kind: 'observership', where: ['other_us'] }, usLors: { count: 0 }, graduationYear: 2016 }).standing![0]!.level).toBe('very weak');
  });
});

describe('round 11: US experience or letters not given read as none, never below it', () => {
  const files: [string, Partial<Profile>][] = [
    ['pediatrics 236, J-1, two letters, USCE not given', { specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 236, attempts: 1 }, usLors: { count: 2, inSpecialty: true } }],
    ['family medicine 232, J-1, USCE not given', { specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 232, attempts: 1 } }],
    ['psychiatry 240, green card, letters not given', { specialty: { primary: 'psychiatry' }, visa: 'green_card', step2ck: { taken: true, score: 240, attempts: 1 } }],
    ['internal medicine 245, J-1, neither given', { step2ck: { taken: true, score: 245, attempts: 1 } }],
    ['neurology 238, either visa, USCE not given', { specialty: { primary: 'neurology' }, visa: 'either', step2ck: { taken: true, score: 238, attempts: 1 } }],
  ];
  it.each(files)('%s: the unknown file stands where the file with none stands, never above', (_, p) => {
    const { usce: _u, usLors: _l, ...rest } = base;
    const stand = (extra: Partial<Profile>) => buildPlan(profileSchema.parse({ ...rest, ...p, ...extra }), FULL_KB, NOW).standing![0]!;
    const unknown = stand({});
    const none = stand({ ...(p.usce ? {} : { usce: { months: 0, kind: 'none', where: [] } }), ...(p.usLors ? {} : { usLors: { count: 0 } }) });
    expect(unknown.level).toBe(none.level);
    expect(unknown.score).toBeLessThanOrEqual(none.score);
  });
  it('look-alikes: some USCE or letters shown still stand above none', () => {
    const { usce: _u, usLors: _l, ...rest } = base;
    const stand = (extra: Partial<Profile>) => buildPlan(profileSchema.parse({ ...rest, step2ck: { taken: true, score: 236, attempts: 1 }, ...extra }), FULL_KB, NOW).standing![0]!.score;
    expect(stand({ usce: { months: 6, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true } })).toBeGreaterThan(stand({}));
  });
});
