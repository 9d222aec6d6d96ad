// A stand-in knowledge base for engine tests: a plan that carries the profile, and a two-topic lookup.
import type { Advice } from '../../src/domain/advice.js';

/** Advice that records plan calls and answers questions mentioning "observership" or "fail". */
export function fakeAdvice(): Advice & { planCalls: number } {
  const advice = {
    planCalls: 0,
    plan(profile: Parameters<Advice['plan']>[0]) {
      advice.planCalls += 1;
      return { profile, tiers: { reach: [], target: [], safety: [] }, excluded: [], nextSteps: [], applications: { min: 0, max: 0, why: 'test' }, caveats: [] };
    },
    ask(question: string) {
      if (/observership/i.test(question)) return { found: true as const, articleId: 'usce-hands-on', title: 'Hands-on US clinical experience', answer: 'Hands-on beats observing.', source: 'seed' };
      if (/fail/i.test(question)) return { found: true as const, articleId: 'explaining-fails', title: 'Explaining a fail', answer: 'Own it briefly.', source: 'seed' };
      return { found: false as const, nearest: [{ articleId: 'what-low-means', title: 'What low means' }] };
    },
  };
  return advice;
}
