// What a field reader returns: a value, a clarifying question to ask, a refusal with a hint, or nothing.
import type { Profile, Region } from '../../domain/profile.js';
import type { Clause } from './clauses.js';
import { readConfirmation } from './confirm.js';

/** Short clarifying questions the engine can ask; each has its own way of reading the reply. */
export type ClarifyTopic =
  | 'step1_later_pass' // failed Step 1 n times: passed later?
  | 'step1_attempt' // "yes" to how Step 1 went: passed, on which attempt?
  | 'visa_which' // needs a visa: J-1, H-1B or either?
  | 'visa_ead' // pending green card or H-4: is there an EAD?
  | 'visa_no_sponsor' // "no visa needed": citizen, green card or EAD?
  | 'usce_months' // experience named without its length
  | 'lors_count' // letters named without a count
  | 'implausible' // a value that cannot be right (a CK of 2, a year 1890): the hint is the question
  | 'step3_result' // Step 3 taken: passed, waiting, or failed?
  | 'specialty_which' // two specialties and no first choice, or a group ("primary care", "surgery")
  | 'usce_kind' // months without hands-on or observership
  | 'research_status' // papers submitted, not published
  | 'regions_which'; // a hedged or vague place preference

/** Every topic, for validating stored state. */
export const CLARIFY_TOPICS = ['step1_later_pass', 'step1_attempt', 'visa_which', 'visa_ead', 'visa_no_sponsor', 'usce_months', 'lors_count', 'implausible', 'step3_result', 'specialty_which', 'usce_kind', 'research_status', 'regions_which'] as const satisfies readonly ClarifyTopic[];

/** The outcome of reading one field from the clauses that talk about it. */
export type Reading<T> =
  | { kind: 'value'; value: T }
  | { kind: 'clarify'; topic: ClarifyTopic; facts?: Record<string, number | string | boolean> }
  | { kind: 'refuse'; hint: string }
  | { kind: 'none' };

/** What a reader may consult besides the clauses. */
export interface ReadContext<T> {
  now: Date;
  /** The stored value, for corrections that change one part ("it was my 2nd attempt"). */
  stored: T | undefined;
  profile: Profile;
  /** The field is the pending question (short answers such as "yes" or "none" then count). */
  pending: boolean;
  /** Places named anywhere in the message, for "3 letters from there". */
  messagePlaces?: readonly (Region | 'anywhere')[];
  /** US places named with experience done there ("my IM externship in Ohio"), for months told in a clause of their own. */
  experiencePlaces?: readonly Region[];
}

/** A field reader. */
export type Reader<T> = (clauses: readonly Clause[], ctx: ReadContext<T>) => Reading<T>;

export const value = <T>(v: T): Reading<T> => ({ kind: 'value', value: v });
export const none = <T>(): Reading<T> => ({ kind: 'none' });
export const refuse = <T>(hint: string): Reading<T> => ({ kind: 'refuse', hint });
export const clarify = <T>(topic: ClarifyTopic, facts?: Record<string, number | string | boolean>): Reading<T> => ({ kind: 'clarify', topic, ...(facts ? { facts } : {}) });

/** All tokens of the clauses, clause boundaries kept as ";". */
export function joined(clauses: readonly Clause[]): string[] {
  return clauses.flatMap((c, i) => (i === 0 ? c.tokens : [';', ...c.tokens]));
}

/** A real "yes" / "no" to a question of fact, as a whole reply or its opening, read by the one yes/no reader ("ok" is neither). */
export function yesNo(clauses: readonly Clause[]): boolean | undefined {
  let answer = readConfirmation(clauses[0]?.tokens.join(' ') ?? '', 'claim');
  // "sure, yes we are": an acknowledgement on its own before the answer
  if (answer === 'acknowledged' && clauses.length > 1) answer = readConfirmation(clauses[1]!.tokens.join(' '), 'claim');
  return answer === 'yes' ? true : answer === 'no' ? false : undefined;
}
