// The plan's shape as a zod schema, so a plan kept on disk (test fixtures, cached plans) is checked against the type.
import { z } from 'zod';
import type { Plan } from './plan.js';
import { profileSchema, regionSchema, specialtySchema } from './profile.js';

const band = z.enum(['core LA', 'SoCal', 'rest of California', 'national']);
const tier = z.enum(['reach', 'target', 'safety']);
const step = z.object({ id: z.string(), title: z.string(), detail: z.string(), priority: z.number(), article: z.string().optional() }).strict();
const range = z.object({ mean: z.number().optional(), median: z.number().optional(), q1: z.number().optional() }).strict();

const reasonCode = z.object({
  code: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/), params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])), source: z.string().optional(),
}).strict();

const program = z.object({
  id: z.string(), name: z.string(), specialty: specialtySchema, city: z.string(), region: regionSchema, band, state: z.string().optional(),
  reasons: z.array(z.string()), verify: z.array(z.string()), reasonCodes: z.array(reasonCode).optional(), verifyCodes: z.array(reasonCode).optional(),
  facts: z.array(z.object({ label: z.string(), value: z.string(), source: z.string().optional(), asOf: z.string().optional() }).strict()).optional(),
  h1bFilings: z.object({ count: z.number(), period: z.string(), source: z.string() }).strict().optional(),
  evidence: z.object({
    level: z.enum(['stated', 'public evidence', 'inferred', 'unknown']), basis: z.string(), check: z.array(z.string()),
    basisCode: reasonCode.optional(), checkCodes: z.array(reasonCode).optional(),
  }).strict().optional(),
  ifVerified: tier.optional(),
}).strict();

const standing = z.object({
  specialty: specialtySchema, role: z.enum(['primary', 'backup', 'parallel']), score: z.number(),
  level: z.enum(['strong', 'competitive', 'borderline', 'weak', 'very weak']), line: z.string(),
  step2ck: z.object({ applicant: z.number().optional(), predicted: z.boolean().optional(), matched: range, unmatched: range, year: z.number(), source: z.string() }).strict().optional(),
  matchRate: z.object({ value: z.number(), year: z.number(), source: z.string(), of: z.string().optional() }).strict().optional(),
  factors: z.array(z.object({ id: z.string(), effect: z.number(), text: z.string(), source: z.string(), code: reasonCode.shape.code.optional(), params: reasonCode.shape.params.optional() }).strict()),
}).strict();

/** Accepts exactly the fields of Plan (src/domain/plan.ts), no others: a renamed or dropped field fails a fixture. */
export const planSchema = z.object({
  profile: profileSchema,
  tiers: z.object({ reach: z.array(program), target: z.array(program), safety: z.array(program) }).strict(),
  excluded: z.array(program),
  unverified: z.array(program).optional(),
  nextSteps: z.array(step),
  applications: z.object({
    min: z.number(), max: z.number(), why: z.string(),
    perSpecialty: z.array(z.object({ specialty: specialtySchema, min: z.number(), max: z.number(), why: z.string(), inRegions: z.number().int().min(0).optional() }).strict()).optional(),
    cost: z.object({ programs: z.number(), usd: z.number(), breakdown: z.string(), season: z.string(), source: z.string() }).strict().optional(),
  }).strict(),
  standing: z.array(standing).optional(),
  firstSteps: z.array(step).optional(),
  listShape: z.record(band, z.record(tier, z.number())).optional(),
  sharedNotes: z.array(z.string()).optional(),
  keyWarnings: z.array(z.string()).optional(),
  keyWarningCodes: z.array(reasonCode).optional(),
  calendar: z.object({ now: z.string(), items: z.array(z.object({ date: z.string(), what: z.string(), source: z.string() }).strict()) }).strict().optional(),
  warnings: z.array(z.string()).optional(),
  warningCodes: z.array(reasonCode).optional(),
  notThisCycle: z.object({ why: z.string(), whyCode: reasonCode.optional(), months: z.array(z.object({ by: z.string(), what: z.string() }).strict()) }).strict().optional(),
  signaling: z.string().optional(),
  caveats: z.array(z.string()),
}).strict() satisfies z.ZodType<Plan>;
