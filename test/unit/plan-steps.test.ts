// Proves next steps are ranked by the applicant's gaps (ties by gap size, never by id) and that gating steps come first.
import { describe, expect, it } from 'vitest';
import type { NextStep, Standing } from '../../src/domain/plan.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { firstSteps, gapSizes, rankSteps } from '../../src/plan/first-steps.js';
import { APPLICANTS } from '../helpers/applicants.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const step = (id: string, priority: number, gap?: string): NextStep & { gap?: string } => ({ id, title: id, detail: `${id} detail`, priority, ...(gap ? { gap } : {}) });
const standing = (effects: Record<string, number>, score = 50): Standing => ({
  specialty: 'internal_medicine', role: 'primary', score, level: 'borderline', line: '',
  factors: Object.entries(effects).map(([id, effect]) => ({ id, effect, text: id, source: 's' })),
});

describe('rankSteps', () => {
  it('breaks a priority tie by the larger gap, not by id', () => {
    const gaps = gapSizes(standing({ letters: -12, usce: -4 }));
    const out = rankSteps([step('a-usce', 3, 'usce'), step('b-letters', 3, 'letters')], gaps);
    expect(out.map((s) => s.id)).toEqual(['b-letters', 'a-usce']);
  });
  it('lets a large gap lift a step above a generic step of a better priority', () => {
    const gaps = gapSizes(standing({ step2ck: -30 }));
    expect(rankSteps([step('generic', 2), step('ck', 4, 'step2ck')], gaps).map((s) => s.id)).toEqual(['ck', 'generic']);
  });
  it('counts how far the whole file sits below the base as the `overall` gap', () => {
    expect(gapSizes(standing({}, 20)).get('overall')).toBe(20);
    expect(gapSizes(standing({}, 70)).has('overall')).toBe(false);
  });
  it('keeps at most five first steps and drops the gap field', () => {
    const out = firstSteps(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => step(id, 3, 'usce')), new Map([['usce', 4]]));
    expect(out).toHaveLength(5);
    expect(out.every((s) => !('gap' in s))).toBe(true);
  });
  it('leaves out of the first steps a step aimed at a gap the applicant does not have', () => {
    const gaps = gapSizes(standing({ letters: -8 }));
    const out = firstSteps([step('ck-low', 2, 'step2ck'), step('letters', 3, 'letters'), step('generic', 4)], gaps);
    expect(out.map((s) => s.id)).toEqual(['letters', 'generic']);
  });
});

describe('gating steps', () => {
  it('a Step 1 not yet passed comes first', () => {
    const pl = buildPlan({ ...APPLICANTS.averageFm, step1: { result: 'failed', attempts: 1 } }, FULL_KB, new Date('2026-12-01T00:00:00Z'));
    expect(pl.firstSteps![0]!.id).toBe('step1-not-passed');
    expect(pl.standing![0]!.factors.find((f) => f.id === 'fails')!.text).toMatch(/not yet passed/);
  });
  it('a complete profile is never asked to write down what it just told us', () => {
    for (const p of Object.values(APPLICANTS)) {
      expect(buildPlan(p, FULL_KB, new Date('2026-12-01T00:00:00Z')).nextSteps.map((s) => s.id)).not.toContain('self-assessment');
    }
  });
});
