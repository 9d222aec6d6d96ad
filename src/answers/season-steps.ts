// "What should I do now?" from someone whose applications are out, asked in the interview season or the rank-list
// weeks: this season's steps come first (the interview count against the matched rank-list length, else the
// mid-season answer), with the regions named as the lever when interviews are few and the list is narrow, and the
// season's dates (rank-list deadline, Match Week with SOAP) from the calendar. The plan's first steps follow.
import type { Profile } from '../domain/profile.js';
import { cycleOn, cyclePhase } from '../knowledge/calendar.js';
import { alreadyApplied, midseasonText } from './midseason.js';
import { interviewCountText } from './interview-count.js';
import { on } from './season.js';

/** Phases of the season when what to do now is about the applications already out. */
const IN_SEASON: ReadonlySet<string> = new Set(['interview_season', 'rank_list']);
/** Below this many interviews the regions are named as the lever (the mid-season answer's "few"). */
const FEW = 5;

/** Regions narrower than the whole country: the applicant named places and not "anywhere" or other states. */
function narrowRegions(profile: Profile): boolean {
  const r = profile.regions ?? [];
  return r.length > 0 && !r.includes('anywhere') && !r.includes('other_us');
}

/** This season's steps for an applicant whose applications are out, or undefined outside the season or before applying. */
export function seasonStepsText(profile: Profile, question: string, now: Date): string | undefined {
  if (!IN_SEASON.has(cyclePhase(now)) || !alreadyApplied(profile, question)) return undefined;
  const c = cycleOn(now);
  if (!c) return undefined;
  const n = profile.cycle?.interviews;
  const [first, ...rest] = (interviewCountText(profile, question) ?? midseasonText(profile, question)).split('\n');
  // the lines only this question gets go right after the first, so a reply trimmed to one message keeps them
  const lines = [first!];
  if (n !== undefined && n < FEW && narrowRegions(profile)) {
    lines.push(`With ${n === 0 ? 'no interviews' : 'few interviews'} so far, the narrow list of regions is the lever you can still move: programs outside them where you fit (the rest of California, other states) are where an application sent now still has a chance. If you cannot move, keep the list as it is and put the effort into SOAP and the next cycle instead.`);
  }
  lines.push(`Dates of the ${c.match} Match: rank order lists must be certified by ${on(c.at.rol_deadline)}; Match Week, with SOAP for eligible unmatched applicants from its Monday, begins ${on(c.at.match_week)} (the match calendar, NRMP, nrmp.org).`);
  return [...lines, ...rest].join('\n');
}
