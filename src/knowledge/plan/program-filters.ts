// Hard filters (visa, graduation year, Step 2 CK minimum, required USCE) and the unknowns to verify.
import type { Program } from '../programs/program-schema.js';
import type { ApplicantView } from './applicant-strength.js';
import { GUIDE_STEP2CK } from './base-rates.js';

/** Why a program is closed to this applicant (empty = open) and what must be verified on its site. */
export interface FilterResult { excluded: string[]; verify: string[] }

/** Program notes worth showing: they mention scores, attempts or graduation years (visas only to visa seekers). */
const POLICY_NOTE = /usmle|step \d|attempt|graduat|average|minimum|cut-?off|recommend/i;
const VISA_NOTE = /visa|h-1b|j-1/i;

const asOf = (p: Program) => (p.asOf ? ` (source as of ${p.asOf})` : ' (source undated)');

/** Applies the hard filters; an unknown fact never opens or closes a program silently — it goes to `verify`. */
export function filterProgram(p: Program, a: ApplicantView, now: Date): FilterResult {
  const excluded: string[] = [];
  const verify: string[] = [];
  visaFilter(p, a, excluded, verify);

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

  if (excluded.length === 0 && (POLICY_NOTE.test(p.notes) || (a.needsVisa && VISA_NOTE.test(p.notes)))) verify.push(`source note: ${p.notes}`);
  if (excluded.length === 0 && hasSourcedPolicy(p) && (p.asOf === null || now.getUTCFullYear() - p.asOf > 2)) {
    verify.push(`policy facts come from ${p.asOf ? `a ${p.asOf}` : 'an undated'} source — re-check them for this cycle`);
  }
  return { excluded, verify };
}

function visaFilter(p: Program, a: ApplicantView, excluded: string[], verify: string[]): void {
  if (!a.needsVisa) return; // citizens and green-card holders are never filtered on visa
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
    return;
  }
  // either / unsure / not given: closed only when both routes are known to be closed
  if (j1 === 'no' && h1b === 'no') excluded.push(`sponsors neither J-1 nor H-1B${asOf(p)}`);
  else if (j1 === 'unknown' && h1b === 'unknown') verify.push('visa sponsorship (J-1 or H-1B) not stated by a source — verify on the program site');
  else if (j1 === 'no') verify.push('takes no J-1; H-1B not stated by a source — verify');
  else if (h1b === 'no' && j1 === 'unknown') verify.push('no H-1B; J-1 not stated by a source — verify');
}

function hasSourcedPolicy(p: Program): boolean {
  return p.visaJ1 !== 'unknown' || p.visaH1b !== 'unknown' || p.yogLimitYears !== null || p.step2Min !== null || p.usceRequired !== 'unknown';
}
