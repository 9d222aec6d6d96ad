// Proves the store's durability rules: migrations, versioned records, forget-me deletion, and serialised turns.
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initialState, readState } from '../../src/engine/state.js';
import { createAdvisor } from '../../src/runtime/advisor.js';
import { createLogger } from '../../src/runtime/logger.js';
import { createSqliteStore } from '../../src/store/conversation-store.js';
import { MIGRATIONS, migrate } from '../../src/store/migrations.js';
import { openDatabase } from '../../src/store/open-database.js';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { FLOW } from '../helpers/conversation.js';

const dir = mkdtempSync(join(tmpdir(), 'ma-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const advisorOn = (path: string) => {
  const db = openDatabase(path);
  const store = createSqliteStore(db);
  const advisor = createAdvisor({ store, flow: FLOW, advice: fakeAdvice(), clock: () => new Date('2026-11-26T12:00:00Z'), log: createLogger('silent') });
  return { db, store, advisor };
};

describe('SQLite store', () => {
  it('migrates a new database to the latest version, in WAL mode', () => {
    const { db } = advisorOn(join(dir, 'm.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('refuses a database from a newer version of the program', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(/newer than this program/);
  });

  it('upgrades a version-0 record and refuses garbage without throwing', () => {
    const up = readState({ answers: { visa: 'needs_j1' } });
    expect(up.ok && up.state.profile).toEqual({ visa: 'needs_j1' });
    expect(readState({ version: 1, profile: 'nonsense' }).ok).toBe(false);
  });

  it('counts both of two messages that arrive together from one user', async () => {
    const { advisor, db } = advisorOn(join(dir, 'race.db'));
    await advisor.handle('u1', { kind: 'command', name: 'start' });
    const [a, b] = await Promise.all([
      advisor.handle('u1', { kind: 'text', text: 'IM' }),
      advisor.handle('u1', { kind: 'text', text: 'need a J-1' }),
    ]);
    expect(a.some((r) => r.type === 'question' && r.id === 'visa')).toBe(true);
    expect(b.some((r) => r.type === 'question' && r.id === 'step1')).toBe(true);
    const profile = await advisor.profileOf('u1');
    expect(profile).toEqual({ specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' });
    expect((await advisor.planOf('u1'))?.profile).toEqual(profile);
    expect(await advisor.planOf('nobody')).toBeUndefined();
    const row = db.prepare('SELECT turns FROM conversations WHERE id = ?').get('u1') as { turns: number };
    expect(row.turns).toBe(3);
    db.close();
  });

  it('forget me deletes the row and leaves no readable trace in the file', async () => {
    const path = join(dir, 'forget.db');
    const { advisor, db } = advisorOn(path);
    await advisor.handle('u2', { kind: 'command', name: 'start' });
    await advisor.handle('u2', { kind: 'text', text: 'psych' });
    await advisor.handle('u2', { kind: 'text', text: 'Zyxwvian citizen, need h1b' });
    expect(readFileSync(path).includes('needs_h1b') || readFileSync(`${path}-wal`).includes('needs_h1b')).toBe(true);
    await advisor.handle('u2', { kind: 'text', text: 'forget me' });
    const replies = await advisor.handle('u2', { kind: 'text', text: 'yes' });
    expect(replies[0]).toMatchObject({ type: 'text', text: expect.stringMatching(/deleted/) });
    expect(await advisor.profileOf('u2')).toBeUndefined();
    db.close();
    expect(readFileSync(path).includes('needs_h1b')).toBe(false);
  });

  it('records a delivery key once', () => {
    const { store, db } = advisorOn(':memory:');
    const now = new Date();
    expect(store.firstDelivery('slack:Ev1', now)).toBe(true);
    expect(store.firstDelivery('slack:Ev1', now)).toBe(false);
    db.close();
  });
});

describe('storage limit', () => {
  it('deletes conversations idle longer than the retention period, and only those', () => {
    const db = openDatabase(':memory:');
    const store = createSqliteStore(db);
    store.save('old', initialState(), new Date('2025-01-01T00:00:00Z'));
    store.save('recent', initialState(), new Date('2026-11-01T00:00:00Z'));
    expect(store.purgeIdle(new Date('2025-11-26T00:00:00Z'))).toBe(1);
    expect(store.load('old')).toBeUndefined();
    expect(store.load('recent')).toBeDefined();
    db.close();
  });
});
