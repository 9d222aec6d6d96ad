// Issue 12: a wrong or removed DATA_ENCRYPTION_KEY is caught at start-up by a key check value, with a sentence naming it.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCoreConfig, type CoreConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { openApp } from '../../src/runtime/open-app.js';

const dir = mkdtempSync(join(tmpdir(), 'ma-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const KEY_A = 'a'.repeat(64);
const KEY_B = 'b'.repeat(64);

const config = (path: string, key?: string): CoreConfig => {
  const read = readCoreConfig({ DATABASE_PATH: path, ...(key ? { DATA_ENCRYPTION_KEY: key } : {}) });
  if (!read.ok) throw new Error(read.problems.join(', '));
  return read.config;
};
const rows = (path: string) => {
  const db = new Database(path, { readonly: true });
  const all = db.prepare('SELECT id, state FROM conversations ORDER BY id').all();
  db.close();
  return all;
};

describe('the data key is checked at start-up', () => {
  it('a wrong key or a removed key stops start-up with what to set, and changes nothing', async () => {
    const path = join(dir, 'sealed.db');
    const first = openApp(config(path, KEY_A), createLogger('silent'));
    await first.advisor.handle('cli:u', { kind: 'text', text: 'start' });
    await first.advisor.handle('cli:u', { kind: 'text', text: 'IM' });
    first.close();
    const before = rows(path);
    expect(() => openApp(config(path, KEY_B), createLogger('silent'))).toThrow(/DATA_ENCRYPTION_KEY is not the key this database was written with/);
    expect(() => openApp(config(path), createLogger('silent'))).toThrow(/DATA_ENCRYPTION_KEY is not set, but the stored answers in this database are encrypted/);
    expect(rows(path)).toEqual(before);
    const again = openApp(config(path, KEY_A), createLogger('silent'));
    expect((await again.advisor.profileOf('cli:u'))?.specialty?.primary).toBe('internal_medicine');
    again.close();
  });

  it('a database sealed before key checks existed is checked against one of its records', async () => {
    const path = join(dir, 'old.db');
    const first = openApp(config(path, KEY_A), createLogger('silent'));
    await first.advisor.handle('cli:u', { kind: 'text', text: 'start' });
    first.db.prepare("DELETE FROM store_meta WHERE key = 'key_check'").run();
    first.close();
    expect(() => openApp(config(path, KEY_B), createLogger('silent'))).toThrow(/not the key/);
  });

  it('a plain database may start using a key: old records still open', async () => {
    const path = join(dir, 'plain.db');
    const first = openApp(config(path), createLogger('silent'));
    await first.advisor.handle('cli:u', { kind: 'text', text: 'start' });
    await first.advisor.handle('cli:u', { kind: 'text', text: 'psych' });
    first.close();
    const sealed = openApp(config(path, KEY_A), createLogger('silent'));
    expect((await sealed.advisor.profileOf('cli:u'))?.specialty?.primary).toBe('psychiatry');
    sealed.close();
  });
});
