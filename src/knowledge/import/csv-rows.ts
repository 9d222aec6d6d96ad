// The rows of a small CSV table with a fixed header: parsed once, a syntax error or a wrong header reported in words.
import { parse } from 'csv-parse/sync';

/** The data rows under the expected header, or the one problem that stops reading the table. Never throws. */
export function csvRows(csv: string, columns: readonly string[]): { ok: true; rows: string[][] } | { ok: false; errors: string[] } {
  let rows: string[][];
  try {
    rows = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (e) {
    return { ok: false, errors: [`CSV syntax: ${(e as Error).message}`] };
  }
  if ((rows[0] ?? []).join(',') !== columns.join(',')) return { ok: false, errors: [`header must be ${columns.join(',')}`] };
  return { ok: true, rows: rows.slice(1) };
}
