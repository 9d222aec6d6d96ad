// Conversation state behind a small interface, with the SQLite implementation.
import type Database from 'better-sqlite3';
import { STATE_VERSION, stateSchema, type ConversationState } from '../engine/state.js';
import { BUSY_TIMEOUT_MS } from './open-database.js';
import { createSealer, type Sealer } from './seal.js';

/** A state the schema refuses: it is never written. `paths` names the fields (never their values). */
export class StateInvalidError extends Error {
  readonly code = 'STATE_INVALID';
  constructor(readonly paths: string[]) { super(`state refused by the schema at ${paths.join(', ') || '(root)'}`); }
}

/** A stored record whose text is not JSON (a damaged row); it is set aside, never overwritten. */
class StateNotJsonError extends Error {
  readonly code = 'STATE_NOT_JSON';
}

/** Everything stored about one conversation, as `export my data` hands it over. */
export interface ConversationExport {
  conversationId: string;
  /** The stored state as read (undefined when nothing is stored). */
  state?: unknown;
  turns?: number;
  updatedAt?: string;
  /** Records that could not be read and were kept aside, with why and when. */
  setAside: { reason: string; setAsideAt: string; state: unknown }[];
}

/** Where conversation states live. Writes are durable when `save` returns. */
export interface ConversationStore {
  /** The raw stored record (to be read with readState), or undefined for a new conversation; throws SealError or StateNotJsonError. */
  load(id: string): unknown;
  /** Validates the state with the schema (StateInvalidError when refused, nothing written), stores it and counts the turn. */
  save(id: string, state: ConversationState, now: Date): void;
  /** Moves the stored record, untouched, out of the way (kept in `set_aside`); the conversation then starts fresh. */
  setAside(id: string, reason: string, now: Date): void;
  /** Deletes everything stored for the conversation, set-aside records included; call `scrub` after the commit. */
  forget(id: string): void;
  /**
   * Checkpoints and truncates the write-ahead log so deleted values leave the files, waiting up to `waitMs` for
   * other connections' readers to finish; false when one still kept it from finishing (call again later).
   */
  scrub(waitMs?: number): boolean;
  /** Runs `work` in one write transaction (BEGIN IMMEDIATE): other processes wait, so load-step-save never interleaves. */
  transaction<T>(work: () => T): T;
  /** Everything stored about the conversation, opened and parsed where possible. */
  exportRecord(id: string): ConversationExport;
  /** Records a platform delivery id; false if it was already recorded (a retry or a double click). */
  firstDelivery(key: string, now: Date): boolean;
  /** Deletes conversations untouched since `before` (storage limit); returns how many were deleted. */
  purgeIdle(before: Date): number;
  /** Stores an already validated record as opaque JSON and counts the turn (the runtime validates; the store does not). */
  saveRecord?(id: string, record: unknown, stateVersion: number, now: Date): void;
  /** How many turns are stored for the conversation (its version; 0 when none). */
  turnsOf?(id: string): number;
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new StateNotJsonError('stored state is not JSON');
  }
};

/** How long a delivery id is kept for de-duplication (the README says 24 hours). */
const DELIVERY_KEEP_MS = 24 * 3600_000;
/** How often (at most) old delivery ids are pruned, on the next delivery. */
const DELIVERY_PRUNE_EVERY_MS = 60_000;

/** The SQLite store; `db` comes from openDatabase; `sealer` encrypts the state at rest when given a key. */
export function createSqliteStore(db: Database.Database, sealer: Sealer = createSealer()): ConversationStore {
  const select = db.prepare<[string], { state: string }>('SELECT state FROM conversations WHERE id = ?');
  const selectAll = db.prepare<[string], { state: string; turns: number; updated_at: string }>('SELECT state, turns, updated_at FROM conversations WHERE id = ?');
  const upsert = db.prepare(`INSERT INTO conversations (id, state, state_version, turns, updated_at) VALUES (?, ?, ?, 1, ?)
    ON CONFLICT(id) DO UPDATE SET state = excluded.state, state_version = excluded.state_version, turns = turns + 1, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM conversations WHERE id = ?');
  const keepAside = db.prepare('INSERT INTO set_aside (id, state, reason, set_aside_at) SELECT id, state, ?, ? FROM conversations WHERE id = ?');
  const asideOf = db.prepare<[string], { state: string; reason: string; set_aside_at: string }>('SELECT state, reason, set_aside_at FROM set_aside WHERE id = ? ORDER BY n');
  const removeAside = db.prepare('DELETE FROM set_aside WHERE id = ?');
  const mark = db.prepare('INSERT OR IGNORE INTO processed_events (key, at) VALUES (?, ?)');
  const prune = db.prepare('DELETE FROM processed_events WHERE at < ?');
  const turnsRow = db.prepare<[string], { turns: number }>('SELECT turns FROM conversations WHERE id = ?');
  const idle = db.prepare('DELETE FROM conversations WHERE updated_at < ?');
  const idleAside = db.prepare('DELETE FROM set_aside WHERE set_aside_at < ?');
  const openText = (stored: string): unknown => {
    // a record that cannot be read is still the person's: export hands over its text as stored (sealed text stays sealed)
    let text: string;
    try { text = sealer.open(stored); } catch (e) { return { unreadable: (e as { code?: string }).code ?? 'unknown', rawText: stored }; }
    try { return parseJson(text); } catch (e) { return { unreadable: (e as { code?: string }).code ?? 'unknown', rawText: text }; }
  };
  // built once: one wrapper runs any turn's work inside BEGIN IMMEDIATE ... COMMIT (ROLLBACK when it throws)
  const inWriteTransaction = db.transaction((work: () => unknown) => work());
  let prunedAt = Number.NEGATIVE_INFINITY;
  const store: ConversationStore = {
    load(id) {
      const row = select.get(id);
      return row ? parseJson(sealer.open(row.state)) : undefined;
    },
    save(id, state, now) {
      const checked = stateSchema.safeParse(state);
      if (!checked.success) throw new StateInvalidError([...new Set(checked.error.issues.map((i) => i.path.join('.')))]);
      upsert.run(id, sealer.seal(JSON.stringify(checked.data)), STATE_VERSION, now.toISOString());
    },
    setAside(id, reason, now) {
      db.transaction(() => {
        keepAside.run(reason, now.toISOString(), id);
        remove.run(id);
      })();
    },
    forget(id) {
      db.transaction(() => {
        remove.run(id);
        removeAside.run(id);
      })();
    },
    scrub(waitMs = 1000) {
      if (db.memory) return true;
      db.pragma(`busy_timeout = ${waitMs}`);
      try {
        const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
        return result !== undefined && result.busy === 0 && result.log === 0;
      } catch {
        return false;
      } finally {
        db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      }
    },
    transaction(work) {
      return (db.inTransaction ? work() : inWriteTransaction.immediate(work)) as ReturnType<typeof work>;
    },
    exportRecord(id) {
      const row = selectAll.get(id);
      return {
        conversationId: id,
        ...(row ? { state: openText(row.state), turns: row.turns, updatedAt: row.updated_at } : {}),
        setAside: asideOf.all(id).map((a) => ({ reason: a.reason, setAsideAt: a.set_aside_at, state: openText(a.state) })),
      };
    },
    firstDelivery(key, now) {
      const fresh = mark.run(key, now.toISOString()).changes === 1;
      // pruned by time, not by count: at most once a minute, anything older than the 24 hours the README promises
      if (now.getTime() - prunedAt >= DELIVERY_PRUNE_EVERY_MS) {
        prunedAt = now.getTime();
        prune.run(new Date(now.getTime() - DELIVERY_KEEP_MS).toISOString());
      }
      return fresh;
    },
    saveRecord(id, record, stateVersion, now) {
      upsert.run(id, sealer.seal(JSON.stringify(record)), stateVersion, now.toISOString());
    },
    turnsOf(id) {
      return turnsRow.get(id)?.turns ?? 0;
    },
    purgeIdle(before) {
      const deleted = idle.run(before.toISOString()).changes + idleAside.run(before.toISOString()).changes;
      prune.run(before.toISOString());
      if (deleted > 0) store.scrub();
      return deleted;
    },
  };
  return store;
}
