// Proves a load trusts the national and fact rows its own code validated when building, gives the same
// knowledge base as a full re-validation, and leaves out (and names) a stored row it cannot read.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildKb, loadKbChecked } from '../../src/knowledge/kb-build.js';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kb-trust-'));
  for (const sub of ['articles', 'rules', 'programs']) cpSync(join('knowledge', sub), join(dir, sub), { recursive: true });
  db = new Database(':memory:');
  buildKb(db, dir, new Date('2025-09-01T00:00:00Z'));
});
afterEach(() => { db.close(); rmSync(dir, { recursive: true, force: true }); });

const forgetCheck = () => db.prepare("DELETE FROM kb_meta WHERE key = 'rows_checked_by'").run();

describe('loading the knowledge base', () => {
  it('gives the same knowledge base whether the rows are trusted or validated again', () => {
    const trusted = JSON.stringify(loadKbChecked(db));
    forgetCheck();
    expect(JSON.stringify(loadKbChecked(db))).toBe(trusted);
  });
  it('records, after a full validation, that this code checked the rows', () => {
    forgetCheck();
    loadKbChecked(db);
    expect(db.prepare("SELECT value FROM kb_meta WHERE key = 'rows_checked_by'").get()).toBeDefined();
  });
  it('leaves out a national row that is not JSON, names its key, and keeps the rest', () => {
    const before = loadKbChecked(db).kb.national.length;
    const key = (db.prepare('SELECT key FROM national_programs ORDER BY key LIMIT 1').get() as { key: string }).key;
    db.prepare('UPDATE national_programs SET json = ? WHERE key = ?').run('{not json', key);
    const { kb, skipped } = loadKbChecked(db);
    expect(kb.national).toHaveLength(before - 1);
    expect(skipped.national).toEqual([key]);
  });
  it('when the rows were not checked by this code, leaves out one that no longer fits the schema', () => {
    const key = (db.prepare('SELECT key FROM national_programs ORDER BY key LIMIT 1').get() as { key: string }).key;
    db.prepare('UPDATE national_programs SET json = ? WHERE key = ?').run('{"acgmeId":42}', key);
    forgetCheck();
    const { skipped } = loadKbChecked(db);
    expect(skipped.national).toEqual([key]);
    expect(db.prepare("SELECT value FROM kb_meta WHERE key = 'rows_checked_by'").get()).toBeUndefined();
  });
  it('a bad fact row is left out and named by its number', () => {
    const n = (db.prepare('SELECT n FROM program_facts ORDER BY n LIMIT 1').get() as { n: number }).n;
    db.prepare('UPDATE program_facts SET json = ? WHERE n = ?').run('null', n);
    expect(loadKbChecked(db).skipped.programFacts).toEqual([n]);
  });
});
