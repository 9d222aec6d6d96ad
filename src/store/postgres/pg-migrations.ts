// Versioned schema of the PostgreSQL store, applied in order under one advisory lock (hand-written SQL).
import type pg from 'pg';

/** One schema change; versions are consecutive from 1 and never reused. */
export interface PgMigration { version: number; description: string; sql: string }

/** Every migration, oldest first. Append only. */
const PG_MIGRATIONS: PgMigration[] = [
  {
    version: 1,
    description: 'conversations (sealed state per keyed id hash), their wrapped data keys, set-aside records, delivery keys, store_meta',
    sql: `
      CREATE TABLE conversations (
        id_hash bytea PRIMARY KEY,
        state bytea NOT NULL,
        state_version integer NOT NULL,
        version integer NOT NULL,
        turns integer NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX conversations_updated_at ON conversations (updated_at);
      CREATE TABLE conversation_keys (
        id_hash bytea PRIMARY KEY,
        wrapped bytea NOT NULL
      );
      CREATE TABLE set_aside (
        n bigserial PRIMARY KEY,
        id_hash bytea NOT NULL,
        state bytea NOT NULL,
        wrapped bytea,
        reason text NOT NULL,
        set_aside_at timestamptz NOT NULL
      );
      CREATE INDEX set_aside_by_id ON set_aside (id_hash);
      CREATE TABLE deliveries (
        key_hash bytea PRIMARY KEY,
        at timestamptz NOT NULL
      );
      CREATE INDEX deliveries_at ON deliveries (at);
      CREATE TABLE store_meta (
        key text PRIMARY KEY,
        value text NOT NULL
      );`,
  },
];

/** The advisory lock that serialises migrations and the key check across instances starting together. */
export const SCHEMA_LOCK = '7308465012230911';

/** Applies missing migrations in one transaction; returns the versions applied. Refuses a database newer than this code. */
export async function migratePg(client: pg.ClientBase, migrations: PgMigration[] = PG_MIGRATIONS): Promise<number[]> {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const current = rows[0]?.v ?? 0;
    if (current > latest) throw new Error(`The PostgreSQL database in DATABASE_URL is at schema version ${current}, newer than this program (${latest}). Upgrade Match Advisor.`);
    const applied: number[] = [];
    for (const m of migrations.filter((x) => x.version > current)) {
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, description) VALUES ($1, $2)', [m.version, m.description]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** True when every migration this code knows is applied (for /readyz). */
export async function migrationsCurrent(client: pg.ClientBase, migrations: PgMigration[] = PG_MIGRATIONS): Promise<boolean> {
  const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return (rows[0]?.v ?? 0) === (migrations[migrations.length - 1]?.version ?? 0);
}
