// Round-14 plan families, with files of our own (none taken from a development set): an H-1B route turns on any J-1
// held before (212(e)); a score at or above the matched median is not made weak by the graduation gap alone; and a first
// choice the file can reach keeps the full list even when the backup reads higher.
import { describe, expect, it } from 'vitest';
import { planText } from './judge.js';
import { plan } from '../helpers/j1-im-plan.js';

describe('an H-1B route says what a J-1 held before does to it (212(e), waiver, attorney)', () => {
  it.each([
    ['former university research scholar, now wants H-1B, Step 3 booked', { visa: 'needs_h1b', step3: { status: 'planned' }, research: { publications: 4, posters: 2, years: 2 } }],
    ['H-1B only, Step 3 already passed, family medicine', { visa: 'needs_h1b', step3: { status: 'passed', score: 229 }, specialty: { primary: 'family_medicine' } }],
    ['either visa, pediatrics, Step 3 not taken', { visa: 'either', specialty: { primary: 'pediatrics' } }],
  ])('%s', (_, p) => {
    const text = planText(plan(p));
    expect(text).toMatch(/212\(e\)/);
    expect(text).toMatch(/waiver/);
  });
  it('an applicant who needs no visa is not told about it', () => {
    expect(planText(plan({ visa: 'green_card' }))).not.toMatch(/212\(e\)/);
  });
});

describe('a score at or above the matched median, many years after graduation', () => {
  it.each([
    ['internal medicine 254, graduated 2008, observerships only', { step2ck: { taken: true, score: 254, attempts: 1 }, graduationYear: 2008, usce: { months: 2, kind: 'observership', where: ['other_us'] } }],
    ['family medicine 236, graduated 2004, no US letters', { specialty: { primary: 'family_medicine' }, step2ck: { taken: true, score: 236, attempts: 1 }, graduationYear: 2004, usLors: { count: 0, inSpecialty: false, fromCalifornia: false } }],
    ['pediatrics 243, graduated 2010, green card', { visa: 'green_card', specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 243, attempts: 1 }, graduationYear: 2010 }],
  ])('%s: borderline at worst, and the gap still said', (_, p) => {
    const pl = plan(p);
    expect(['borderline', 'competitive', 'strong']).toContain(pl.standing![0]!.level);
    expect(pl.standing![0]!.factors.find((f) => f.id === 'graduation')!.effect).toBeLessThan(0);
  });
  it.each([
    ['the same gap with a score under the median', { step2ck: { taken: true, score: 244, attempts: 1 }, graduationYear: 2008, usce: { months: 2, kind: 'observership', where: ['other_us'] } }],
    ['a high score after a failed attempt', { step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 255, attempts: 1 }, graduationYear: 2008, usce: { months: 2, kind: 'observership', where: ['other_us'] } }],
  ])('%s earns no such floor', (_, p) => {
    expect(['weak', 'very weak']).toContain(plan(p).standing![0]!.level);
  });
});

describe('a first choice the file can reach keeps the full list beside a higher backup', () => {
  const psych = { specialty: { primary: 'psychiatry', backup: 'family_medicine' }, step2ck: { taken: true, score: 234, attempts: 1 } };
  it.each([
    ['psychiatry first, family medicine higher, J-1', psych],
    ['psychiatry first, family medicine higher, green card, LA and Orange County', { ...psych, visa: 'green_card', regions: ['la_county', 'orange_county'] }],
    ['pediatrics first, family medicine higher, US citizen', { specialty: { primary: 'pediatrics', backup: 'family_medicine' }, step2ck: { taken: true, score: 235, attempts: 1 }, visa: 'us_citizen' }],
    ['OB/GYN first, family medicine far higher, work permit', { specialty: { primary: 'obstetrics_gynecology', backup: 'family_medicine' }, step2ck: { taken: true, score: 239, attempts: 1 }, visa: 'ead' }],
  ])('%s', (_, p) => {
    const pl = plan(p);
    const [first, second] = pl.standing!;
    expect(second!.score).toBeGreaterThan(first!.score);
    expect(['weak', 'very weak']).not.toContain(first!.level);
    const [a, b] = pl.applications.perSpecialty!;
    expect(a!.specialty).toBe((p.specialty as { primary: string }).primary);
    expect(a!.min).toBeGreaterThan(b!.min);
  });
  // (merged with trial14b's count rule: a weak first choice keeps its own full list and the higher backup gets a full list beside it)
  it('a first choice that reads weak gets the higher backup\'s full list beside its own', () => {
    const pl = plan({ specialty: { primary: 'psychiatry', backup: 'family_medicine' }, step2ck: { taken: true, score: 224, attempts: 1 }, usce: { months: 0, kind: 'none', where: [] } });
    const [first] = pl.standing!;
    expect(['weak', 'very weak']).toContain(first!.level);
    const [a, b] = pl.applications.perSpecialty!;
    expect(b!.min).toBeGreaterThanOrEqual(60);
    expect(a!.min).toBeGreaterThanOrEqual(60);
  });
  // the warning says the counts' own decision: a citizen needs no visa, so no visa evidence is given as the reason
  it.each([
    ['a US citizen, psychiatry very weak, family medicine a level higher', { visa: 'us_citizen' }],
    ['a J-1 seeker with the same file', { visa: 'needs_j1' }],
  ])('%s: the warning says the backup gets a full list beside the first choice, never a visa reason it did not have', (_, v) => {
    const pl = plan({ ...v, specialty: { primary: 'psychiatry', backup: 'family_medicine' }, step2ck: { taken: true, score: 230, attempts: 1 }, usce: { months: 0, kind: 'none', where: [] }, usLors: { count: 0 }, graduationYear: 2019 });
    const [first, second] = pl.standing!;
    expect(second!.score).toBeGreaterThanOrEqual(first!.score + 10);
    const text = planText(pl);
    expect(text).toContain('gets a full list of its own beside it');
    expect(text).not.toContain('show they take your visa');
  });
});
