// Storing one answer in the conversation: the field set, taken out of the skipped ones, moved to the end of the
// history "back" walks; and the specialty order assumed when "which first?" is left open.
import type { Reply } from '../domain/io.js';
import type { ProfileField } from '../domain/profile.js';
import { SPECIALTY_NAMES } from '../domain/specialty-names.js';
import { MESSAGES } from './messages.js';
import { openOrder } from './or-order.js';
import type { ConversationState } from './state.js';

/** Stores one answer: sets the field, un-skips it, and moves it to the end of the history used by "back". */
export function record(s: ConversationState, field: ProfileField, value: unknown): void {
  s.profile = { ...s.profile, [field]: value };
  s.skipped = s.skipped.filter((f) => f !== field);
  s.history = [...s.history.filter((f) => f !== field), field];
}

/** With no specialty stored and "which first?" open, records the options in the order named and says so (pushed as a
 *  reply when replies are given, else returned as a line for the facts' reply). */
export function settleOpenOrder(s: ConversationState, replies?: Reply[]): string | undefined {
  const order = s.profile.specialty ? undefined : openOrder(s.clarifying);
  if (!order) return undefined;
  record(s, 'specialty', order);
  delete s.clarifying;
  const text = MESSAGES.orderAssumed(SPECIALTY_NAMES[order.primary], SPECIALTY_NAMES[order.backup]);
  replies?.push({ type: 'text', text });
  return text;
}
