// A clarifying question asked again or given up: at most twice per field, then its stated assumption (when it was
// the question answered) or its field left open (when other answers passed it over).
import { FIELD_LABELS } from './describe-profile.js';
import { MESSAGES } from './messages.js';
import { record } from './record-answer.js';
import type { ConversationState } from './state.js';
import { assumption, toldPart, type Clarifying } from './understand/clarify.js';

/** How many times one field's clarifying question is asked before it is given up. */
export const MAX_CLARIFY = 2;

/** Counts one more asking of `c` and returns true; past the limit drops it with its stated assumption and returns false. */
export function askAgainOrAssume(s: ConversationState, c: Clarifying, texts: string[]): boolean {
  const count = s.clarified[c.field] ?? 0;
  if (count < MAX_CLARIFY) {
    s.clarified = { ...s.clarified, [c.field]: count + 1 };
    return true;
  }
  delete s.clarifying;
  // a value already saved stays: an assumption only fills a gap, never overwrites what the person said before
  if (s.profile[c.field] !== undefined) return false;
  const assumed = assumption(c);
  if (assumed.value !== undefined) record(s, c.field, assumed.value);
  // the specialty is never skipped this way: without it there is no plan, so its question comes back in its turn
  else if (!s.skipped.includes(c.field) && c.field !== 'specialty') s.skipped = [...s.skipped, c.field];
  texts.push(assumed.text);
  return false;
}

/** A clarification passed over while other answers came: asked once more, then dropped and its field left open (skipped),
 * never filled by an assumption, since silence is no answer (what was told of it is kept, its open part unknown). */
export function askAgainOrLeaveOpen(s: ConversationState, c: Clarifying, texts: string[]): void {
  const count = s.clarified[c.field] ?? 0;
  if (count < MAX_CLARIFY) {
    s.clarified = { ...s.clarified, [c.field]: count + 1 };
    return;
  }
  delete s.clarifying;
  if (s.profile[c.field] !== undefined) return;
  // (what was told of the field is kept with its open part unknown: "3 months in LA", the kind never answered)
  const told = toldPart(c);
  if (told) { record(s, c.field, told.value); texts.push(told.text); return; }
  if (!s.skipped.includes(c.field)) s.skipped = [...s.skipped, c.field];
  const assumed = assumption(c);
  texts.push(assumed.value === undefined ? assumed.text : MESSAGES.leftOpenAfterAsking(FIELD_LABELS[c.field]));
}
