// "Forget me" on PostgreSQL: after the forget and a CHECKPOINT, no file of the cluster (tables, WAL) holds the
// person's id, delivery key or values in plain text, because none was ever written in plain text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/pg-store.js';
import { parseKey } from '../../src/store/seal.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';

let server: TestPostgres;
beforeAll(async () => { server = await startPostgres(); }, 90_000);
afterAll(async () => { await server?.stop(); }, 30_000);

const filesUnder = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  const s = statSync(path, { throwIfNoEntry: false });
  return !s ? [] : s.isDirectory() ? filesUnder(path) : s.isFile() ? [path] : [];
});

/** Every file of the cluster that contains `needle` (as UTF-8 or UTF-16LE bytes). */
const filesHolding = (dir: string, needle: string) => filesUnder(dir).filter((f) => {
  const bytes = readFileSync(f);
  return bytes.includes(Buffer.from(needle, 'utf8')) || bytes.includes(Buffer.from(needle, 'utf16le'));
});

describe('forget on PostgreSQL', () => {
  it('leaves neither the id, the delivery key nor any value readable in any file of the cluster', async () => {
    const store = await openPostgresStore({ url: server.url, masterKey: parseKey('9'.repeat(64))! });
    const id = 'discord:zqmarkeruser4417';
    const values = ['zqvaluepsychiatry', 'zqvaluecedarsinai', 'zqvaluesecretnote'];
    const now = new Date('2026-12-01T12:00:00Z');
    for (let turn = 0; turn < 5; turn++) {
      await store.turn(id, { now, deliveryKey: `slack:zqdelivery${turn}` }, () => ({
        write: { kind: 'save', record: { profile: { specialty: values[0], program: values[1], note: `${values[2]} ${turn}` } }, stateVersion: 2 }, result: 0,
      }));
    }
    await store.turn(id, { now }, () => ({ write: { kind: 'forget' }, result: 0 }));
    expect(await store.read(id)).toEqual({ kind: 'none' });
    expect(await store.settleForget()).toBe(true);
    await store.close();
    const c = new pg.Client({ connectionString: server.url });
    await c.connect();
    await c.query('CHECKPOINT');
    // the key is gone with the forget: nothing left to open what stays on disk
    expect((await c.query('SELECT count(*)::int AS n FROM conversation_keys')).rows[0].n).toBe(0);
    await c.end();
    const needles = [id, 'zqmarkeruser4417', 'zqdelivery', ...values];
    const found = needles.flatMap((n) => filesHolding(server.dataDir, n).map((f) => `${n} in ${f}`));
    expect(found).toEqual([]);
    // the scan itself works: a value written in plain text is found
    const probe = new pg.Client({ connectionString: server.url });
    await probe.connect();
    await probe.query("CREATE TABLE probe (t text); INSERT INTO probe VALUES ('zqprobeplaintext'); CHECKPOINT");
    await probe.end();
    expect(filesHolding(server.dataDir, 'zqprobeplaintext').length).toBeGreaterThan(0);
  }, 60_000);
});
