// Specialty facts the plan needs: names, competitiveness, the parallel track matched to a dream, and bands.
import { BANDS, type Band } from '../domain/plan.js';
import type { Profile, Region, Specialty } from '../domain/profile.js';
import { COMPETITIVE_SPECIALTIES } from '../knowledge/rules/facts.js';
import { specialtyInText } from '../domain/specialty-names.js';
import type { ApplicantView } from './applicant-view.js';
import { CK_2026 } from './step2ck-2026.js';

/** Human name of a specialty, lowercase. */
export function specialtyLabel(s: Specialty): string {
  return specialtyInText(s);
}

/** True for the specialties the guides call very difficult for IMGs with low scores. */
export function isCompetitive(s: Specialty): boolean {
  return COMPETITIVE_SPECIALTIES.includes(s);
}

/** One-year tracks: they end after PGY-1, so the applicant needs a PGY-2 plan. */
const ONE_YEAR_TRACKS: readonly Specialty[] = ['transitional_year', 'prelim_internal_medicine', 'prelim_surgery'];

/** True for a transitional or preliminary (one-year) track. */
export function isOneYear(s: Specialty): boolean {
  return ONE_YEAR_TRACKS.includes(s);
}

/**
 * The dream's nearest realistic field: surgical dreams keep a surgical parallel when the file can carry it,
 * medical and imaging dreams (which start with a PGY-1 year anyway) run internal medicine.
 */
const SURGICAL_DREAMS: readonly Specialty[] = ['orthopaedic_surgery', 'plastic_surgery', 'neurosurgery', 'otolaryngology', 'urology', 'vascular_surgery'];

/** The realistic track to run next to a competitive dream (or a one-year track): backup if realistic, else by dream and score. */
export function parallelTrack(profile: Profile, a: ApplicantView): Specialty {
  const backup = profile.specialty?.backup;
  if (backup && !isCompetitive(backup) && !isOneYear(backup)) return backup;
  const dream = profile.specialty?.primary;
  const gs = CK_2026.general_surgery!;
  if (dream && (SURGICAL_DREAMS.includes(dream) || dream === 'prelim_surgery') && a.score !== undefined && a.score >= gs.matched.q1 && a.examFailures === 0) {
    return 'general_surgery';
  }
  const im = CK_2026.internal_medicine!;
  return a.score !== undefined && a.score >= im.matched.q1 - 5 && a.examFailures === 0 ? 'internal_medicine' : 'family_medicine';
}

/** Distance band of a program region, LA first; anything outside California is national. */
export function bandOf(region: Region): Band {
  if (region === 'la_county') return 'core LA';
  if (region === 'rest_of_california') return 'rest of California';
  if (region === 'other_us') return 'national';
  return 'SoCal';
}

/** Sort order of bands: core LA, SoCal, rest of California, national (defined once, in the domain). */
export const BAND_ORDER: readonly Band[] = BANDS;
/** Band → its position in BAND_ORDER, for comparators that must not search. */
export const BAND_RANK: Readonly<Record<Band, number>> = { 'core LA': 0, SoCal: 1, 'rest of California': 2, national: 3 };
