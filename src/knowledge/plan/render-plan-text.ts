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

/** Readable plain text of the whole plan; reasons and checks shared by many programs are said once. */
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

  const all = [...plan.tiers.reach, ...plan.tiers.target, ...plan.tiers.safety];
  const shared = new Map<string, string[]>();
  for (const spec of new Set(all.map((p) => p.specialty))) {
    const common = common_(all.filter((p) => p.specialty === spec).map((p) => p.reasons));
    shared.set(spec, common);
    const role = /^(backup|parallel track|after-not-matching path): /.exec(common[0] ?? '');
    const said = role ? common.slice(1) : common;
    if (common.length) lines.push(`About you in ${specialtyLabel(spec)}${role ? ` (${role[1]})` : ''}: ${said.join('; ')}.`);
  }
  const sharedVerify = all.length > 1 ? common_(all.map((p) => p.verify)) : [];
  if (sharedVerify.length) lines.push(`Check at every program below: ${sharedVerify.join('; ')}.`);
  if (shared.size || sharedVerify.length) lines.push('');

  for (const [key, title] of TIER_TITLES) {
    const list = plan.tiers[key];
    lines.push(`${title} (${list.length})`);
    if (list.length === 0) lines.push('  (none in our table)');
    for (const p of list) lines.push(...programLines(p, shared.get(p.specialty) ?? [], sharedVerify));
    lines.push('');
  }
  lines.push(`Closed to you (${plan.excluded.length})`);
  for (const p of plan.excluded) lines.push(`  - ${p.name} — ${specialtyLabel(p.specialty)}, ${p.city || 'city not given'}: ${p.reasons.join('; ')}`);
  lines.push('');
  lines.push('Caveats:');
  for (const c of plan.caveats) lines.push(`  * ${c}`);
  return lines.join('\n');
}

function programLines(p: PlannedProgram, sharedReasons: string[], sharedVerify: string[]): string[] {
  const reasons = p.reasons.filter((r) => !sharedReasons.includes(r));
  const verify = p.verify.filter((v) => !sharedVerify.includes(v));
  const out = [`  - ${p.name} — ${specialtyLabel(p.specialty)}, ${p.city || 'city not given'} [${p.band}]`];
  if (reasons.length) out.push(`      why: ${reasons.join('; ')}`);
  if (verify.length) out.push(`      verify: ${verify.join('; ')}`);
  return out;
}

/** Items present in every list (order of the first list). */
function common_(lists: string[][]): string[] {
  const [first, ...rest] = lists;
  return (first ?? []).filter((x) => rest.every((l) => l.includes(x)));
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
