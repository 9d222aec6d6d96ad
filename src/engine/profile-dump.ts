// Reads several answers from one message such as "Step 1 fail, Step 2 CK 218, need a J-1, class of 2019".
import type { Profile, ProfileField } from '../domain/profile.js';
import { fieldMentioned } from './intent.js';
import { parseAnswer, type ParseContext } from './parse/parse-answer.js';

/** One answer found in a longer message. */
export interface Picked { field: ProfileField; value: NonNullable<Profile[ProfileField]> }

/**
 * Splits a message into clauses, and reads each clause that names a field with that field's parser.
 * Returns the answers only when at least two different fields were read, so ordinary answers are untouched.
 */
export function readProfileDump(text: string, ctx: ParseContext): Picked[] {
  const clauses = text.split(/[,;\n]|\s(?:and|but|also|plus|with)\s|\s[-–—]\s|\.(?:\s|$)/i).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return [];
  const picked = new Map<ProfileField, Picked>();
  for (const clause of clauses) {
    const field = fieldMentioned(clause);
    if (!field || picked.has(field)) continue;
    const parsed = parseAnswer(field, clause, ctx);
    if (parsed.ok) picked.set(field, { field, value: parsed.value as Picked['value'] });
  }
  return picked.size >= 2 ? [...picked.values()] : [];
}
