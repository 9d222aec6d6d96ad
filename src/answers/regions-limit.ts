// The count of applications inside the limit the applicant set: when their own regions ("only LA County") hold fewer
// open programs than their standing calls for, the number to apply to there is all of them (never more than exist), the
// fee is priced for that number, and what widening would add is said beside it; none open there is said plainly.
import { usd } from '../domain/money.js';
import type { Plan } from '../domain/plan.js';
import type { Specialty } from '../domain/profile.js';
import { countRange } from '../domain/count-range.js';
import { ERAS_FEES, erasFee, feeTablePublication } from '../plan/base-rates.js';
import { specialtyLabel } from '../plan/specialty-info.js';

/** One specialty whose chosen regions hold fewer open programs than its count (the plan's warning, as figures). */
interface RegionLimit { specialty: Specialty; inRegions: number; min: number; max: number; moreInCalifornia: number; moreNationally: number; names?: string[] }

/** The plan's region limits, one per specialty it counts, read from its warnings. */
function regionLimits(plan: Plan): RegionLimit[] {
  return (plan.warningCodes ?? []).filter((w) => w.code === 'warning.regions_hold_few').map((w) => w.params as unknown as RegionLimit);
}

/** Where widening leads, in words: "24 more elsewhere in California and 611 in other states". */
function widening(l: RegionLimit): string {
  const parts = [l.moreInCalifornia ? `${l.moreInCalifornia} more elsewhere in California` : '', l.moreNationally ? `${l.moreNationally} in other states` : ''].filter(Boolean);
  return parts.length ? parts.join(' and ') : 'no more in our table';
}

/** For an H-1B-only applicant, how many of those programs show no H-1B evidence and are to be checked first. */
function unchecked(plan: Plan, l: RegionLimit): string {
  const w = (plan.warningCodes ?? []).find((x) => x.code === 'warning.h1b_only_count' && x.params.specialty === l.specialty);
  const check = Number(w?.params.toCheck ?? 0);
  if (!w || !check) return '';
  return Number(w.params.withEvidence ?? 0) === 0 ? ` (none of them shows H-1B sponsorship in a source: check each before you pay)` : ` (${check} of them with no H-1B source: check those first)`;
}

/** The lines that lead a count answer when the applicant's regions cap it, or undefined when they do not. */
export function regionLimitLines(plan: Plan, withCost: boolean): string[] | undefined {
  const limits = regionLimits(plan);
  const main = plan.applications.perSpecialty?.[0]?.specialty;
  const first = limits.find((l) => l.specialty === main);
  if (!first) return undefined;
  const lines = limits.map((l) => {
    const label = specialtyLabel(l.specialty);
    const names = l.names?.length ? ` (${l.names.join('; ')})` : '';
    if (l.inRegions === 0) return `No ${label} program in the regions you chose is open to you in our table (reach, target or safety), so inside them there is nothing to apply to: the ${countRange(l.min, l.max)} your standing calls for would all lie outside them, where widening adds ${widening(l)}.`;
    const all = l.inRegions === 1 ? 'apply to it' : `apply to all ${l.inRegions}`;
    return `The regions you chose hold ${l.inRegions} ${label} program${l.inRegions === 1 ? '' : 's'} open to you in our table${names}, fewer than the ${countRange(l.min, l.max)} your standing calls for: ${all}, since no list inside your regions can be longer${unchecked(plan, l)}. Widening adds ${widening(l)}.`;
  });
  const inside = limits.reduce((t, l) => t + l.inRegions, 0);
  if (withCost && inside > 0) lines.push(`ERAS fees for the ${inside} inside your regions: ${usd(limits.reduce((t, l) => t + erasFee(l.inRegions), 0))} ($${ERAS_FEES.firstTierEach} each for the first ${ERAS_FEES.firstTierCount} in a specialty, $${ERAS_FEES.laterEach} each after; ${ERAS_FEES.season}, ${feeTablePublication()}).`);
  lines.push(`If you widen your regions: apply to about ${countRange(plan.applications.min, plan.applications.max)} programs in all.`);
  return lines;
}
