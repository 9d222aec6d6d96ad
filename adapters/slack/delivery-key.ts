// De-duplication keys that never contain a Slack user id (they outlive "forget me" for up to 24 hours).
import { createHmac, randomBytes } from 'node:crypto';

// one random key per process: a fallback key cannot be traced back to a person, even from the database
const KEY = randomBytes(32);

/**
 * A key for a delivery that has no id of its own, made from its parts (user id, text, timestamps) by a keyed hash:
 * the same parts give the same key within this process, and nothing of the parts can be read back from it.
 */
export function anonymousKey(kind: string, ...parts: string[]): string {
  return `slack:${kind}:h:${createHmac('sha256', KEY).update(parts.join('\u0000')).digest('hex').slice(0, 32)}`;
}
