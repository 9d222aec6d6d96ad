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

/** Every program in the table, ordered by id; rows that no longer validate throw (the table is corrupt). */
export function listPrograms(db: Database.Database): Program[] {
  const rows = db.prepare('SELECT * FROM programs ORDER BY id').all() as ProgramRow[];
  return rows.map((r) => programSchema.parse(fromRow(r)));
}

/** CSV text of the programs with our header; any cell that could run as a formula gets a leading quote. */
export function exportProgramsCsv(programs: readonly Program[]): string {
  const records = programs.map((p) => {
    const rec = programToRecord(p);
    return PROGRAM_COLUMNS.map((c) => (isDangerousCell(rec[c]) ? `'${rec[c]}` : rec[c]));
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
