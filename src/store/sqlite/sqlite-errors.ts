// Turns SQLite's error codes into typed StoreErrors whose messages name the file, the cause and what to do.
import { StoreError } from '../turn-store.js';

const codeOf = (error: unknown) => String((error as { code?: unknown })?.code ?? '');

/** The StoreError for a SQLite failure on `file` (an error that is already a StoreError is returned as it is). */
export function sqliteStoreError(error: unknown, file: string): unknown {
  if (error instanceof StoreError) return error;
  const code = codeOf(error);
  if (!code.startsWith('SQLITE_')) return error;
  const where = file === ':memory:' ? 'the in-memory database' : `the database file ${file}`;
  if (/^SQLITE_BUSY|^SQLITE_LOCKED/.test(code)) {
    return new StoreError('BUSY', `${where} is held by another process for longer than the wait allows; try again in a moment.`, { cause: error });
  }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' && /full|space/i.test(String((error as Error).message))) {
    return new StoreError('FULL', `The disk holding ${where} is full; nothing was written. Free some space on that disk (or set DATABASE_PATH to a disk with room) and try again.`, { cause: error });
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new StoreError('READ_ONLY', `${where} cannot be written (it or its folder is read-only, or owned by another user). Make the file and its folder writable by this user, or set DATABASE_PATH to a writable place.`, { cause: error });
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new StoreError('DAMAGED', `${where} is damaged or is not a Match Advisor database. Keep a copy of it, then restore it from a backup or move it away so a new one is created (its conversations are then not available).`, { cause: error });
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return new StoreError('UNAVAILABLE', `${where} could not be opened or read (${code.toLowerCase().replace('sqlite_', '')}). Check that the folder exists, that this user may read and write it, and that the disk is healthy.`, { cause: error });
  }
  return error;
}
