// "I have 14 interviews, should I cancel some?", "only 2 interviews, what now?": the interviews so far (said in the
// question, else saved) read against the rank-list length of non-US IMGs who matched in the asker's specialty
// (NRMP 2026), so the advice agrees with the count: few get the mid-season answer, many are told they need no more.
import type { Profile } from '../domain/profile.js';
import { RANKS_2026, RANKS_2026_SOURCE } from '../plan/rank-lists-2026.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { interviewsBySpecialty, interviewsSaid } from './interviews-said.js';
import { specialtiesNamed } from './specialty-figures.js';
import { midseasonText } from './midseason.js';

/** Where a count of interviews stands against the matched median of the specialty. */
type InterviewBand = 'few' | 'enough' | 'many';

/** The band of n interviews against a matched median (many: at least twice the median and at least 10). */
function interviewBand(n: number, matchedMedian: number): InterviewBand {
  if (n < matchedMedian) return 'few';
  return n >= Math.max(10, 2 * matchedMedian) ? 'many' : 'enough';
}

/** The question asks about dropping interviews ("cancel some", "start declining", "turn down"). */
const DROPPING = /\b(cancel\w*|declin\w*|turn(?:ing)? down|drop\w*|withdraw\w*|say no)\b/i;
/** How to cancel an interview politely (common courtesy, not a figure from our guides). */
const CANCEL = 'cancel as early as you can, at least two weeks ahead where possible, with a short polite message through the scheduling system or to the coordinator, so the slot goes to another applicant (common courtesy that programs ask for, not a figure from our guides).';

/** The interviews so far: said in the question, else saved; undefined when neither. */
function interviewsKnown(profile: Profile, question: string): number | undefined {
  return interviewsSaid(question) ?? profile.cycle?.interviews;
}

/** The answer for this asker's interview count, or undefined when no count or no specialty is known. */
export function interviewCountText(profile: Profile, question: string): string | undefined {
  // counts per specialty ("1 EM, 4 IM"): the one the question asks about outside the counts, else the saved first choice
  const split = interviewsBySpecialty(question);
  const askedOf = split ? specialtiesNamed(question.replace(/\b\d{1,3}\s+[A-Za-z]{2,12}(?:\s+medicine)?\b/g, ' ')).find((s) => split.has(s)) : undefined;
  const specialty = askedOf ?? (split && profile.specialty && split.has(profile.specialty.primary) ? profile.specialty.primary : undefined) ?? profile.specialty?.primary;
  const n = split && specialty && split.has(specialty) ? split.get(specialty) : interviewsKnown(profile, question);
  if (n === undefined || !specialty) return undefined;
  const ranks = RANKS_2026[specialty] ?? RANKS_2026.internal_medicine!;
  const label = RANKS_2026[specialty] ? specialtyLabel(specialty).toLowerCase() : 'internal medicine (no figure for your specialty in our data)';
  const band = interviewBand(n, ranks.matched);
  const count = n === 0 ? 'no interviews' : `${n} interview${n === 1 ? '' : 's'}`;
  const whole = split ? `interviews ${[...split].map(([s, k]) => `${k} in ${specialtyLabel(s).toLowerCase()}`).join(' and ')}` : count;
  const lead = `You have ${whole} so far. In 2026, non-US IMGs who matched in ${label} had ranked a median of ${ranks.matched} programs in a row on their rank lists (contiguous ranks), those left without a position ${ranks.unmatched} (${RANKS_2026_SOURCE}).`;
  // declining below the median is warned against, a program one would never rank excepted
  const warn = DROPPING.test(question) ? ' Declining now would leave you further below it: decline only a program you would never rank.' : '';
  if (band === 'few') return `${lead} Below that median every further interview matters.${warn}\n${midseasonText(profile, question, n)}`;
  if (band === 'enough') {
    return [`${lead} ${count[0]!.toUpperCase()}${count.slice(1)} is at or above that median, so your odds are reasonable: accept the interviews at programs you would rank, prepare each one, and adding programs now is rarely worth the fee. Rank every program you would truly attend, in your real order of preference.`,
      ...(DROPPING.test(question) ? [`Declining is fine for a program you would not rank at all; keep every one you would rank, since above the median each interview still adds a chance. ${CANCEL[0]!.toUpperCase()}${CANCEL.slice(1)}`] : [])].join('\n');
  }
  return [
    `${lead} ${n} is well above that median: you do not need more interviews, and each further one costs a day and often travel without changing your odds much.`,
    `Keep the interviews at programs you would truly rank. For one you would rank lowest or not at all, ${CANCEL}`,
    'Then rank every program you would attend in your real order of preference: a long list of places you would accept only adds chances.',
  ].join('\n');
}
