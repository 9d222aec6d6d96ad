// Under a list that holds no target and no safety ("which programs near home should I focus on?" answered with reaches
// only): why, in the asker's own score against those who matched in the specialty, and what to do, which is to apply
// broadly beyond the regions listed (the guides' core-plus-extended list), never a list of reaches left unexplained.
import type { Plan } from '../domain/plan.js';
import type { Specialty } from '../domain/profile.js';
import { specialtyLabel } from '../plan/specialty-info.js';

/** The line for a list with reaches only, for the specialties it shows; undefined when it holds a target or safety. */
export function reachOnlyLine(plan: Plan, shown: { target: number; safety: number }, specialties: readonly Specialty[]): string | undefined {
  if (shown.target > 0 || shown.safety > 0) return undefined;
  const standing = plan.standing?.find((s) => specialties.includes(s.specialty)) ?? plan.standing?.[0];
  const b = standing?.step2ck;
  const mine = b?.applicant;
  const score = standing && b && mine !== undefined && b.matched.median !== undefined
    ? ` Your Step 2 CK ${mine} is ${mine < b.matched.median ? 'below' : 'at or above'} the median ${b.matched.median}${b.matched.q1 !== undefined ? ` (first quartile ${b.matched.q1})` : ''} of non-US IMGs who matched in ${specialtyLabel(standing.specialty)} (${b.year}, NRMP Charting Outcomes).`
    : '';
  return `None of these is a target or safety for your file yet.${score} Keep these as your core list and apply broadly beyond them: most of your applications at IMG-friendly programs in wider regions and other states (our guide on a core LA list plus an extended list).`;
}
