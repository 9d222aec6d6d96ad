// "How many programs should I rank?" from someone whose specialty is saved: the short answer leads with the rank-list
// medians of their own specialty (2026 NRMP table), not the guide's internal medicine example, and says to rank every
// program they would attend.
import type { Profile } from '../domain/profile.js';
import { RANKS_2026, RANKS_2026_SOURCE } from '../plan/rank-lists-2026.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { CK_2026_YEAR } from '../plan/step2ck-2026.js';

/** A question about how long the rank list should be (not how many programs to apply to). */
const ASKS_RANK_COUNT = /\b(?:how many|how much|number of|how long|length of|what number)\b[^.?!\n]{0,60}\b(?:rank|ranking|rol|rank list|rank order list)\b|\b(?:rank|rol|rank list|rank order list)\b[^.?!\n]{0,30}\b(?:how many|how long|long enough|enough|length)\b/i;

/** The short answer for the asker's own specialty ("In short: in pediatrics ... ranked a median of 6 ..."), or
 *  undefined when the question is not about the rank list's length or no specialty with figures is saved. */
export function ownRankLead(question: string, profile?: Profile): string | undefined {
  const specialty = profile?.specialty?.primary;
  const r = specialty ? RANKS_2026[specialty] : undefined;
  if (!specialty || !r || !ASKS_RANK_COUNT.test(question) || /\bapply\b/i.test(question)) return undefined;
  const name = specialtyLabel(specialty).toLowerCase();
  // the interviews saved make the advice concrete: all of them, where the asker would train
  const n = profile?.cycle?.interviews;
  const all = n && n > 1 ? ` With ${n} interviews saved, that means all ${n} of them, unless one is a place you would rather not train than go unmatched.` : '';
  return `In short: in ${name}, non-US IMGs who matched in ${CK_2026_YEAR} had ranked a median of ${r.matched} programs, those left without a position ${r.unmatched} (${RANKS_2026_SOURCE}). Rank every program where you interviewed and would train, in your true order of preference.${all}`;
}

/** The guides' answer with the asker's own short answer in place of the general one, or the answer unchanged. */
export function withOwnRankLead(question: string, answer: string, profile?: Profile): string {
  const lead = ownRankLead(question, profile);
  return lead ? `${lead}\n\n${answer.replace(/^In short:[^\n]*\n\n/, '')}` : answer;
}
