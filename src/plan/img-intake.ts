// Evidence that a program takes IMGs, for an applicant who needs no visa: a program that states it sponsors a visa
// (J-1 or H-1B) trains non-US IMGs, which shows IMG intake whoever the IMG is; a guess never counts.
import type { PlanProgram } from './program-index.js';

/** True when a source states the program sponsors a visa route that no sibling of its sponsor contradicts: it trains
 * non-US IMGs, so it takes IMGs — evidence of intake for a citizen, green-card or EAD holder, never a visa promise. */
export function statesVisaIntake(p: PlanProgram): boolean {
  const j1 = p.visaJ1 === 'yes' && !p.sponsorConflict?.j1;
  const h1b = p.visaH1b === 'yes' && !p.sponsorConflict?.h1b;
  return (j1 || h1b) && p.sponsorNoVisas !== 'yes' && !p.mayNotExist;
}
