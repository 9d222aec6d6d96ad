// The applicant's strength for one specialty as tier points (the view itself lives in applicant-view.ts).
import type { Standing } from '../domain/plan.js';
import type { Specialty } from '../domain/profile.js';
import type { ApplicantView } from './applicant-view.js';
import { specialtyStanding } from './standing.js';
import { STRENGTH_WEIGHTS } from '../knowledge/strength-weights.js';
import type { PlanFigures } from '../knowledge/plan-figures.js';

export { applicantView, type ApplicantView } from './applicant-view.js';

/** Strength for one specialty: the standing, its tier points, risk factors in words, and how many are severe. */
export interface Strength { standing: Standing; points: number; risks: string[]; severe: number }

/** Effects at or below this count as a risk factor; at or below SEVERE_AT as a severe one. */
const RISK_AT = -5;
const SEVERE_AT = -15;

/** The lowest score that reads weak (not very weak), from the weights' levels. */
function weakFloor(): number {
  return STRENGTH_WEIGHTS.levels.find((l) => l.level === 'weak')?.min ?? STRENGTH_WEIGHTS.tiering.zeroAt;
}

/** Judges the applicant for one specialty from the whole file (see standing.ts and knowledge/strength-weights.json). */
export function applicantStrength(a: ApplicantView, s: Specialty, role: Standing['role'] = 'primary', ck?: PlanFigures['step2ck2026']): Strength {
  const standing = specialtyStanding(a, s, role, ck);
  const t = STRENGTH_WEIGHTS.tiering;
  // From the weak level's floor up to the zero point the file reads 0 points: the most open programs (selectivity 0 or
  // less) are its targets. Below that floor the scale is gentler (lowSlope); above the zero point it is linear.
  const floor = Math.min(t.zeroAt, weakFloor());
  const above = standing.score >= t.zeroAt ? ((standing.score - t.zeroAt) / 10) * t.pointsPerTen
    : standing.score >= floor ? 0 : ((standing.score - floor) / 10) * t.pointsPerTen * t.lowSlope;
  const points = Math.max(-t.maxPoints, Math.min(t.maxPoints, above));
  const risky = standing.factors.filter((f) => f.effect <= RISK_AT);
  return {
    standing,
    points,
    risks: risky.map((f) => f.text),
    severe: risky.filter((f) => f.effect <= SEVERE_AT).length,
  };
}
