// A tiny condition language over profile facts: eq/in/notIn/lt/gte/exists/missing joined by all/any/not.
import { z } from 'zod';
import { DERIVED_FACTS, type Facts, type FactValue } from './facts.js';
import { PROFILE_PATHS } from './field-paths.js';

/** Field paths a condition may name: Profile leaves plus derived facts. */
const KNOWN_FIELDS: ReadonlySet<string> = new Set([...PROFILE_PATHS, ...DERIVED_FACTS]);

type Scalar = string | number | boolean;
/**
 * A condition. Semantics when the field is a list (regions, languages…): eq/in are true if any element
 * matches; notIn is true if no element matches. When the field is missing: eq/in/lt/gte are false,
 * notIn is true ("not passed" includes "not answered"), exists is false, missing is true.
 * An empty list counts as missing.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { field: string; eq: Scalar }
  | { field: string; in: Scalar[] }
  | { field: string; notIn: Scalar[] }
  | { field: string; lt: number }
  | { field: string; gte: number }
  | { field: string; exists: true }
  | { field: string; missing: true };

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const field = z.string().refine((f) => KNOWN_FIELDS.has(f), { message: 'unknown field (not a Profile path or derived fact)' });

/** Zod schema for a Condition; unknown fields and unknown keys are refused. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ field, eq: scalar }),
    z.strictObject({ field, in: z.array(scalar).min(1) }),
    z.strictObject({ field, notIn: z.array(scalar).min(1) }),
    z.strictObject({ field, lt: z.number() }),
    z.strictObject({ field, gte: z.number() }),
    z.strictObject({ field, exists: z.literal(true) }),
    z.strictObject({ field, missing: z.literal(true) }),
  ]),
);

/** Evaluates a condition against facts; pure, total (never throws). */
export function evaluateCondition(c: Condition, facts: Facts): boolean {
  if ('all' in c) return c.all.every((x) => evaluateCondition(x, facts));
  if ('any' in c) return c.any.some((x) => evaluateCondition(x, facts));
  if ('not' in c) return !evaluateCondition(c.not, facts);
  const v = present(facts[c.field]);
  if ('exists' in c) return v !== undefined;
  if ('missing' in c) return v === undefined;
  if ('notIn' in c) return v === undefined || !values(v).some((x) => c.notIn.includes(x));
  if (v === undefined) return false;
  if ('eq' in c) return values(v).some((x) => x === c.eq);
  if ('in' in c) return values(v).some((x) => c.in.includes(x));
  if ('lt' in c) return typeof v === 'number' && v < c.lt;
  if ('gte' in c) return typeof v === 'number' && v >= c.gte;
  return false;
}

/** Every field path a condition names, for linting. */
export function conditionFields(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(conditionFields);
  if ('any' in c) return c.any.flatMap(conditionFields);
  if ('not' in c) return conditionFields(c.not);
  return [c.field];
}

function present(v: FactValue): FactValue {
  if (Array.isArray(v) && v.length === 0) return undefined;
  return v;
}
function values(v: NonNullable<FactValue>): Scalar[] {
  return Array.isArray(v) ? [...(v as readonly string[])] : [v as Scalar];
}
