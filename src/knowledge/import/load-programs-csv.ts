// Parses and validates the program table CSV, reporting every bad row with its line number.
import { parse } from 'csv-parse/sync';
import { PROGRAM_COLUMNS, programFromRecord, type Program, type ProgramColumn } from './program-schema.js';
import { checkText, quoteOpeningLine, unsourcedFacts } from './csv-checks.js';

/** The most program rows a file may hold (the bundled table has under 200; a group's own table is similar). */
export const MAX_PROGRAM_ROWS = 5000;
/** The largest file accepted, in bytes. */
const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** One problem in a CSV file; `line` is 1-based and points at the start of the record. */
export interface CsvIssue { line: number; message: string }

/** Either every row is valid, or the list of all problems found. */
export type LoadProgramsResult = { ok: true; programs: Program[] } | { ok: false; errors: CsvIssue[] };

interface ParsedRecord { record: string[]; info: { lines: number }; raw: string }

/**
 * Validates a whole program CSV (encoding, NUL bytes, size, header, at least one row, enums, numbers, duplicate
 * ids, formula injection, a source for every stated fact); never throws. Bytes are decoded as strict UTF-8.
 */
export function loadProgramsCsv(input: string | Uint8Array): LoadProgramsResult {
  const checked = checkText(input, MAX_CSV_BYTES);
  if (!checked.ok) return { ok: false, errors: [checked.issue] };
  const text = checked.text;
  // csv-parse rather than split(','): names and notes contain quoted commas and quotes, a note may
  // hold an embedded newline, and its per-record `info.lines` + `raw` give us true line numbers.
  let rows: ParsedRecord[];
  try {
    rows = parse(text, {
      bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true,
    }) as unknown as ParsedRecord[];
  } catch (err) {
    const e = err as { lines?: number; message?: string; code?: string };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      const line = quoteOpeningLine(text) ?? e.lines ?? 0;
      return { ok: false, errors: [{ line, message: `CSV syntax: a quoted cell opens on line ${line} and is never closed (add the closing ")` }] };
    }
    return { ok: false, errors: [{ line: e.lines ?? 0, message: `CSV syntax: ${e.message ?? String(err)}` }] };
  }
  if (rows.length === 0) return { ok: false, errors: [{ line: 1, message: 'file is empty (no header)' }] };
  const header = rows[0]!;
  const headerIssue = checkHeader(header.record);
  if (headerIssue) return { ok: false, errors: [{ line: startLine(header), message: headerIssue }] };
  if (rows.length === 1) {
    return { ok: false, errors: [{ line: 1, message: 'the file has a header but no program rows; importing it would empty the program table, so nothing was imported' }] };
  }
  if (rows.length - 1 > MAX_PROGRAM_ROWS) {
    return { ok: false, errors: [{ line: startLine(rows[MAX_PROGRAM_ROWS + 1]!), message: `more than ${MAX_PROGRAM_ROWS} program rows; split the table or remove rows (nothing was imported)` }] };
  }


  const errors: CsvIssue[] = [];
  const programs: Program[] = [];
  const seen = new Map<string, number>();
  for (const row of rows.slice(1)) {
    const line = startLine(row);
    if (row.record.length !== PROGRAM_COLUMNS.length) {
      errors.push({ line, message: `expected ${PROGRAM_COLUMNS.length} cells, found ${row.record.length}` });
      continue;
    }
    const rec = Object.fromEntries(PROGRAM_COLUMNS.map((c, i) => [c, row.record[i] ?? ''])) as Record<ProgramColumn, string>;
    const res = programFromRecord(rec);
    if (!res.ok) {
      for (const m of res.problems) errors.push({ line, message: m });
      continue;
    }
    const unsourced = unsourcedFacts(res.program);
    if (unsourced.length > 0) {
      errors.push({ line, message: `${unsourced.join(', ')} ${unsourced.length === 1 ? 'is' : 'are'} filled but source_urls is empty: every stated fact needs a source (or write unknown / leave it empty)` });
      continue;
    }
    const first = seen.get(res.program.id);
    if (first !== undefined) {
      errors.push({ line, message: `duplicate id "${res.program.id}" (first on line ${first})` });
      continue;
    }
    seen.set(res.program.id, line);
    programs.push(res.program);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, programs };
}

function checkHeader(cells: string[]): string | null {
  const got = cells.map((c) => c.trim());
  const missing = PROGRAM_COLUMNS.filter((c) => !got.includes(c));
  const extra = got.filter((c) => !(PROGRAM_COLUMNS as readonly string[]).includes(c));
  if (missing.length === 0 && extra.length === 0 && got.every((c, i) => c === PROGRAM_COLUMNS[i])) return null;
  const parts: string[] = [];
  if (missing.length) parts.push(`missing column(s): ${missing.join(', ')}`);
  if (extra.length) parts.push(`unknown column(s): ${extra.join(', ')}`);
  if (!parts.length) parts.push(`columns out of order; expected: ${PROGRAM_COLUMNS.join(',')}`);
  return `header: ${parts.join('; ')}`;
}

/** Line where a record starts: its end line minus the newlines inside it (skipped blank lines excluded). */
function startLine(row: ParsedRecord): number {
  const body = row.raw.replace(/^(\r?\n|\r)+/, '').replace(/(\r?\n|\r)$/, '');
  const inner = (body.match(/\r?\n|\r/g) ?? []).length;
  return row.info.lines - inner;
}
