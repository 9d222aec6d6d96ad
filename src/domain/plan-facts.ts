// Facts read off a plan that every layer needs (tier order, where a program sits, its place and specialty in words).
import type { Plan, PlannedProgram, Tier } from './plan.js';
import type { Specialty } from './profile.js';
import { SPECIALTY_NAMES } from './specialty-names.js';

/** Tiers in reading order. */
export const TIERS: readonly Tier[] = ['reach', 'target', 'safety'];

/** The readable name of a specialty id. */
export function specialtyName(s: Specialty): string {
  return SPECIALTY_NAMES[s] ?? s;
}

/** Every listed program with its tier, in tier order then the plan's own order. */
export function listed(plan: Plan): { tier: Tier; program: PlannedProgram }[] {
  return TIERS.flatMap((tier) => plan.tiers[tier].map((program) => ({ tier, program })));
}

/** The tier a program of the plan sits in, 'unverified', or 'excluded'. */
export function tierOf(plan: Plan, id: string): Tier | 'unverified' | 'excluded' | undefined {
  for (const t of TIERS) if (plan.tiers[t].some((p) => p.id === id)) return t;
  if ((plan.unverified ?? []).some((p) => p.id === id)) return 'unverified';
  return plan.excluded.some((p) => p.id === id) ? 'excluded' : undefined;
}

/** Finds a program of the plan (listed, unverified or excluded) by id. */
export function programById(plan: Plan, id: string): PlannedProgram | undefined {
  return listed(plan).find((x) => x.program.id === id)?.program ?? (plan.unverified ?? []).find((p) => p.id === id) ?? plan.excluded.find((p) => p.id === id);
}

const REGION_WORDS: Record<string, string> = {
  la_county: 'Los Angeles County', orange_county: 'Orange County', san_diego: 'San Diego County', inland_empire: 'Inland Empire', rest_of_california: 'California',
};

/** "Los Angeles, CA" when the state is known, else the city (or a note that none is given). */
export function placeOf(p: PlannedProgram): string {
  const city = p.city.trim() || REGION_WORDS[p.region] || 'place not in our table';
  return p.state ? `${city}, ${p.state}` : city;
}
