// The applicant's stated budget for applying laid against the plan's count: how many programs in one specialty it
// pays ERAS fees for, counting the programs already sent this cycle (past the first 30 each costs the higher fee).
import { usd } from '../domain/money.js';
import { ERAS_FEES } from '../plan/base-rates.js';

/** How many more programs in one specialty a sum pays ERAS fees for, after `sent` programs already paid. */
function programsBought(budget: number, sent: number): { count: number; atFirst: number; atLater: number } {
  let left = budget;
  let atFirst = 0;
  let atLater = 0;
  for (let k = sent + 1; k <= sent + 1000; k++) {
    const fee = k <= ERAS_FEES.firstTierCount ? ERAS_FEES.firstTierEach : ERAS_FEES.laterEach;
    if (fee > left) break;
    left -= fee;
    if (fee === ERAS_FEES.firstTierEach) atFirst++; else atLater++;
  }
  return { count: atFirst + atLater, atFirst, atLater };
}

/** One sentence: what the stated budget buys in programs, worked out, beside the cost of the count advised (if any). */
export function budgetLine(budget: number, sent: number | undefined, advisedCost: number | undefined): string {
  const b = programsBought(budget, sent ?? 0);
  const parts = [b.atFirst ? `${b.atFirst} x $${ERAS_FEES.firstTierEach}` : '', b.atLater ? `${b.atLater} x $${ERAS_FEES.laterEach}` : ''].filter(Boolean).join(' + ');
  const more = sent !== undefined ? `about ${b.count} more programs beside the ${sent} sent` : `about ${b.count} programs in one specialty`;
  const verdict = advisedCost === undefined ? '' : budget >= advisedCost ? ', which covers the count above' : ', fewer than the count above: spend it where you fit best, and a second specialty restarts the cheaper first 30';
  return `Your budget of ${usd(budget)} pays ERAS fees for ${more} (${parts || 'none'}; ${ERAS_FEES.season} fees)${verdict}.`;
}
