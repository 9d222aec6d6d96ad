// A budget the applicant states, laid against their plan's count: how many programs it buys when spread over the plan's
// specialties (the ERAS count restarts in each, so the cheap first programs of each come first), and how much more the
// plan's range would take — said plainly, from the fee table with its season.
import { usd } from '../domain/money.js';
import type { Plan } from '../domain/plan.js';
import { ERAS_FEES, erasFee } from '../plan/base-rates.js';
import { countRange } from '../domain/count-range.js';
import { specialtyLabel } from '../plan/specialty-info.js';

type Count = NonNullable<Plan['applications']['perSpecialty']>[number];

/** Programs per specialty a budget buys, the plan's order kept: each specialty's first-tier programs first (up to its
 * count), then the rest at the later fee to the specialty with the largest list, then to the others. */
export function splitBudget(budget: number, per: readonly Count[]): { specialty: Count['specialty']; n: number }[] {
  let left = budget;
  const out = per.map((c) => ({ specialty: c.specialty, n: 0, max: c.max }));
  for (const o of out) {
    const n = Math.min(o.max, ERAS_FEES.firstTierCount, Math.floor(left / ERAS_FEES.firstTierEach));
    o.n = n;
    left -= n * ERAS_FEES.firstTierEach;
  }
  for (const o of [...out].sort((x, y) => y.max - x.max)) {
    if (o.n < ERAS_FEES.firstTierCount) continue;
    const n = Math.min(o.max - o.n, Math.floor(left / ERAS_FEES.laterEach));
    o.n += n;
    left -= n * ERAS_FEES.laterEach;
  }
  return out.filter((o) => o.n > 0).map(({ specialty, n }) => ({ specialty, n }));
}

/** The budget against the plan's count, in words: what it buys across the plan's specialties and what the range costs. */
export function budgetAgainstPlan(budget: number, apps: Plan['applications']): string | undefined {
  const per = apps.perSpecialty ?? [];
  if (!per.length) return undefined;
  const low = per.reduce((t, c) => t + erasFee(c.min), 0);
  const high = per.reduce((t, c) => t + erasFee(c.max), 0);
  const fees = `${ERAS_FEES.season} fees, ${ERAS_FEES.source}`;
  if (budget >= high) return `Your ${usd(budget)} covers the whole range: ${countRange(apps.min, apps.max)} programs cost ${usd(low)}–${usd(high)} in ERAS fees (${fees}).`;
  const split = splitBudget(budget, per);
  const total = split.reduce((t, x) => t + x.n, 0);
  const spent = split.reduce((t, x) => t + erasFee(x.n), 0);
  const parts = split.map((x) => `${specialtyLabel(x.specialty)} ${x.n} (${usd(erasFee(x.n))})`).join(' + ');
  const gap = budget >= low ? `it reaches the lower end (${apps.min} programs, ${usd(low)}) but not the upper (${usd(high)}, ${usd(high - budget)} more)` : `your plan's ${countRange(apps.min, apps.max)} programs cost ${usd(low)}–${usd(high)}: ${usd(low - budget)}–${usd(high - budget)} more than you have`;
  return `With ${usd(budget)} for ERAS fees, spread over your plan's specialties (the count restarts in each, so each one's first ${ERAS_FEES.firstTierCount} programs at $${ERAS_FEES.firstTierEach} come first, then $${ERAS_FEES.laterEach} each): ${parts} = ${total} programs for ${usd(spent)}. Against that, ${gap}. Either the budget grows by that much, or the list is cut from its reaches first, never from the programs where you fit best (${fees}).`;
}
