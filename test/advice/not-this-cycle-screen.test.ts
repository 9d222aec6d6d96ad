// When the plan advises not applying this cycle, the count reads only as "if you apply anyway", after the pointer to
// the 12-month plan on the first screen and after the dated months in "steps"; a score at the bottom of the scale never reads as 0/100 anywhere.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { scoreWords } from '../../src/domain/score-words.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { renderPlanText, renderWholePlanText } from '../../src/render/plan-text.js';
import { PROFILES } from '../fixtures/plans/real.js';
import { APPLICANTS as A } from '../helpers/applicants.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const unwrap = (t: string) => t.replace(/\n\s+/g, ' ');

describe.each([
  ['weak H-1B, LA and Orange County', { ...PROFILES.weak, step1: { result: 'passed', attempts: 2 } }],
  ['weak J-1, LA only', { ...A.weakOld, regions: ['la_county'] }],
])('not this cycle (%s)', (_, profile) => {
  const pl = buildPlan(profile as Profile, FULL_KB, NOW);
  const first = unwrap(renderPlanText(pl));
  it('is advised, and the count reads only as "if you apply anyway", after the dated plan', () => {
    expect(pl.notThisCycle).toBeDefined();
    expect(first).not.toMatch(/(^|\n)\s*Apply to \d/);
    const anyway = first.indexOf('If you apply anyway:');
    expect(anyway).toBeGreaterThan(first.indexOf('Not this cycle'));
    const steps = unwrap(renderPlanText(pl, { kind: 'steps' }));
    for (const m of pl.notThisCycle!.months) expect(steps.indexOf(`By ${m.by}:`)).toBeLessThan(steps.indexOf('If you apply this cycle anyway'));
  });
  it('never shows a score of 0/100', () => {
    expect(renderWholePlanText(pl)).not.toMatch(/\b0\/100/);
  });
});

describe('score words', () => {
  it.each([[0, 'under 5/100'], [4, 'under 5/100'], [5, '5/100'], [46, '46/100'], [100, '100/100']])('%i reads %s', (n, words) => {
    expect(scoreWords(n)).toBe(words);
  });
});
