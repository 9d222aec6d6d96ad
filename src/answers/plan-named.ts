// Which programs of a built plan a question names ("why is kaiser a reach?"): matched once on the California table and
// the national roster joined (each indexed once), then found in the plan by id, the asker's first specialty first.
import type { Plan, PlannedProgram } from '../domain/plan.js';
import type { Profile, Specialty } from '../domain/profile.js';
import type { NationalProgram } from '../knowledge/import/national-schema.js';
import type { PlanKb } from '../plan/build-plan.js';
import { joinedTable, nameScores, type NameMatch } from './program-names.js';

const EMPTY: readonly NationalProgram[] = [];

/** The plan programs a question names (`found`: best first, the asker's first specialty before the others) and, when
 *  the name fits several programs alike, the ones set aside (`alsoNamed`), which the reply names. Like the `program`
 *  command, a name several programs share ("UCLA": Harbor-UCLA, Olive View-UCLA, UCLA-Kern...) is never settled by a
 *  tie-break alone: the question's whole name, the name's first word ("UCLA" for "UCLA Internal Medicine...", when only
 *  one starts so) or the asker's regions (when only one lies there) settle it, said in the reply; otherwise all stay
 *  in `found` and the reply asks which. */
export function programsInPlan(plan: Plan, kb: PlanKb, question: string, specialties: readonly Specialty[], profile: Profile): NamedInPlan {
  const { reach, target, safety } = plan.tiers;
  const all = new Map([...reach, ...target, ...safety, ...plan.unverified ?? [], ...plan.excluded].map((p) => [p.id, p]));
  const rows = joinedTable(kb.programs, kb.national ?? EMPTY);
  const scores = nameScores(rows, question);
  const scored: { p: PlannedProgram; m: NameMatch }[] = [];
  rows.forEach((row, i) => { const p = all.get(row.id); if (p && scores[i]!.named) scored.push({ p, m: scores[i]! }); });
  const rank = (p: PlannedProgram) => { const i = specialties.indexOf(p.specialty); return i < 0 ? specialties.length : i; };
  const best = Math.max(0, ...scored.map((x) => x.m.score));
  const near = scored.filter((x) => x.m.score >= best - 0.21).sort((a, b) => rank(a.p) - rank(b.p) || b.m.score - a.m.score);
  const top = near[0];
  if (!top) return { found: [], alsoNamed: [] };
  const others = near.filter((x) => x.p.specialty !== top.p.specialty).map((x) => x.p);
  // every program of the top one's specialty the question names by the same words is as likely meant
  const topHits = top.m.hits ?? new Set<string>();
  const alike = scored.filter((x) => x.p.specialty === top.p.specialty && [...topHits].every((w) => x.m.hits?.has(w))).sort((a, b) => b.m.score - a.m.score);
  const distinct = new Set(alike.map((x) => x.p.name)).size > 1;
  const one = (xs: typeof alike) => (xs.length === 1 ? xs[0]!.p : undefined);
  const chosen = !distinct ? undefined : one(alike.filter((x) => x.m.whole)) ?? one(alike.filter((x) => x.m.starts)) ?? oneInRegions(alike.map((x) => x.p), profile);
  if (chosen) return { found: [chosen, ...others], alsoNamed: alike.map((x) => x.p).filter((p) => p !== chosen) };
  return { found: [...alike.map((x) => x.p), ...others], alsoNamed: [] };
}

/** What a question names on the asker's plan: the programs meant, and the namesakes set aside for one of them. */
export interface NamedInPlan { found: PlannedProgram[]; alsoNamed: PlannedProgram[] }

/** The names, when the programs found are several different ones of the first one's specialty ("kaiser"); else none. */
export function ambiguousNames(found: readonly PlannedProgram[]): string[] {
  const first = found[0];
  if (!first) return [];
  const names = [...new Set(found.filter((p) => p.specialty === first.specialty).map((p) => p.name))];
  return names.length > 1 ? names : [];
}

/** Of several programs one name fits, the one in the asker's first specialty inside the regions they chose, when exactly
 *  one is (every region chosen, or none, picks nothing: then the reply asks which). */
function oneInRegions(found: readonly PlannedProgram[], profile: Profile): PlannedProgram | undefined {
  const first = found[0];
  const regions = (profile.regions ?? []).filter((r) => r !== 'anywhere' && r !== 'other_us');
  if (!first || !regions.length || profile.regions?.includes('anywhere')) return undefined;
  const mine = found.filter((p) => p.specialty === first.specialty && (regions as string[]).includes(p.region));
  return mine.length === 1 ? mine[0] : undefined;
}
