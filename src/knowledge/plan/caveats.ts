// The plan's standing caveats: data age, coverage, benchmark age, licence, and "advice, not a promise".
import type { Program } from '../programs/program-schema.js';
import { CA_LICENCE, MATCHED_STEP2CK, RECENT_MATCHED_IMG_STEP2CK } from './base-rates.js';

/** Caveats for a plan built over these programs (open and excluded). */
export function planCaveats(programs: readonly Program[]): string[] {
  const out: string[] = [];
  const years = programs.map((p) => p.asOf).filter((y): y is number => y !== null);
  const undated = programs.length - years.length;
  if (programs.length > 0) {
    const span = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : 'no dated source';
    out.push(`Program facts come from public pages and lists dated ${span}${undated ? ` (${undated} of ${programs.length} undated)` : ''}. Visa, score and graduation-year policies change every cycle: verify each on the program site before you apply.`);
  }
  out.push('Our program table covers California only and is still incomplete: some programs in every region are missing (see knowledge/programs/SOURCES.md for what is in it). National programs are not in our table yet.');
  out.push(`Score benchmarks are mean Step 2 CK scores of matched IMGs from ${MATCHED_STEP2CK.year} (${MATCHED_STEP2CK.source}). They are old: matched IMGs averaged roughly ${RECENT_MATCHED_IMG_STEP2CK.low}–${RECENT_MATCHED_IMG_STEP2CK.high} in ${RECENT_MATCHED_IMG_STEP2CK.year} (${RECENT_MATCHED_IMG_STEP2CK.source}), so read them as a floor.`);
  out.push('No source gives an IMG share for any program in our table, so "IMG-friendly" did not move any tier; ask programs how many IMGs they train.');
  if (programs.length > 0) {
    out.push(`Every resident in California needs a Postgraduate Training Licence from the Medical Board of California within ${CA_LICENCE.dueDays} days of starting (fee $${CA_LICENCE.fee}; a full licence needs ${CA_LICENCE.fullLicenceMonths} months of training; ${CA_LICENCE.source}, ${CA_LICENCE.year}).`);
  }
  out.push('Tiers are estimates from public data and your answers. This plan is advice, not a promise of interviews or a match.');
  return out;
}
