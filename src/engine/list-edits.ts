// Taking places or languages out of a saved list ("remove orange county", "take out OC from my regions", "what if I
// drop OC"): the list without them, as a correction or a what-if. Adding ("also San Diego") is read by understanding.
import type { Profile } from '../domain/profile.js';
import { understand, type Update } from './understand/understand.js';

const VERB = String.raw`(?:remove|drop|take out|take off|leave out|cut|exclude|cross off|cross out|scratch)`;
const TAIL = String.raw`(?:\s+(?:from|off|out of)\s+(?:my|the)\s+(?:regions?|list|places|areas|preferences?|languages?))?(?:\s*,?\s*(?:please|pls|too|as well|instead))*`;
const REMOVAL = new RegExp(String.raw`^(?:(?:please|pls|ok|okay|and|also|actually|oh)\s*,?\s+)*${VERB}\s+(.+?)${TAIL}[.!]*$`);
const WHAT_IF_REMOVAL = new RegExp(String.raw`^(?:what if|what happens if|suppose|supposing)\s+(?:i|we)\s+(?:just\s+)?${VERB}\s+(.+?)${TAIL}[.!?]*$`);

/** A removal from the saved regions or languages, told as a change or a what-if; undefined when the words name none saved. */
export function removalIn(text: string, profile: Profile, now: Date): { update: Update; whatIf: boolean } | undefined {
  const t = text.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim();
  const supposed = WHAT_IF_REMOVAL.exec(t);
  const m = supposed ?? REMOVAL.exec(t);
  if (!m) return undefined;
  const whatIf = supposed !== null;
  for (const field of ['regions', 'languages'] as const) {
    const saved = profile[field] as string[] | undefined;
    if (!saved?.length) continue;
    const read = understand(m[1]!, { pending: field, profile: {}, now }).updates.find((u) => u.field === field)?.value as string[] | undefined;
    if (!read?.length || !read.every((x) => saved.includes(x))) continue;
    const left = saved.filter((x) => !read.includes(x));
    if (!left.length) continue;
    return { update: { field, value: left, old: saved } as Update, whatIf };
  }
  return undefined;
}
