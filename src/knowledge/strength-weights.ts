// The strength model's weights: knowledge/strength-weights.json, validated with zod once at load.
import { readKnowledgeJson } from './knowledge-files.js';
import { z } from 'zod';

const why = z.string().min(10);
const effect = z.number().min(-60).max(60);
const nonDecreasing = <T>(key: (x: T) => number, what: string) => (xs: T[], ctx: z.RefinementCtx) => {
  for (let i = 1; i < xs.length; i += 1) {
    if (key(xs[i]!) < key(xs[i - 1]!)) ctx.addIssue({ code: 'custom', message: `${what} must not decrease (entry ${i})` });
  }
};
const minTable = (what: string) => z.array(z.object({ min: z.number(), effect }))
  .min(1).superRefine(nonDecreasing((x: { min: number; effect: number }) => x.min, `${what} thresholds`))
  .superRefine(nonDecreasing((x: { min: number; effect: number }) => x.effect, `${what} effects`));
const monthsTable = (what: string) => z.array(z.object({ minMonths: z.number().min(0), effect }))
  .min(1).superRefine(nonDecreasing((x: { minMonths: number; effect: number }) => x.minMonths, `${what} months`))
  .superRefine(nonDecreasing((x: { minMonths: number; effect: number }) => x.effect, `${what} effects`));

const range = z.tuple([z.number().int().min(0), z.number().int().min(0)]).refine(([lo, hi]) => lo <= hi, { message: 'range min above max' });

/** The weights file's schema; every table is checked to be monotone so a better answer never scores lower. */
const strengthWeightsSchema = z.object({
  $comment: z.string().optional(),
  base: z.object({ value: z.number().min(0).max(100), why }),
  levels: z.array(z.object({ min: z.number(), level: z.enum(['strong', 'competitive', 'borderline', 'weak', 'very weak']) })).length(5),
  /** Where the weak / very weak line sits and why, against a cited benchmark (checked by test/advice/level-criterion.test.ts). */
  levelCriterion: z.object({ weakFloor: why, typicalVisaFile: z.number().max(0), source: why, floors: z.object({ borderline: why, weak: why, highScoreAnyYear: why.optional() }).optional() }),
  step2ck: z.object({
    anchors: z.array(z.object({ ref: z.enum(['q1_matched', 'median_matched']), offset: z.number(), effect }))
      .min(2).superRefine(nonDecreasing((x: { effect: number }) => x.effect, 'step2ck anchor effects')),
    missing: effect, notYetTaken: effect, predictedDiscount: z.number().min(0).max(30), source: why, why,
    competitiveNeeds: z.object({ aboveMidpointOfMeans: z.literal(true), atOrAboveMatchedMedian: z.literal(true).optional(), medianWhy: why.optional(), why }).optional(),
    strongNeeds: z.object({ aboveMedian: z.number().min(0).max(30), why }).optional(),
    borderlineNeeds: z.object({ atOrAboveUnmatchedQ1: z.literal(true), why }).optional(),
  }),
  fails: z.object({
    step1Fail: effect.max(0), step2ckFail: effect.max(0), step3Fail: effect.max(0), step1NotPassed: effect.max(0), cap: effect.max(0), source: why, why,
    /** A passed exam whose attempt was never stated: unknown, so never the clean record's 0 (and never as low as a known fail). */
    unstated: effect.max(0).optional(), unstatedWhy: why.optional(),
    /** With any failed attempt on record, borderline needs a real Step 2 CK at or above the unmatched applicants' median. */
    withFailBorderlineNeeds: z.object({ atOrAboveUnmatchedMedian: z.literal(true), why }).optional(),
  }),
  step1Score: z.object({ byScore: minTable('step1 score'), source: why, why }),
  step3: z.object({ passedNoScore: effect.min(0), passedByScore: minTable('step3 score'), source: why, why }),
  graduation: z.object({
    bands: z.array(z.object({ maxYears: z.number(), effect, maxLevel: z.enum(['competitive', 'borderline', 'weak']).optional(), ramp: z.boolean().optional() })).min(1)
      .superRefine(nonDecreasing((x: { maxYears: number }) => x.maxYears, 'graduation bands'))
      .superRefine(nonDecreasing((x: { effect: number }) => -x.effect, 'graduation effects (older never scores higher)')),
    missing: effect, researchYearsOffset: z.number().min(0).max(1).default(0), source: why, why,
  }),
  usce: z.object({
    none: effect, missing: effect, handsOn: monthsTable('hands-on'), observership: monthsTable('observership'),
    inCalifornia: effect.min(0), source: why, why,
  }),
  letters: z.object({ byCount: minTable('letters'), missing: effect, inSpecialty: effect.min(0), fromCalifornia: effect.min(0), kinds: z.object({ researchCountsAsClinical: z.number().min(0).max(1), mixedShare: z.number().min(0).max(1), why }), source: why, why }),
  research: z.object({ byItems: minTable('research'), competitiveByItems: minTable('competitive research'), itemsPerYear: z.number().min(0).max(10), source: why, why }),
  languages: z.object({ spanish: effect.min(0), other: effect.min(0), source: why, why }),
  ties: z.object({ california: effect.min(0), source: why, why }),
  visa: z.object({ none: effect, j1: effect, h1bWithStep3: effect, h1bWithoutStep3: effect, unknown: effect, source: why, sourceNoVisa: why, why }),
  reapplying: z.object({ effect: effect.max(0), source: why, why, underMatchedQ1MaxLevel: z.enum(['borderline', 'weak']).optional(), underMatchedQ1Why: why.optional() }),
  specialty: z.object({
    competitive: effect.max(0),
    byMatchRate: z.array(z.object({ belowPct: z.number(), effect: effect.max(0) })),
    source: why, why,
  }),
  tiering: z.object({ pointsPerTen: z.number().positive(), zeroAt: z.number(), maxPoints: z.number().positive(), lowSlope: z.number().positive().max(1), lowWhy: why, why }),
  applications: z.object({
    byLevel: z.object({ strong: range, competitive: range, borderline: range, weak: range, 'very weak': range }),
    noVisaShift: z.number().int().min(0).max(50),
    /** The fewest applications of a file that needs a visa at any level: only the programs that take its visa count. */
    visaFloor: range.optional(), visaFloorWhy: why.optional(),
    couplesShift: z.number().int().min(0).max(50).default(0), couplesWhy: why.optional(),
    backupShare: z.number().min(0.1).max(1),
    dream: range, afterNotMatching: range, oneYearMin: z.number().int().min(0).max(200), oneYearWhy: why,
    interviewsStopGrowingAbove: z.number().int().min(30).max(400),
    source: why, why,
  }).superRefine((a, ctx) => {
    const order = [a.byLevel.strong, a.byLevel.competitive, a.byLevel.borderline, a.byLevel.weak, a.byLevel['very weak']];
    for (let i = 1; i < order.length; i += 1) {
      if (order[i]![0] < order[i - 1]![0] || order[i]![1] < order[i - 1]![1]) ctx.addIssue({ code: 'custom', message: 'a weaker level must never need fewer applications' });
    }
  }),
}).superRefine((w, ctx) => {
  const worstObs = w.usce.observership[0]!.effect;
  if (w.usce.none > worstObs) ctx.addIssue({ code: 'custom', message: 'usce.none must not beat an observership' });
  if (w.usce.observership.some((o) => o.effect > lookupMonths(w.usce.handsOn, o.minMonths, w.usce.none))) {
    ctx.addIssue({ code: 'custom', message: 'observership months must never beat the same months hands-on' });
  }
});
export type StrengthWeights = z.infer<typeof strengthWeightsSchema>;

/** Effect of the last row whose `minMonths` is at or below `months`, else `fallback`. */
export function lookupMonths(table: readonly { minMonths: number; effect: number }[], months: number, fallback: number): number {
  let out = fallback;
  for (const row of table) if (months >= row.minMonths) out = row.effect;
  return out;
}

/** Effect of the last row whose `min` is at or below `value` (the first row if none). */
export function lookupMin(table: readonly { min: number; effect: number }[], value: number): number {
  let out = table[0]!.effect;
  for (const row of table) if (value >= row.min) out = row.effect;
  return out;
}

/** Parses a weights object; throws one error naming every problem. */
export function parseStrengthWeights(json: unknown): StrengthWeights {
  const r = strengthWeightsSchema.safeParse(json);
  if (!r.success) throw new Error(`strength weights: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

/** The weights in the knowledge folder (KNOWLEDGE_DIR or the bundled one), read and validated once when this module loads. */
export const STRENGTH_WEIGHTS: StrengthWeights = parseStrengthWeights(readKnowledgeJson('strength-weights.json'));
