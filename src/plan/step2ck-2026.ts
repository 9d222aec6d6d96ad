// Step 2 CK of matched and unmatched non-US IMGs by specialty, 2026: the figures live in knowledge/plan-figures.json.
import type { Specialty } from '../domain/profile.js';
import { PLAN_FIGURES, type PlanFigures } from '../knowledge/plan-figures.js';

/** One specialty's 2026 figures: Step 2 CK mean / median / first quartile, and the preferred-specialty match rate. */
export interface CkFigures {
  matched: { mean: number; median: number; q1: number };
  unmatched: { mean: number; median: number; q1: number };
  /** Percent of non-US IMGs preferring the specialty who matched in it. */
  matchRatePct: number;
  /** How many non-US IMGs preferring the specialty matched in it (the field's size for them), when known. */
  matchedCount?: number;
}

/** Where the figures come from (knowledge/plan-figures.json, step2ck2026; NRMP asks for permission to redistribute datasets: we keep only these). */
export const CK_2026_SOURCE = PLAN_FIGURES.step2ck2026.source;
export const CK_2026_YEAR = PLAN_FIGURES.step2ck2026.year;

/** The specialties NRMP reports for non-US IMGs in 2026 (knowledge/plan-figures.json, validated at load). */
export const CK_2026: Partial<Record<Specialty, CkFigures>> = PLAN_FIGURES.step2ck2026.bySpecialty;

/** The figures used for a specialty: its own, a named proxy, or the fallback (the highest we have, for the very competitive
 * fields); from the figures given (a knowledge base's own), the bundled ones otherwise. */
export function ckFiguresFor(s: Specialty, ck: PlanFigures['step2ck2026'] = PLAN_FIGURES.step2ck2026): { figures: CkFigures; basis: Specialty; proxy: boolean } {
  const own = ck.bySpecialty[s];
  if (own) return { figures: own, basis: s, proxy: false };
  const proxy = ck.proxies[s] ?? ck.fallback;
  return { figures: ck.bySpecialty[proxy]!, basis: proxy, proxy: true };
}
