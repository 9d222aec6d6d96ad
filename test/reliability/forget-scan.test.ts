// Issue 12: "forget me" leaves no readable value in the .db, -wal or -shm file, even while another connection reads.
import { initialState } from '../../src/engine/state.js';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/domain/io.js';
import { createAdvisor } from '../../src/runtime/advisor.js';
import { createLogger } from '../../src/runtime/logger.js';
import { NOTICES } from '../../src/runtime/notices.js';
import { createSqliteStore } from '../../src/store/conversation-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { FLOW } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';

const dir = mkdtempSync(join(tmpdir(), 'ma-forget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const READER = fileURLToPath(new URL('./reader-child.mjs', import.meta.url));
const SOAK = process.env.SOAK === '1';

/** The person's values as bytes to look for: a marker user id and answers only they gave. */
const MARKERS = ['zq-marker-user', 'needs_h1b', 'Armenian', '2013'];

/** Which markers can still be read in the database's files. */
function leftovers(path: string): string[] {
  const found: string[] = [];
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    for (const m of MARKERS) if (bytes.includes(m)) found.push(`${file.slice(path.length) || '.db'}: ${m}`);
  }
  return found;
}

function app(path: string) {
  const db = openDatabase(path);
  const advisor = createAdvisor({ store: createSqliteStore(db), flow: FLOW, advice: fakeAdvice(), clock: () => new Date('2026-11-26T12:00:00Z'), log: createLogger('silent') });
  return { db, advisor };
}

async function fillProfile(advisor: ReturnType<typeof app>['advisor']) {
  for (const line of ['start', 'psych', 'citizen of elsewhere, need h1b', 'passed', '231', 'not yet', '2013', 'none', '0', 'English, Armenian']) await advisor.handle('cli:zq-marker-user', { kind: 'text', text: line });
  // another person keeps talking, so the file has live data around the deleted row
  for (const line of ['start', 'IM']) await advisor.handle('cli:other', { kind: 'text', text: line });
}

/** Starts a reader in another process and resolves once its read transaction is open. */
function reader(path: string, holdMs: number) {
  const child = spawn(process.execPath, [READER, path, String(holdMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const reading = new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { reading, exited };
}

const texts = (rs: Reply[]) => rs.map((r) => ('text' in r ? r.text : '')).join('\n');

describe('forget me, scanned byte for byte', () => {
  it('with no other connection, nothing is left in .db, -wal or -shm', async () => {
    const path = join(dir, 'alone.db');
    const { db, advisor } = app(path);
    await fillProfile(advisor);
    expect(leftovers(path).length).toBeGreaterThan(0);
    await advisor.handle('cli:zq-marker-user', { kind: 'text', text: 'forget me' });
    expect(texts(await advisor.handle('cli:zq-marker-user', { kind: 'text', text: 'yes' }))).not.toContain(NOTICES.scrubPending);
    expect(leftovers(path)).toEqual([]);
    db.close();
  });

  it('a reader in another process that finishes within a second: forget waits for it and leaves nothing', async () => {
    for (let round = 0; round < (SOAK ? 10 : 1); round += 1) {
      const path = join(dir, `brief-${round}.db`);
      const { db, advisor } = app(path);
      await fillProfile(advisor);
      await advisor.handle('cli:zq-marker-user', { kind: 'text', text: 'forget me' });
      const r = reader(path, 300);
      await r.reading;
      const replies = await advisor.handle('cli:zq-marker-user', { kind: 'text', text: 'yes' });
      expect(texts(replies)).toMatch(/deleted/);
      expect(texts(replies)).not.toContain(NOTICES.scrubPending);
      expect(leftovers(path)).toEqual([]);
      await r.exited;
      db.close();
    }
  });

  it('a reader that holds on longer: the person is told, and the next turn after it lets go finishes the job', async () => {
    const path = join(dir, 'long.db');
    const { db, advisor } = app(path);
    await fillProfile(advisor);
    await advisor.handle('cli:zq-marker-user', { kind: 'text', text: 'forget me' });
    const r = reader(path, 2500);
    await r.reading;
    const replies = await advisor.handle('cli:zq-marker-user', { kind: 'text', text: 'yes' });
    expect(texts(replies)).toMatch(/deleted/);
    expect(texts(replies)).toContain(NOTICES.scrubPending);
    expect(await advisor.profileOf('cli:zq-marker-user')).toBeUndefined();
    await r.exited;
    await advisor.handle('cli:other', { kind: 'text', text: 'need a J-1' });
    expect(leftovers(path)).toEqual([]);
    db.close();
  });

  it('the checkpoint result is checked: an in-process reader snapshot makes scrub report false, not success', () => {
    const path = join(dir, 'result.db');
    const db = openDatabase(path);
    const store = createSqliteStore(db);
    store.save('x', { ...initialState(), greeted: true, profile: { visa: 'needs_h1b' } }, new Date());
    const other = new Database(path, { readonly: true });
    other.exec('BEGIN');
    other.prepare('SELECT * FROM conversations').all();
    store.forget('x');
    expect(store.scrub(50)).toBe(false);
    other.exec('COMMIT');
    expect(store.scrub(50)).toBe(true);
    other.close();
    db.close();
  });
});
