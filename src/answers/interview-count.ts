// "Are 4 interviews enough?", "how many interviews do I need to feel safe?", "14 invites, can I cancel some?": the
// asker's interview count (said in the question, else saved) against the rank-list length of non-US IMGs who matched
// in their specialty (2026 NRMP table), and what to do from there: below the median, the few-interviews advice; at or
// above it, decline only what one would not rank, politely and early. No count promises a match.
import type { Profile } from '../domain/profile.js';
import { RANKS_2026, RANKS_2026_SOURCE } from '../plan/rank-lists-2026.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { CK_2026_YEAR } from '../plan/step2ck-2026.js';
import { interviewsSoFar, midseasonText } from './midseason.js';

/** A question that asks to decline or cancel invitations, or to stop accepting them. */
const DECLINING = /\b(declin\w*|cancel\w*|turn(ing)? (down|away)|say(ing)? no|stop (accepting|taking|going)|drop (some|a few|the)|withdraw\w*|accept (any )?more)\b/i;

/** The answer for the asker's interview count, or what is missing: the specialty (whose figures decide) or the count. */
export function interviewCountText(profile: Profile, question: string): { text: string } | { needs: 'specialty' | 'cycle'; lead?: string } {
  const specialty = profile.specialty?.primary;
  const ranks = specialty ? RANKS_2026[specialty] : undefined;
  if (!specialty || !ranks) return { needs: 'specialty' };
  const name = specialtyLabel(specialty).toLowerCase();
  const median = `In ${CK_2026_YEAR}, non-US IMGs who matched in ${name} had ranked a median of ${ranks.matched} ${name} programs in a row, those left without a position ${ranks.unmatched} (${RANKS_2026_SOURCE}). A rank list holds only programs that interviewed you.`;
  const n = interviewsSoFar(profile, question);
  if (n === undefined) return { needs: 'cycle', lead: median };
  const declining = DECLINING.test(question);
  if (n < ranks.matched) {
    const warn = declining ? ' Declining now would leave you further below it: decline only a program you would never rank.' : '';
    return { text: `${n === 0 ? 'No interviews yet' : `${n} interview${n === 1 ? '' : 's'}`} is below the median rank list of those who matched in ${name} (${ranks.matched}).${warn}\n${median}\n${midseasonText(profile, question)}` };
  }
  const lead = `${n} interviews is ${n === ranks.matched ? 'about' : 'above'} the median rank list of those who matched in ${name} (${ranks.matched})`;
  return {
    text: [
      `${lead}: a good sign, though no count of interviews promises a match.`,
      median,
      declining || n >= ranks.matched * 2
        ? 'You can decline invitations from programs you would not rank. Do it as early as you can and politely, through the scheduling system or an email to the coordinator (at least two weeks before the date is the usual courtesy; general practice, not from our guides), so the slot goes to another applicant. Keep every program where you would truly train.'
        : 'Keep accepting interviews at programs where you would truly train; decline only those you would not rank, early and politely, so the slot goes to another applicant.',
      'At rank-list time, rank every program that interviewed you where you would train, in your true order of preference.',
    ].join('\n'),
  };
}
