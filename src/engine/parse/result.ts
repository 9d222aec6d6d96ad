// The outcome of reading one answer: a value, or why not ("not understood" is kept apart from "invalid").

/** A parsed value, or an issue code with a hint for the re-ask. */
export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; issue: 'not_understood' }
  | { ok: false; issue: 'out_of_range'; hint: string };

/** A successful parse. */
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
/** The answer could not be read at all. */
export const notUnderstood = <T>(): Parsed<T> => ({ ok: false, issue: 'not_understood' });
/** The answer was read but its value cannot be right. */
export const outOfRange = <T>(hint: string): Parsed<T> => ({ ok: false, issue: 'out_of_range', hint });

const NEGATIVE = /^(no|nope|nah|none|nothing|zero|0|n\/a|na|not really|not yet|no one|nobody|never|not any|i don'?t have any|i have none|don'?t have any|i do not have any)\b/;

/** True for "nope", "none", "no", "not yet", "I don't have any" and the like. */
export function isNegative(text: string): boolean {
  return NEGATIVE.test(text.trim().toLowerCase().replace(/[.!]+$/, ''));
}
