// Counts told only as additions ("got another letter today", "2 more months since then"): added to what is stored,
// never read as the whole count (3 letters stored and "another letter" is 4, not 1).
import type { ProfileField } from '../../domain/profile.js';
import type { Clause } from './clauses.js';
import type { Reading } from './reading.js';

const ADDABLE: ReadonlySet<ProfileField> = new Set(['usLors', 'usce', 'research']);
const ADDITION = /\b(?:another|an additional|an extra|one more)\s+(\d+(?:\.\d+)?)\b|\b(\d+(?:\.\d+)?) (?:more|additional|extra)\b/g;

/** Letters, experience or papers whose every count in the clauses is told as an addition ("another 1 letter", "2 more months"). */
export function additionOnly(field: ProfileField, group: readonly Clause[]): boolean {
  if (!ADDABLE.has(field)) return false;
  const text = group.map((c) => c.text).join(' ; ');
  if (!ADDITION.test(text)) return false;
  ADDITION.lastIndex = 0;
  return !/\d/.test(text.replace(ADDITION, ' '));
}

/** The reading of an addition made against the stored value: added, with the stored kind when none is told; papers are asked (the reader keeps stored parts). */
export function added(field: ProfileField, stored: unknown, reading: Reading<unknown>): Reading<unknown> {
  if (field === 'research') return reading.kind === 'value' ? { kind: 'clarify', topic: 'research_status' } : reading;
  if (reading.kind === 'value') return { kind: 'value', value: addedTo(field, stored, reading.value) };
  const months = Number((reading.kind === 'clarify' ? reading.facts : undefined)?.months);
  if (field === 'usce' && reading.kind === 'clarify' && reading.topic === 'usce_kind' && months > 0) {
    const s = stored as { months: number; kind: string; where: string[] };
    const where = String(reading.facts?.where ?? '').split(',').filter(Boolean);
    if (s.kind !== 'none' && s.months > 0) return { kind: 'value', value: { months: s.months + months, kind: s.kind, where: [...new Set([...s.where, ...where])] } };
  }
  return reading;
}

/** A count told as an addition, added to the stored one (kinds and places kept from both). */
function addedTo(field: ProfileField, stored: unknown, read: unknown): unknown {
  if (field === 'usLors') { const s = stored as { count: number }; const r = read as { count: number }; return { ...s, ...r, count: s.count + r.count }; }
  if (field === 'research') { const s = stored as { publications: number; posters: number }; const r = read as { publications: number; posters: number }; return { ...s, publications: s.publications + r.publications, posters: s.posters + r.posters }; }
  const s = stored as { months: number; kind: string; where: string[] };
  const r = read as { months: number; kind: string; where: string[] };
  const kind = s.months === 0 || s.kind === 'none' ? r.kind : r.kind === s.kind || r.kind === 'none' ? s.kind : 'mixed';
  return { months: s.months + r.months, kind, where: [...new Set([...s.where, ...r.where])] };
}


// a visa told as one more option ("J-1 too", "also the J-1 option", "H1B as well") beside the other one stored: either;
// unless the message drops the stored one ("J-1 too, not H-1B", "only J-1 now", "switch to J-1")
const DROPS_STORED = /\b(not|no|never|only|just|instead|switch\w*|chang\w*|actually|rather|anymore|any more|longer)\b/;
// "too" before a word judges ("too expensive", "too hard"): no addition
const TOO_JUDGED = /\btoo\s+[a-z]/;
const J1_WORD = /\bj-? ?1\b/;
const H1B_WORD = /\bh-? ?1-? ?b\b/;
const OTHER_VISA: Readonly<Record<string, string>> = { needs_j1: 'needs_h1b', needs_h1b: 'needs_j1' };

/** The visa read from clauses that add it ("also need the J-1 option") to the other visa stored: either, else the reading as it was. */
export function visaAdded(group: readonly Clause[], stored: unknown, reading: Reading<unknown>): Reading<unknown> {
  if (reading.kind !== 'value' || typeof stored !== 'string' || OTHER_VISA[stored] !== reading.value) return reading;
  // (the visa clauses name the visa added and never the stored one: "j1, h1b is too expensive" drops the H-1B)
  const [added, kept] = reading.value === 'needs_j1' ? [J1_WORD, H1B_WORD] : [H1B_WORD, J1_WORD];
  const text = group.map((c) => c.text).join(' ; ');
  if (!group.some((c) => c.adds && !TOO_JUDGED.test(c.text)) || !added.test(text) || kept.test(text) || DROPS_STORED.test(text)) return reading;
  return { kind: 'value', value: 'either' };
}
