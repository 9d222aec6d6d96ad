// Opens the SQLite file with the settings the store relies on, creating its folder when needed.
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations.js';

/** How long a statement waits for another connection's lock before giving up (milliseconds). */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (or creates) the database in WAL mode, migrated to the latest schema.
 * synchronous=NORMAL: a crash of the process loses nothing committed; a power cut may lose the last turns.
 * secure_delete=ON so that "forget me" overwrites deleted rows instead of leaving them readable.
 * The busy timeout is set first, so a second process opening the same file waits instead of failing.
 * A folder it creates is 0700 and a file it creates 0600 whatever the umask; SQLite gives the -wal and -shm
 * files the database file's permissions.
 */
export function openDatabase(path: string): Database.Database {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  }
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
