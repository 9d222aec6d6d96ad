// The PostgreSQL store: one transaction per turn (delivery key, advisory lock, load, decide, versioned save).
import pg from 'pg';
import type { ConversationExport } from '../conversation-store.js';
import { StoreError, type Stored, type TurnStore, type Write } from '../turn-store.js';
import { deriveKeys, keyedHash, lockNumber, newDataKey, openBytes, sealBytes, unwrapDataKey, type PgKeys } from './pg-crypto.js';
import { describeUrl, pgStoreError } from './pg-errors.js';
import { migratePg, migrationsCurrent, SCHEMA_LOCK } from './pg-migrations.js';

/** How the PostgreSQL store is opened. */
export interface PgStoreOptions {
  url: string;
  /** DATA_ENCRYPTION_KEY: wraps every conversation's data key and keys the id hashes; never stored. */
  masterKey: Buffer;
  /** Connections per instance (default 10). */
  poolSize?: number;
  /** Milliseconds a turn waits for another instance's hold on the same conversation (default 5000). */
  lockTimeoutMs?: number;
}

const CHECK_TEXT = 'match-advisor pg key check 1';
const DAY_MS = 24 * 3600_000;

type Row = { state: Buffer; version: number; turns: number; updated_at: Date; wrapped: Buffer | null };

/**
 * Connects, migrates and checks the key (the check and its first write in one transaction), then returns the
 * store. An unreachable or misconfigured database rejects with a message naming DATABASE_URL and the host.
 */
export async function openPostgresStore(o: PgStoreOptions): Promise<TurnStore> {
  const where = describeUrl(o.url);
  const keys = deriveKeys(o.masterKey);
  const lockTimeout = o.lockTimeoutMs ?? 5000;
  const pool = new pg.Pool({
    connectionString: o.url, max: o.poolSize ?? 10, connectionTimeoutMillis: 5000,
    lock_timeout: lockTimeout, idle_in_transaction_session_timeout: 15_000, statement_timeout: 30_000,
    application_name: 'match-advisor',
  });
  // a dropped idle connection must not crash the process; the next query reconnects
  pool.on('error', () => undefined);
  const fail = (error: unknown) => pgStoreError(error, where);
  try {
    const client = await pool.connect();
    try {
      await migratePg(client);
      await checkKey(client, keys);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    const e = fail(error);
    throw e instanceof StoreError ? e : new StoreError('UNAVAILABLE', `DATABASE_URL (${where}): ${(error as Error).message}`, { cause: error });
  }
  return createStore(pool, keys, fail);
}

/** Records the key check value on first start, or compares it; both inside one transaction under the schema lock. */
async function checkKey(client: pg.ClientBase, keys: PgKeys): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    const { rows } = await client.query<{ value: string }>("SELECT value FROM store_meta WHERE key = 'key_check'");
    const aad = Buffer.from('key_check');
    if (rows[0]) {
      let ok = false;
      try { ok = openBytes(keys.wrap, Buffer.from(rows[0].value, 'base64'), aad).toString('utf8') === CHECK_TEXT; } catch { ok = false; }
      if (!ok) throw new StoreError('UNAVAILABLE', 'DATA_ENCRYPTION_KEY is not the key the PostgreSQL database in DATABASE_URL was written with (the key check does not match). Set the previous key; nothing was changed.');
    } else {
      await client.query("INSERT INTO store_meta (key, value) VALUES ('key_check', $1)", [sealBytes(keys.wrap, Buffer.from(CHECK_TEXT), aad).toString('base64')]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

function createStore(pool: pg.Pool, keys: PgKeys, fail: (e: unknown) => unknown): TurnStore {
  let closed = false;
  let claims = 0;
  const idOf = (id: string) => keyedHash(keys, 'conversation', id);
  const deliveryOf = (key: string) => keyedHash(keys, 'delivery', key);

  /** Runs `work` in one transaction on one client; any throw rolls back and the client is discarded if it broke. */
  const inTransaction = async <T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    if (closed) throw new StoreError('UNAVAILABLE', 'The PostgreSQL store is closed (the process is shutting down).');
    let client: pg.PoolClient;
    try { client = await pool.connect(); } catch (error) { throw fail(error); }
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => { broken = true; });
      throw fail(error);
    } finally {
      client.release(broken);
    }
  };

  const selectRow = async (c: pg.ClientBase | pg.Pool, h: Buffer): Promise<Row | undefined> =>
    (await c.query<Row>(`SELECT c.state, c.version, c.turns, c.updated_at, k.wrapped FROM conversations c
      LEFT JOIN conversation_keys k ON k.id_hash = c.id_hash WHERE c.id_hash = $1`, [h])).rows[0];

  /** Opens a stored row: its data key (if it unwraps) and the stored record, or why not. */
  const openRow = (h: Buffer, row: Row): { stored: Stored; dataKey?: Buffer } => {
    let dataKey: Buffer;
    try {
      dataKey = unwrapDataKey(keys, h, row.wrapped ?? Buffer.alloc(0));
    } catch {
      return { stored: { kind: 'unreadable', code: 'SEAL_OPEN_FAILED' } };
    }
    let text: string;
    try { text = openBytes(dataKey, row.state, h).toString('utf8'); } catch { return { stored: { kind: 'unreadable', code: 'SEAL_OPEN_FAILED' }, dataKey }; }
    try { return { stored: { kind: 'found', record: JSON.parse(text) as unknown, version: row.version }, dataKey }; } catch { return { stored: { kind: 'unreadable', code: 'NOT_JSON' }, dataKey }; }
  };

  const UNREADABLE_REASON = { NOT_JSON: 'STATE_NOT_JSON', SEAL_OPEN_FAILED: 'SEAL_OPEN_FAILED', WRONG_KEY: 'SEAL_OPEN_FAILED' } as const;

  const apply = async (c: pg.ClientBase, h: Buffer, row: Row | undefined, opened: { stored: Stored; dataKey?: Buffer } | undefined, write: Write, now: Date) => {
    if (write.kind === 'keep') return;
    if (write.kind === 'forget') {
      await c.query('DELETE FROM conversations WHERE id_hash = $1', [h]);
      await c.query('DELETE FROM conversation_keys WHERE id_hash = $1', [h]);
      await c.query('DELETE FROM set_aside WHERE id_hash = $1', [h]);
      return;
    }
    const stored = opened?.stored;
    const reason = write.setAside ?? (stored?.kind === 'unreadable' ? UNREADABLE_REASON[stored.code] : undefined);
    let dataKey = opened?.dataKey;
    if (row && reason !== undefined) {
      await c.query('INSERT INTO set_aside (id_hash, state, wrapped, reason, set_aside_at) VALUES ($1, $2, $3, $4, $5)', [h, row.state, row.wrapped, reason, now]);
    }
    if (!dataKey) {
      const fresh = newDataKey(keys, h);
      dataKey = fresh.key;
      await c.query(`INSERT INTO conversation_keys (id_hash, wrapped) VALUES ($1, $2)
        ON CONFLICT (id_hash) DO UPDATE SET wrapped = excluded.wrapped`, [h, fresh.wrapped]);
    }
    const sealed = sealBytes(dataKey, Buffer.from(JSON.stringify(write.record), 'utf8'), h);
    const done = row
      ? await c.query('UPDATE conversations SET state = $2, state_version = $3, version = version + 1, turns = turns + 1, updated_at = $4 WHERE id_hash = $1 AND version = $5', [h, sealed, write.stateVersion, now, row.version])
      : await c.query('INSERT INTO conversations (id_hash, state, state_version, version, turns, updated_at) VALUES ($1, $2, $3, 1, 1, $4) ON CONFLICT (id_hash) DO NOTHING', [h, sealed, write.stateVersion, now]);
    if (done.rowCount !== 1) throw new StoreError('CONFLICT', 'The conversation changed while this turn was deciding; the turn was not written.');
  };

  /** A set-aside or current record as export hands it over: parsed when it opens, else its text as stored. */
  const exportText = (h: Buffer, state: Buffer, wrapped: Buffer | null): unknown => {
    try {
      const text = openBytes(unwrapDataKey(keys, h, wrapped ?? Buffer.alloc(0)), state, h).toString('utf8');
      try { return JSON.parse(text) as unknown; } catch { return { unreadable: 'STATE_NOT_JSON', rawText: text }; }
    } catch {
      return { unreadable: 'SEAL_OPEN_FAILED', rawText: state.toString('base64') };
    }
  };

  return {
    backend: 'postgres',
    async turn(id, o, decide) {
      const h = idOf(id);
      return inTransaction(async (c) => {
        if (o.deliveryKey !== undefined) {
          const claimed = await c.query('INSERT INTO deliveries (key_hash, at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [deliveryOf(o.deliveryKey), o.now]);
          if (claimed.rowCount === 0) return { kind: 'duplicate' as const };
        }
        await c.query('SELECT pg_advisory_xact_lock($1)', [lockNumber(h)]);
        const row = await selectRow(c, h);
        const opened = row ? openRow(h, row) : undefined;
        const { write, result } = decide(opened?.stored ?? { kind: 'none' });
        await apply(c, h, row, opened, write, o.now);
        return { kind: 'done' as const, result };
      });
    },
    async read(id) {
      if (closed) throw new StoreError('UNAVAILABLE', 'The PostgreSQL store is closed.');
      const h = idOf(id);
      let row: Row | undefined;
      try { row = await selectRow(pool, h); } catch (error) { throw fail(error); }
      return row ? openRow(h, row).stored : { kind: 'none' };
    },
    async exportRecord(id): Promise<ConversationExport> {
      const h = idOf(id);
      try {
        const row = await selectRow(pool, h);
        const aside = await pool.query<{ state: Buffer; wrapped: Buffer | null; reason: string; set_aside_at: Date }>('SELECT state, wrapped, reason, set_aside_at FROM set_aside WHERE id_hash = $1 ORDER BY n', [h]);
        return {
          conversationId: id,
          ...(row ? { state: exportText(h, row.state, row.wrapped), turns: row.turns, updatedAt: row.updated_at.toISOString() } : {}),
          setAside: aside.rows.map((a) => ({ reason: a.reason, setAsideAt: a.set_aside_at.toISOString(), state: exportText(h, a.state, a.wrapped) })),
        };
      } catch (error) { throw fail(error); }
    },
    async claimDelivery(key, now) {
      try {
        const r = await pool.query('INSERT INTO deliveries (key_hash, at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [deliveryOf(key), now]);
        if (++claims % 500 === 0) await pool.query('DELETE FROM deliveries WHERE at < $1', [new Date(now.getTime() - DAY_MS)]);
        return r.rowCount === 1;
      } catch (error) { throw fail(error); }
    },
    async purgeIdle(before) {
      return inTransaction(async (c) => {
        const gone = await c.query<{ id_hash: Buffer }>('DELETE FROM conversations WHERE updated_at < $1 RETURNING id_hash', [before]);
        const aside = await c.query('DELETE FROM set_aside WHERE set_aside_at < $1', [before]);
        // a data key goes with the last thing it opens
        await c.query('DELETE FROM conversation_keys k WHERE NOT EXISTS (SELECT 1 FROM conversations c WHERE c.id_hash = k.id_hash) AND NOT EXISTS (SELECT 1 FROM set_aside s WHERE s.id_hash = k.id_hash)');
        await c.query('DELETE FROM deliveries WHERE at < $1', [new Date(Math.max(before.getTime(), Date.now() - DAY_MS))]);
        return (gone.rowCount ?? 0) + (aside.rowCount ?? 0);
      });
    },
    async settleForget() {
      // the wrapped data key was deleted in the forget's own transaction: what stays on disk cannot be opened
      return true;
    },
    async health() {
      if (closed) return { ok: false, detail: 'postgres: closed' };
      try {
        const client = await pool.connect();
        try {
          return (await migrationsCurrent(client)) ? { ok: true, detail: 'postgres: reachable, migrations current' } : { ok: false, detail: 'postgres: migrations not current' };
        } finally {
          client.release();
        }
      } catch (error) {
        return { ok: false, detail: `postgres: ${(error as { code?: string }).code ?? 'unreachable'}` };
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end().catch(() => undefined);
    },
  };
}
