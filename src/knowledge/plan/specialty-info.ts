// Specialty names, score benchmarks, the realistic parallel track, and bands.
import type { Band } from '../../domain/plan.js';
import type { Profile, Specialty } from '../../domain/profile.js';
import type { ProgramRegion } from '../programs/program-schema.js';
import { COMPETITIVE_SPECIALTIES } from '../rules/facts.js';
import { MATCHED_STEP2CK } from './base-rates.js';
import { specialtyInText } from '../../domain/specialty-names.js';

/** Human name of a specialty, lowercase. */
export function specialtyLabel(s: Specialty): string {
  return specialtyInText(s);
}

/** True for the specialties the guides call very difficult for IMGs with low scores. */
export function isCompetitive(s: Specialty): boolean {
  return COMPETITIVE_SPECIALTIES.includes(s);
}

/** The Step 2 CK figure we compare against, and a sentence saying exactly what it is. */
export interface Benchmark { value: number; basis: string }

/** Mean Step 2 CK of matched IMGs like the applicant (citizenship-aware), or the all-specialty mean as a fallback. */
export function step2Benchmark(s: Specialty, usCitizen: boolean): Benchmark {
  const group = usCitizen ? 'US-citizen IMGs' : 'non-US IMGs';
  const specific = (usCitizen ? MATCHED_STEP2CK.usImg : MATCHED_STEP2CK.nonUsImg)[s];
  if (specific !== undefined) {
    return { value: specific, basis: `mean of matched ${group} in ${specialtyLabel(s)}, ${MATCHED_STEP2CK.year}` };
  }
  return {
    value: MATCHED_STEP2CK.allNonUsImg,
    basis: `no ${specialtyLabel(s)} figure in our data; all-specialty mean of matched non-US IMGs, ${MATCHED_STEP2CK.year}`,
  };
}

/** The realistic track to run next to a competitive dream: the backup if realistic, else IM or FM by score. */
export function parallelTrack(profile: Profile, score: number | undefined, usCitizen: boolean): Specialty {
  const backup = profile.specialty?.backup;
  if (backup && !isCompetitive(backup)) return backup;
  const im = step2Benchmark('internal_medicine', usCitizen).value;
  return score !== undefined && score >= im - 5 ? 'internal_medicine' : 'family_medicine';
}

/** Distance band of a program region, LA first. */
export function bandOf(region: ProgramRegion): Band {
  if (region === 'la_county') return 'core LA';
  if (region === 'rest_of_california') return 'rest of California';
  return 'SoCal';
}

/** Sort order of bands: core LA, SoCal, rest of California, national. */
export const BAND_ORDER: readonly Band[] = ['core LA', 'SoCal', 'rest of California', 'national'];
