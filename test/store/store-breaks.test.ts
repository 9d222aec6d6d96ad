// Issue 20's store breaks on SQLite: file modes, the key check race, a damaged sealed record, a pending scrub across a crash.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/domain/io.js';
import { createAdvisor } from '../../src/runtime/advisor.js';
import { createLogger } from '../../src/runtime/logger.js';
import { NOTICES } from '../../src/runtime/notices.js';
import { checkDataKey } from '../../src/store/key-check.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createSealer, parseKey, type Sealer } from '../../src/store/seal.js';
import { createSqliteTurnStore } from '../../src/store/sqlite/sqlite-turn-store.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';

const dir = mkdtempSync(join(tmpdir(), 'ma-breaks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const texts = (rs: Reply[]) => rs.map((r) => ('text' in r ? r.text : '')).join('\n');
const KEY = 'ab'.repeat(32);

/** Start-up as openApp does it: open, check the key, then the store and the advisor. */
function start(path: string, key?: string) {
  const db = openDatabase(path);
  const sealer = createSealer(key ? parseKey(key) : undefined);
  const check = checkDataKey(db, sealer);
  if (!check.ok) throw new Error(check.problem);
  const store = createSqliteTurnStore(db, sealer);
  const advisor = createAdvisor({ store, flow: FLOW, advice: fakeAdvice(), clock: () => new Date('2026-11-26T12:00:00Z'), log: createLogger('silent') });
  const say = (text: string, id = 'cli:u') => advisor.handle(id, { kind: 'text', text });
  return { db, store, advisor, say };
}

describe('issue 20 #6: database files are private', () => {
  it('a new folder is 0700 and the database, -wal and -shm are 0600 under umask 022', async () => {
    const old = process.umask(0o022);
    try {
      const folder = join(dir, 'private', 'data');
      const path = join(folder, 'm.db');
      const t = start(path);
      await t.say('start');
      expect(statSync(folder).mode & 0o777).toBe(0o700);
      for (const f of [path, `${path}-wal`, `${path}-shm`]) {
        expect(existsSync(f)).toBe(true);
        expect(statSync(f).mode & 0o777).toBe(0o600);
      }
      t.db.close();
    } finally {
      process.umask(old);
    }
  });
});

describe('issue 20 #5: the key check and its first write are one transaction', () => {
  it('two starts on a fresh file with different keys, forced to interleave: only one is accepted', () => {
    const path = join(dir, 'race.db');
    openDatabase(path).close();
    let inner: 'accepted' | 'refused' | undefined;
    const a = createSealer(parseKey('1'.repeat(64)));
    // the first start's sealing of its check value happens between its read and its write: run the second start there
    const interleaving: Sealer = {
      encrypted: true,
      open: (s) => a.open(s),
      seal: (plain) => {
        if (inner === undefined) {
          // another process: a second connection that waits at most 50 ms for a lock
          const other = new Database(path, { timeout: 50 });
          try {
            inner = checkDataKey(other, createSealer(parseKey('2'.repeat(64)))).ok ? 'accepted' : 'refused';
          } catch {
            inner = 'refused'; // it had to wait for the first start's transaction
          } finally {
            other.close();
          }
        }
        return a.seal(plain);
      },
    };
    const db = openDatabase(path);
    const outer = checkDataKey(db, interleaving).ok;
    db.close();
    expect(inner).toBeDefined();
    const again = openDatabase(path);
    const secondAgain = checkDataKey(again, createSealer(parseKey('2'.repeat(64)))).ok;
    again.close();
    // never both keys accepted
    expect([outer, inner === 'accepted' || secondAgain].filter(Boolean)).toHaveLength(1);
  });
});

describe('issue 20 #4: a damaged sealed record is told apart from a wrong key', () => {
  it('with the right key, one flipped character sets that record aside; forget, restart and export work', async () => {
    const path = join(dir, 'damaged.db');
    const t = start(path, KEY);
    await t.say('start');
    await t.say('IM');
    await t.say('start', 'cli:other');
    const row = t.db.prepare("SELECT state FROM conversations WHERE id = 'cli:u'").get() as { state: string };
    const i = row.state.length - 5;
    const flipped = row.state.slice(0, i) + (row.state[i] === 'A' ? 'B' : 'A') + row.state.slice(i + 1);
    t.db.prepare("UPDATE conversations SET state = ? WHERE id = 'cli:u'").run(flipped);
    t.db.close();

    const again = start(path, KEY);
    const first = texts(await again.say('need a J-1'));
    expect(first).toContain(NOTICES.setAside);
    expect(first).not.toContain(NOTICES.sealed);
    const exported = (await again.say('export my data')).find((r) => r.type === 'export') as { data: { setAside: { state: { rawText: string } }[] } } | undefined;
    expect(exported?.data.setAside[0]?.state.rawText).toBe(flipped);
    expect(texts(await again.say('restart'))).not.toContain(NOTICES.sealed);
    await again.say('forget me');
    await again.say('yes');
    expect(again.db.prepare("SELECT count(*) AS n FROM set_aside WHERE id = 'cli:u'").get()).toEqual({ n: 0 });
    expect(again.db.prepare("SELECT count(*) AS n FROM conversations WHERE id = 'cli:u'").get()).toEqual({ n: 0 });
    // the other person is untouched
    expect(again.db.prepare("SELECT count(*) AS n FROM conversations WHERE id = 'cli:other'").get()).toEqual({ n: 1 });
    again.db.close();
  });
});

describe('issue 20 #13: a pending forget scrub survives a crash', () => {
  it('a forget whose log a reader held is finished at the next start, not left in the -wal file', async () => {
    const path = join(dir, 'pending.db');
    const t = start(path);
    for (const line of ['start', 'IM', 'need a J-1 zqpendingvalue']) await t.say(line, 'cli:zqpendinguser');
    await t.say('start', 'cli:other');
    const reader = new Database(path, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT * FROM conversations').all();
    await t.say('forget me', 'cli:zqpendinguser');
    const done = texts(await t.say('yes', 'cli:zqpendinguser'));
    expect(done).toContain(NOTICES.scrubPending);
    reader.exec('COMMIT');
    reader.close();
    // the process dies here (SIGKILL): no clean exit, no further turn; the first connection is simply abandoned
    const wal = () => (existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0));
    expect(wal().includes(Buffer.from('zqpendinguser'))).toBe(true);
    const restarted = start(path);
    expect(wal().includes(Buffer.from('zqpendinguser'))).toBe(false);
    expect(readFileSync(path).includes(Buffer.from('zqpendinguser'))).toBe(false);
    restarted.db.close();
    t.db.close();
  });
});
