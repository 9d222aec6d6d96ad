// The applicant's stated budget for applying laid against the plan's count: how many programs in one specialty it
// pays ERAS fees for, counting the programs already sent this cycle (past the first 30 each costs the higher fee).
import { usd } from '../domain/money.js';
import { ERAS_FEES, programsBought } from '../plan/base-rates.js';

/** One sentence: what the stated budget buys in programs, worked out, beside the cost of the count advised (if any). */
export function budgetLine(budget: number, sent: number | undefined, advisedCost: number | undefined): string {
  const b = programsBought(budget, sent ?? 0);
  const parts = [b.atFirst ? `${b.atFirst} x $${ERAS_FEES.firstTierEach}` : '', b.atLater ? `${b.atLater} x $${ERAS_FEES.laterEach}` : ''].filter(Boolean).join(' + ');
  const more = sent !== undefined ? `about ${b.count} more programs beside the ${sent} sent` : `about ${b.count} programs in one specialty`;
  const verdict = advisedCost === undefined ? '' : budget >= advisedCost ? ', which covers the count above' : ', fewer than the count above: spend it where you fit best, and a second specialty restarts the cheaper first 30';
  return `Your budget of ${usd(budget)} pays ERAS fees for ${more} (${parts || 'none'}; ${ERAS_FEES.season} fees)${verdict}.`;
}
