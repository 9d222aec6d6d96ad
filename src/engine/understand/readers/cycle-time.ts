// When a cycle fact holds: a season event named only as a time ("before interviews"), this cycle sat out, an earlier
// cycle denied, and a later cycle only feared beside what is true now. Shared by the stage and cycle readers.
import type { Clause } from '../clauses.js';

// A season event after a word of time is when something else happens, not where the applicant stands
// ("step 3 before interviews start", "after the rank list closes", "by the time rank lists are due").
const SEASON_AS_TIME = /\b(?:before|after|by|until|till|til|ahead of|prior to|in time for|by the time|around|during)( the| my| our)? (interviews?|interview season|rank ?lists?|ranking|match day|the match|match|eras (?:opens?|season)|eras|applications?|apps|residency|soap)\b(?: (?:start|starts|starting|begin|begins|close|closes|closing|open|opens|are due|is due|due|deadline|certif\w*))?/g;

/** The text with season events named only as a time taken out. */
export function withoutSeasonTimes(text: string): string {
  return text.replace(SEASON_AS_TIME, ' ');
}

// This cycle skipped, deferred or unaffordable: the applicant prepares for a later one.
// ("sitting this cycle out", "skipping this season", "not this cycle", "a gap year", "waiting until next",
// "couldn't pay for ERAS this year", "applying next september")
const SAT_OUT = new RegExp([
  String.raw`\bsit(?:ting)? (?:this|the|that|current)? ?(?:one|cycle|season|year|round|match)? ?out\b`,
  String.raw`\b(?:skip|skipping|skipped|skip out on|missing|passing on|sitting out) (?:this|the current|the|this year's) (?:cycle|season|year|round|match)\b`,
  String.raw`\bnot (?:this|the current) (?:cycle|season|round|match)\b`,
  String.raw`\b(?:gap year|year off|taking (?:a|this) (?:year|cycle) off|defer(?:ring|red)?)\b`,
  String.raw`\bwait(?:ing)? (?:until|till|til|for|to) (?:the )?(?:next|following)\b`,
  String.raw`\b(?:couldn't|could not|couldnt|can't|cant|cannot|didn't|didnt|not able to|unable to) (?:afford|pay)\b`,
  String.raw`\bno (?:money|funds|budget) (?:for|to)\b`,
  String.raw`\b(?:appl\w*|submit\w*|eras) (?:in |on |from )?(?:next|the following) (?:january|february|march|april|may|june|july|august|september|sept|sep|october|oct|november|december|spring|summer|fall|autumn|winter)\b`,
  String.raw`\b(?:the one after|cycle after)\b`,
].join('|'));

/** True when the words say this cycle is sat out and a later one prepared for. */
export function satOut(text: string): boolean {
  return SAT_OUT.test(text);
}

// An earlier cycle denied ("never applied before", "haven't applied previously"): this is a first application.
const NONE_EARLIER = /\b(?:never|not|haven't|havent|have not|hadn't|didn't|didnt|did not) (?:ever )?(?:applied|submitted|applied to (?:the )?match) (?:before|previously|in the past|ever|earlier)\b/g;

/** The text with an earlier cycle denied said as a first application. */
export function firstTimeSaid(text: string): string {
  return text.replace(NONE_EARLIER, ' first time applying ');
}

// A later cycle only feared, hoped or thought of ("probably reapplying next year", "might have to try again next cycle",
// "applied, but thinking of the next cycle already").
const HEDGED = /\b(probably|prob|might|may|maybe|possibly|perhaps|likely|could|if|in case|worst case|fear|afraid|worried|thinking|considering|wondering|eyeing|looking ahead)\b/;
// What is true of this cycle now: sent, submitted, interviews had or counted.
const NOW_FACT = /\b(submitted|sent|applied|went out|is out|are out)\b|\b(\d+|no|zero|0) (interviews?|invites?)\b/;

/** The clauses without those that only fear or hope a later cycle, when another clause tells this cycle now. */
export function presentOverHedged(clauses: readonly Clause[]): readonly Clause[] {
  if (!clauses.some((c) => NOW_FACT.test(c.text) && !HEDGED.test(c.text))) return clauses;
  const kept = clauses.filter((c) => !(HEDGED.test(c.text) && /\b(next|again|reappl\w*|later|another)\b/.test(c.text)));
  return kept.length ? kept : clauses;
}
