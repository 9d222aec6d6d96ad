// "How many programs should I rank?" from someone whose specialty is saved: the short answer leads with the rank-list
// medians of their own specialty (2026 NRMP table), not the guide's internal medicine example, and says to rank every
// program they would attend.
import type { Profile } from '../domain/profile.js';
import { RANKS_2026, RANKS_2026_SOURCE } from '../plan/rank-lists-2026.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { CK_2026_YEAR } from '../plan/step2ck-2026.js';
import { interviewsSaid } from './interviews-said.js';

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

/** What a saved visa need adds to the order of a rank list. */
const VISA_RANK: Readonly<Record<string, string>> = {
  needs_j1: 'You saved that you need a J-1: rank a program only where it can take a J-1 resident (ECFMG sponsors the visa; the program must accept it), and check that before the deadline.',
  needs_h1b: 'You saved that you need an H-1B: rank a program only where it will file the H-1B for you, and check that before the deadline.',
};

/** "St Mary or UCR at #1?", "can I just rank the LA ones and leave Ohio off?": how the Match reads the order of a rank
 *  list, every acceptable program kept, the interviews saved against the specialty's rank-list median, and the visa. */
export function rankOrderText(profile: Profile, question = ''): string {
  const specialty = profile.specialty?.primary;
  const r = specialty ? RANKS_2026[specialty] : undefined;
  const told = interviewsSaid(question);
  const n = told ?? profile.cycle?.interviews;
  const count = n !== undefined && n > 0 ? ` You have ${n} interview${n === 1 ? '' : 's'}${told === undefined ? ' saved' : ''}${r && specialty ? `; non-US IMGs who matched in ${specialtyLabel(specialty).toLowerCase()} in ${CK_2026_YEAR} had ranked a median of ${r.matched} programs, those left without a position ${r.unmatched} (${RANKS_2026_SOURCE})` : ''}, so each program you drop is a real share of your chances.` : '';
  return [
    'The Match places you in the program highest on your list that also ranked you, so put the programs in your true order of preference, where you would rather train, not where you guess your odds are better: a program you put first never costs you a place lower down (NRMP, how the matching algorithm works).',
    `Rank every program where you interviewed and would accept to train: a program left off can never match you.${count} Leave one off only if you would rather go unmatched than train there.`,
    VISA_RANK[profile.visa ?? ''] ?? '',
  ].filter(Boolean).join('\n');
}
