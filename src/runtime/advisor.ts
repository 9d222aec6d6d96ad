// The one outer function around the pure engine: the store holds the conversation, step decides, the write is all or nothing.
import type { Advice } from '../domain/advice.js';
import type { Input, Reply } from '../domain/io.js';
import type { Plan } from '../domain/plan.js';
import type { Profile } from '../domain/profile.js';
import type { Flow } from '../engine/flow.js';
import { nextQuestion } from '../engine/next-question.js';
import { readState, STATE_VERSION, stateSchema, type ConversationState } from '../engine/state.js';
import { step } from '../engine/step.js';
import type { ConversationStore } from '../store/conversation-store.js';
import { asTurnStore } from '../store/sqlite/sqlite-turn-store.js';
import { isStoreError, type Stored, type TurnStore, type Write } from '../store/turn-store.js';
import { createKeyedLock } from './keyed-lock.js';
import type { Logger } from './logger.js';
import { notice, NOTICES } from './notices.js';
import { exportView } from './export-view.js';

/** What the runtime needs; everything is passed in so tests can hand in their own (a synchronous store is wrapped). */
export interface AdvisorDeps {
  store: TurnStore | ConversationStore;
  flow: Flow;
  advice: Advice;
  clock: () => Date;
  log: Logger;
}

/** The advisor as adapters see it. */
export interface Advisor {
  /** Handles one input of one conversation; the new state is validated and saved before the replies are returned. */
  handle(conversationId: string, input: Input): Promise<Reply[]>;
  /**
   * Handles one platform delivery: claims `deliveryKey` in the same transaction as the turn, so a turn that
   * fails leaves the key unclaimed for the platform's retry; undefined when the key was seen before.
   */
  handleDelivery(conversationId: string, input: Input, deliveryKey: string): Promise<Reply[] | undefined>;
  /** The stored profile of a conversation (for App Home and exports), or undefined. */
  profileOf(conversationId: string): Promise<Profile | undefined>;
  /** The plan for the stored profile, recomputed now (read-only), or undefined without a specialty. */
  planOf(conversationId: string): Promise<Plan | undefined>;
  /** True the first time a platform delivery key is seen; false for retries and double clicks. */
  firstDelivery(key: string): Promise<boolean>;
}

/** How a stored record was found: absent, readable, damaged (to set aside), or sealed with an unconfirmed key (left alone). */
type Loaded =
  | { kind: 'none' }
  | { kind: 'ok'; state: ConversationState }
  | { kind: 'damaged'; code: string }
  | { kind: 'sealed' };

/** What one turn's decision hands back out of the store. */
interface TurnResult { replies: Reply[]; forgot: boolean; exports: boolean }

const codeOf = (error: unknown) => String((error as { code?: unknown }).code ?? (error as Error).name ?? 'unknown');
const isTurnStore = (s: TurnStore | ConversationStore): s is TurnStore => typeof (s as TurnStore).turn === 'function';

const loadedOf = (stored: Stored): Loaded => {
  if (stored.kind === 'none') return { kind: 'none' };
  if (stored.kind === 'unreadable') return stored.code === 'WRONG_KEY' ? { kind: 'sealed' } : { kind: 'damaged', code: stored.code === 'NOT_JSON' ? 'STATE_NOT_JSON' : stored.code };
  const read = readState(stored.record);
  return read.ok ? { kind: 'ok', state: read.state } : { kind: 'damaged', code: 'STATE_UNREADABLE' };
};

/** The notice for a storage failure the person can be told about in plain words. */
const failureNotice = (error: unknown) =>
  isStoreError(error, 'BUSY') ? NOTICES.busy : isStoreError(error, 'FULL') ? NOTICES.storageFull : isStoreError(error, 'READ_ONLY') ? NOTICES.storageReadOnly : NOTICES.apology;

/** Builds the advisor; turns of one conversation are serialised here, and across processes by the store's turn. */
export function createAdvisor(deps: AdvisorDeps): Advisor {
  const { log } = deps;
  const store = isTurnStore(deps.store) ? deps.store : asTurnStore(deps.store);
  const lock = createKeyedLock();
  let scrubPending = false;

  /** The question the person was on before this turn, asked again after a refused save. */
  const reAsk = (state: ConversationState | undefined): Reply[] => {
    const q = state ? nextQuestion(deps.flow, state.profile, state.skipped) : undefined;
    return q ? [{ type: 'question', id: q.id, text: q.text, choices: q.choices }] : [];
  };

  /** The synchronous decision inside the store's turn: read, step, validate; never any I/O. */
  const decide = (input: Input, now: Date) => (stored: Stored): { write: Write; result: TurnResult } => {
    const loaded = loadedOf(stored);
    if (loaded.kind === 'sealed') {
      log.error('state.sealed_unreadable', { code: 'SEAL_OPEN_FAILED' });
      return { write: { kind: 'keep' }, result: { replies: [notice(NOTICES.sealed)], forgot: false, exports: false } };
    }
    const before: Reply[] = [];
    if (loaded.kind === 'damaged') {
      log.warn('state.set_aside', { code: loaded.code });
      before.push(notice(NOTICES.setAside));
    }
    const previous = loaded.kind === 'ok' ? loaded.state : undefined;
    const result = step(previous, input, { flow: deps.flow, advice: deps.advice, now });
    if (result.effects.some((e) => e.type === 'forget')) {
      log.info('conversation.forgotten');
      return { write: { kind: 'forget' }, result: { replies: [...before, ...result.replies], forgot: true, exports: false } };
    }
    const checked = stateSchema.safeParse(result.state);
    if (!checked.success) {
      const paths = [...new Set(checked.error.issues.map((i) => i.path.join('.')))];
      log.warn('state.refused', { code: 'STATE_INVALID', paths: paths.join(',') });
      // nothing is written: a damaged record stays where it is and is set aside by the next turn that saves
      return { write: { kind: 'keep' }, result: { replies: [...before, notice(NOTICES.notStored), ...reAsk(previous)], forgot: false, exports: false } };
    }
    const write: Write = { kind: 'save', record: checked.data, stateVersion: STATE_VERSION, ...(loaded.kind === 'damaged' ? { setAside: loaded.code } : {}) };
    return { write, result: { replies: [...before, ...result.replies], forgot: false, exports: result.replies.some((r) => r.type === 'export') } };
  };

  /** Fills an export reply with everything stored, read after the turn's commit (never inside it). */
  const withExport = async (id: string, r: TurnResult, now: Date): Promise<Reply[]> => {
    if (!r.exports) return r.replies;
    const data = { exportedAt: now.toISOString(), ...exportView(await store.exportRecord(id)) };
    return r.replies.map((reply) => (reply.type === 'export' ? { ...reply, data } : reply));
  };

  /** After a forget (or while one is unfinished), settles it; says so when a reader keeps it from finishing. */
  const settleAfter = async (replies: Reply[], forgot: boolean): Promise<Reply[]> => {
    if (!forgot && !scrubPending) return replies;
    // a forget waits up to a second for other readers; later turns only look briefly, so they never stall on a long reader
    scrubPending = !(await store.settleForget(forgot ? 1000 : 50).catch(() => false));
    if (!scrubPending) return replies;
    log.warn('forget.scrub_pending', { code: 'WAL_BUSY' });
    return forgot ? [...replies, notice(NOTICES.scrubPending)] : replies;
  };

  const run = (conversationId: string, input: Input, deliveryKey?: string): Promise<Reply[] | undefined> =>
    lock.run(conversationId, async () => {
      for (let attempt = 1; ; attempt += 1) {
        const now = deps.clock();
        let outcome;
        try {
          outcome = await store.turn(conversationId, { now, ...(deliveryKey !== undefined ? { deliveryKey } : {}) }, decide(input, now));
        } catch (error) {
          // nothing was written: a busy store is tried again, anything else is told in plain words
          if (isStoreError(error, 'BUSY', 'CONFLICT') && attempt < 3) continue;
          log.error('turn.failed', { code: codeOf(error) });
          return [notice(failureNotice(error))];
        }
        if (outcome.kind === 'duplicate') return undefined;
        // the turn is committed: what follows is never retried (that would run the turn twice)
        try {
          return await settleAfter(await withExport(conversationId, outcome.result, now), outcome.result.forgot);
        } catch (error) {
          log.error('turn.after_commit_failed', { code: codeOf(error) });
          return [...outcome.result.replies.filter((r) => r.type !== 'export'), notice(failureNotice(error))];
        }
      }
    });

  const readLoaded = async (id: string): Promise<Loaded> => loadedOf(await store.read(id));

  return {
    async handle(conversationId, input) {
      return (await run(conversationId, input)) ?? [];
    },
    handleDelivery(conversationId, input, deliveryKey) {
      return run(conversationId, input, deliveryKey);
    },
    profileOf(conversationId) {
      return lock.run(conversationId, async () => {
        const loaded = await readLoaded(conversationId);
        return loaded.kind === 'ok' ? loaded.state.profile : undefined;
      });
    },
    planOf(conversationId) {
      return lock.run(conversationId, async () => {
        const loaded = await readLoaded(conversationId);
        const profile = loaded.kind === 'ok' ? loaded.state.profile : undefined;
        return profile?.specialty ? deps.advice.plan(profile, deps.clock()) : undefined;
      });
    },
    firstDelivery(key) {
      return store.claimDelivery(key, deps.clock());
    },
  };
}
