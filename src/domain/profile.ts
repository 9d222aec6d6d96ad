// The applicant profile: one field per interview question id, each optional until answered.
import { z } from 'zod';

/** Regions an applicant can name, from most local (LA County) to anywhere. */
export const REGIONS = ['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california', 'other_us'] as const;
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;

/** Specialties the advisor knows by name; ids are lowercase snake case. */
export const SPECIALTIES = [
  'internal_medicine', 'family_medicine', 'psychiatry', 'pediatrics', 'neurology', 'pathology',
  'transitional_year', 'prelim_internal_medicine', 'prelim_surgery', 'general_surgery', 'emergency_medicine',
  'obstetrics_gynecology', 'anesthesiology', 'physical_medicine_rehabilitation', 'diagnostic_radiology',
  'dermatology', 'orthopaedic_surgery', 'plastic_surgery', 'neurosurgery', 'otolaryngology',
  'ophthalmology', 'radiation_oncology', 'urology', 'interventional_radiology', 'vascular_surgery',
] as const;
/** Validates a specialty id. */
export const specialtySchema = z.enum(SPECIALTIES);
export type Specialty = z.infer<typeof specialtySchema>;

/**
 * Visa situation. Citizens and green-card holders need no sponsorship; `ead` is a work permit that needs
 * none while it lasts (EAD, asylum or refugee status, a pending green card with an EAD, H-4 with an EAD).
 */
export const visaSchema = z.enum(['us_citizen', 'green_card', 'ead', 'needs_j1', 'needs_h1b', 'either', 'unsure']);
export type Visa = z.infer<typeof visaSchema>;

/** Step 1: pass on first try, pass after N attempts, failed and not yet passed, or a pre-2022 number. `attemptsUnstated`: the
 * applicant never said on which attempt (stored as 1, read by the plan as unknown, never as a first-attempt pass). */
const step1Schema = z.discriminatedUnion('result', [
  z.object({ result: z.literal('passed'), attempts: z.number().int().min(1).max(6), attemptsUnstated: z.literal(true).optional() }),
  z.object({ result: z.literal('failed'), attempts: z.number().int().min(1).max(6) }),
  z.object({ result: z.literal('score'), score: z.number().int().min(1).max(300), attempts: z.number().int().min(1).max(6), attemptsUnstated: z.literal(true).optional() }),
]);
export type Step1 = z.infer<typeof step1Schema>;

/** Step 2 CK: a score with attempts (`attemptsUnstated`: never said, stored as 1, unknown to the plan), or not yet taken with an optional predicted score. */
const step2ckSchema = z.discriminatedUnion('taken', [
  z.object({ taken: z.literal(true), score: z.number().int().min(1).max(300), attempts: z.number().int().min(1).max(6), attemptsUnstated: z.literal(true).optional() }),
  z.object({ taken: z.literal(false), predicted: z.number().int().min(1).max(300).optional(), resultPending: z.boolean().optional() }),
]);
export type Step2ck = z.infer<typeof step2ckSchema>;

/** Step 3: not taken, planned, taken and waiting for the result, passed (score optional), or failed. */
const step3Schema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('not_taken') }),
  z.object({ status: z.literal('planned') }),
  z.object({ status: z.literal('pending') }),
  z.object({ status: z.literal('passed'), score: z.number().int().min(1).max(300).optional() }),
  z.object({ status: z.literal('failed') }),
]);
export type Step3 = z.infer<typeof step3Schema>;

/** US clinical experience: months, kind, and where. */
const usceSchema = z.object({
  months: z.number().min(0).max(120),
  kind: z.enum(['hands_on', 'observership', 'mixed', 'unspecified', 'none']),
  where: z.array(regionSchema),
});
export type Usce = z.infer<typeof usceSchema>;

/** US letters of recommendation. */
const usLorsSchema = z.object({
  count: z.number().int().min(0).max(20),
  inSpecialty: z.boolean().optional(),
  fromCalifornia: z.boolean().optional(),
  /** Clinical letters (from patient care), research letters (from a PI or lab), or both. */
  kind: z.enum(['clinical', 'research', 'mixed']).optional(),
});
export type UsLors = z.infer<typeof usLorsSchema>;

/** Ties to Los Angeles. */
const laTiesSchema = z.object({ family: z.boolean(), lived: z.boolean(), trained: z.boolean() });
/** The value its schema above validates. */
export type LaTies = z.infer<typeof laTiesSchema>;

/** Research output. */
const researchSchema = z.object({
  publications: z.number().int().min(0).max(500),
  posters: z.number().int().min(0).max(500),
  /** Full-time research years (a US research fellowship, for example). */
  years: z.number().min(0).max(20).optional(),
});
export type Research = z.infer<typeof researchSchema>;

/** Where the applicant is in the match cycle. */
const stageSchema = z.enum(['preparing', 'applying', 'interviewing', 'reapplying']);
/** The value its schema above validates. */
export type Stage = z.infer<typeof stageSchema>;

/** ECFMG certification: certified, in progress (with what is still missing), or not started. */
const ecfmgSchema = z.object({
  status: z.enum(['certified', 'in_progress', 'not_started']),
  missing: z.array(z.enum(['step1', 'step2ck', 'oet', 'diploma', 'application'])).optional(),
});
export type Ecfmg = z.infer<typeof ecfmgSchema>;

/** Couples match: whether the applicant is matching as a couple, and the partner's specialty if known. */
const couplesSchema = z.object({ matching: z.boolean(), partnerSpecialty: specialtySchema.optional(), partnerNeedsVisa: z.boolean().optional() });
/** The value its schema above validates. */
export type Couples = z.infer<typeof couplesSchema>;

/** Where the applicant is in this cycle once applications are out: submitted, and interview invitations so far. */
const cycleSchema = z.object({
  submitted: z.boolean(),
  interviews: z.number().int().min(0).max(200).optional(),
  /** How many programs the applications went to, when the applicant told it ("submitted 35 programs"). */
  applications: z.number().int().min(1).max(1000).optional(),
});
/** The value its schema above validates. */
export type Cycle = z.infer<typeof cycleSchema>;

/** The whole profile; every field is optional until answered (or skipped). */
export const profileSchema = z.object({
  specialty: z.object({ primary: specialtySchema, backup: specialtySchema.optional() }).optional(),
  visa: visaSchema.optional(),
  step1: step1Schema.optional(),
  step2ck: step2ckSchema.optional(),
  step3: step3Schema.optional(),
  graduationYear: z.number().int().min(1950).max(2100).optional(),
  usce: usceSchema.optional(),
  usLors: usLorsSchema.optional(),
  languages: z.array(z.string().min(1).max(40)).max(12).optional(),
  regions: z.array(z.union([regionSchema, z.literal('anywhere')])).optional(),
  laTies: laTiesSchema.optional(),
  research: researchSchema.optional(),
  stage: stageSchema.optional(),
  ecfmg: ecfmgSchema.optional(),
  couples: couplesSchema.optional(),
  cycle: cycleSchema.optional(),
  /** What the applicant can spend on applying, in US dollars, when told ("my budget is $800"); never asked. */
  budget: z.number().int().min(100).max(100_000).optional(),
});
export type Profile = z.infer<typeof profileSchema>;

/** Profile field names, which are also the interview question ids. */
export type ProfileField = keyof Profile;
export const PROFILE_FIELDS = Object.keys(profileSchema.shape) as ProfileField[];

/** True once this cycle's applications are in: ERAS submitted, or interviewing. */
export function applicationsIn(p: Profile): boolean {
  return p.cycle?.submitted === true || p.stage === 'interviewing';
}
