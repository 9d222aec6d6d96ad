// Advice whose plan is large (many programs, long next steps), so splitting and the CSV attachment are exercised.
import type { Advice } from '../../../src/domain/advice.js';
import type { Plan, PlannedProgram } from '../../../src/domain/plan.js';
import { fakeAdvice } from '../../helpers/fake-advice.js';

const program = (i: number, tier: string): PlannedProgram => ({
  id: `p-${tier}-${i}`,
  name: i === 1 ? '=HYPERLINK("http://evil.example")' : `${tier === 'reach' ? 'University' : 'Community'} Medical Center *${tier}* #${i} Internal Medicine Residency`,
  specialty: 'internal_medicine', city: i % 2 ? 'Los Angeles' : 'Riverside', region: i % 2 ? 'la_county' : 'inland_empire',
  band: i % 2 ? 'core LA' : 'SoCal', reasons: ['community program — usually the most open to IMGs', 'helps: your ties to Los Angeles'], verify: ['visa sponsorship (J-1)'],
});

/** A plan with 35 programs per tier, 8 excluded, 14 long next steps, warnings and caveats. */
export function bigPlan(profile: Plan['profile']): Plan {
  const list = (tier: string, n: number) => Array.from({ length: n }, (_, i) => program(i + 1, tier));
  return {
    profile,
    tiers: { reach: list('reach', 35), target: list('target', 35), safety: list('safety', 35) },
    excluded: list('excluded', 8),
    nextSteps: Array.from({ length: 14 }, (_, i) => ({ id: `s${i}`, title: `Step ${i + 1}: strengthen your application`, detail: 'Do this carefully. '.repeat(30), priority: 14 - i })),
    applications: { min: 120, max: 160, why: 'IMGs needing a J-1 apply broadly in internal medicine.' },
    warnings: ['Programs change their visa policies; verify each one.'],
    signaling: 'Use your signals on programs where you have ties.',
    caveats: Array.from({ length: 5 }, (_, i) => `Caveat ${i + 1}: figures are estimates from public sources. `.repeat(4)),
  };
}

/** fakeAdvice with the big plan. */
export function bigPlanAdvice(): Advice {
  return { ...fakeAdvice(), plan: (profile) => bigPlan(profile) };
}
