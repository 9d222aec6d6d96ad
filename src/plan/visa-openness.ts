// How open a specialty is to the applicant's visa in our table: the share of its programs with evidence for that visa.
import type { ApplicantView } from './applicant-view.js';
import type { PlanProgram } from './program-index.js';

/**
 * How open one specialty is to the applicant's visa in our table: programs with evidence for it, of all its programs;
 * for J-1 also the programs whose J-1 policy a source states either way (`stated`), because our J-1 facts are a few
 * sourced pages, not a census: a program that states nothing is a gap in our table, not a policy.
 */
export interface VisaOpenness { withEvidence: number; of: number; visa: 'J-1' | 'H-1B'; stated?: number }

/**
 * The specialty's openness to this applicant's visa, from the table: a stated J-1 (for J-1, "either" or unsettled) beside
 * every stated J-1 policy, a stated H-1B or the sponsor's own public H-1B filings (for H-1B only, a national public
 * record); undefined when the applicant needs no visa.
 */
export function visaOpenness(programs: readonly PlanProgram[], a: ApplicantView): VisaOpenness | undefined {
  if (!a.needsVisa) return undefined;
  const h1b = a.visa === 'needs_h1b';
  let counts = COUNTED.get(programs); // a specialty's list is built once per knowledge base: count it once
  if (!counts) {
    counts = { j1: 0, j1Stated: 0, h1b: 0 };
    for (const p of programs) {
      if (p.visaJ1 === 'yes') counts.j1 += 1;
      if (p.visaJ1 === 'yes' || p.visaJ1 === 'no') counts.j1Stated += 1;
      if (p.visaH1b === 'yes' || p.h1bFilings !== undefined) counts.h1b += 1;
    }
    COUNTED.set(programs, counts);
  }
  return h1b ? { withEvidence: counts.h1b, of: programs.length, visa: 'H-1B' } : { withEvidence: counts.j1, of: programs.length, visa: 'J-1', stated: counts.j1Stated };
}

const COUNTED = new WeakMap<readonly PlanProgram[], { j1: number; j1Stated: number; h1b: number }>();
