// One plan tells one story: "not this cycle" never sits next to "send applications now", no count reads "0 programs"
// or "114–114", and no dated step asks for an exam before its prerequisites (Step 3 needs the MD degree and ECFMG
// certification). Applicants written for this test, not taken from the dev sets.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { renderWholePlanText } from '../../src/render/plan-text.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const LATE = new Date('2026-11-20T12:00:00Z');
const SPRING = new Date('2026-03-10T12:00:00Z');
const APPLY_NOW = new Set(FULL_KB.rules.filter((r) => r.applyingNow).map((r) => r.id));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthKey = (by: string) => { const [m, y] = by.split(' '); return Number(y) * 12 + MONTHS.indexOf(m!); };

const weakBase = { step1: { result: 'passed', attempts: 2 }, stage: 'applying', step3: { status: 'not_taken' } } as const;
/** Very weak files, each limited to Los Angeles or Southern California. */
const VERY_WEAK: [string, Profile][] = [
  ['IM, CK 204 on a third try, graduated 2008, no USCE, J-1, LA only', { ...weakBase, specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step2ck: { taken: true, score: 204, attempts: 3 }, graduationYear: 2008, usce: { months: 0, kind: 'none' }, usLors: { count: 0 }, regions: ['la_county'] } as Profile],
  ['FM, CK 206, graduated 2010, one month observing, H-1B, LA and Orange County', { ...weakBase, specialty: { primary: 'family_medicine' }, visa: 'needs_h1b', step2ck: { taken: true, score: 206, attempts: 2 }, graduationYear: 2010, usce: { months: 1, kind: 'observership', where: ['la_county'] }, usLors: { count: 0 }, regions: ['la_county', 'orange_county'] } as Profile],
  ['psychiatry, CK 209, graduated 2011, no letters, J-1, LA only', { ...weakBase, specialty: { primary: 'psychiatry' }, visa: 'needs_j1', step2ck: { taken: true, score: 209, attempts: 2 }, graduationYear: 2011, usce: { months: 0, kind: 'none' }, usLors: { count: 0 }, regions: ['la_county'] } as Profile],
  ['pediatrics, CK 207, graduated 2009, J-1, San Diego only', { ...weakBase, specialty: { primary: 'pediatrics' }, visa: 'needs_j1', step2ck: { taken: true, score: 207, attempts: 3 }, graduationYear: 2009, usce: { months: 0, kind: 'none' }, usLors: { count: 1 }, regions: ['san_diego'] } as Profile],
];

describe.each(VERY_WEAK)('not this cycle, and nothing that says apply now (%s)', (_, profile) => {
  for (const now of [LATE, SPRING]) {
    const pl = buildPlan(profile, FULL_KB, now);
    it(`on ${now.toISOString().slice(0, 10)}: the plan waits, and every "apply now" step reads as "if you apply anyway"`, () => {
      expect(pl.notThisCycle).toBeDefined();
      for (const s of pl.firstSteps ?? []) expect(APPLY_NOW.has(s.id)).toBe(false);
      for (const s of pl.nextSteps) if (APPLY_NOW.has(s.id)) expect(s.title).toMatch(/^If you apply this cycle anyway: /);
      expect(pl.notThisCycle!.why).not.toMatch(/\b0 (programs|realistic)/);
    });
    it(`on ${now.toISOString().slice(0, 10)}: the dated months run in order`, () => {
      const keys = pl.notThisCycle!.months.map((m) => monthKey(m.by));
      expect(keys).toEqual([...keys].sort((x, y) => x - y));
    });
  }
});

/** Final-year students (not yet graduated) who need an H-1B and stand weak enough to wait. */
const STUDENTS: [string, Profile, number][] = [
  ['IM, graduating 2027, CK 205', { ...weakBase, specialty: { primary: 'internal_medicine' }, visa: 'needs_h1b', step2ck: { taken: true, score: 205, attempts: 2 }, graduationYear: 2027, usce: { months: 0, kind: 'none' }, usLors: { count: 0 }, regions: ['la_county'] } as Profile, 2027],
  ['FM, graduating 2028, CK 208', { ...weakBase, specialty: { primary: 'family_medicine' }, visa: 'needs_h1b', step2ck: { taken: true, score: 208, attempts: 2 }, graduationYear: 2028, usce: { months: 0, kind: 'none' }, usLors: { count: 0 }, regions: ['la_county'] } as Profile, 2028],
  ['psychiatry, graduating 2027, Step 2 CK not yet taken', { ...weakBase, step1: { result: 'passed', attempts: 2 }, specialty: { primary: 'psychiatry' }, visa: 'needs_h1b', step2ck: { taken: false }, graduationYear: 2027, usce: { months: 0, kind: 'none' }, usLors: { count: 0 }, regions: ['la_county'] } as Profile, 2027],
];

describe.each(STUDENTS)('a student is never asked to pass Step 3 before the degree (%s)', (_, profile, grad) => {
  const pl = buildPlan(profile, FULL_KB, LATE);
  it('no dated "pass Step 3" falls before graduation and certification', () => {
    for (const m of pl.notThisCycle?.months ?? []) {
      if (/^pass Step 3/.test(m.what)) expect(monthKey(m.by)).toBeGreaterThanOrEqual(grad * 12 + 6);
    }
  });
  it('the H-1B step says Step 3 waits for the degree instead of "pass it before rank lists"', () => {
    const ids = pl.nextSteps.map((s) => s.id);
    expect(ids).not.toContain('h1b-needs-step3');
    expect(ids).toContain('step3-after-graduation');
  });
  it('Step 2 CK comes before Step 3 when it is still ahead', () => {
    const months = pl.notThisCycle?.months ?? [];
    const ck = months.findIndex((m) => /Step 2 CK/.test(m.what) && /^take/.test(m.what));
    const s3 = months.findIndex((m) => /Step 3/.test(m.what) && !/^take Step 2 CK/.test(m.what));
    if (profile.step2ck?.taken === false) expect(ck).toBeGreaterThanOrEqual(0);
    if (ck >= 0 && s3 >= 0) expect(ck).toBeLessThan(s3);
  });
});

describe('a graduate who needs an H-1B still gets the dated Step 3 month', () => {
  it('graduated 2015, very weak, H-1B: "pass Step 3" is dated', () => {
    const pl = buildPlan(VERY_WEAK[1]![1], FULL_KB, LATE);
    expect(pl.notThisCycle!.months.some((m) => /^pass Step 3/.test(m.what))).toBe(true);
    expect(pl.nextSteps.map((s) => s.id)).toContain('h1b-needs-step3');
  });
});

describe('count ranges never print equal ends', () => {
  const all: Profile[] = [...VERY_WEAK.map(([, p]) => p), ...STUDENTS.map(([, p]) => p)];
  it.each(all.map((p, i) => [i, p] as const))('applicant %i', (_, p) => {
    const text = renderWholePlanText(buildPlan(p, FULL_KB, LATE));
    expect(text).not.toMatch(/\b(\d+)–\1\b/);
    expect(text).not.toMatch(/(\$[\d,]+)–\1(?![\d,])/);
  });
});
