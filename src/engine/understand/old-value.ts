// A correction finds the field that held the old value: "I said 241 earlier, it's 214" changes the score stored as
// 241 (Step 2 CK), whatever question is on screen; "not 2018, it's 2016" changes the graduation year stored as 2018.
// Only a value held by exactly one field names it; a message that already names a field is left to the readers.
import type { Profile, ProfileField } from '../../domain/profile.js';

// the value put right stands after a word of saying, after "not", or before "was wrong / is a typo"
const SAID_BEFORE = /\b(?:i (?:said|wrote|put|put down|typed|told you|mentioned|entered|gave|gave you)|not|instead of|rather than|wasn'?t|isn'?t|it'?s not)\s+(?:(?:it was|it's|its|as|you|the|my)\s+)?(\d{1,4})\b/g;
const WRONG_AFTER = /\b(\d{1,4})\s+(?:(?:i|you) (?:said|wrote|put|typed|gave)\s+)?(?:was|is)\s+(?:wrong|a typo|a mistake|incorrect)\b/g;

/** The values of a stored profile that a correction may name, by the field holding them. */
function heldValues(p: Profile): [ProfileField, number][] {
  const out: [ProfileField, number | undefined][] = [
    ['step1', p.step1 && 'score' in p.step1 ? p.step1.score : undefined],
    ['step2ck', p.step2ck && 'score' in p.step2ck ? p.step2ck.score : undefined],
    ['step3', p.step3 && 'score' in p.step3 ? p.step3.score : undefined],
    ['graduationYear', p.graduationYear],
    ['usce', p.usce?.months],
    ['usLors', p.usLors?.count],
    ['research', p.research?.publications],
    ['research', p.research?.posters],
    ['cycle', p.cycle?.interviews],
  ];
  return out.filter((x): x is [ProfileField, number] => x[1] !== undefined);
}

/** The one field whose stored value the message takes back ("I said 241", "not 2018", "the 3 was wrong") while
 *  giving another number in its place; undefined when no field, or more than one, holds that value. */
export function fieldOfOldValue(text: string, profile: Profile): ProfileField | undefined {
  const t = text.toLowerCase();
  const numbers = [...t.matchAll(/\b\d{1,4}\b/g)].map((m) => Number(m[0]));
  const old = new Set([...t.matchAll(SAID_BEFORE), ...t.matchAll(WRONG_AFTER)].map((m) => Number(m[1])));
  const held = heldValues(profile);
  for (const value of old) {
    const fields = [...new Set(held.filter(([, v]) => v === value).map(([f]) => f))];
    // (a new value beside it, of the same size: "241 ... 214", "2018 ... 2016", "3 ... 2")
    const digits = String(value).length;
    const replaced = numbers.some((n) => n !== value && String(n).length === digits);
    if (fields.length === 1 && replaced) return fields[0];
  }
  return undefined;
}
