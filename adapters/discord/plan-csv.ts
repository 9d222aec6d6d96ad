// The full program list of a plan as a formula-safe CSV file, sent to Discord as an attachment.
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';

const HEADER = ['tier', 'program', 'specialty', 'city', 'region', 'band', 'reasons', 'verify'];

/** One CSV cell: neutralises spreadsheet formulas (= + - @ tab CR NUL) and quotes when needed. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r\0]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (tier: string, p: PlannedProgram) =>
  [tier, p.name, p.specialty, p.city, p.region, p.band, p.reasons.join('; '), p.verify.join('; ')].map(csvCell).join(',');

/** Every program of the plan (reach, target, safety, then excluded), one row each, CRLF line ends. */
export function planCsv(plan: Plan): string {
  const rows = [
    HEADER.join(','),
    ...plan.tiers.reach.map((p) => row('reach', p)),
    ...plan.tiers.target.map((p) => row('target', p)),
    ...plan.tiers.safety.map((p) => row('safety', p)),
    ...plan.excluded.map((p) => row('excluded', p)),
  ];
  return `${rows.join('\r\n')}\r\n`;
}

/** How many programs the CSV lists. */
export function planProgramCount(plan: Plan): number {
  return plan.tiers.reach.length + plan.tiers.target.length + plan.tiers.safety.length + plan.excluded.length;
}
