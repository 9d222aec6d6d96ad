// The SQLite store behind the asynchronous contract: the existing synchronous store, one BEGIN IMMEDIATE per turn.
import type Database from 'better-sqlite3';
import type { ConversationState } from '../../engine/state.js';
import { createSqliteStore, type ConversationStore } from '../conversation-store.js';
import { keyConfirmed } from '../key-check.js';
import { createSealer, type Sealer } from '../seal.js';
import { StoreError, type Stored, type TurnStore, type Write } from '../turn-store.js';
import { sqliteStoreError } from './sqlite-errors.js';

/** The reason recorded with a set-aside record (the codes the store has always used). */
const UNREADABLE_REASON = { NOT_JSON: 'STATE_NOT_JSON', SEAL_OPEN_FAILED: 'SEAL_OPEN_FAILED', WRONG_KEY: 'SEAL_OPEN_FAILED' } as const;

const codeOf = (error: unknown) => String((error as { code?: unknown })?.code ?? '');

/**
 * Wraps a synchronous store: every turn runs start to end inside one write transaction with no `await` in it
 * (so no other turn's statements can enter it). With `db`, a forget whose log could not be scrubbed yet is
 * remembered in the database and finished when the store is next opened.
 */
export function asTurnStore(sync: ConversationStore, db?: Database.Database, o: { keyConfirmed?: boolean } = {}): TurnStore {
  const file = db?.name ?? 'the conversation database';
  let closed = false;
  const guard = <T>(work: () => T): T => {
    if (closed) throw new StoreError('UNAVAILABLE', `${file} is closed (the process is shutting down).`);
    try {
      return work();
    } catch (error) {
      throw sqliteStoreError(error, file);
    }
  };
  const flag = db && {
    set: db.prepare("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('scrub_pending', '1')"),
    get: db.prepare<[], { value: string }>("SELECT value FROM store_meta WHERE key = 'scrub_pending'"),
    clear: db.prepare("DELETE FROM store_meta WHERE key = 'scrub_pending'"),
  };

  const salvage = db && createSalvage(db);

  const readSync = (id: string): Stored => {
    let record: unknown;
    try {
      record = sync.load(id);
    } catch (error) {
      const code = codeOf(error);
      // one record whose bytes are damaged: moved aside (what can be read of it is kept), the person starts fresh
      if (salvage && /^SQLITE_CORRUPT/.test(code) && salvage.byId(id, new Date()) > 0) return { kind: 'unreadable', code: 'NOT_JSON' };
      if (code === 'SEAL_OPEN_FAILED') return { kind: 'unreadable', code: o.keyConfirmed ? 'SEAL_OPEN_FAILED' : 'WRONG_KEY' };
      if (code === 'STATE_NOT_JSON') return { kind: 'unreadable', code: 'NOT_JSON' };
      throw error;
    }
    return record === undefined ? { kind: 'none' } : { kind: 'found', record, version: sync.turnsOf?.(id) ?? 0 };
  };

  const apply = (id: string, stored: Stored, write: Write, now: Date) => {
    if (write.kind === 'forget') {
      sync.forget(id);
      flag?.set.run();
    } else if (write.kind === 'save') {
      const reason = write.setAside ?? (stored.kind === 'unreadable' ? UNREADABLE_REASON[stored.code] : undefined);
      if (reason !== undefined && stored.kind !== 'none') sync.setAside(id, reason, now);
      if (sync.saveRecord) sync.saveRecord(id, write.record, write.stateVersion, now);
      else sync.save(id, write.record as ConversationState, now);
    }
  };

  const settle = (waitMs?: number) => {
    const done = sync.scrub(waitMs);
    if (done && flag?.get.get()) {
      flag.clear.run();
      // clearing the flag wrote to the log again; it holds no personal value, but leave the files as scrubbed as before
      sync.scrub(waitMs);
    }
    return done;
  };
  // a forget that a crash interrupted before its scrub finished is finished now
  if (flag && guard(() => flag.get.get())) guard(() => settle(1000));

  return {
    backend: 'sqlite',
    async turn(id, o, decide) {
      return guard(() => sync.transaction(() => {
        if (o.deliveryKey !== undefined && !sync.firstDelivery(o.deliveryKey, o.now)) return { kind: 'duplicate' as const };
        const stored = readSync(id);
        const { write, result } = decide(stored);
        apply(id, stored, write, o.now);
        return { kind: 'done' as const, result };
      }));
    },
    async read(id) {
      return guard(() => readSync(id));
    },
    async exportRecord(id) {
      return guard(() => sync.exportRecord(id));
    },
    async claimDelivery(key, now) {
      return guard(() => sync.firstDelivery(key, now));
    },
    async purgeIdle(before) {
      return guard(() => {
        try {
          return sync.purgeIdle(before);
        } catch (error) {
          // the purge reads every row: a damaged one must not stop start-up for everyone, so it is set aside first
          if (!salvage || !/^SQLITE_CORRUPT/.test(codeOf(error))) throw error;
          salvage.sweep(new Date());
          return sync.purgeIdle(before);
        }
      });
    },
    async settleForget(waitMs) {
      return guard(() => settle(waitMs));
    },
    async health() {
      try {
        guard(() => db?.prepare('SELECT 1').get());
        return { ok: true, detail: 'sqlite: open' };
      } catch (error) {
        return { ok: false, detail: `sqlite: ${(error as { code?: string }).code ?? 'unavailable'}` };
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      if (db?.open) db.close();
    },
  };
}

/** The SQLite turn store over an open database (see openDatabase); `sealer` encrypts states when given a key. */
export function createSqliteTurnStore(db: Database.Database, sealer: Sealer = createSealer()): TurnStore {
  return asTurnStore(createSqliteStore(db, sealer), db, { keyConfirmed: keyConfirmed(db, sealer) });
}

/** Moves rows whose record is damaged (reading them fails) into set_aside, keeping every column that still reads. */
function createSalvage(db: Database.Database) {
  const rowids = db.prepare<[], number>('SELECT rowid FROM conversations').pluck();
  const rowidOf = db.prepare<[string], number>('SELECT rowid FROM conversations WHERE id = ?').pluck();
  const whole = db.prepare('SELECT id, state, state_version, turns, updated_at FROM conversations WHERE rowid = ?');
  const column = (name: string) => db.prepare<[number], string>(`SELECT ${name} FROM conversations WHERE rowid = ?`).pluck();
  const idOf = column('id');
  const stateOf = column('state');
  const keep = db.prepare('INSERT INTO set_aside (id, state, reason, set_aside_at) VALUES (?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM conversations WHERE rowid = ?');
  const attempt = <T>(read: () => T): T | undefined => { try { return read(); } catch { return undefined; } };
  const moveAside = (rowid: number, now: Date, knownId?: string) => {
    const id = knownId ?? attempt(() => idOf.get(rowid)) ?? `(damaged row ${rowid})`;
    const state = attempt(() => stateOf.get(rowid));
    db.transaction(() => {
      keep.run(id, state ?? '', state === undefined ? 'RECORD_DAMAGED_UNREADABLE' : 'RECORD_DAMAGED', now.toISOString());
      remove.run(rowid);
    })();
  };
  return {
    /** Sets aside the conversation's row if reading it fails; returns how many rows were moved. */
    byId(id: string, now: Date): number {
      const rowid = attempt(() => rowidOf.get(id));
      if (rowid === undefined) return 0;
      if (attempt(() => whole.get(rowid)) !== undefined) return 0;
      moveAside(rowid, now, id);
      return 1;
    },
    /** Reads every row once and sets aside each one that fails; returns how many were moved. */
    sweep(now: Date): number {
      let moved = 0;
      for (const rowid of rowids.all()) {
        if (attempt(() => whole.get(rowid)) === undefined) { moveAside(rowid, now); moved += 1; }
      }
      return moved;
    },
  };
}
