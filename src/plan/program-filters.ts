// Hard filters from a program's stated facts (military-only, visa, sponsor-wide visa statement, first-attempt rule,
// graduation year, Step 2 CK minimum, required USCE and its stated least length, Step 3 for H-1B, ECFMG date) and the unknowns to verify.
import type { ReasonCode } from '../domain/plan.js';
import type { ApplicantView } from './applicant-view.js';
import { GUIDE_APPLICATIONS, GUIDE_STEP2CK } from './base-rates.js';
import type { PlanProgram } from './program-index.js';
import { reason, statusWords } from './words.en.js';
import { unstatedAttempts } from './attempts.js';

/** Why a program is closed to this applicant (empty = open), what to verify, and stated facts that move its tier; all as codes. */
export interface FilterResult { excluded: ReasonCode[]; verify: ReasonCode[]; tierDown: ReasonCode[] }

/** Program notes worth showing: they mention scores, attempts or graduation years (visas only to visa seekers). */
const POLICY_NOTE = /usmle|step \d|attempt|graduat|average|minimum|cut-?off|recommend/i;
const VISA_NOTE = /visa|h-1b|j-1/i;

/** What a note's policy sentences are about, in plain words; sentences that only say something was not seen are skipped. */
function noteTopics(note: string, needsVisa: boolean): string[] {
  const said = note.split(/(?<=[.;])\s+|\s*\|\|\s*/).filter((x) => !/not seen|not applied/i.test(x)).join(' ');
  const out: string[] = [];
  if (/usmle|step \d|average|minimum|cut-?off/i.test(said)) out.push('exam scores');
  if (/attempt|failure/i.test(said)) out.push('failed attempts');
  if (/graduat/i.test(said)) out.push('graduation year');
  if (needsVisa && VISA_NOTE.test(said)) out.push('visas');
  if (!out.length && POLICY_NOTE.test(said)) out.push('what it recommends');
  return out;
}

/** The year of the program's source, when it has one. */
const asOf = (p: PlanProgram) => p.asOf ?? undefined;

/** Failed attempts on the exams a first-attempt rule names ("Step 1", "Step 2 CK", "USMLE" = all). */
function failsOn(exams: string, a: ApplicantView): number {
  const e = exams.toLowerCase();
  const all = e === '' || /usmle|all/.test(e);
  const s1 = a.step1 ? (a.step1.result === 'failed' ? a.step1.attempts : a.step1.attempts - 1) : 0;
  const ck = a.ck?.taken ? a.ck.attempts - 1 : 0;
  const s3 = a.step3?.status === 'failed' ? 1 : 0;
  return (all || /step 1/.test(e) ? s1 : 0) + (all || /step 2/.test(e) ? ck : 0) + (all || /step 3/.test(e) ? s3 : 0);
}

/** The exams a first-attempt rule names whose passing attempt the applicant never stated. */
export function unstatedOn(exams: string, a: ApplicantView): string[] {
  const e = exams.toLowerCase();
  const all = e === '' || /usmle|all/.test(e);
  return unstatedAttempts(a).filter((x) => all || (x === 'Step 1' ? /step 1/.test(e) : /step 2/.test(e)));
}

/** Applies the hard filters; an unknown fact never opens or closes a program silently — it goes to `verify`. */
export function filterProgram(p: PlanProgram, a: ApplicantView, now: Date): FilterResult {
  const excluded: ReasonCode[] = [];
  const verify: ReasonCode[] = [];
  const tierDown: ReasonCode[] = [];
  // The profile records no military service and the plan is for the civilian Match, so every applicant is a civilian here.
  if (p.militaryOnly === 'yes') excluded.push(reason('excluded.military_active_duty', { asOf: asOf(p) }));
  visaFilter(p, a, excluded, verify, tierDown);

  if (p.firstAttemptRequired === 'yes') {
    const n = failsOn(p.firstAttemptExams, a);
    const unsaid = unstatedOn(p.firstAttemptExams, a);
    if (n > 0) excluded.push(reason('excluded.first_attempt', { exams: p.firstAttemptExams, failed: n, asOf: asOf(p) }));
    else if (unsaid.length) verify.push(reason('verify.first_attempt_unstated', { exams: p.firstAttemptExams, unstated: unsaid }));
  }

  const yrs = a.yearsSinceGraduation;
  if (p.yogLimitYears !== null) {
    if (yrs === undefined) verify.push(reason('verify.graduation_limit_no_year', { limit: p.yogLimitYears }));
    else if (yrs > p.yogLimitYears) excluded.push(reason('excluded.graduation_limit', { limit: p.yogLimitYears, years: yrs, asOf: asOf(p) }));
  } else if (yrs === undefined || yrs >= 3) {
    verify.push(reason('verify.graduation_limit_unstated', {}));
  }

  if (p.step2Min !== null) {
    if (a.score === undefined) verify.push(reason('verify.step2_min_no_score', { min: p.step2Min }));
    else if (a.score < p.step2Min) excluded.push(reason('excluded.step2_min', { min: p.step2Min, score: a.score, asOf: asOf(p) }));
  } else if (a.score === undefined || a.score < GUIDE_STEP2CK.typicalCutoffHigh) {
    verify.push(reason('verify.step2_min_unstated', { low: GUIDE_STEP2CK.typicalCutoffLow, high: GUIDE_STEP2CK.typicalCutoffHigh }, GUIDE_APPLICATIONS.lowScoreNonUsImg.source));
  }

  if (p.usceRequired === 'yes') {
    if (a.usce === 'none') excluded.push(reason('excluded.usce_required', { asOf: asOf(p) }));
    else if (a.usce !== 'hands_on') verify.push(reason('verify.usce_kind', {}));
  } else if (p.usceRequired === 'unknown' && a.usce !== 'hands_on') {
    verify.push(reason('verify.usce_unstated', {}));
  }
  // a stated least length of US experience: months under it close the program; months never said are asked about
  if (p.usceMinMonths !== undefined && a.usce !== 'none') {
    if (a.usce === 'not_given') verify.push(reason('verify.usce_min_months', { min: p.usceMinMonths }));
    else if (a.usceMonths < p.usceMinMonths) excluded.push(reason('excluded.usce_min_months', { min: p.usceMinMonths, months: a.usceMonths, asOf: asOf(p) }));
  }

  if (p.ecfmgBy !== null) {
    if (a.step1NotPassed) excluded.push(reason('excluded.ecfmg_without_step1', { by: p.ecfmgBy, asOf: asOf(p) }));
    else verify.push(reason('verify.ecfmg_by', { by: p.ecfmgBy }));
  }

  // Our researchers' notes never reach users: a plain check that the source is indirect, and the topics a source mentions.
  // a program the ACGME list names exists: only what the indirect source says of its rules is in doubt
  if (excluded.length === 0 && p.indirectSource) verify.push(p.listedInAcgme ? reason('verify.indirect_source_listed', { asOf: p.listedInAcgme }) : reason('verify.indirect_source', {}));
  const topics = excluded.length === 0 && p.notes ? noteTopics(p.notes, a.needsVisa) : [];
  if (topics.length) verify.push(reason('verify.policy_mentioned', { topics }));
  if (excluded.length === 0 && hasSourcedPolicy(p) && (p.asOf === null || now.getUTCFullYear() - p.asOf > 2)) {
    verify.push(reason('verify.dated_policy', { asOf: asOf(p) }));
  }
  return { excluded, verify, tierDown };
}

/** The program states it sponsors no visa (both routes closed, a sponsor-wide statement, or its health system's other
 * region's statement where it states nothing): such programs often take only citizens and permanent residents, so
 * whether one takes a work permit (EAD) is unknown until it says so. */
export function statesNoVisas(p: PlanProgram): boolean {
  return (p.sponsorNoVisas === 'yes' && p.visaJ1 !== 'yes' && p.visaH1b !== 'yes') || (p.visaJ1 === 'no' && p.visaH1b === 'no')
    || (p.familyNoVisasVia !== undefined && p.visaJ1 === 'unknown' && p.visaH1b === 'unknown');
}

function visaFilter(p: PlanProgram, a: ApplicantView, excluded: ReasonCode[], verify: ReasonCode[], tierDown: ReasonCode[]): void {
  // a work permit is no green card: a closed list of statuses without it closes the program; where a program states only
  // that it takes no visa holders, ask whether it takes an EAD
  if (a.visa === 'ead' && p.eligibleStatuses) {
    excluded.push(reason('excluded.status_not_listed', { statuses: statusWords(p.eligibleStatuses), asOf: asOf(p) }));
    return;
  }
  if (a.visa === 'ead' && statesNoVisas(p)) verify.push(reason('verify.ead_at_no_visa_program', {}));
  if (!a.needsVisa) return; // citizens, green-card and EAD holders are never filtered on visa
  if (p.sponsorNoVisas === 'yes' && p.visaJ1 !== 'yes' && p.visaH1b !== 'yes') {
    const via = p.sponsorNoVisasVia;
    excluded.push(via ? reason('excluded.sponsor_no_visas_derived', { inner: via.code, ...via.params }, via.source) : reason('excluded.sponsor_no_visas', { asOf: asOf(p) }));
    return;
  }
  const j1 = p.visaJ1;
  const h1b = p.visaH1b;
  const family = p.familyNoVisasVia;
  if (family && j1 === 'unknown' && h1b === 'unknown') {
    excluded.push(reason('excluded.family_no_visas_derived', { inner: family.code, ...family.params }, family.source));
    return;
  }
  const derived = p.sponsorNoRouteVia;
  if (a.visa === 'needs_j1' && j1 === 'unknown' && derived?.j1) {
    excluded.push(reason('excluded.sponsor_no_route_derived', { inner: derived.j1.code, ...derived.j1.params }, derived.j1.source));
    return;
  }
  if (a.visa === 'needs_h1b' && h1b === 'unknown' && derived?.h1b) {
    excluded.push(reason('excluded.sponsor_no_route_derived', { inner: derived.h1b.code, ...derived.h1b.params }, derived.h1b.source));
    return;
  }
  if (a.visa === 'needs_j1') {
    if (j1 === 'no') excluded.push(reason('excluded.no_j1', { asOf: asOf(p) }));
    else if (j1 === 'unknown') verify.push(reason('verify.j1_unstated', {}));
    return;
  }
  if (a.visa === 'needs_h1b') {
    if (h1b === 'no') excluded.push(reason('excluded.no_h1b', { takesJ1: j1 === 'yes', asOf: asOf(p) }));
    else if (h1b === 'unknown') verify.push(reason('verify.h1b_unstated', { statesJ1: j1 === 'yes' }));
    if (h1b !== 'no' && p.step3ForH1b === 'yes' && a.step3?.status !== 'passed') {
      tierDown.push(reason('tier.step3_before_h1b', {}));
    }
    return;
  }
  // either / unsure / not given: closed only when both routes are known to be closed
  if (j1 === 'no' && h1b === 'no') excluded.push(reason('excluded.no_visa', { asOf: asOf(p) }));
  else if (j1 === 'unknown' && h1b === 'unknown') verify.push(reason('verify.visa_unstated', {}));
  else if (j1 === 'no') verify.push(reason('verify.h1b_unstated_no_j1', {}));
  else if (h1b === 'no' && j1 === 'unknown') verify.push(reason('verify.j1_unstated_no_h1b', {}));
}

function hasSourcedPolicy(p: PlanProgram): boolean {
  return p.visaJ1 !== 'unknown' || p.visaH1b !== 'unknown' || p.yogLimitYears !== null || p.step2Min !== null || p.usceRequired !== 'unknown' || p.usceMinMonths !== undefined || p.eligibleStatuses !== undefined
    || p.firstAttemptRequired !== 'unknown' || p.sponsorNoVisas !== 'unknown' || p.militaryOnly !== 'unknown';
}
