// Trial-12 class: a what-if count reads as one number when both ends agree ("127", never "127-127"), and a range stays a range.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { comparePlans } from '../../src/engine/compare-plans.js';

const plan = (min: number, max: number) => ({ tiers: { reach: [], target: [], safety: [] }, excluded: [], applications: { min, max, why: '' }, warnings: [] }) as unknown as Plan;
const sent = (a: Plan, b: Plan) => comparePlans(a, b).find((l) => l.startsWith('Applications to send')) ?? '';

describe('what-if application counts', () => {
  it.each([
    [[157, 172], [127, 127], 'Applications to send: 157-172 -> 127'],
    [[80, 80], [60, 90], 'Applications to send: 80 -> 60-90'],
    [[40, 40], [55, 55], 'Applications to send: 40 -> 55'],
    [[100, 145], [70, 100], 'Applications to send: 100-145 -> 70-100'],
    [[60, 80], [60, 81], 'Applications to send: 60-80 -> 60-81'],
  ] as const)('%j -> %j', (a, b, line) => {
    expect(sent(plan(a[0], a[1]), plan(b[0], b[1]))).toBe(line);
  });
  it('an unchanged count says nothing', () => expect(sent(plan(127, 127), plan(127, 127))).toBe(''));
});
