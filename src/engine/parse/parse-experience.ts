// Reads experience counts: US clinical experience, US letters, research output.
import type { Research, Usce, UsLors } from '../../domain/profile.js';
import { findPhrases, normalize } from './phrases.js';
import { digitize } from './numbers.js';
import { regionsIn } from './parse-places.js';
import { isNegative, notUnderstood, ok, outOfRange, type Parsed } from './result.js';
import { SPECIALTY_ALIASES } from './vocabulary.js';

/** Parses months, kind (hands-on / observership) and where of US clinical experience. */
export function parseUsce(text: string): Parsed<Usce> {
  const raw = text.trim().toLowerCase();
  if (raw === 'none' || isNegative(raw)) return ok({ months: 0, kind: 'none', where: [] });
  const t = digitize(normalize(text));
  let months = 0;
  let said = false;
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)\s*(?:-\s*)?(months?|mos?|mnths?|m|weeks?|wks?|w|years?|yrs?)\b/g)) {
    const n = Number(m[1]);
    const unit = m[2]!;
    months += unit.startsWith('w') ? n / 4 : unit.startsWith('y') ? n * 12 : n;
    said = true;
  }
  if (!said && /\b(a|one) year\b/.test(t)) { months = 12; said = true; }
  if (months > 120) return outOfRange('Count US clinical experience in months, up to 120 (ten years).');
  const handsOn = /\b(hands ?-?on|extern\w*|sub ?-?i\w*|sub ?-?intern\w*|clerkships?|electives?|rotations?|core|clinical rotation|residen\w*|intern\w*|acting intern\w*|ai|usce)\b/.test(t);
  const observer = /\b(observ\w*|shadow\w*|obs)\b/.test(t);
  const kind = handsOn && observer ? 'mixed' : handsOn ? 'hands_on' : observer ? 'observership' : 'unspecified';
  if (!said) return notUnderstood();
  if (months === 0) return ok({ months: 0, kind: 'none', where: [] });
  const where = regionsIn(text).filter((r): r is Usce['where'][number] => r !== 'anywhere');
  return ok({ months: Math.round(months * 10) / 10, kind, where });
}

const SPECIALTY_WORDS: [string, true][] = Object.values(SPECIALTY_ALIASES).flat().map((a) => [a, true]);

/** Parses US letters: how many, whether any are in the specialty, whether any are from California. */
export function parseUsLors(text: string): Parsed<UsLors> {
  const raw = text.trim().toLowerCase();
  if (/^\d+$/.test(raw)) {
    const n = Number(raw);
    return n > 20 ? outOfRange('Type how many US letters you have, from 0 to 20.') : ok({ count: n });
  }
  const t = digitize(normalize(text));
  if (isNegative(raw) && !/\d/.test(t)) return ok({ count: 0 });
  const n = t.match(/\b(\d+)\b/);
  if (!n) return notUnderstood();
  const count = Number(n[1]);
  if (count > 20) return outOfRange('Type how many US letters you have, from 0 to 20.');
  const lors: UsLors = { count };
  const noneIn = /\b(none|no|0|not)\b[^,.;]*\b(specialty|field)\b/.test(t);
  if (noneIn) lors.inSpecialty = false;
  else if (/\b(specialty|field|in my)\b/.test(t) || findPhrases(text, SPECIALTY_WORDS).length > 0) lors.inSpecialty = true;
  const noneCa = /\b(none|no|0|not)\b[^,.;]*\b(california|ca|cali|la|socal)\b/.test(t);
  if (noneCa) lors.fromCalifornia = false;
  else if (regionsIn(text).some((r) => r !== 'other_us' && r !== 'anywhere')) lors.fromCalifornia = true;
  return ok(lors);
}

/** Parses research output: publications and posters/abstracts, "none" for zero. */
export function parseResearch(text: string): Parsed<Research> {
  const raw = text.trim().toLowerCase();
  if (raw === 'none' || (isNegative(raw) && !/\d/.test(raw))) return ok({ publications: 0, posters: 0 });
  const t = digitize(normalize(text));
  let publications = 0;
  let posters = 0;
  let said = false;
  for (const m of t.matchAll(/\b(\d+)\s+(?:[a-z-]+\s+){0,2}?(pubs?|publications?|papers?|articles?|manuscripts?|case reports?|posters?|abstracts?|presentations?)\b/g)) {
    const n = Number(m[1]);
    if (/^(posters?|abstracts?|presentations?)$/.test(m[2]!)) posters += n; else publications += n;
    said = true;
  }
  if (publications > 500 || posters > 500) return outOfRange('Type a count of publications and posters, each up to 500.');
  if (!said) {
    if (/\b(no|none|zero|nothing)\b/.test(t)) return ok({ publications: 0, posters: 0 });
    return notUnderstood();
  }
  return ok({ publications, posters });
}
