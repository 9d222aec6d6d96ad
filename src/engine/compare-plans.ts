// Says in a few lines how a what-if plan differs from the plan for the stored profile.
import type { Plan } from '../domain/plan.js';
import { capitalize } from '../domain/capitalize.js';

// "127", never "127-127", when both ends of a count are the same
const span = (a: Plan['applications']) => (a.min === a.max ? `${a.min}` : `${a.min}-${a.max}`);
const count = (p: Plan) => ({ reach: p.tiers.reach.length, target: p.tiers.target.length, safety: p.tiers.safety.length, excluded: p.excluded.length });

/** Lines such as "Target programs: 3 -> 9", "Applications: 120-160 -> 90-130" and changed warnings; unchanged parts are left out. */
export function comparePlans(before: Plan, after: Plan): string[] {
  const a = count(before);
  const b = count(after);
  const lines: string[] = [];
  for (const key of ['safety', 'target', 'reach', 'excluded'] as const) {
    if (a[key] !== b[key]) lines.push(`${key === 'excluded' ? 'Closed to you' : `${capitalize(key)} programs`}: ${a[key]} -> ${b[key]}`);
  }
  if (before.applications.min !== after.applications.min || before.applications.max !== after.applications.max) {
    lines.push(`Applications to send: ${span(before.applications)} -> ${span(after.applications)}`);
  }
  const closedBefore = new Set(before.excluded.map((p) => p.id));
  const opened = after.tiers.reach.concat(after.tiers.target, after.tiers.safety).filter((p) => closedBefore.has(p.id));
  if (opened.length > 0) lines.push(`Newly open: ${opened.slice(0, 5).map((p) => p.name).join('; ')}${opened.length > 5 ? ` and ${opened.length - 5} more` : ''}`);
  const warnedBefore = new Set(before.warnings ?? []);
  for (const w of (after.warnings ?? []).filter((x) => !warnedBefore.has(x)).slice(0, 2)) lines.push(`Instead: ${w}`);
  return lines;
}

/** The comparison as reply lines ("- Target programs: 3 -> 9"), or the one line `same` when none of it changed. */
export function differenceLines(before: Plan, after: Plan, same: string): string[] {
  const lines = comparePlans(before, after);
  return lines.length ? lines.map((l) => `- ${l}`) : [same];
}
