// The plan alone (compute, then serialise) over program tables of growing size: the shipped California table,
// that table with the shipped national roster, and 12,000 programs generated from the shipped rows.
import type { Profile } from '../../src/domain/profile.js';
import type { Kb } from '../../src/knowledge/kb-build.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { medianTime } from '../lib/stats.js';

/** Rows cloned from the shipped ones until `size`; ids and names stay unique, facts are copied as they are. */
export function generatedPrograms(shipped: Kb['programs'], size: number): Kb['programs'] {
  const out: Kb['programs'][number][] = [];
  for (let i = 0; out.length < size; i++) {
    const p = shipped[i % shipped.length]!;
    const copy = Math.floor(i / shipped.length);
    out.push(copy === 0 ? p : { ...p, id: `${p.id}-g${copy}`, name: `${p.name} ${copy}` });
  }
  return out;
}

/** One table size's figures: median ms to compute the plan and to JSON-serialise it, and its size. */
export interface PlanFigure { table: string; programs: number; profile: string; computeMs: number; stringifyMs: number; judged: number; jsonKb: number }

/** Times `buildPlan` for each profile over each table. */
export function runPlans(kb: Kb, tables: { name: string; programs: Kb['programs']; national: Kb['national'] }[], profiles: Record<string, Profile>, runs: number, now: Date): Promise<PlanFigure[]> {
  const out: PlanFigure[] = [];
  return (async () => {
    for (const t of tables) {
      // the plan's program index is prepared once per table (cached by the plan); the warm-up run builds it
      const tableKb = { ...kb, programs: t.programs, national: t.national };
      for (const [name, profile] of Object.entries(profiles)) {
        const plan = buildPlan(profile, tableKb, now);
        const json = JSON.stringify(plan);
        const judged = plan.tiers.reach.length + plan.tiers.target.length + plan.tiers.safety.length + plan.excluded.length;
        out.push({
          table: t.name, programs: t.programs.length + t.national.length, profile: name, judged, jsonKb: json.length / 1024,
          computeMs: await medianTime(() => buildPlan(profile, tableKb, now), runs),
          stringifyMs: await medianTime(() => JSON.stringify(plan), runs),
        });
      }
    }
    return out;
  })();
}
