// Opens the SQLite file with the settings the store relies on, creating its folder when needed.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations.js';

/**
 * Opens (or creates) the database in WAL mode, migrated to the latest schema.
 * synchronous=NORMAL: a crash of the process loses nothing committed; a power cut may lose the last turns.
 * secure_delete=ON so that "forget me" overwrites deleted rows instead of leaving them readable.
 */
export function openDatabase(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
