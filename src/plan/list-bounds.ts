// Counts from the real list: no specialty's count may exceed the programs that exist and are open to this applicant;
// when the applicant's own regions leave fewer than the count, say so and what widening would add.
import type { Plan, ReasonCode } from '../domain/plan.js';
import type { Region, Specialty } from '../domain/profile.js';
import { recounted } from './applications.js';
import { countRange } from '../domain/count-range.js';
import { isOneYear, specialtyLabel } from './specialty-info.js';
import { reason } from './words.en.js';

/** Programs open to the applicant in one specialty: inside the chosen regions, elsewhere in California, in other states. */
export interface OpenCount {
  inRegions: number; moreInCalifornia: number; moreNationally: number; /** the table holds the national roster for it */ complete: boolean;
  /** listed programs in the chosen regions with visa evidence (stated or public), and unverified ones worth checking */
  withEvidence?: number; toCheck?: number;
  /** the names of the open programs inside the chosen regions, kept while few enough to say (NAMED_AT_MOST) */
  names?: string[];
}

/** When the chosen regions hold at most this many open programs, the plan names them where it says "apply to all". */
const NAMED_AT_MOST = 10;

/** Empty counts. */
export const noOpen = (complete: boolean): OpenCount => ({ inRegions: 0, moreInCalifornia: 0, moreNationally: 0, complete });

/** Adds one open program to the counts, by whether the applicant's regions include it. */
export function countOpen(c: OpenCount, region: Region, regions: readonly (Region | 'anywhere')[], name?: string): void {
  const all = regions.length === 0 || regions.includes('anywhere');
  if (all || regions.includes(region)) {
    c.inRegions += 1;
    if (name && c.inRegions <= NAMED_AT_MOST + 1) (c.names ??= []).push(name.replace(/\s+Program$/i, ''));
  }
  else if (region === 'other_us') c.moreNationally += 1;
  else c.moreInCalifornia += 1;
}

/** Whether a program in `region` lies inside the applicant's chosen regions (none chosen or "anywhere" means all). */
export function inRegions(region: Region, regions: readonly (Region | 'anywhere')[]): boolean {
  return regions.length === 0 || regions.includes('anywhere') || regions.includes(region);
}

/**
 * For an H-1B-only applicant few programs show H-1B evidence, so the count is raised to take in every listed program
 * with evidence in the chosen regions and specialties plus the unverified ones to check, and the applicant is told so.
 */
export function h1bOnlyCount(apps: Plan['applications'], open: ReadonlyMap<Specialty, OpenCount>): { applications: Plan['applications']; warnings: ReasonCode[] } {
  const warnings: ReasonCode[] = [];
  const per = (apps.perSpecialty ?? []).map((c) => {
    const o = open.get(c.specialty);
    if (!o || isOneYear(c.specialty) || !o.complete) return c;
    const ev = o.withEvidence ?? 0;
    const check = o.toCheck ?? 0;
    warnings.push(reason('warning.h1b_only_count', { withEvidence: ev, toCheck: check, specialty: c.specialty }));
    if (ev + check <= c.min) return c;
    const min = ev + check;
    const max = Math.max(c.max, min);
    const { inRegions, ...rest } = c;
    return { ...rest, ...(inRegions !== undefined && inRegions < min ? { inRegions } : {}), min, max, why: `${c.why}; raised to ${countRange(min, max)} because you need an H-1B: every program in your regions with H-1B evidence (${ev}) plus the ${check} unverified ones to check first` };
  });
  if (per.every((c, i) => c === apps.perSpecialty![i])) return { applications: apps, warnings };
  return { applications: recounted(apps, per), warnings };
}

/** The applications capped by the open programs in the chosen regions, with the warnings that explain each cap. */
export function boundByList(apps: Plan['applications'], open: ReadonlyMap<Specialty, OpenCount>): { applications: Plan['applications']; warnings: ReasonCode[] } {
  const warnings: ReasonCode[] = [];
  const per = (apps.perSpecialty ?? []).map((c) => {
    const o = open.get(c.specialty);
    if (!o) return c;
    const label = specialtyLabel(c.specialty);
    const exist = o.inRegions + o.moreInCalifornia + o.moreNationally;
    if (o.inRegions < c.min && !isOneYear(c.specialty) && o.complete) {
      // a short list is said by name: "apply to all 6" is advice only when the applicant can see which six
      const names = o.inRegions > 0 && o.inRegions <= NAMED_AT_MOST && o.names?.length === o.inRegions ? [...new Set(o.names)] : undefined;
      warnings.push(reason('warning.regions_hold_few', { inRegions: o.inRegions, specialty: c.specialty, min: c.min, max: Math.min(c.max, exist), moreInCalifornia: o.moreInCalifornia, moreNationally: o.moreNationally, ...(names ? { names } : {}) }));
    }
    // the regions, not the file, limit this list: carried with the count so the plan can say the constraint first
    const limited = o.inRegions < c.min && !isOneYear(c.specialty) && o.complete ? { ...c, inRegions: o.inRegions } : c;
    // one-year tracks have no national roster in our table: the programs that exist are far more than we list
    if (c.max <= exist || isOneYear(c.specialty) || !o.complete) return limited;
    // never more applications than programs that exist and are open to you, wherever they are
    const max = exist;
    const min = Math.min(c.min, max);
    return { ...limited, min, max, why: `${c.why}; capped at the ${max} ${label} programs open to you in our table` };
  });
  if (per.every((c, i) => c === apps.perSpecialty![i])) return { applications: apps, warnings };
  return { applications: recounted(apps, per), warnings };
}
