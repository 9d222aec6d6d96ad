// A correction replaces only what it names: a score corrected keeps the attempt stated before ("CK was 222 not 226"),
// and one part of mixed US experience corrected keeps the other part ("the externship was 3 months not 2", with an
// observership stored beside it, changes the total by one month). Applied to a reading's corrections and what-ifs.
import type { Update } from './understand/understand.js';

// "3 months not 2", "3 not 2 months", "not 2 but 3 months": the new part and the old part
const PART_FIX = /\b(\d+(?:\.\d+)?)\s*(?:months?|mos?|mo)?\s*,?\s*(?:and\s+)?not\s+(\d+(?:\.\d+)?)\b|\bnot\s+(\d+(?:\.\d+)?)\s*(?:months?|mos?|mo)?\s*,?\s*but\s+(\d+(?:\.\d+)?)\b/;
// the part named: a kind of experience, not the whole ("usce", "clinical experience", "in total")
const PART_NAMED = /\b(externships?|observerships?|obs|rotations?|electives?|clerkships?|sub-?i|hands[- ]?on|shadowing)\b/;
const WHOLE_NAMED = /\b(total|in all|altogether|overall|all together|usce|clinical experience)\b/;

type Attempted = { attempts: number; attemptsUnstated?: true };

/** The update with what it did not name kept from the value it replaces. */
export function narrowed(u: Update, text: string): Update {
  if (u.old === undefined) return u;
  if (u.field === 'step1' || u.field === 'step2ck') return keepAttempts(u);
  if (u.field === 'usce') return keepOtherPart(u, text.toLowerCase());
  return u;
}

/** A score corrected with no attempt said keeps the attempt count stored before (same kind of result only). */
function keepAttempts(u: Update): Update {
  const v = u.value as Record<string, unknown> & Partial<Attempted>;
  const o = u.old as Record<string, unknown> & Partial<Attempted>;
  if (!v.attemptsUnstated || o.attemptsUnstated || typeof o.attempts !== 'number') return u;
  const sameKind = (v.result !== undefined && v.result === o.result) || (v.taken === true && o.taken === true);
  if (!sameKind) return u;
  const { attemptsUnstated: _dropped, ...rest } = v;
  return { ...u, value: { ...rest, attempts: o.attempts } } as Update;
}

/** One part of mixed experience corrected ("externship 3 months not 2"): the total moves by the difference, the mix stays. */
function keepOtherPart(u: Update, t: string): Update {
  const v = u.value as { months: number; kind: string; where: string[] };
  const o = u.old as { months: number; kind: string; where: string[] };
  if (o.kind !== 'mixed' || v.kind === 'none' || !PART_NAMED.test(t) || WHOLE_NAMED.test(t)) return u;
  const m = PART_FIX.exec(t);
  if (!m) return u;
  const now = Number(m[1] ?? m[4]);
  const before = Number(m[2] ?? m[3]);
  if (v.months !== now || before >= o.months) return u;
  return { ...u, value: { ...o, months: o.months - before + now, where: [...new Set([...o.where, ...v.where])] } } as Update;
}
