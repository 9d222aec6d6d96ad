// How long the rank lists of non-US IMGs were in the 2026 Match, by specialty (copied from shared/data/specialty_stats.csv).
import type { Specialty } from '../domain/profile.js';

/** One specialty's median number of contiguous ranks in the preferred specialty, for those who matched and those who did not. */
export interface RankFigures { matched: number; unmatched: number }

/** The Match the figures describe. */
export const RANKS_YEAR = 2026;

/** The publication the figures come from, in words a user can follow. */
export const RANKS_2026_SOURCE = `NRMP Charting Outcomes: Characteristics of Non-US IMG Applicants Who Matched to Their Preferred Specialty, ${RANKS_YEAR} Main Residency Match (nrmp.org)`;

/** Median contiguous ranks of non-US IMGs in the 2026 Main Residency Match, matched and unmatched. */
export const RANKS_2026: Partial<Record<Specialty, RankFigures>> = {
  internal_medicine: { matched: 5, unmatched: 2 },
  family_medicine: { matched: 3, unmatched: 1 },
  psychiatry: { matched: 5, unmatched: 2 },
  pediatrics: { matched: 6, unmatched: 1 },
  neurology: { matched: 6, unmatched: 2 },
  pathology: { matched: 7, unmatched: 3 },
  general_surgery: { matched: 3, unmatched: 1 },
  emergency_medicine: { matched: 4, unmatched: 1 },
  obstetrics_gynecology: { matched: 3.5, unmatched: 2 },
  anesthesiology: { matched: 4, unmatched: 2 },
};
