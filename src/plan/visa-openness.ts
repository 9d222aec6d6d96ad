// How open a specialty is to the applicant's visa in our table: the share of its programs with evidence for that visa.
import type { ApplicantView } from './applicant-view.js';
import type { PlanProgram } from './program-index.js';

/** How open one specialty is to the applicant's visa in our table: programs with evidence for it, of all its programs. */
export interface VisaOpenness { withEvidence: number; of: number; visa: 'J-1' | 'H-1B' }

/**
 * The specialty's openness to this applicant's visa, from the table: a stated J-1 (for J-1, "either" or unsettled), a
 * stated H-1B or the sponsor's own public H-1B filings (for H-1B only); undefined when the applicant needs no visa.
 */
export function visaOpenness(programs: readonly PlanProgram[], a: ApplicantView): VisaOpenness | undefined {
  if (!a.needsVisa) return undefined;
  const h1b = a.visa === 'needs_h1b';
  let counts = COUNTED.get(programs); // a specialty's list is built once per knowledge base: count it once
  if (!counts) {
    counts = { j1: 0, h1b: 0 };
    for (const p of programs) {
      if (p.visaJ1 === 'yes') counts.j1 += 1;
      if (p.visaH1b === 'yes' || p.h1bFilings !== undefined) counts.h1b += 1;
    }
    COUNTED.set(programs, counts);
  }
  return { withEvidence: h1b ? counts.h1b : counts.j1, of: programs.length, visa: h1b ? 'H-1B' : 'J-1' };
}

const COUNTED = new WeakMap<readonly PlanProgram[], { j1: number; h1b: number }>();
