// The figures the plan cites (match rates, ERAS fees, signals, state openness): knowledge/plan-figures.json, read from
// the knowledge folder (KNOWLEDGE_DIR or the bundled one) and validated with zod, then handed to the plan with its programs.
import { z } from 'zod';
import { specialtySchema } from '../domain/profile.js';
import { readKnowledgeJson } from './knowledge-files.js';

/** A source is a publication with its address, never a file in a repository that users cannot open. */
const source = z.string().min(1).refine((s) => !/(^|[\s(])(shared|knowledge|src|test)\/|\.(csv|json|ts)\b/.test(s), 'a source names a publication, not a repository file');
const figure = z.object({ value: z.number().finite().nonnegative(), year: z.string().min(1), source }).strict();
/** A share of a whole: 0.58 means 58%, never 58. */
const share = figure.extend({ value: z.number().min(0).max(1) }).strict();

/** Step 2 CK mean / median / first quartile of one group; the quartile never above the median. */
const ckGroup = z.object({ mean: z.number().min(180).max(300), median: z.number().min(180).max(300), q1: z.number().min(180).max(300) }).strict()
  .refine((g) => g.q1 <= g.median, 'the first quartile is never above the median');
/** One specialty's 2026 figures: matched and unmatched Step 2 CK, the percent of those preferring it who matched, and how many matched. */
const ckFigures = z.object({ matched: ckGroup, unmatched: ckGroup, matchRatePct: z.number().min(0).max(100), matchedCount: z.number().int().nonnegative().optional() }).strict();

/** The shape of knowledge/plan-figures.json. */
const planFiguresSchema = z.object({
  about: z.string().optional(),
  rates: z.object({
    nonUsImgMatchRate: share, usImgMatchRate: share, nonUsImgApplicants: figure,
    imgApplicationsPerApplicant2022: figure, imgApplicationsPerApplicant2025: figure,
    imJ1Share: share, imH1bShare: share, pdCiteFailedAttempt: share,
  }).strict(),
  erasFees: z.object({
    firstTierCount: z.number().int().positive(), firstTierEach: z.number().nonnegative(), laterEach: z.number().nonnegative(),
    season: z.string().min(1), source,
    /** The ERAS season the table is for (season N opens in June of year N-1), so a plan can say when it is not the one under way. */
    seasonYear: z.number().int().min(2000).max(2100).optional(),
    /** The first season the same table was charged in, so a stale table can say how long it has held. */
    sameSinceSeason: z.number().int().min(2000).max(2100).optional(),
    /** When and where a newer table was looked for, and what was found. */
    searched: z.string().min(10).optional(),
  }).strict(),
  signals: z.partialRecord(specialtySchema, z.object({ text: z.string().min(1), year: z.string().min(1), source }).strict()),
  step2ck2026: z.object({
    about: z.string().optional(), year: z.number().int().min(2000).max(2100), source,
    bySpecialty: z.partialRecord(specialtySchema, ckFigures),
    // a specialty without its own figure is compared with a named one that has figures
    proxies: z.partialRecord(specialtySchema, specialtySchema), fallback: specialtySchema,
  }).strict().superRefine((c, ctx) => {
    for (const to of [...Object.values(c.proxies), c.fallback]) if (to && !c.bySpecialty[to]) ctx.addIssue({ code: 'custom', message: `proxy ${to} has no figures` });
  }),
  rates2026: z.object({ nonUsImgMatchRate: share, usImgMatchRate: share, applicationsPerApplicant: figure.optional(), applicationsPerApplicantAll: figure }).strict(),
  h1bNewPetitionFee: z.object({ usd: z.number().int().positive(), since: z.string().min(1), sinceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), source }).strict(),
  ecfmgJ1Fee: z.object({ usd: z.number().int().positive(), year: z.string().min(4), source }).strict(),
  // the fees of one application season besides ERAS: NRMP registration (with its late fee) and the USMLE transcript
  nrmpRegistrationFee: z.object({ usd: z.number().int().positive(), lateUsd: z.number().int().positive(), year: z.string().min(4), source }).strict(),
  usmleTranscriptFee: z.object({ usd: z.number().int().positive(), year: z.string().min(4), source }).strict(),
  stateOpenness: z.object({
    about: z.string().optional(), source, year: z.number().int().min(2000).max(2100),
    // points only ever make a state's programs more open (or leave them): an open state never counts against the applicant
    states: z.record(z.string().regex(/^[A-Z]{2}$/), z.object({ points: z.number().int().min(-2).max(0), nonUsShare: z.number().min(0).max(1) }).strict()),
  }).strict(),
  // what a file needs before applications go out (src/plan/readiness.ts): read only once this season's window has passed
  readyToApply: z.object({
    about: z.string().optional(), handsOnMonths: z.number().positive().max(24), usLetters: z.number().int().min(1).max(6), source,
  }).strict().optional(),
  // health systems whose regions sponsor separately: a region that states no visa policy is judged by its sister region's
  // statement (never opened by it); see src/plan/sponsor-families.ts
  sponsorFamilies: z.object({
    about: z.string().optional(),
    families: z.array(z.object({
      name: z.string().min(1), sponsorPrefix: z.string().min(3).regex(/^[a-z0-9 ]+$/),
      states: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1), why: z.string().min(1), searched: z.string().min(1),
    }).strict()),
  }).strict().optional(),
}).strict();

/** The plan's cited figures, as validated. */
export type PlanFigures = z.infer<typeof planFiguresSchema>;

/** The file's name in the knowledge folder. */
const PLAN_FIGURES_FILE = 'plan-figures.json';

/** Validates parsed JSON as the plan's figures; throws one error naming the file and every problem. */
export function parsePlanFigures(raw: unknown): PlanFigures {
  const res = planFiguresSchema.safeParse(raw);
  if (!res.success) throw new Error(`${PLAN_FIGURES_FILE}: ${res.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  return res.data;
}

/** The figures in the knowledge folder `env` selects (KNOWLEDGE_DIR or the bundled one). */
export function loadPlanFigures(env: { KNOWLEDGE_DIR?: string | undefined } = process.env): PlanFigures {
  return parsePlanFigures(readKnowledgeJson(PLAN_FIGURES_FILE, env));
}

/** The figures of the folder this process selects, read and validated once at load (for callers that pass none). */
export const PLAN_FIGURES: PlanFigures = loadPlanFigures();
