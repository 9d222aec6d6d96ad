// Issue 12: a corpus of malformed program CSVs is refused with the right line, and the table stays byte for byte the same.
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProgramsCsv } from '../../src/knowledge/kb-build.js';
import { ensureKbTables } from '../../src/knowledge/kb-tables.js';
import { MAX_PROGRAM_ROWS } from '../../src/knowledge/import/load-programs-csv.js';
import { DANGEROUS_LEADING, type Program } from '../../src/knowledge/import/program-schema.js';
import { exportProgramsCsv, listPrograms } from '../../src/knowledge/import/program-store.js';
import { BUNDLED_KNOWLEDGE, readCoreConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { openApp } from '../../src/runtime/open-app.js';

const CORPUS = new URL('../fixtures/csv/', import.meta.url).pathname;
const EXPECTED = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as Record<string, { line: number; message: string }>;
const GOOD = readFileSync(join(BUNDLED_KNOWLEDGE, 'programs', 'programs.csv'));
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.csv')).sort();

let db: Database.Database;
beforeAll(() => {
  db = new Database(':memory:');
  ensureKbTables(db);
  expect(importProgramsCsv(db, GOOD)).toEqual({ ok: true, imported: 190 });
});

/** The program table as bytes: every row as SQLite returns it, and the exported CSV. */
const tableBytes = () => Buffer.concat([Buffer.from(JSON.stringify(db.prepare('SELECT * FROM programs ORDER BY rowid').all())), Buffer.from(exportProgramsCsv(listPrograms(db)))]);

describe('the malformed-CSV corpus', () => {
  it('holds at least 30 files, each with its expected line and problem', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(EXPECTED).sort()).toEqual(files);
  });

  for (const name of files) {
    it(`${name}: refused at line ${EXPECTED[name]!.line}, table unchanged byte for byte (bytes and lossily decoded text)`, () => {
      const bytes = readFileSync(join(CORPUS, name));
      for (const input of [bytes, bytes.toString('utf8')]) {
        const before = tableBytes();
        const result = importProgramsCsv(db, input);
        expect(result.ok).toBe(false);
        const errors = result.ok ? [] : result.errors;
        const expected = EXPECTED[name]!;
        expect(errors.find((e) => e.line === expected.line && e.message.toLowerCase().includes(expected.message.toLowerCase())), JSON.stringify(errors)).toBeDefined();
        expect(errors.every((e) => !/"code":|issues|\[\s*\{/.test(e.message))).toBe(true); // a sentence, not a zod dump
        expect(tableBytes().equals(before)).toBe(true);
      }
    });
  }

  it(`more than ${MAX_PROGRAM_ROWS} rows is refused, naming the first row over the limit`, () => {
    const [header, row] = GOOD.toString('utf8').split('\n');
    const rows = Array.from({ length: MAX_PROGRAM_ROWS + 1 }, (_, i) => row!.replace(/^\d+,/, `p${i},`));
    const before = tableBytes();
    const result = importProgramsCsv(db, `${header}\n${rows.join('\n')}\n`);
    expect(result).toEqual({ ok: false, errors: [{ line: MAX_PROGRAM_ROWS + 2, message: expect.stringMatching(/more than 5000 program rows/) }] });
    expect(tableBytes().equals(before)).toBe(true);
  });

  it('the bundled table still imports, from bytes as from text', () => {
    expect(importProgramsCsv(db, GOOD)).toEqual({ ok: true, imported: 190 });
    expect(importProgramsCsv(db, GOOD.toString('utf8'))).toEqual({ ok: true, imported: 190 });
  });
});

describe('export is safe however a spreadsheet splits the cells', () => {
  it('a formula after a separator inside a cell (";=1+2") is escaped, for comma, semicolon and tab splitting', () => {
    const base = listPrograms(db)[0]!;
    const nasty: Program[] = [
      { ...base, id: 'a', notes: ';=1+2' },
      { ...base, id: 'b', notes: 'see site, =HYPERLINK("http://evil.example")' },
      { ...base, id: 'c', notes: 'x;\t@SUM(A1)' },
      { ...base, id: 'd', city: 'LA|-2+3' },
    ];
    const text = exportProgramsCsv(nasty);
    for (const delimiter of [',', ';', '\t', '|']) {
      for (const line of text.split('\n')) {
        for (const cell of line.split(delimiter)) {
          const bare = cell.replace(/^"/, '').trimStart();
          expect((DANGEROUS_LEADING as readonly string[]).includes(bare[0] ?? ''), `${JSON.stringify(cell)} split on ${JSON.stringify(delimiter)}`).toBe(false);
        }
      }
    }
    const read = parse(text, { columns: true }) as Record<string, string>[];
    expect(read.map((r) => r.notes)).toEqual([";'=1+2", 'see site, \'=HYPERLINK("http://evil.example")', "x;\t'@SUM(A1)", base.notes]);
  });
});

describe('one invalid stored row', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ma-badrow-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('is left out and named; every command keeps working, and importing a fixed table recovers without a reset', async () => {
    const path = join(dir, 'bad-row.db');
    const read = readCoreConfig({ DATABASE_PATH: path });
    if (!read.ok) throw new Error('config');
    const first = openApp(read.config, createLogger('silent'));
    const victim = (first.db.prepare("SELECT id FROM programs WHERE specialty = 'internal_medicine' LIMIT 1").get() as { id: string }).id;
    first.db.prepare("UPDATE programs SET region = 'texas' WHERE id = ?").run(victim);
    first.close();
    const lines: string[] = [];
    const app = openApp(read.config, createLogger('warn', (l) => lines.push(l)));
    expect(lines.some((l) => l.startsWith('warn programs.invalid_rows count=1') && l.includes(victim))).toBe(true);
    expect(app.summary()).toMatch(/1 stored program rows are invalid and left out/);
    for (const t of ['start', 'IM', 'need a J-1', 'plan']) {
      const replies = await app.advisor.handle('cli:u', { kind: 'text', text: t });
      expect(replies.map((r) => ('text' in r ? r.text : '')).join('\n')).not.toMatch(/went wrong|ZodError|invalid_value/);
    }
    expect(app.admin.importCsv(GOOD)).toEqual({ ok: true, imported: 190 });
    app.close();
    const lines2: string[] = [];
    const again = openApp(read.config, createLogger('warn', (l) => lines2.push(l)));
    expect(lines2.filter((l) => l.includes('invalid_rows'))).toEqual([]);
    again.close();
  });
});
