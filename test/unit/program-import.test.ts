// Proves program CSV import refuses malformed rows with line numbers, changes nothing on error, and round-trips export→import.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { importProgramsCsv } from '../../src/knowledge/kb-build.js';
import { ensureKbTables } from '../../src/knowledge/kb-tables.js';
import { loadProgramsCsv } from '../../src/knowledge/import/load-programs-csv.js';
import { PROGRAM_COLUMNS, type Program } from '../../src/knowledge/import/program-schema.js';
import { exportProgramsCsv, listPrograms, replacePrograms } from '../../src/knowledge/import/program-store.js';

const GOOD = readFileSync('knowledge/programs/programs.csv', 'utf8');
const HEADER = PROGRAM_COLUMNS.join(',');
const row = (over: Partial<Record<(typeof PROGRAM_COLUMNS)[number], string>> = {}) => {
  const base: Record<string, string> = {
    id: 'test-program', acgme_id: '', name: 'Test Hospital Program', specialty: 'internal_medicine', city: 'Los Angeles',
    region: 'la_county', program_type: 'community', visa_j1: 'yes', visa_h1b: 'unknown', img_friendly: 'unknown',
    img_share: '', step2_min: '', yog_limit_years: '5', usce_required: 'unknown', source_urls: 'https://example.org/a',
    as_of: '2024', notes: '',
  };
  return PROGRAM_COLUMNS.map((c) => over[c] ?? base[c]).map((v) => (/[",\n]/.test(v!) ? `"${v!.replace(/"/g, '""')}"` : v)).join(',');
};
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  ensureKbTables(db);
  const r = importProgramsCsv(db, GOOD);
  if (!r.ok) throw new Error('committed programs.csv must import');
});
const snapshot = () => JSON.stringify(listPrograms(db));

describe('a good CSV', () => {
  it('imports every committed row and reads it back', () => {
    const r = importProgramsCsv(db, GOOD);
    expect(r).toEqual({ ok: true, imported: 190 });
    expect(listPrograms(db)).toHaveLength(190);
  });
  it('accepts quoted commas and an embedded newline in notes', () => {
    const r = importProgramsCsv(db, csv(row({ notes: 'Averages "229/238", not\nminimums' }), row({ id: 'second' })));
    expect(r).toEqual({ ok: true, imported: 2 });
    expect(listPrograms(db).find((p) => p.id === 'test-program')?.notes).toBe('Averages "229/238", not\nminimums');
  });
});

describe('malformed CSVs are refused with line numbers and leave the table unchanged', () => {
  const refused = (text: string) => {
    const before = snapshot();
    const r = importProgramsCsv(db, text);
    expect(r.ok).toBe(false);
    expect(snapshot()).toBe(before);
    return r.ok ? [] : r.errors;
  };
  it('missing and unknown columns', () => {
    const missing = refused(csv().replace(',visa_h1b', ''));
    expect(missing).toEqual([{ line: 1, message: expect.stringMatching(/missing column\(s\): visa_h1b/) }]);
    const extra = refused(`${HEADER},ranking\n`);
    expect(extra[0]).toEqual({ line: 1, message: expect.stringMatching(/unknown column\(s\): ranking/) });
  });
  it('a row with too few cells', () => {
    expect(refused(csv(row(), 'a,b,c'))).toEqual([{ line: 3, message: 'expected 17 cells, found 3' }]);
  });
  it('bad enum values and bad numbers, each with its line', () => {
    const errs = refused(csv(row(), row({ id: 'b', visa_j1: 'maybe' }), row({ id: 'c', step2_min: 'abc' }), row({ id: 'd', region: 'texas' })));
    expect(errs.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(errs[0]!.message).toMatch(/^visa_j1:/);
    expect(errs[1]!.message).toBe('step2_min "abc" is not a number');
    expect(errs[2]!.message).toMatch(/^region:/);
  });
  it('duplicate ids name both lines', () => {
    expect(refused(csv(row(), row({ name: 'Other' })))).toEqual([{ line: 3, message: 'duplicate id "test-program" (first on line 2)' }]);
  });
  it('=HYPERLINK formula injection and other dangerous leading characters', () => {
    const errs = refused(csv(row({ name: '=HYPERLINK("http://evil.example","click")' }), row({ id: 'x', notes: '@SUM(A1)' }), row({ id: 'y', city: '+1' })));
    expect(errs.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(errs.every((e) => /formula injection/.test(e.message))).toBe(true);
    expect(errs[0]!.message).toMatch(/^name:/);
  });
  it('line numbers stay right after a record with an embedded newline', () => {
    const errs = refused(csv(row({ notes: 'one\ntwo\nthree' }), row({ id: 'z', usce_required: 'sometimes' })));
    expect(errs).toEqual([{ line: 5, message: expect.stringMatching(/^usce_required:/) }]);
    const own = refused(csv(row(), row({ id: 'm', notes: 'a\nb', visa_h1b: 'perhaps' })));
    expect(own).toEqual([{ line: 3, message: expect.stringMatching(/^visa_h1b:/) }]); // where the record starts
  });
  it('an unclosed quote is a syntax error, not a crash', () => {
    const errs = refused(`${HEADER}\n"unterminated,${'x,'.repeat(15)}x\n`);
    expect(errs[0]!.message).toMatch(/^CSV syntax: /);
  });
  it('an empty file', () => {
    expect(refused('')).toEqual([{ line: 1, message: 'file is empty (no header)' }]);
  });
});

describe('store and export', () => {
  it('export → import round-trips the whole table exactly', () => {
    const before = listPrograms(db);
    const text = exportProgramsCsv(before);
    const again = loadProgramsCsv(text);
    expect(again.ok && again.programs).toEqual(before);
    expect(text).toBe(GOOD); // the committed file is exactly what the exporter writes
  });
  it('export prefixes a would-be formula with a single quote', () => {
    const p = { ...listPrograms(db)[0]!, notes: '=1+1', name: '-x' } as Program;
    const text = exportProgramsCsv([p]);
    expect(text).toContain(",'-x,");
    expect(text).toContain(",'=1+1\n");
  });
  it('replacePrograms is all or nothing', () => {
    const before = snapshot();
    const good = listPrograms(db);
    const bad = [...good.slice(0, 3), { ...good[3]!, region: 'texas' } as unknown as Program];
    expect(() => replacePrograms(db, bad)).toThrow();
    expect(snapshot()).toBe(before);
  });
});
