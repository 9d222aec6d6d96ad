// "First attempt" said once for several exams ("step 1 pass, ck 247 both first attempt") or cut short ("step 2 239 first").
import type { ProfileField } from '../../domain/profile.js';
import { noFailureAtAll } from './denied-failures.js';

/** A field change as understand() returns it. */
type Update = { field: ProfileField; value: unknown; old?: unknown };

// "239 first", "passed first" at the end of a clause: the attempt, with its noun left off
// (not an order: "ck 239 first, then step 3")
const BARE_FIRST = /\b([12]\d\d|pass|passed|cleared) (first|1st)(?= *(?:$|[,;.!?\n)]))(?! *[,;.]? *(?:and )?(?:then|next|later|followed|after that|before)\b)/gm;
// "both first attempt", "all on the first try", "each in one go", "first attempt for both"
const SHARED = /\b(?:both|all|each|all of them|both of them|all three|all 3|all two)(?: (?:on|in|at|passed|pass|cleared|were|was|done|taken))*(?: the| my)? (?:first|1st|one|1|single) (?:attempts?|try|tries|go|shot|time|sitting)\b|\b(?:first|1st) (?:attempt|try|go|time)s? (?:for|on|in) (?:both|all|each)\b/;
// a failure told in the message means the attempts were not all first ones: nothing is shared then
const FAILED = /\b(fail\w*|flunk\w*|retake|retook|repeat\w*|second|2nd|third|3rd|two attempts|2 attempts|attempts: ?[2-9])\b/;
const EXAMS = new Set(['step1', 'step2ck', 'step3']);

/** The text with "attempt" put after a bare "first" that follows a score or a pass, so the attempt is read. */
export function bareFirstAttempt(text: string): string {
  return text.includes('first') || text.includes('1st') ? text.replace(BARE_FIRST, '$1 $2 attempt') : text;
}

/** The exam updates with "first attempt" given to each whose attempt was not said, when the message said it once
 *  for them all ("both first attempt", "no attempts failed") and told no failure; other updates are returned as they were. */
export function sharedFirstAttempt<U extends Update>(text: string, updates: readonly U[]): U[] {
  const exams = updates.filter((u) => EXAMS.has(u.field));
  // ("step 1 pass, ck 228, no attempts failed": a failure denied once, of no one exam, is denied of each; the denial's
  // own words are no failure told)
  const clauses = text.split(/\s*;\s*/);
  const deniedOnce = clauses.some(noFailureAtAll);
  const rest = deniedOnce ? clauses.filter((c) => !noFailureAtAll(c)).join(' ; ') : text;
  if (exams.length < 2 || !(SHARED.test(text) || deniedOnce) || FAILED.test(rest)) return [...updates];
  return updates.map((u) => {
    const v = u.value as { attempts?: number; attemptsUnstated?: boolean };
    if (!EXAMS.has(u.field) || !v.attemptsUnstated) return u;
    const { attemptsUnstated: _unstated, ...rest } = v;
    return { ...u, value: { ...rest, attempts: 1 } as never };
  });
}
