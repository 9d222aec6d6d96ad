// Last cycle is not this cycle, as one step after reading: "went unmatched last year with only 2 interviews", "last
// cycle I got 3 invites" tell how a past application went, so they are not this cycle's count nor an interviewing
// stage; and a reapplicant who says "not submitted yet for next cycle" is still reapplying. Prepared at load.
import type { ProfileField } from '../../domain/profile.js';

// a cycle already over, in the clauses read for the cycle ("went unmatched", "didn't match", "last cycle")
const PAST_CYCLE = /\b(?:last|previous|prior|past|former|earlier) (?:year|yr|cycle|season|round|match|time|application|attempt)\b|\b(?:went|was|got|ended up) unmatched\b|\b(?:didn't|didnt|did not) match\b/;
const CYCLE_FACT = /\b(?:interviews?|invites?|iis?|submitted|applied|sent)\b/;
const THIS_CYCLE_WORDS = /\b(?:this (?:year|cycle|season|time|round)|so far|now|currently|right now|yet)\b/;
// a past cycle in the message's sentences that count interviews
const PAST = /\b(?:last|previous|prior|past|first) (?:year|cycle|season|time|match|round|application|attempt at the match)\b|\bthe first time i applied\b|\bbefore (?:i|this)\b|\blast yr\b/;
const PRESENT = /\b(?:this (?:year|cycle|season|time|round)|now|so far|currently|right now|till now|until now|yet|new|more)\b/;
// the present named outright, which covers the whole sentence ("last year went unmatched, this cycle I submitted and have 2")
const THIS_CYCLE = /\b(?:this (?:year|cycle|season|round)|so far|currently|(?:in )?the current cycle)\b/;
const INTERVIEWS = /\b(?:interviews?|invites?|invitations?|ivs?)\b/;
// said to be a first application after all ("this is my first time applying", "never applied before")
const FIRST_TIME = /\b(?:first time (?:applying|i apply|in the match)|never applied|not (?:a )?reapplica\w*|not reapplying|first application|first cycle)\b/;

/** The sentences of a message, cut at end marks, semicolons and line breaks. */
const sentences = (t: string): string[] => t.split(/[.!?;\n]+/).map((x) => x.trim()).filter(Boolean);

/** True when every clause read for the cycle that tells a cycle fact speaks of a cycle already over. */
function cycleToldOfPast(cycleClauses: readonly string[]): boolean {
  const told = cycleClauses.filter((t) => CYCLE_FACT.test(t));
  return told.length > 0 && told.every((t) => PAST_CYCLE.test(t) && !THIS_CYCLE_WORDS.test(t));
}

/** True when every sentence that counts interviews (or names a year before `now`) speaks of a past cycle. */
function interviewsOfPastCycle(text: string, now: Date): boolean {
  const t = text.toLowerCase();
  const told = sentences(t).filter((s) => INTERVIEWS.test(s));
  const earlier = (s: string) => [...s.matchAll(/\b(20\d\d)\b/g)].some((m) => Number(m[1]) < now.getUTCFullYear());
  // "this year 2 interviews, last year none": what marks the present is read in the clause that counts the interviews
  const counting = (s: string) => s.split(/,|\b(?:and|but|while|whereas)\b/).filter((c) => INTERVIEWS.test(c));
  return told.length > 0 && told.every((s) => (PAST.test(s) || earlier(s)) && !THIS_CYCLE.test(s) && !counting(s).some((c) => PRESENT.test(c)));
}

interface FieldUpdate { field: ProfileField; value: unknown; old?: unknown }

/** The updates with a past cycle's facts left out (the cycle read only from it, its interviews and the interviewing
 *  stage they imply), and a reapplicant kept one. `cycleClauses` are the clauses the cycle was read from. */
export function withoutPastCycle<U extends FieldUpdate>(updates: U[], text: string, cycleClauses: readonly string[], now: Date): U[] {
  const toldOfPast = cycleClauses.length > 0 && cycleToldOfPast(cycleClauses);
  // the reader may already have left the count out and kept only the interviewing stage it implies
  const pastInterviews = updates.some((u) => (u.field === 'cycle' && (u.value as { interviews?: number }).interviews !== undefined) || (u.field === 'stage' && u.value === 'interviewing'))
    && interviewsOfPastCycle(text, now);
  const first = FIRST_TIME.test(text.toLowerCase());
  return updates.filter((u) => !(toldOfPast && u.field === 'cycle') && !(pastInterviews && (u.field === 'cycle' || (u.field === 'stage' && u.value === 'interviewing'))))
    // a reapplicant getting ready or applying again is still a reapplicant (kept as it is), unless this is their first time
    .map((u) => (u.field === 'stage' && u.old === 'reapplying' && (u.value === 'preparing' || u.value === 'applying') && !first ? { ...u, value: u.old } : u));
}
