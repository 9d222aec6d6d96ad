// Issue 20 #14: storage errors name the file, the cause and what to do; a full disk mid-conversation says so.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/runtime/advisor.js';
import { createLogger } from '../../src/runtime/logger.js';
import { NOTICES } from '../../src/runtime/notices.js';
import { openDatabase } from '../../src/store/open-database.js';
import { sqliteStoreError } from '../../src/store/sqlite/sqlite-errors.js';
import { createSqliteTurnStore } from '../../src/store/sqlite/sqlite-turn-store.js';
import { StoreError, type TurnStore } from '../../src/store/turn-store.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';

const dir = mkdtempSync(join(tmpdir(), 'ma-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('storage errors at start-up', () => {
  it('a file that is not a database names the file, says it is damaged and what to do', () => {
    const path = join(dir, 'garbage.db');
    writeFileSync(path, Buffer.alloc(8192, 'x'));
    let error: unknown;
    try { openDatabase(path); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('DAMAGED');
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(/backup|move it away/);
  });

  it('a path whose folder is a file names the path and DATABASE_PATH', () => {
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    let error: unknown;
    try { openDatabase(join(file, 'm.db')); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toContain(join(file, 'm.db'));
    expect((error as Error).message).toMatch(/DATABASE_PATH/);
  });

  it('SQLite\'s codes become typed errors naming the file: full, read-only, busy', () => {
    const sqlite = (code: string) => Object.assign(new Error('raw'), { code });
    expect(sqliteStoreError(sqlite('SQLITE_FULL'), '/data/m.db')).toMatchObject({ code: 'FULL', message: expect.stringContaining('/data/m.db') });
    expect(sqliteStoreError(sqlite('SQLITE_READONLY_DIRECTORY'), '/data/m.db')).toMatchObject({ code: 'READ_ONLY' });
    expect(sqliteStoreError(sqlite('SQLITE_BUSY_SNAPSHOT'), '/data/m.db')).toMatchObject({ code: 'BUSY' });
    expect(sqliteStoreError(sqlite('SQLITE_CORRUPT'), '/data/m.db')).toMatchObject({ code: 'DAMAGED' });
  });
});

describe('storage errors during a conversation', () => {
  const failing = (code: 'FULL' | 'READ_ONLY'): TurnStore => ({
    backend: 'test',
    turn: async () => { throw new StoreError(code, 'disk'); },
    read: async () => ({ kind: 'none' }),
    exportRecord: async (id) => ({ conversationId: id, setAside: [] }),
    claimDelivery: async () => true,
    purgeIdle: async () => 0,
    settleForget: async () => true,
    health: async () => ({ ok: false, detail: 'test' }),
    close: async () => undefined,
  });
  it('a full disk tells the person what happened, not the generic apology', async () => {
    for (const [code, text] of [['FULL', NOTICES.storageFull], ['READ_ONLY', NOTICES.storageReadOnly]] as const) {
      mkdirSync(dir, { recursive: true });
      const advisor = createAdvisor({ store: failing(code), flow: FLOW, advice: fakeAdvice(), clock: () => new Date(), log: createLogger('silent') });
      const replies = await advisor.handle('u', { kind: 'text', text: 'start' });
      expect(replies).toEqual([{ type: 'text', text }]);
    }
  });
});

describe('after the commit', () => {
  it('an export that fails after the turn committed is not retried (the turn runs once) and the person hears why', async () => {
    const real = createSqliteTurnStore(openDatabase(':memory:'));
    let turns = 0;
    const store: TurnStore = {
      ...real,
      turn: (id, o, decide) => { turns += 1; return real.turn(id, o, decide); },
      exportRecord: async () => { throw new StoreError('BUSY', 'busy'); },
    };
    const advisor = createAdvisor({ store, flow: FLOW, advice: fakeAdvice(), clock: () => new Date(), log: createLogger('silent') });
    await advisor.handle('u', { kind: 'text', text: 'start' });
    turns = 0;
    const replies = await advisor.handleDelivery('u', { kind: 'text', text: 'export my data' }, 'k-export');
    expect(turns).toBe(1);
    expect(replies?.some((r) => r.type === 'text' && r.text === NOTICES.busy)).toBe(true);
    expect(replies?.some((r) => r.type === 'export')).toBe(false);
  });
});
