// Conversation state behind a small interface, with the SQLite implementation.
import type Database from 'better-sqlite3';
import { STATE_VERSION, type ConversationState } from '../engine/state.js';
import { createSealer, type Sealer } from './seal.js';

/** Where conversation states live. Writes are durable when `save` returns. */
export interface ConversationStore {
  /** The raw stored record (to be read with readState), or undefined for a new conversation. */
  load(id: string): unknown;
  /** Stores the state and counts the turn, in one statement. */
  save(id: string, state: ConversationState, now: Date): void;
  /** Deletes everything stored for the conversation and makes the deletion final on disk. */
  forget(id: string): void;
  /** Records a platform delivery id; false if it was already recorded (a retry or a double click). */
  firstDelivery(key: string, now: Date): boolean;
  /** Deletes conversations untouched since `before` (storage limit); returns how many were deleted. */
  purgeIdle(before: Date): number;
}

/** The SQLite store; `db` comes from openDatabase; `sealer` encrypts the state at rest when given a key. */
export function createSqliteStore(db: Database.Database, sealer: Sealer = createSealer()): ConversationStore {
  const select = db.prepare<[string], { state: string }>('SELECT state FROM conversations WHERE id = ?');
  const upsert = db.prepare(`INSERT INTO conversations (id, state, state_version, turns, updated_at) VALUES (?, ?, ?, 1, ?)
    ON CONFLICT(id) DO UPDATE SET state = excluded.state, state_version = excluded.state_version, turns = turns + 1, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM conversations WHERE id = ?');
  const mark = db.prepare('INSERT OR IGNORE INTO processed_events (key, at) VALUES (?, ?)');
  const prune = db.prepare('DELETE FROM processed_events WHERE at < ?');
  const idle = db.prepare('DELETE FROM conversations WHERE updated_at < ?');
  let marks = 0;
  return {
    load(id) {
      const row = select.get(id);
      return row ? JSON.parse(sealer.open(row.state)) : undefined;
    },
    save(id, state, now) {
      upsert.run(id, sealer.seal(JSON.stringify(state)), STATE_VERSION, now.toISOString());
    },
    forget(id) {
      remove.run(id);
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    firstDelivery(key, now) {
      const fresh = mark.run(key, now.toISOString()).changes === 1;
      if (++marks % 500 === 0) prune.run(new Date(now.getTime() - 24 * 3600_000).toISOString());
      return fresh;
    },
    purgeIdle(before) {
      const deleted = idle.run(before.toISOString()).changes;
      prune.run(before.toISOString());
      if (deleted > 0) db.pragma('wal_checkpoint(TRUNCATE)');
      return deleted;
    },
  };
}
