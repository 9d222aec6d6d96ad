// A number told under a word that names a family of fields but not which one ("my usmle score is 231" while Step 1 is
// asked: Step 1, Step 2 CK or Step 3?): nothing is stored under the question pending, and which field is asked. The
// families are data (knowledge/unnamed-fields.json, checked with zod when loaded).
import { z } from 'zod';
import { PROFILE_FIELDS, type ProfileField } from '../../domain/profile.js';
import { alternation } from '../people.js';
import type { Clarifying } from './clarify.js';
import FAMILIES_FILE from '../../../knowledge/unnamed-fields.json' with { type: 'json' };

const words = z.array(z.string().regex(/^[a-z0-9 ]+$/)).min(1);
const familySchema = z.object({ fields: z.array(z.enum(PROFILE_FIELDS as [ProfileField, ...ProfileField[]])).min(2), generic: words, named: words, ask: z.string().min(10) }).strict();
const FAMILIES = z.object({ about: z.string().min(1), families: z.array(familySchema).min(1) }).strict().parse(FAMILIES_FILE).families
  .map((f) => ({ ...f, generic: new RegExp(`\\b(?:${alternation(f.generic)})\\b`), named: new RegExp(`\\b(?:${alternation(f.named)})\\b`) }));
// a score-sized number: two or three digits, not a year
const SCORE = /\b(?<![.,$])(?:[5-9]\d|[12]\d\d)\b(?![.,]\d)/;

/** The question to ask when `text` (normalised) tells a number under a family's shared word, naming none of its fields, while one of them is pending. */
export function unnamedField(text: string, pending: ProfileField | undefined): Clarifying | undefined {
  if (!pending) return undefined;
  const family = FAMILIES.find((f) => f.fields.includes(pending) && f.generic.test(text) && !f.named.test(text) && SCORE.test(text));
  return family ? { field: pending, topic: 'implausible', facts: { hint: family.ask } } : undefined;
}
