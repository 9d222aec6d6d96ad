// Which specialties a plan covers (primary, backup, parallel track, after-not-matching paths).
import type { Profile, Specialty } from '../domain/profile.js';
import type { ApplicantView } from './applicant-view.js';
import { isCompetitive, isOneYear, parallelTrack } from './specialty-info.js';

/** One specialty in the plan and why it is there. */
export interface Track { specialty: Specialty; role: 'primary' | 'backup' | 'parallel track' | 'after-not-matching path' | 'default' }

/** The specialties the plan covers: primary, backup, a parallel track for a weak competitive dream or a one-year track, prelim paths for reapplicants. */
export function planTracks(profile: Profile, a: ApplicantView): Track[] {
  const primary = profile.specialty?.primary;
  if (!primary) return [{ specialty: 'internal_medicine', role: 'default' }, { specialty: 'family_medicine', role: 'default' }];
  const tracks: Track[] = [{ specialty: primary, role: 'primary' }];
  const backup = profile.specialty?.backup;
  if (backup && backup !== primary) tracks.push({ specialty: backup, role: 'backup' });
  const realistic = (s: Specialty) => !isCompetitive(s) && !isOneYear(s);
  if (((isCompetitive(primary) && weakForCompetitive(a)) || isOneYear(primary)) && !tracks.some((t) => realistic(t.specialty))) {
    const p = parallelTrack(profile, a);
    if (!tracks.some((t) => t.specialty === p)) tracks.push({ specialty: p, role: 'parallel track' });
  }
  if (a.reapplying) {
    // internal medicine as a backup does not make an intern year a path: only the aim, or a field that needs the separate year
    for (const s of afterNotMatchingPaths(tracks.filter((t) => t.role === 'primary' || t.specialty !== 'internal_medicine').map((t) => t.specialty))) {
      if (!tracks.some((t) => t.specialty === s)) tracks.push({ specialty: s, role: 'after-not-matching path' });
    }
  }
  return tracks;
}

/** Fields whose residency starts after a separate PGY-1 year (or, for internal medicine, where a preliminary year can lead
 * into a categorical position): a preliminary or transitional year is a real path into them after not matching. */
const PGY1_YEAR_LEADS_IN: ReadonlySet<Specialty> = new Set<Specialty>([
  'internal_medicine', 'neurology', 'anesthesiology', 'physical_medicine_rehabilitation', 'diagnostic_radiology', 'interventional_radiology',
  'dermatology', 'ophthalmology', 'radiation_oncology', 'transitional_year', 'prelim_internal_medicine',
]);
/** Surgical fields, where the preliminary surgery year is the path after not matching. */
const SURGICAL: ReadonlySet<Specialty> = new Set<Specialty>([
  'general_surgery', 'prelim_surgery', 'orthopaedic_surgery', 'plastic_surgery', 'neurosurgery', 'otolaryngology', 'urology', 'vascular_surgery',
]);

/**
 * The one-year positions a reapplicant's plan adds as paths after not matching, only where they lead into a field the
 * applicant planned: family medicine, psychiatry, pediatrics, OB/GYN, EM and pathology start with their own PGY-1, so a
 * preliminary year there is a detour (and a year with no PGY-2 after it), not a path the applicant asked for.
 */
function afterNotMatchingPaths(planned: readonly Specialty[]): Specialty[] {
  const out: Specialty[] = [];
  if (planned.some((s) => PGY1_YEAR_LEADS_IN.has(s))) out.push('prelim_internal_medicine', 'transitional_year');
  if (planned.some((s) => SURGICAL.has(s))) out.push('prelim_surgery');
  return out;
}

/** A profile the guides would call weak for a very competitive specialty. */
export function weakForCompetitive(a: ApplicantView): boolean {
  return a.score === undefined || a.score < 240 || a.examFailures > 0 || a.needsVisa
    || (a.yearsSinceGraduation ?? 0) > 5 || a.usce !== 'hands_on';
}
