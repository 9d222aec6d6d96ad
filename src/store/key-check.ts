// The key check value: a known text sealed with DATA_ENCRYPTION_KEY, so a wrong or missing key is caught at start-up.
import type Database from 'better-sqlite3';
import { SEALED_PREFIX, type Sealer } from './seal.js';

const CHECK_TEXT = 'match-advisor key check 1';

/** The outcome of the start-up check: fine, or one sentence saying what is wrong and what to set. Nothing is changed on failure. */
export type KeyCheck = { ok: true } | { ok: false; problem: string };

/**
 * Compares the key with the one the database was written with. The first start with a key records the check
 * value; a database holding encrypted records but no check value (written before checks existed) is checked
 * against one of those records instead.
 */
export function checkDataKey(db: Database.Database, sealer: Sealer): KeyCheck {
  // read and first write in one write transaction: two processes starting together with different keys cannot both pass
  return db.transaction(() => checkInside(db, sealer)).immediate();
}

function checkInside(db: Database.Database, sealer: Sealer): KeyCheck {
  const row = db.prepare("SELECT value FROM store_meta WHERE key = 'key_check'").get() as { value: string } | undefined;
  const sample = row?.value ?? (db.prepare('SELECT state FROM conversations WHERE substr(state, 1, ?) = ? LIMIT 1').get(SEALED_PREFIX.length, SEALED_PREFIX) as { state: string } | undefined)?.state;
  if (sample !== undefined) {
    if (!sealer.encrypted) {
      return { ok: false, problem: 'DATA_ENCRYPTION_KEY is not set, but the stored answers in this database are encrypted. Set it to the key they were written with; nothing was changed.' };
    }
    try {
      const opened = sealer.open(sample);
      if (row && opened !== CHECK_TEXT) throw new Error('check text differs');
    } catch {
      return { ok: false, problem: 'DATA_ENCRYPTION_KEY is not the key this database was written with (the key check does not match). Set the previous key; nothing was changed.' };
    }
  }
  if (!row && sealer.encrypted) {
    db.prepare("INSERT OR IGNORE INTO store_meta (key, value) VALUES ('key_check', ?)").run(sealer.seal(CHECK_TEXT));
  }
  return { ok: true };
}

/** True when the database holds a key check value and `sealer` opens it: a record that then fails to open is damaged. */
export function keyConfirmed(db: Database.Database, sealer: Sealer): boolean {
  if (!sealer.encrypted) return false;
  const row = db.prepare("SELECT value FROM store_meta WHERE key = 'key_check'").get() as { value: string } | undefined;
  if (!row) return false;
  try {
    return sealer.open(row.value) === CHECK_TEXT;
  } catch {
    return false;
  }
}
