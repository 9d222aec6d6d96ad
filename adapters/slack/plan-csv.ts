// A plan's program list as CSV, safe to open in a spreadsheet (no cell can start a formula).
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';

const FORMULA_START = /^[=+\-@\t\r\0]/;

/** One CSV cell: prefixed with a single quote when it could start a formula, quoted when it holds , " CR or LF. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined as RFC 4180 CSV with CRLF line ends. */
export function toCsv(rows: (string | number)[][]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const HEADER = ['tier', 'program', 'specialty', 'city', 'region', 'band', 'reasons', 'check before applying'];

const row = (tier: string, p: PlannedProgram) => [tier, p.name, p.specialty, p.city, p.region, p.band, p.reasons.join('; '), p.verify.join('; ')];

/** The plan's programs, reach to safety, then the ones judged not a fit, as formula-safe CSV. */
export function planCsv(plan: Plan): string {
  return toCsv([
    HEADER,
    ...plan.tiers.reach.map((p) => row('reach', p)),
    ...plan.tiers.target.map((p) => row('target', p)),
    ...plan.tiers.safety.map((p) => row('safety', p)),
    ...plan.excluded.map((p) => row('not a fit', p)),
  ]);
}
