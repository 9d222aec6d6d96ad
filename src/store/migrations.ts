// Database schema migrations, applied in order and recorded in SQLite's user_version.
import type Database from 'better-sqlite3';

/** One schema change; `version` numbers are consecutive from 1 and never reused. */
export interface Migration { version: number; description: string; up(db: Database.Database): void }

/** Every migration of the conversation store, oldest first. Append only. */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'conversations: one row per conversation holding its versioned state',
    up: (db) => db.exec(`CREATE TABLE conversations (
      id TEXT PRIMARY KEY,
      state TEXT NOT NULL,
      state_version INTEGER NOT NULL,
      turns INTEGER NOT NULL DEFAULT 0,
      updated_at TEXT NOT NULL
    )`),
  },
  {
    version: 2,
    description: 'processed_events: platform delivery ids already handled (retries, double clicks)',
    up: (db) => db.exec(`CREATE TABLE processed_events (
      key TEXT PRIMARY KEY,
      at TEXT NOT NULL
    )`),
  },
  {
    version: 3,
    description: 'set_aside: records that could not be read, kept (never overwritten) until restored or forgotten; store_meta: the key check value',
    up: (db) => db.exec(`CREATE TABLE set_aside (
      n INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL,
      state TEXT NOT NULL,
      reason TEXT NOT NULL,
      set_aside_at TEXT NOT NULL
    );
    CREATE INDEX set_aside_by_id ON set_aside (id);
    CREATE TABLE store_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    )`),
  },
];

/**
 * Brings the database up to the latest migration; returns the versions applied. The version is read and
 * every step applied inside one write transaction (BEGIN IMMEDIATE), so two processes starting on a new
 * file never both create the tables: the second waits, then finds nothing left to do.
 */
export function migrate(db: Database.Database, migrations: Migration[] = MIGRATIONS): number[] {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const run = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > latest) {
      throw new Error(`The database is at schema version ${current}, newer than this program (${latest}). Upgrade Match Advisor.`);
    }
    const applied: number[] = [];
    for (const m of migrations.filter((x) => x.version > current)) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
      applied.push(m.version);
    }
    return applied;
  });
  return run.immediate();
}
