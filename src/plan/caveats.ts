// The plan's standing caveats: data age, coverage, benchmark year, licence, and "advice, not a promise".
import { CA_LICENCE } from './base-rates.js';
import type { ScopeStats } from './plan-index.js';
import { CK_2026_SOURCE, CK_2026_YEAR } from './step2ck-2026.js';

/** Caveats for a plan built over these programs (open and excluded). */
export function planCaveats(scope: ScopeStats): string[] {
  const out: string[] = [];
  const ca = { length: scope.california };
  const national = scope.national;
  if (ca.length > 0) {
    const span = scope.caDated ? `${scope.caMinYear}–${scope.caMaxYear}` : 'no dated source';
    const undated = ca.length - scope.caDated;
    out.push(`California program facts come from public pages and lists dated ${span}${undated ? ` (${undated} of ${ca.length} undated)` : ''}. Visa, score and graduation-year policies change every cycle: verify each on the program site before you apply.`);
  }
  if (national > 0) {
    out.push(`The ${national} programs outside California come from the ACGME public program list (mid-2025, via github.com/bsimpson1268/couples-match-builder): name, city and state only. Visa, score, graduation-year and USCE facts are unknown for every one of them until you check the program site; their type is read from the name where it says so.`);
  }
  out.push(`Score comparisons use Step 2 CK of matched and unmatched non-US IMGs in the ${CK_2026_YEAR} Match (${CK_2026_SOURCE}).`);
  if (ca.length > 0) {
    out.push(`Every resident in California needs a Postgraduate Training Licence from the Medical Board of California within ${CA_LICENCE.dueDays} days of starting (fee $${CA_LICENCE.fee}; a full licence needs ${CA_LICENCE.fullLicenceMonths} months of training; ${CA_LICENCE.source}, ${CA_LICENCE.year}).`);
  }
  out.push('Tiers are estimates from public data and your answers. This plan is advice, not a promise of interviews or a match.');
  return out;
}
