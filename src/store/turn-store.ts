// The asynchronous store contract: the store owns each turn (claim the delivery, hold the conversation, decide, write).
import type { ConversationExport } from './conversation-store.js';

/** What is stored for a conversation: nothing, a readable record (opaque JSON) with its version, or a damaged one. */
export type Stored =
  | { kind: 'none' }
  | { kind: 'found'; record: unknown; version: number }
  | { kind: 'unreadable'; code: UnreadableCode };

/**
 * Why a stored record could not be read: its text is not JSON; its seal does not open although the key check
 * value opens (one damaged record); or its seal does not open and the key was never confirmed (maybe a wrong key).
 */
export type UnreadableCode = 'NOT_JSON' | 'SEAL_OPEN_FAILED' | 'WRONG_KEY';

/**
 * What a turn writes: nothing, a new record (the record it replaces, if unreadable or `setAside` is given, is
 * first moved aside untouched), or everything about the conversation deleted.
 */
export type Write =
  | { kind: 'keep' }
  | { kind: 'save'; record: unknown; stateVersion: number; setAside?: string }
  | { kind: 'forget' };

/** A turn's synchronous decision: it sees the stored record and returns the write and what the caller gets back. */
export type Decide<R> = (stored: Stored) => { write: Write; result: R };

/** How a turn ended: its decision applied, or the delivery key was seen before (decide was not called). */
export type TurnOutcome<R> = { kind: 'done'; result: R } | { kind: 'duplicate' };

/** Where conversations live, for every front end and every instance. Every method is safe to call concurrently. */
export interface TurnStore {
  /** Which backend this is ('sqlite' or 'postgres'), for logs and the bench. */
  readonly backend: string;
  /**
   * One turn, all or nothing: claims `deliveryKey` (if given), holds the conversation alone (across processes),
   * calls `decide` exactly once and applies its write. If decide or the write throws, nothing is written and
   * the delivery key stays unclaimed, so the platform's retry is answered.
   */
  turn<R>(id: string, o: { now: Date; deliveryKey?: string }, decide: Decide<R>): Promise<TurnOutcome<R>>;
  /** The stored record, read without holding the conversation (App Home, plans, profile). */
  read(id: string): Promise<Stored>;
  /** Everything stored about the conversation; a set-aside record is handed over as its raw text. */
  exportRecord(id: string): Promise<ConversationExport>;
  /** Claims a delivery key outside a turn; false when it was claimed before (a retry or a double click). */
  claimDelivery(key: string, now: Date): Promise<boolean>;
  /** Deletes conversations (and delivery keys) untouched since `before`; returns how many conversations went. */
  purgeIdle(before: Date): Promise<number>;
  /** After a forget: true once no readable copy remains; false while one may (call again later; it is remembered across restarts). */
  settleForget(waitMs?: number): Promise<boolean>;
  /** For /readyz: the store answers and its schema is the one this code expects; `detail` names no secret. */
  health(): Promise<{ ok: boolean; detail: string }>;
  /** Releases connections; later calls fail with StoreError UNAVAILABLE. */
  close(): Promise<void>;
}

/** The kinds of storage failure the runtime tells apart; no backend's own strings leave the store. */
export type StoreErrorCode = 'BUSY' | 'UNAVAILABLE' | 'READ_ONLY' | 'FULL' | 'DAMAGED' | 'CONFLICT';

/** A storage failure with a typed code and a message naming where, the cause and what to do (never a stored value). */
export class StoreError extends Error {
  constructor(readonly code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** True when the error is a StoreError (optionally of one of `codes`). */
export const isStoreError = (error: unknown, ...codes: StoreErrorCode[]): error is StoreError =>
  error instanceof StoreError && (codes.length === 0 || codes.includes(error.code));
