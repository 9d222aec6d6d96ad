// Step 2 CK of matched and unmatched non-US IMGs by specialty, 2026 (copied from shared/data/specialty_stats.csv).
import type { Specialty } from '../domain/profile.js';

/** One specialty's 2026 figures: Step 2 CK mean / median / first quartile, and the preferred-specialty match rate. */
export interface CkFigures {
  matched: { mean: number; median: number; q1: number };
  unmatched: { mean: number; median: number; q1: number };
  /** Percent of non-US IMGs preferring the specialty who matched in it. */
  matchRatePct: number;
}

/** Where the figures come from (NRMP asks for permission to redistribute datasets: we keep only these). */
export const CK_2026_SOURCE = 'NRMP Charting Outcomes: Characteristics of Non-U.S. IMG Applicants Who Matched to Their Preferred Specialty, 2026 Main Residency Match (July 2026), nrmp.org/wp-content/uploads/2026/07/Non-US-IMG_Charting-Outcomes_FINAL.pdf';
export const CK_2026_YEAR = 2026;

const f = (mm: number, md: number, mq: number, um: number, ud: number, uq: number, rate: number): CkFigures =>
  ({ matched: { mean: mm, median: md, q1: mq }, unmatched: { mean: um, median: ud, q1: uq }, matchRatePct: rate });

/** The ten specialties NRMP reports for non-US IMGs in 2026. */
export const CK_2026: Partial<Record<Specialty, CkFigures>> = {
  internal_medicine: f(249, 251, 240, 242, 243, 233, 48.5),
  family_medicine: f(231, 230, 222, 232, 231, 223, 53.9),
  psychiatry: f(242, 241, 229, 237, 237, 226, 58.4),
  pediatrics: f(241, 240, 232, 234, 233, 224, 68.5),
  neurology: f(250, 252, 240, 243, 244, 233, 41.9),
  pathology: f(243, 244, 232, 236, 235, 228, 45.1),
  general_surgery: f(253, 256, 244, 246, 247, 238, 28.6),
  emergency_medicine: f(244, 243, 234, 236, 236, 230, 54.1),
  obstetrics_gynecology: f(245, 242, 238, 238, 239, 230, 32.8),
  anesthesiology: f(252, 255, 243, 246, 247, 238, 38.7),
};

/** Specialties without their own 2026 figure, and the figure we compare with instead (said in the plan). */
export const CK_PROXY: Partial<Record<Specialty, Specialty>> = {
  prelim_internal_medicine: 'internal_medicine',
  transitional_year: 'internal_medicine',
  prelim_surgery: 'general_surgery',
  physical_medicine_rehabilitation: 'anesthesiology',
};

/** The figures used for a specialty: its own, a named proxy, or the highest we have (for the very competitive fields). */
export function ckFiguresFor(s: Specialty): { figures: CkFigures; basis: Specialty; proxy: boolean } {
  const own = CK_2026[s];
  if (own) return { figures: own, basis: s, proxy: false };
  const proxy = CK_PROXY[s] ?? 'general_surgery';
  return { figures: CK_2026[proxy]!, basis: proxy, proxy: true };
}
