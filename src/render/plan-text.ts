// Renders a plan view as terminal text, and the plan as a formula-safe CSV of programs.
import { stringify } from 'csv-stringify/sync';
import type { Plan, PlannedProgram } from '../domain/plan.js';
import { safeCell } from '../knowledge/import/program-store.js';
import type { PlanView } from '../domain/io.js';
import { planScreen } from './plan-views.js';
import { screenText } from './text-screen.js';

const TIER_KEYS = ['reach', 'target', 'safety'] as const;

/** A plan view as terminal text (the first screen by default), wrapped to 80 columns. */
export function renderPlanText(plan: Plan, view?: PlanView): string {
  return screenText(planScreen(plan, view));
}

/** Every part of the plan one after the other (first screen, steps, all programs), as one reads it in full. */
export function renderWholePlanText(plan: Plan): string {
  return [renderPlanText(plan), renderPlanText(plan, { kind: 'steps' }), renderPlanText(plan, { kind: 'programs' })].join('\n\n');
}

/** Columns of the plan CSV. */
export const PLAN_CSV_COLUMNS = ['tier', 'id', 'name', 'specialty', 'city', 'region', 'band', 'reasons', 'verify', 'state', 'facts', 'evidence'] as const;

/** One row per program (all tiers, then excluded); cells that could run as a formula get a leading quote. */
export function renderPlanCsv(plan: Plan): string {
  const rows: string[][] = [];
  const add = (tier: string, p: PlannedProgram) =>
    rows.push([tier, p.id, p.name, p.specialty, p.city, p.region, p.band, p.reasons.join(' | '), p.verify.join(' | '), p.state ?? '', (p.facts ?? []).map((f) => `${f.label}: ${f.value} (${f.source ?? 'no source'}${f.asOf ? `, ${f.asOf}` : ''})`).join(' | '), p.evidence ? `${p.evidence.level}: ${p.evidence.basis}${p.evidence.check.length ? ` — check: ${p.evidence.check.join('; ')}` : ''}` : ''].map(safeCell));
  for (const key of TIER_KEYS) for (const p of plan.tiers[key]) add(key, p);
  for (const p of plan.unverified ?? []) add('unverified', p);
  for (const p of plan.excluded) add('excluded', p);
  return stringify([[...PLAN_CSV_COLUMNS], ...rows], { record_delimiter: 'unix' });
}
