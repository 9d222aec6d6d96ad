// Hard filters from a program's stated facts (military-only, visa, sponsor-wide visa statement, first-attempt rule,
// graduation year, Step 2 CK minimum, required USCE, Step 3 for H-1B, ECFMG date) and the unknowns to verify.
import type { ApplicantView } from './applicant-view.js';
import { GUIDE_STEP2CK } from './base-rates.js';
import type { PlanProgram } from './program-index.js';

/** Why a program is closed to this applicant (empty = open), what to verify, and stated facts that move its tier. */
export interface FilterResult { excluded: string[]; verify: string[]; tierDown: string[] }

/** Program notes worth showing: they mention scores, attempts or graduation years (visas only to visa seekers). */
const POLICY_NOTE = /usmle|step \d|attempt|graduat|average|minimum|cut-?off|recommend/i;
const VISA_NOTE = /visa|h-1b|j-1/i;

const asOf = (p: PlanProgram) => (p.asOf ? ` (source as of ${p.asOf})` : ' (source undated)');

/** Failed attempts on the exams a first-attempt rule names ("Step 1", "Step 2 CK", "USMLE" = all). */
function failsOn(exams: string, a: ApplicantView): number {
  const e = exams.toLowerCase();
  const all = e === '' || /usmle|all/.test(e);
  const s1 = a.step1 ? (a.step1.result === 'failed' ? a.step1.attempts : a.step1.attempts - 1) : 0;
  const ck = a.ck?.taken ? a.ck.attempts - 1 : 0;
  const s3 = a.step3?.status === 'failed' ? 1 : 0;
  return (all || /step 1/.test(e) ? s1 : 0) + (all || /step 2/.test(e) ? ck : 0) + (all || /step 3/.test(e) ? s3 : 0);
}

/** Applies the hard filters; an unknown fact never opens or closes a program silently — it goes to `verify`. */
export function filterProgram(p: PlanProgram, a: ApplicantView, now: Date): FilterResult {
  const excluded: string[] = [];
  const verify: string[] = [];
  const tierDown: string[] = [];
  // The profile records no military service and the plan is for the civilian Match, so every applicant is a civilian here.
  if (p.militaryOnly === 'yes') excluded.push(`states that only active-duty US military members may apply; serving members apply through the military's own selection, not the civilian Match${asOf(p)}`);
  visaFilter(p, a, excluded, verify, tierDown);

  if (p.firstAttemptRequired === 'yes') {
    const n = failsOn(p.firstAttemptExams, a);
    if (n > 0) excluded.push(`states that ${p.firstAttemptExams || 'USMLE'} must be passed on the first attempt; you have ${n} failed attempt${n > 1 ? 's' : ''} on record${asOf(p)}`);
  }

  const yrs = a.yearsSinceGraduation;
  if (p.yogLimitYears !== null) {
    if (yrs === undefined) verify.push(`states a limit of ${p.yogLimitYears} years since graduation — you have not given your graduation year`);
    else if (yrs > p.yogLimitYears) excluded.push(`accepts graduates of the last ${p.yogLimitYears} years; you graduated ${yrs} years ago${asOf(p)}`);
  } else if (yrs === undefined || yrs >= 3) {
    verify.push('graduation-year limit not stated by a source — many programs have one; verify on the program site');
  }

  if (p.step2Min !== null) {
    if (a.score === undefined) verify.push(`states a Step 2 CK minimum of ${p.step2Min} — you have no score yet`);
    else if (a.score < p.step2Min) excluded.push(`states a Step 2 CK minimum of ${p.step2Min}; yours is ${a.score}${asOf(p)}`);
  } else if (a.score === undefined || a.score < GUIDE_STEP2CK.typicalCutoffHigh) {
    verify.push(`Step 2 CK minimum not stated by a source — many programs screen around ${GUIDE_STEP2CK.typicalCutoffLow}–${GUIDE_STEP2CK.typicalCutoffHigh}; verify`);
  }

  if (p.usceRequired === 'yes') {
    if (a.usce === 'none') excluded.push(`requires US clinical experience; you have none${asOf(p)}`);
    else if (a.usce !== 'hands_on') verify.push('requires US clinical experience — check whether yours counts (some accept hands-on rotations only)');
  } else if (p.usceRequired === 'unknown' && a.usce !== 'hands_on') {
    verify.push('whether US clinical experience is required is not stated by a source — verify');
  }

  if (p.ecfmgBy !== null) {
    if (a.step1NotPassed) excluded.push(`states ECFMG certification is needed ${p.ecfmgBy}; without Step 1 passed you cannot be certified${asOf(p)}`);
    else verify.push(`states ECFMG certification is needed ${p.ecfmgBy} — plan your exams and documents to meet it`);
  }

  if (excluded.length === 0 && p.notes && (POLICY_NOTE.test(p.notes) || (a.needsVisa && VISA_NOTE.test(p.notes)))) verify.push(`source note: ${p.notes}`);
  if (excluded.length === 0 && hasSourcedPolicy(p) && (p.asOf === null || now.getUTCFullYear() - p.asOf > 2)) {
    verify.push(`policy facts come from ${p.asOf ? `a ${p.asOf}` : 'an undated'} source — re-check them for this cycle`);
  }
  return { excluded, verify, tierDown };
}

function visaFilter(p: PlanProgram, a: ApplicantView, excluded: string[], verify: string[], tierDown: string[]): void {
  if (!a.needsVisa) return; // citizens, green-card and EAD holders are never filtered on visa
  if (p.sponsorNoVisas === 'yes' && p.visaJ1 !== 'yes' && p.visaH1b !== 'yes') {
    excluded.push(p.sponsorNoVisasVia ? `its sponsor sponsors no visas for residents: ${p.sponsorNoVisasVia}` : `its sponsoring institution states it sponsors no visas for residents${asOf(p)}`);
    return;
  }
  const j1 = p.visaJ1;
  const h1b = p.visaH1b;
  if (a.visa === 'needs_j1') {
    if (j1 === 'no') excluded.push(`does not take J-1 residents${asOf(p)}`);
    else if (j1 === 'unknown') verify.push('J-1 acceptance not stated by a source — verify on the program site');
    return;
  }
  if (a.visa === 'needs_h1b') {
    if (h1b === 'no') excluded.push(`does not sponsor H-1B${j1 === 'yes' ? ' (it does take J-1, if you could train on a J-1)' : ''}${asOf(p)}`);
    else if (h1b === 'unknown') {
      verify.push(`H-1B sponsorship not stated by a source — verify on the program site${j1 === 'yes' ? '; it states J-1, and "we sponsor visas" often means J-1 only' : ''}`);
    }
    if (h1b !== 'no' && p.step3ForH1b === 'yes' && a.step3?.status !== 'passed') {
      tierDown.push('states Step 3 must be passed before it files an H-1B, and you have not passed it');
    }
    return;
  }
  // either / unsure / not given: closed only when both routes are known to be closed
  if (j1 === 'no' && h1b === 'no') excluded.push(`sponsors neither J-1 nor H-1B${asOf(p)}`);
  else if (j1 === 'unknown' && h1b === 'unknown') verify.push('visa sponsorship (J-1 or H-1B) not stated by a source — verify on the program site');
  else if (j1 === 'no') verify.push('takes no J-1; H-1B not stated by a source — verify');
  else if (h1b === 'no' && j1 === 'unknown') verify.push('no H-1B; J-1 not stated by a source — verify');
}

function hasSourcedPolicy(p: PlanProgram): boolean {
  return p.visaJ1 !== 'unknown' || p.visaH1b !== 'unknown' || p.yogLimitYears !== null || p.step2Min !== null || p.usceRequired !== 'unknown'
    || p.firstAttemptRequired !== 'unknown' || p.sponsorNoVisas !== 'unknown' || p.militaryOnly !== 'unknown';
}
