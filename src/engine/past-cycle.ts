// Last cycle is not this cycle: "last year I had 3 interviews" tells how a past application went, so it is not this
// cycle's interview count nor an interviewing stage; and a reapplicant who says "not submitted yet for next cycle" is
// still reapplying. Applied to a reading's updates; prepared at load.
import type { Update } from './understand/understand.js';

const PAST = /\b(?:last|previous|prior|past|first) (?:year|cycle|season|time|match|round|application|attempt at the match)\b|\bthe first time i applied\b|\bbefore (?:i|this)\b|\blast yr\b/;
const PRESENT = /\b(?:this (?:year|cycle|season|time|round)|now|so far|currently|right now|till now|until now|yet|new|more)\b/;
// the present named outright, which covers the whole sentence ("last year went unmatched, this cycle I submitted and have 2")
const THIS_CYCLE = /\b(?:this (?:year|cycle|season|round)|so far|currently|(?:in )?the current cycle)\b/;
const INTERVIEWS = /\b(?:interviews?|invites?|invitations?|ivs?)\b/;
// said to be a first application after all ("this is my first time applying", "never applied before")
const FIRST_TIME = /\b(?:first time (?:applying|i apply|in the match)|never applied|not (?:a )?reapplica\w*|not reapplying|first application|first cycle)\b/;

/** The sentences of a message, cut at end marks, semicolons and line breaks. */
const sentences = (t: string): string[] => t.split(/[.!?;\n]+/).map((x) => x.trim()).filter(Boolean);

/** True when every sentence that counts interviews (or names a year before `now`) speaks of a past cycle. */
function interviewsOfPastCycle(text: string, now: Date): boolean {
  const t = text.toLowerCase();
  const told = sentences(t).filter((s) => INTERVIEWS.test(s));
  const earlier = (s: string) => [...s.matchAll(/\b(20\d\d)\b/g)].some((m) => Number(m[1]) < now.getUTCFullYear());
  // "this year 2 interviews, last year none": what marks the present is read in the clause that counts the interviews
  const counting = (s: string) => s.split(/,|\b(?:and|but|while|whereas)\b/).filter((c) => INTERVIEWS.test(c));
  return told.length > 0 && told.every((s) => (PAST.test(s) || earlier(s)) && !THIS_CYCLE.test(s) && !counting(s).some((c) => PRESENT.test(c)));
}

/** The updates with last cycle's interviews (and the interviewing stage read from them) left out, and a reapplicant kept one. */
export function withoutPastCycle(updates: Update[], text: string, now: Date): Update[] {
  // the reader may already have left the count out and kept only the interviewing stage it implies
  const past = updates.some((u) => (u.field === 'cycle' && (u.value as { interviews?: number }).interviews !== undefined) || (u.field === 'stage' && u.value === 'interviewing'))
    && interviewsOfPastCycle(text, now);
  const first = FIRST_TIME.test(text.toLowerCase());
  return updates.filter((u) => !(past && (u.field === 'cycle' || (u.field === 'stage' && u.value === 'interviewing'))))
    // a reapplicant getting ready or applying again is still a reapplicant (kept as it is), unless this is their first time
    .map((u) => (u.field === 'stage' && u.old === 'reapplying' && (u.value === 'preparing' || u.value === 'applying') && !first ? { ...u, value: u.old } : u));
}
