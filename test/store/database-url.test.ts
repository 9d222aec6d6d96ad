// DATABASE_URL selects PostgreSQL for every command; a database that cannot be used stops the start with a message
// naming DATABASE_URL and the host, never the password, and never falls back to SQLite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closedPort } from '../helpers/closed-port.js';
import { BIN, ROOT } from '../helpers/cli-process.js';
import { startPostgres } from '../helpers/postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'ma-dburl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const KEY = '3'.repeat(64);

const run = (command: string[], env: Record<string, string>, input = 'hello\n') => {
  const r = spawnSync(process.execPath, [BIN, ...command], {
    cwd: ROOT, input, encoding: 'utf8', timeout: 60_000,
    env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_PATH: join(dir, 'local.db'), ...env },
  });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
};

describe('DATABASE_URL at start-up', () => {
  it('an unreachable server stops chat and programs export, naming DATABASE_URL and the host, not the password', async () => {
    const port = await closedPort();
    for (const command of [['chat', '--json'], ['programs', 'export']]) {
      const r = run(command, { DATABASE_URL: `postgres://advisor:zq-secret-pw@127.0.0.1:${port}/advisor`, DATA_ENCRYPTION_KEY: KEY });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('DATABASE_URL');
      expect(r.stderr).toContain(`127.0.0.1:${port}`);
      expect(r.stderr).not.toContain('zq-secret-pw');
      expect(r.stdout).not.toMatch(/question/); // no silent fall-back to the SQLite file
    }
  }, 120_000);

  it('PostgreSQL without DATA_ENCRYPTION_KEY, or a URL that is not postgres://, is refused by name', () => {
    const noKey = run(['chat', '--json'], { DATABASE_URL: 'postgres://a:zq-pw@db.example:5432/x' });
    expect(noKey.status).not.toBe(0);
    expect(noKey.stderr).toMatch(/DATA_ENCRYPTION_KEY/);
    expect(noKey.stderr).not.toContain('zq-pw');
    const mysql = run(['chat', '--json'], { DATABASE_URL: 'mysql://a:zq-pw@db.example/x' });
    expect(mysql.status).not.toBe(0);
    expect(mysql.stderr).toMatch(/DATABASE_URL/);
    expect(mysql.stderr).not.toContain('zq-pw');
    expect(existsSync(join(dir, 'local.db'))).toBe(false);
  }, 120_000);
});

describe('DATABASE_URL with a running PostgreSQL', () => {
  it('chat keeps the conversation in PostgreSQL: a second start continues it, and the local file holds none of it', async () => {
    const server = await startPostgres();
    try {
      const env = { DATABASE_URL: server.url, DATA_ENCRYPTION_KEY: KEY, DATABASE_PATH: join(dir, 'pg-local.db') };
      const first = run(['chat', '--json', '--user', 'zqpguser'], env, 'start\nIM\n');
      expect(first.status).toBe(0);
      const second = run(['chat', '--json', '--user', 'zqpguser'], env, 'export my data\n');
      expect(second.status).toBe(0);
      expect(second.stdout).toContain('internal_medicine');
      const { default: Database } = await import('better-sqlite3');
      const local = new Database(join(dir, 'pg-local.db'), { readonly: true });
      expect(local.prepare('SELECT count(*) AS n FROM conversations').get()).toEqual({ n: 0 });
      local.close();
    } finally {
      await server.stop();
    }
  }, 120_000);
});
