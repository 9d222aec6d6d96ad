// How many interview invitations a question says the asker has: "14 interviews", "only two invites", "zero interviews",
// "interview invites: 1 EM, 4 IM" (the parts added up). The newest word wins over a stored count, so this reads only
// the question; numbers spelled out are read as digits first.
import type { Specialty } from '../domain/profile.js';
import { numbersAsDigits } from './number-words.js';
import { restatedCount } from './bare-count.js';
import { specialtiesNamed } from './specialty-figures.js';

/** "14 interviews", "2 IM interviews", "3 invites", "4 iis". */
const COUNT_BEFORE = /\b(\d{1,3})\s+(?:[a-z]{2,5}\s+)?(?:interviews?|interview\s+(?:invit\w*|calls?|offers?)|invit\w*|iis?)\b/i;
/** "no interviews", "zero invites", "not a single interview". */
const NONE = /\b(?:no|zero|not a single|not one)\s+(?:[a-z]{2,5}\s+)?(?:interviews?|interview\s+(?:invit\w*|calls?|offers?)|invit\w*|iis?)\b/i;
/** "interviews: 14", "interview invites: 1 EM, 4 IM", "invitations so far - 3": the counts after the word. */
const COUNT_AFTER = /\b(?:interviews?|interview\s+invit\w*|invit\w*)\s*(?:so far|till now|until now|yet)?\s*[:=\-–]\s*((?:\d{1,3}(?:\s+[a-z]{2,6})?(?:\s*(?:,|\+|and|&)\s*)?)+)/i;

/** The interview count the question states, or undefined when it states none. */
export function interviewsSaid(question: string): number | undefined {
  const q = numbersAsDigits(question);
  const after = COUNT_AFTER.exec(q);
  if (after) return (after[1]!.match(/\d{1,3}/g) ?? []).reduce((sum, n) => sum + Number(n), 0);
  const before = COUNT_BEFORE.exec(q);
  // "4 interviews— wait no 5": a count taken back at once is the one meant (bare-count.ts)
  if (before) return restatedCount(q.slice(before.index + before[0].length)) ?? Number(before[1]);
  return NONE.test(q) ? 0 : undefined;
}

/** "interview invites: 1 EM, 4 IM", "3 IM interviews and 1 FM": each count with the specialty typed right after it;
 *  undefined unless two specialties or more are counted so. */
export function interviewsBySpecialty(question: string): Map<Specialty, number> | undefined {
  const q = numbersAsDigits(question);
  if (interviewsSaid(q) === undefined) return undefined;
  const split = new Map<Specialty, number>();
  for (const m of q.matchAll(/\b(\d{1,3})\s+([A-Za-z]{2,12}(?:\s+medicine)?)\b/g)) {
    const named = specialtiesNamed(m[2]!);
    if (named.length === 1) split.set(named[0]!, (split.get(named[0]!) ?? 0) + Number(m[1]));
  }
  return split.size >= 2 ? split : undefined;
}
