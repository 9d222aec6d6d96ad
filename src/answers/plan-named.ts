// Which programs of a built plan a question names ("why is kaiser a reach?"): matched once on the California table and
// the national roster joined (each indexed once), then found in the plan by id, the asker's first specialty first.
import type { Plan, PlannedProgram } from '../domain/plan.js';
import type { Specialty } from '../domain/profile.js';
import type { NationalProgram } from '../knowledge/import/national-schema.js';
import type { PlanKb } from '../plan/build-plan.js';
import { joinedTable, nameScores } from './program-names.js';

const EMPTY: readonly NationalProgram[] = [];

/** The plan programs a question names, best first, the asker's first specialty before the others (none: empty). */
export function programsInPlan(plan: Plan, kb: PlanKb, question: string, specialties: readonly Specialty[]): PlannedProgram[] {
  const { reach, target, safety } = plan.tiers;
  const all = new Map([...reach, ...target, ...safety, ...plan.unverified ?? [], ...plan.excluded].map((p) => [p.id, p]));
  const rows = joinedTable(kb.programs, kb.national ?? EMPTY);
  const scores = nameScores(rows, question);
  const scored: { p: PlannedProgram; score: number }[] = [];
  rows.forEach((row, i) => { const p = all.get(row.id); if (p && scores[i]!.named) scored.push({ p, score: scores[i]!.score }); });
  const rank = (p: PlannedProgram) => { const i = specialties.indexOf(p.specialty); return i < 0 ? specialties.length : i; };
  const best = Math.max(0, ...scored.map((x) => x.score));
  return scored.filter((x) => x.score >= best - 0.21).sort((a, b) => rank(a.p) - rank(b.p) || b.score - a.score).map((x) => x.p);
}

/** The names, when the programs found are several different ones of the first one's specialty ("kaiser"); else none. */
export function ambiguousNames(found: readonly PlannedProgram[]): string[] {
  const first = found[0];
  if (!first) return [];
  const names = [...new Set(found.filter((p) => p.specialty === first.specialty).map((p) => p.name))];
  return names.length > 1 ? names : [];
}
