// One message read by understand() against a pending question: what it stored, by field, and what it asked about.
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { understand } from '../../src/engine/understand/understand.js';

const NOW = new Date('2026-12-06T12:00:00Z');

/** The fields a message stores (value by field), the field it asks about, and the whole reading. */
export function read(pending: ProfileField, message: string, profile: Profile = {}) {
  const r = understand(message, { pending, profile, now: NOW });
  const got: Partial<Record<ProfileField, unknown>> = {};
  for (const u of r.updates) got[u.field] = u.value;
  return { got, clarify: r.clarify?.field, r };
}

/** The values a message stores, by field (an optional pending question and stored profile), for tests that check
 *  one field's value at a time. */
export function stored(text: string, pending?: ProfileField, profile: Profile = {}): Partial<Record<ProfileField, Record<string, unknown>>> {
  return Object.fromEntries(understand(text, { pending, profile, now: NOW }).updates.map((u) => [u.field, u.value])) as Partial<Record<ProfileField, Record<string, unknown>>>;
}
