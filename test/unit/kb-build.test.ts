// Proves buildKb loads articles, rules and programs in one all-or-nothing transaction, detects staleness and reads back.
import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildKb, importProgramsCsv, kbIsStale, loadKb } from '../../src/knowledge/kb-build.js';
import { exportProgramsCsv, listPrograms } from '../../src/knowledge/import/program-store.js';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kb-'));
  for (const sub of ['articles', 'rules', 'programs']) cpSync(join('knowledge', sub), join(dir, sub), { recursive: true });
  db = new Database(':memory:');
});
afterEach(() => { db.close(); rmSync(dir, { recursive: true, force: true }); });

describe('buildKb', () => {
  it('loads everything, records the build time, and reads back the same', () => {
    const r = buildKb(db, dir, new Date('2025-09-01T00:00:00Z'));
    expect(r).toEqual({ ok: true, articles: 45, rules: 54, programs: 190, builtAt: '2025-09-01T00:00:00.000Z' });
    const kb = loadKb(db);
    expect([kb.articles.length, kb.rules.length, kb.programs.length, kb.builtAt]).toEqual([45, 54, 190, '2025-09-01T00:00:00.000Z']);
    expect(kb.national.length).toBeGreaterThan(4900);
    expect(kb.national.every((n) => /^\d{10}$/.test(n.acgmeId))).toBe(true);
    expect(kb.programFacts.length).toBeGreaterThan(0);
    expect(kb.rules[0]!.priority).toBe(1);
  });
  it('is stale before a build, fresh after, stale again when a file changes or disappears', () => {
    expect(kbIsStale(db, dir)).toBe(true);
    buildKb(db, dir);
    expect(kbIsStale(db, dir)).toBe(false);
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'rules', 'next-steps.json'), future, future);
    expect(kbIsStale(db, dir)).toBe(true);
    buildKb(db, dir);
    expect(kbIsStale(db, dir)).toBe(false);
    rmSync(join(dir, 'articles', 'signaling.md'));
    expect(kbIsStale(db, dir)).toBe(true);
  });
  it('changes nothing when any source is invalid, and reports every problem', () => {
    buildKb(db, dir, new Date('2025-09-01T00:00:00Z'));
    const before = JSON.stringify(loadKb(db));
    writeFileSync(join(dir, 'rules', 'next-steps.json'), '{"rules": [{"id": "Bad Id"}]}');
    writeFileSync(join(dir, 'programs', 'programs.csv'), 'id,name\n1,x\n');
    const r = buildKb(db, dir, new Date('2026-01-01T00:00:00Z'));
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors.some((e) => e.startsWith('rules/next-steps.json:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('programs/programs.csv line 1:'))).toBe(true);
    expect(JSON.stringify(loadKb(db))).toBe(before);
  });
  it('keeps an imported program table across rebuilds unless asked to reset it', () => {
    buildKb(db, dir);
    const csv = exportProgramsCsv(listPrograms(db));
    const firstThree = csv.split('\n').slice(0, 4).join('\n') + '\n';
    expect(importProgramsCsv(db, firstThree)).toEqual({ ok: true, imported: 3 });
    const rebuilt = buildKb(db, dir);
    expect(rebuilt.ok && rebuilt.programs).toBe(3);
    expect(loadKb(db).programs).toHaveLength(3);
    const reset = buildKb(db, dir, new Date(), { resetPrograms: true });
    expect(reset.ok && reset.programs).toBe(190);
  });
});
