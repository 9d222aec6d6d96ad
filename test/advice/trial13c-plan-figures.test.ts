// Trial-13 class: the counts and costs in one plan agree with each other. When a count is capped by the programs that
// exist or raised for an H-1B seeker, the totals, the fee range and the "your count follows..." sentence are rebuilt
// from the final counts (never a fee computed from the count before the raise), and a raise to one figure reads as one
// figure ("raised to 49", never "raised to 49–49").
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/plan.js';
import { erasFee, ERAS_FEES } from '../../src/plan/base-rates.js';
import { usd } from '../../src/domain/money.js';
import { classPlan } from '../helpers/plan-base.js';

const AGREES = 'totals, cost and why agree with the per-specialty counts';
function agrees(plan: Plan): void {
  const a = plan.applications;
  const per = a.perSpecialty ?? [];
  expect(a.min).toBe(per.reduce((s, c) => s + c.min, 0));
  expect(a.max).toBe(per.reduce((s, c) => s + c.max, 0));
  expect(a.cost?.usd).toBe(per.reduce((s, c) => s + erasFee(c.max), 0));
  const lo = per.reduce((s, c) => s + erasFee(c.min), 0);
  const hi = per.reduce((s, c) => s + erasFee(c.max), 0);
  expect(a.why).toContain(`At ${ERAS_FEES.season} fees that is about ${lo === hi ? usd(hi) : `${usd(lo)}–${usd(hi)}`}.`);
  expect(a.why).toContain(`Your count follows your standing in each specialty: ${per.map((c) => c.why).join('; ')}.`);
  for (const c of per) expect(c.why).not.toMatch(/\b(\d+)–\1\b/);
}

describe('counts raised or capped: every figure follows the final counts', () => {
  it.each([
    ['H-1B, psychiatry with an IM backup, anywhere in California', { visa: 'needs_h1b', specialty: { primary: 'psychiatry', backup: 'internal_medicine' }, regions: ['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california'] }],
    ['H-1B, internal medicine, LA only', { visa: 'needs_h1b', regions: ['la_county'] }],
    ['H-1B, family medicine with an IM backup, Orange County', { visa: 'needs_h1b', specialty: { primary: 'family_medicine', backup: 'internal_medicine' }, regions: ['orange_county'] }],
    ['H-1B, pediatrics, San Diego and the Inland Empire', { visa: 'needs_h1b', specialty: { primary: 'pediatrics' }, regions: ['san_diego', 'inland_empire'] }],
    ['H-1B, neurology with a psychiatry backup, California', { visa: 'needs_h1b', specialty: { primary: 'neurology', backup: 'psychiatry' }, regions: ['la_county', 'rest_of_california'] }],
    ['J-1, psychiatry, LA only (few programs: capped)', { specialty: { primary: 'psychiatry' }, regions: ['la_county'] }],
  ] as const)('%s: ' + AGREES, (_, p) => {
    agrees(classPlan(p as never));
  });
});

describe('look-alikes: counts nothing changes still agree, and a real range keeps both ends', () => {
  it.each([
    ['J-1, internal medicine, anywhere', {}],
    ['green card, family medicine, anywhere', { visa: 'green_card', specialty: { primary: 'family_medicine' } }],
    ['US citizen, pediatrics with an FM backup, anywhere', { visa: 'us_citizen', specialty: { primary: 'pediatrics', backup: 'family_medicine' } }],
    ['J-1, psychiatry with an IM backup, anywhere', { specialty: { primary: 'psychiatry', backup: 'internal_medicine' } }],
    ['either visa, IM, anywhere', { visa: 'either' }],
  ] as const)('%s: ' + AGREES, (_, p) => {
    const plan = classPlan(p as never);
    agrees(plan);
    expect(plan.applications.min).toBeLessThan(plan.applications.max);
  });
});
