// Installations in the SQLite file, in a table of their own, sealed with the data key (bot tokens are secrets).
import type Database from 'better-sqlite3';
import { installationKeyText, type InstallationStore } from './installation-store.js';
import type { Sealer } from './seal.js';

/** Creates the table when missing (a table of its own: it never touches the conversation store's migrations). */
function ensureTable(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS platform_installations (
    key TEXT PRIMARY KEY,
    record TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`);
}

/**
 * The SQLite installation store. Records are sealed with `sealer` (AES-GCM when DATA_ENCRYPTION_KEY is set);
 * a record sealed with another key makes `find` reject (SEAL_OPEN_FAILED) and is never overwritten by a read.
 */
export function createSqliteInstallationStore(db: Database.Database, sealer: Sealer, clock: () => Date = () => new Date()): InstallationStore {
  ensureTable(db);
  const upsert = db.prepare('INSERT INTO platform_installations (key, record, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET record = excluded.record, updated_at = excluded.updated_at');
  const select = db.prepare<[string], { record: string }>('SELECT record FROM platform_installations WHERE key = ?');
  const remove = db.prepare('DELETE FROM platform_installations WHERE key = ?');
  return {
    async save(key, installation) {
      upsert.run(installationKeyText(key), sealer.seal(JSON.stringify(installation)), clock().toISOString());
    },
    async find(key) {
      const row = select.get(installationKeyText(key));
      return row ? (JSON.parse(sealer.open(row.record)) as Record<string, unknown>) : undefined;
    },
    async remove(key) {
      remove.run(installationKeyText(key));
    },
  };
}
