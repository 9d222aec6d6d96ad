// Proves the hand-made plan fixtures still have the shape of a Plan, so renderer tests never pass on a stale plan.
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/domain/plan-schema.js';
import { FIXTURE_NAMES, fixturePlan } from '../fixtures/plans/index.js';

describe('plan fixtures', () => {
  it.each(FIXTURE_NAMES)('the %s fixture is a valid plan', (name) => {
    const result = planSchema.safeParse(fixturePlan(name));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('a plan with a renamed field is refused', () => {
    const { caveats, ...rest } = fixturePlan('typical');
    expect(planSchema.safeParse({ ...rest, caveat: caveats }).success).toBe(false);
  });
});
