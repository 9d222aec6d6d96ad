// Program table in SQLite (replace all / list all) and formula-safe CSV export.
import type Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import {
  PROGRAM_COLUMNS, isDangerousCell, programSchema, programToRecord, type Program,
} from './program-schema.js';

interface ProgramRow {
  id: string; acgme_id: string | null; name: string; specialty: string; city: string; region: string;
  program_type: string; visa_j1: string; visa_h1b: string; img_friendly: string; img_share: number | null;
  step2_min: number | null; yog_limit_years: number | null; usce_required: string; source_urls: string;
  as_of: number | null; notes: string;
}

/** Replaces the whole program table in one transaction: every row is re-validated and written, or none (throws). */
export function replacePrograms(db: Database.Database, programs: readonly Program[]): void {
  const del = db.prepare('DELETE FROM programs');
  const ins = db.prepare(`INSERT INTO programs (${PROGRAM_COLUMNS.join(', ')})
    VALUES (${PROGRAM_COLUMNS.map((c) => '@' + c).join(', ')})`);
  db.transaction(() => {
    del.run();
    for (const p of programs) ins.run(toRow(programSchema.parse(p)));
  })();
}

/** A stored row that no longer validates: its id and the columns at fault (never the whole zod report). */
export interface InvalidProgramRow { id: string; columns: string[] }

/** Every stored program that validates, ordered by id, and the rows that do not (left out, so the rest keeps working). */
export function readPrograms(db: Database.Database): { programs: Program[]; invalid: InvalidProgramRow[] } {
  const rows = db.prepare('SELECT * FROM programs ORDER BY id').all() as ProgramRow[];
  const programs: Program[] = [];
  const invalid: InvalidProgramRow[] = [];
  for (const r of rows) {
    let candidate: unknown;
    try { candidate = fromRow(r); } catch { invalid.push({ id: String(r.id), columns: ['source_urls'] }); continue; }
    const parsed = programSchema.safeParse(candidate);
    if (parsed.success) programs.push(parsed.data);
    else invalid.push({ id: String(r.id), columns: [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))] });
  }
  return { programs, invalid };
}

/** Every stored program that validates, ordered by id; never throws on a bad row (see readPrograms). */
export function listPrograms(db: Database.Database): Program[] {
  return readPrograms(db).programs;
}

// A formula trigger right after a separator: a spreadsheet that splits on ; or tab (some locales do) would run it.
const TRIGGER_AFTER_SEPARATOR = /([;,\t|]\s*)([=+\-@])/g;

/** One cell made safe for spreadsheets: a leading quote before a formula start, and before one after any separator. */
export function safeCell(value: string): string {
  const inner = value.replace(TRIGGER_AFTER_SEPARATOR, "$1'$2");
  return isDangerousCell(inner) ? `'${inner}` : inner;
}

/** CSV text of the programs with our header; no cell can run as a formula, however the spreadsheet splits it. */
export function exportProgramsCsv(programs: readonly Program[]): string {
  const records = programs.map((p) => {
    const rec = programToRecord(p);
    return PROGRAM_COLUMNS.map((c) => safeCell(rec[c]));
  });
  return stringify([[...PROGRAM_COLUMNS], ...records], { record_delimiter: 'unix' });
}

function toRow(p: Program): ProgramRow {
  return {
    id: p.id, acgme_id: p.acgmeId, name: p.name, specialty: p.specialty, city: p.city, region: p.region,
    program_type: p.programType, visa_j1: p.visaJ1, visa_h1b: p.visaH1b, img_friendly: p.imgFriendly,
    img_share: p.imgShare, step2_min: p.step2Min, yog_limit_years: p.yogLimitYears, usce_required: p.usceRequired,
    source_urls: JSON.stringify(p.sourceUrls), as_of: p.asOf, notes: p.notes,
  };
}

function fromRow(r: ProgramRow): unknown {
  return {
    id: r.id, acgmeId: r.acgme_id, name: r.name, specialty: r.specialty, city: r.city, region: r.region,
    programType: r.program_type, visaJ1: r.visa_j1, visaH1b: r.visa_h1b, imgFriendly: r.img_friendly,
    imgShare: r.img_share, step2Min: r.step2_min, yogLimitYears: r.yog_limit_years, usceRequired: r.usce_required,
    sourceUrls: JSON.parse(r.source_urls) as unknown, asOf: r.as_of, notes: r.notes,
  };
}
