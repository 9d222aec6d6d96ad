// Where one clause holds facts of two fields, and where "+" joins two facts: a clause that names two exclusive fields
// ("step 1 pass step 2 230") is cut at the second field's name; "+" between facts of different fields reads as "and".
import type { ProfileField } from '../../domain/profile.js';
import type { Clause } from './clauses.js';
import { EXCLUSIVE, mentions } from './fields.js';
import { tokenise } from './tokens.js';

const LEAD_IN = new Set(['no', 'not', 'never', 'zero', 'any', 'my', 'some', 'none', 'without', 'also', 'plus', 'and', 'with', 'i', "i'm", 'have', 'had', 'got', 'did', 'done', 'a', 'an', 'the', 'still', 'only', 'just', 'need', 'needs', 'on']);

/** Cuts a clause that names two exclusive fields ("step 1 pass step 2 230") at the second field's name. */
export function cut(clause: Clause, strongIm: boolean): Clause[] {
  const found = mentions(clause.tokens, strongIm).filter((m) => !m.weak && EXCLUSIVE.has(m.field));
  const cuts: number[] = [];
  let current: ProfileField | undefined;
  for (const m of found) {
    const joinedBy = clause.tokens.slice(Math.max(0, m.at - 3), m.at).some((w) => /^(from|during|at|through|of|for|after|before|via)$/.test(w));
    if (current !== undefined && m.field !== current && m.at > 0 && !joinedBy && !(current === 'usLors' && m.field === 'usce')) {
      // "ck was 233 i have no usce": the words leading into the second fact go with it
      let at = m.at;
      while (at > 1 && LEAD_IN.has(clause.tokens[at - 1]!)) at -= 1;
      // "2 clinical letters from my rotation 1 research letter": a count right before the cut goes with it, when a count stays behind
      if (at > 1 && /^\d+$/.test(clause.tokens[at - 1]!) && clause.tokens.slice(cuts.at(-1) ?? 0, at - 1).some((w) => /^\d+$/.test(w))) at -= 1;
      cuts.push(at);
    }
    current = m.field;
  }
  if (cuts.length === 0) return [clause];
  const bounds = [0, ...cuts, clause.tokens.length];
  return bounds.slice(0, -1).map((start, i) => {
    const tokens = clause.tokens.slice(start, bounds[i + 1]);
    return { ...clause, tokens, text: tokens.join(' ') };
  });
}

const PLUS = /([^,;.()\n+]*?)\s*\+\s*(?=([^,;.()\n+]*))/g;

function namedFields(words: string, strongIm: boolean): Set<ProfileField> {
  return new Set(mentions(tokenise(words), strongIm).filter((m) => !m.weak).map((m) => m.field));
}

/** "+" between two facts of different fields joins clauses like "and"; between parts of one field it stays a sum. */
export function plusAsAnd(text: string, strongIm: boolean): string {
  if (!text.includes('+')) return text;
  return text.replace(PLUS, (whole, left: string, right: string) => {
    const before = namedFields(left, strongIm);
    const after = namedFields(right, strongIm);
    return before.size > 0 && after.size > 0 && ![...after].some((f) => before.has(f)) ? `${left} and ` : whole;
  });
}
