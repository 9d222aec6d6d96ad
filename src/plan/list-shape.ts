// How many reach / target / safety programs sit in each band.
import type { Band, Plan, PlannedProgram, Tier } from '../domain/plan.js';
import { BAND_ORDER } from './specialty-info.js';

/** Counts per band × tier (every band and tier present, zero when empty), from programs bucketed by tier and band rank. */
export function listShape(buckets: Record<Tier, readonly (readonly PlannedProgram[])[]>): NonNullable<Plan['listShape']> {
  const shape = Object.fromEntries(BAND_ORDER.map((b) => [b, { reach: 0, target: 0, safety: 0 }])) as Record<Band, Record<Tier, number>>;
  BAND_ORDER.forEach((b, i) => { for (const t of ['reach', 'target', 'safety'] as const) shape[b][t] = buckets[t][i]?.length ?? 0; });
  return shape;
}
