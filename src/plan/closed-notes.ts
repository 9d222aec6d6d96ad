// Programs in the applicant's own regions that are closed to every civilian, said in one note (their rows sit in the
// excluded list, which an applicant who heard "that hospital takes IMGs" may never open).
import type { PlannedProgram } from '../domain/plan.js';
import type { Region } from '../domain/profile.js';
import { andList } from '../domain/and-list.js';
import { inRegions } from './list-bounds.js';
import { specialtyLabel } from './specialty-info.js';

/** The exclusion codes that close a program to every civilian applicant, whatever the file. */
const CLOSED_TO_CIVILIANS = new Set(['excluded.military_active_duty']);

/** One note naming the military programs of the applicant's regions and specialties, or undefined when there are none. */
export function militaryNote(excluded: readonly PlannedProgram[], regions: readonly (Region | 'anywhere')[]): string | undefined {
  const closed = excluded.filter((p) => p.band !== 'national' && inRegions(p.region, regions)
    && (p.reasonCodes ?? []).some((r) => CLOSED_TO_CIVILIANS.has(r.code)));
  if (closed.length === 0) return undefined;
  const names = closed.map((p) => `${p.name} (${specialtyLabel(p.specialty)})`);
  const said = andList(names);
  return `Left off your list: ${said} ${closed.length === 1 ? 'is a military program that states' : 'are military programs that state'} only active-duty US military members may apply. Serving members are chosen through the military's own selection, not the civilian Match, so ${closed.length === 1 ? 'it is' : 'they are'} closed to you whatever your file or visa.`;
}
