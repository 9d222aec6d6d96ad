// Flattens a profile into the facts a rule condition reads, plus a few documented derived facts.
import { applicationsIn, type Profile, type Specialty } from '../../domain/profile.js';
import { cyclePhase } from '../calendar.js';

/** Specialties the guides call very difficult for IMGs with low scores (shared with the plan). */
export const COMPETITIVE_SPECIALTIES: readonly Specialty[] = [
  'dermatology', 'orthopaedic_surgery', 'plastic_surgery', 'neurosurgery', 'otolaryngology', 'ophthalmology',
  'diagnostic_radiology', 'interventional_radiology', 'radiation_oncology', 'urology', 'vascular_surgery',
];

const ONE_YEAR: readonly Specialty[] = ['transitional_year', 'prelim_internal_medicine', 'prelim_surgery'];

/**
 * Derived facts, usable in conditions next to profile paths. Each is computed from the profile and `now`:
 * - yearsSinceGraduation: calendar year of `now` minus graduationYear (missing without graduationYear).
 * - step2ckScore: the Step 2 CK score if taken, else the predicted score if given.
 * - examFailures: failed attempts across Step 1 (attempts−1 if passed, attempts if failed), Step 2 CK
 *   (attempts−1) and Step 3 (1 if failed); 0 when nothing is known.
 * - hasLaTies: true if family, lived or trained in LA; missing if laTies unanswered.
 * - competitiveSpecialty: true if the primary specialty is in COMPETITIVE_SPECIALTIES.
 * - nonEnglishLanguages: languages other than English, lowercased.
 * - wantsCalifornia: true when a California region is named (or none is given); "anywhere" or other states alone is false.
 * - hasUsce: true with at least one month of hands-on/mixed/observership experience.
 * - researchItems: publications + posters (missing without research).
 * - oneYearTrack: true if the primary specialty is a transitional or preliminary year.
 * - applicationsIn: true once this cycle's applications are in (ERAS submitted, or interviewing).
 * - cyclePhase: where the match cycle is on `now` (knowledge/match-calendar.json): before_submission,
 *   applications_open, interview_season, rank_list, awaiting_match, match_week, after_match, unknown.
 */
export const DERIVED_FACTS = [
  'yearsSinceGraduation', 'step2ckScore', 'examFailures', 'hasLaTies', 'competitiveSpecialty',
  'nonEnglishLanguages', 'wantsCalifornia', 'hasUsce', 'researchItems', 'oneYearTrack', 'applicationsIn', 'cyclePhase',
] as const;
export type DerivedFact = (typeof DERIVED_FACTS)[number];

/** A fact value: scalar, list (for regions, languages…), or absent. */
export type FactValue = string | number | boolean | readonly string[] | undefined;
export type Facts = Readonly<Record<string, FactValue>>;

/** Every profile leaf by dotted path (an answered group such as `usce` is `true`) plus the derived facts; pure. */
export function profileFacts(profile: Profile, now: Date): Facts {
  const facts: Record<string, FactValue> = {};
  flatten(profile as Record<string, unknown>, '', facts);
  const d = derivedFacts(profile, now);
  for (const k of DERIVED_FACTS) facts[k] = d[k];
  return facts;
}

/** Only the derived facts, typed; used directly by the plan. */
export function derivedFacts(p: Profile, now: Date): Record<DerivedFact, FactValue> & {
  yearsSinceGraduation: number | undefined; step2ckScore: number | undefined; examFailures: number;
} {
  const step2ckScore = p.step2ck ? (p.step2ck.taken ? p.step2ck.score : p.step2ck.predicted) : undefined;
  let examFailures = 0;
  if (p.step1) examFailures += p.step1.result === 'failed' ? p.step1.attempts : p.step1.attempts - 1;
  if (p.step2ck?.taken) examFailures += p.step2ck.attempts - 1;
  if (p.step3?.status === 'failed') examFailures += 1;
  const langs = (p.languages ?? []).map((l) => l.trim().toLowerCase()).filter((l) => l !== 'english' && l !== '');
  const regions = p.regions ?? [];
  return {
    yearsSinceGraduation: p.graduationYear === undefined ? undefined : now.getUTCFullYear() - p.graduationYear,
    step2ckScore,
    examFailures,
    hasLaTies: p.laTies ? p.laTies.family || p.laTies.lived || p.laTies.trained : undefined,
    competitiveSpecialty: p.specialty ? COMPETITIVE_SPECIALTIES.includes(p.specialty.primary) : undefined,
    nonEnglishLanguages: langs,
    wantsCalifornia: regions.length === 0 || regions.some((r) => r !== 'other_us' && r !== 'anywhere'),
    hasUsce: p.usce ? p.usce.kind !== 'none' && p.usce.months >= 1 : undefined,
    researchItems: p.research ? p.research.publications + p.research.posters : undefined,
    oneYearTrack: p.specialty ? ONE_YEAR.includes(p.specialty.primary) : undefined,
    applicationsIn: applicationsIn(p),
    cyclePhase: cyclePhase(now),
  };
}

function flatten(obj: Record<string, unknown>, prefix: string, out: Record<string, FactValue>): void {
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) out[path] = v.map(String);
    else if (typeof v === 'object') { out[path] = true; flatten(v as Record<string, unknown>, path, out); }
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[path] = v;
  }
}
