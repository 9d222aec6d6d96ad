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
    for (const s of ['prelim_internal_medicine', 'transitional_year'] as const) {
      if (!tracks.some((t) => t.specialty === s)) tracks.push({ specialty: s, role: 'after-not-matching path' });
    }
  }
  return tracks;
}

/** A profile the guides would call weak for a very competitive specialty. */
export function weakForCompetitive(a: ApplicantView): boolean {
  return a.score === undefined || a.score < 240 || a.examFailures > 0 || a.needsVisa
    || (a.yearsSinceGraduation ?? 0) > 5 || a.usce !== 'hands_on';
}
