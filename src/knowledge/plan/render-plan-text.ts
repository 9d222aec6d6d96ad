// Renders a Plan as plain text (terminal, Discord, Slack) and as a formula-safe CSV of programs.
import { stringify } from 'csv-stringify/sync';
import type { Plan, PlannedProgram } from '../../domain/plan.js';
import { isDangerousCell } from '../programs/program-schema.js';
import { specialtyLabel } from './specialty-info.js';

const TIER_TITLES = [
  ['reach', 'Reach — apply, but do not count on them'],
  ['target', 'Target — where most of your applications belong'],
  ['safety', 'Safety — where your profile fits best'],
] as const;

/** Readable plain text of the whole plan; no markup beyond dashes and indentation. */
export function renderPlanText(plan: Plan): string {
  const lines: string[] = ['YOUR RESIDENCY PLAN', ''];
  if (plan.warnings?.length) {
    lines.push('Read first:');
    for (const w of plan.warnings) lines.push(`  ! ${w}`);
    lines.push('');
  }
  lines.push('Next steps, most important first:');
  plan.nextSteps.forEach((s, i) => {
    lines.push(`  ${i + 1}. ${s.title}`);
    lines.push(`     ${s.detail}${s.article ? ` (more: ${s.article})` : ''}`);
  });
  lines.push('');
  lines.push(`Applications: ${plan.applications.min}–${plan.applications.max}`);
  lines.push(`  ${plan.applications.why}`);
  if (plan.signaling) lines.push(`Signals: ${plan.signaling}`);
  lines.push('');
  for (const [key, title] of TIER_TITLES) {
    const list = plan.tiers[key];
    lines.push(`${title} (${list.length})`);
    if (list.length === 0) lines.push('  (none in our table)');
    for (const p of list) lines.push(...programLines(p));
    lines.push('');
  }
  lines.push(`Closed to you (${plan.excluded.length})`);
  for (const p of plan.excluded) lines.push(`  - ${p.name} — ${specialtyLabel(p.specialty)}, ${p.city || 'city not given'}: ${p.reasons.join('; ')}`);
  lines.push('');
  lines.push('Caveats:');
  for (const c of plan.caveats) lines.push(`  * ${c}`);
  return lines.join('\n');
}

function programLines(p: PlannedProgram): string[] {
  const out = [`  - ${p.name} — ${specialtyLabel(p.specialty)}, ${p.city || 'city not given'} [${p.band}]`];
  for (const r of p.reasons) out.push(`      why: ${r}`);
  for (const v of p.verify) out.push(`      verify: ${v}`);
  return out;
}

/** Columns of the plan CSV. */
export const PLAN_CSV_COLUMNS = ['tier', 'id', 'name', 'specialty', 'city', 'region', 'band', 'reasons', 'verify'] as const;

/** One row per program (all tiers, then excluded); cells that could run as a formula get a leading quote. */
export function renderPlanCsv(plan: Plan): string {
  const rows: string[][] = [];
  const add = (tier: string, p: PlannedProgram) =>
    rows.push([tier, p.id, p.name, p.specialty, p.city, p.region, p.band, p.reasons.join(' | '), p.verify.join(' | ')].map(safeCell));
  for (const [key] of TIER_TITLES) for (const p of plan.tiers[key]) add(key, p);
  for (const p of plan.excluded) add('excluded', p);
  return stringify([[...PLAN_CSV_COLUMNS], ...rows], { record_delimiter: 'unix' });
}

function safeCell(v: string): string {
  return isDangerousCell(v) ? `'${v}` : v;
}
