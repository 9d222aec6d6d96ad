// Opens the SQLite file with the settings the store relies on, creating its folder when needed.
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations.js';
import { sqliteStoreError } from './sqlite/sqlite-errors.js';
import { StoreError } from './turn-store.js';

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
  try {
    return openOrThrow(path);
  } catch (error) {
    throw openFailure(error, path);
  }
}

/** Start-up failures as typed errors naming the file, the cause and what to do. */
function openFailure(error: unknown, path: string): unknown {
  const code = String((error as { code?: unknown })?.code ?? '');
  const where = `the database file ${path}`;
  if (code === 'ENOSPC') return new StoreError('FULL', `The disk holding ${where} is full; nothing was written. Free some space on that disk (or set DATABASE_PATH to a disk with room) and start again.`, { cause: error });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new StoreError('READ_ONLY', `${where} (or its folder) cannot be created or written by this user (${code}). Make it writable, or set DATABASE_PATH to a writable place.`, { cause: error });
  if (code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST') return new StoreError('UNAVAILABLE', `${where} cannot be used: part of the path is not a folder, or the path is a folder (${code}). Set DATABASE_PATH to a file path.`, { cause: error });
  return sqliteStoreError(error, path);
}

function openOrThrow(path: string): Database.Database {
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
