// Issue 20 item 1: the Slack plan cache is bounded by size and per person; one person asking for plans over and
// over (2,100 "/residency plan" in 80 s) keeps only their own few, and never evicts anyone else's.
import { describe, expect, it } from 'vitest';
import { createPlanCache, PLAN_CACHE_LIMITS } from '../../adapters/slack/plan-cache.js';
import type { Plan } from '../../src/domain/plan.js';
import { fixturePlan } from '../fixtures/plans/index.js';

const tiny = (n: number) => ({ profile: {}, tiers: { reach: [], target: [], safety: [] }, excluded: [], nextSteps: [], applications: { min: n, max: n, why: '' }, caveats: [] }) as unknown as Plan;

describe('plan cache bounds', () => {
  it('one person asking 2,100 times keeps a few plans and evicts nobody else\'s', () => {
    const cache = createPlanCache();
    const bob = cache.put('slack:T:BOB', tiny(1), true);
    for (let i = 0; i < 2100; i += 1) cache.put('slack:T:ALICE', tiny(i), true);
    expect(cache.get(bob, 'slack:T:BOB')).toBeDefined();
    expect(cache.latest('slack:T:BOB')?.key).toBe(bob);
    expect(cache.latest('slack:T:ALICE')?.plan.applications.min).toBe(2099);
    expect(cache.usage.plans).toBeLessThanOrEqual(1 + PLAN_CACHE_LIMITS.perPerson);
  });

  it('holds at most the byte budget however many people ask, and a person\'s Home plan outlives their what-ifs', () => {
    const plan = fixturePlan('typical');
    const size = JSON.stringify(plan).length;
    const limits = { maxBytes: size * 10, perPerson: 4, perPersonBytes: size * 3 };
    const cache = createPlanCache(limits);
    for (let p = 0; p < 30; p += 1) for (let i = 0; i < 3; i += 1) cache.put(`slack:T:U${p}`, plan, i === 0);
    expect(cache.usage.bytes).toBeLessThanOrEqual(limits.maxBytes);
    expect(cache.usage.plans).toBe(10);
    // the newest people are all still there
    for (let p = 27; p < 30; p += 1) expect(cache.latest(`slack:T:U${p}`)).toBeDefined();
    // per person: over the byte share, their own what-ifs go first and the Home plan stays
    const alone = createPlanCache(limits);
    const home = alone.put('slack:T:ANA', plan, true);
    for (let i = 0; i < 8; i += 1) alone.put('slack:T:ANA', plan, false);
    expect(alone.usage.bytes).toBeLessThanOrEqual(limits.perPersonBytes);
    expect(alone.latest('slack:T:ANA')?.key).toBe(home);
    alone.drop('slack:T:ANA');
    expect(alone.usage).toEqual({ plans: 0, bytes: 0, people: 0 });
  });
});
