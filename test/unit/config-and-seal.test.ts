// Proves configuration errors name the variable without echoing secrets, and that state can be sealed at rest.
import { describe, expect, it } from 'vitest';
import { readCoreConfig } from '../../src/runtime/config.js';
import { createSealer, parseKey, SealError } from '../../src/store/seal.js';
import { createSqliteStore } from '../../src/store/conversation-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { initialState } from '../../src/engine/state.js';

const KEY = 'a'.repeat(64);

describe('core configuration', () => {
  it('uses defaults with an empty environment, and --db overrides DATABASE_PATH', () => {
    const r = readCoreConfig({}, { db: '/tmp/x.db' });
    expect(r.ok && r.config.databasePath).toBe('/tmp/x.db');
    expect(r.ok && r.config.logLevel).toBe('warn');
  });
  it('reports every bad variable by name and never prints the value', () => {
    const r = readCoreConfig({ LOG_LEVEL: 'loud', DATA_ENCRYPTION_KEY: 'hunter2-super-secret' });
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.problems.join('\n');
    expect(text).toMatch(/LOG_LEVEL/);
    expect(text).toMatch(/DATA_ENCRYPTION_KEY/);
    expect(text).not.toMatch(/hunter2/);
  });
});

describe('sealed state', () => {
  it('stores ciphertext that opens only with the key', () => {
    const db = openDatabase(':memory:');
    const store = createSqliteStore(db, createSealer(parseKey(KEY)));
    const state = { ...initialState(), profile: { visa: 'needs_h1b' as const } };
    store.save('u', state, new Date());
    const raw = (db.prepare('SELECT state FROM conversations').get() as { state: string }).state;
    expect(raw).not.toMatch(/needs_h1b/);
    expect(store.load('u')).toEqual(state);
    expect(() => createSqliteStore(db).load('u')).toThrow(SealError);
    expect(() => createSqliteStore(db, createSealer(parseKey('b'.repeat(64)))).load('u')).toThrow(/could not be decrypted/);
  });
  it('still opens records written before a key was set', () => {
    const db = openDatabase(':memory:');
    createSqliteStore(db).save('u', initialState(), new Date());
    expect(createSqliteStore(db, createSealer(parseKey(KEY))).load('u')).toEqual(initialState());
  });
});
