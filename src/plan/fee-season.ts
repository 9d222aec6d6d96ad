// Which ERAS season a fee table is for, against the season under way on a date: a plan never calls an older table "the latest".
import type { ApplicationCost, Plan } from '../domain/plan.js';
import { ERAS_FEES } from './base-rates.js';

/** The month ERAS opens a season for applicants (June, 0-based 5): season N opens in June of year N-1. */
const SEASON_OPENS_MONTH = 5;

/** The ERAS season under way on a date: on 2026-12-07 it is the 2027 season (opened June 2026). */
export function erasSeasonOn(now: Date): number {
  return now.getUTCFullYear() + (now.getUTCMonth() >= SEASON_OPENS_MONTH ? 1 : 0);
}

/** When the fee table is for an older season than the one under way: what to say instead of "the latest"; else undefined. */
export function staleFeeNote(seasonYear: number | undefined, now: Date, sameSince: number | undefined = ERAS_FEES.sameSinceSeason): string | undefined {
  if (seasonYear === undefined) return undefined;
  const current = erasSeasonOn(now);
  if (seasonYear >= current) return undefined;
  const held = sameSince !== undefined && sameSince < seasonYear ? ` (the same table held in the ${sameSince} to ${seasonYear} seasons)` : '';
  return `we found no fee table for the ${current} season (open since June ${current - 1}), which may charge differently${held}: check aamc.org before you pay`;
}

/** The applications with the cost's source saying which season its fees are for when that is not the season under way. */
export function withFeeSeason(apps: Plan['applications'], seasonYear: number | undefined, now: Date): Plan['applications'] {
  const note = staleFeeNote(seasonYear, now);
  if (!apps.cost || !note || apps.cost.source.includes(note)) return apps;
  const cost: ApplicationCost = { ...apps.cost, source: `${apps.cost.source}; ${note}` };
  return { ...apps, cost };
}
