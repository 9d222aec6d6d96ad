// The applicant's own wish with someone else's reason after it ("LA only bcz my wife is doing a PhD at USC"): two facts.
import { CLOSE_PEOPLE } from './others-break.js';

const PERSON = `(?:${CLOSE_PEOPLE})`;
// "... because my wife", "... bcz my parents", "... since our kids", typed in a hurry "... because wife works here": the
// reason begins a clause of its own
const REASON = new RegExp(`(?<=[a-z0-9)]) (because|bcz|bcoz|bcuz|bc|b/c|coz|cuz|cause|since|as) ((?:(?:my|our|the) )?${PERSON}(?:'?s)?)\\b`, 'g');
const ANY_PERSON = new RegExp(`\\b${PERSON}\\b`);

/** The text with a clause break put before a reason that is about another person, so the wish before it stays the
 *  applicant's own (and the reason, someone else's, is read or left out as theirs). */
export function ownBeforeReason(text: string): string {
  return ANY_PERSON.test(text) ? text.replace(REASON, '; $1 $2') : text;
}

