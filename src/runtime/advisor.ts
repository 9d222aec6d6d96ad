// The one outer function around the pure engine: lock -> load -> step -> validate -> save -> return replies.
import type { Advice } from '../domain/advice.js';
import type { Input, Reply } from '../domain/io.js';
import type { Plan } from '../domain/plan.js';
import type { Profile } from '../domain/profile.js';
import type { Flow } from '../engine/flow.js';
import { nextQuestion } from '../engine/next-question.js';
import { readState, type ConversationState } from '../engine/state.js';
import { step } from '../engine/step.js';
import { StateInvalidError, type ConversationStore } from '../store/conversation-store.js';
import { createKeyedLock } from './keyed-lock.js';
import type { Logger } from './logger.js';
import { notice, NOTICES } from './notices.js';

/** What the runtime needs; everything is passed in so tests can hand in their own. */
export interface AdvisorDeps {
  store: ConversationStore;
  flow: Flow;
  advice: Advice;
  clock: () => Date;
  log: Logger;
}

/** The advisor as adapters see it. */
export interface Advisor {
  /** Handles one input of one conversation; the new state is validated and saved before the replies are returned. */
  handle(conversationId: string, input: Input): Promise<Reply[]>;
  /** The stored profile of a conversation (for App Home and exports), or undefined. */
  profileOf(conversationId: string): Promise<Profile | undefined>;
  /** The plan for the stored profile, recomputed now (read-only), or undefined without a specialty. */
  planOf(conversationId: string): Promise<Plan | undefined>;
  /** True the first time a platform delivery key is seen; false for retries and double clicks. */
  firstDelivery(key: string): boolean;
}

/** How a stored record was found: absent, readable, damaged (to set aside), or sealed with another key (left alone). */
type Loaded =
  | { kind: 'none' }
  | { kind: 'ok'; state: ConversationState }
  | { kind: 'damaged'; code: string }
  | { kind: 'sealed' };

const codeOf = (error: unknown) => String((error as { code?: unknown }).code ?? (error as Error).name ?? 'unknown');
const isBusy = (error: unknown) => /^SQLITE_BUSY/.test(codeOf(error));

/** Builds the advisor; turns of one conversation are serialised here, and across processes by the store's write transaction. */
export function createAdvisor(deps: AdvisorDeps): Advisor {
  const { store, log } = deps;
  const lock = createKeyedLock();
  let scrubPending = false;

  const load = (id: string): Loaded => {
    let raw: unknown;
    try {
      raw = store.load(id);
    } catch (error) {
      return codeOf(error) === 'SEAL_OPEN_FAILED' ? { kind: 'sealed' } : { kind: 'damaged', code: codeOf(error) };
    }
    if (raw === undefined) return { kind: 'none' };
    const read = readState(raw);
    return read.ok ? { kind: 'ok', state: read.state } : { kind: 'damaged', code: 'STATE_UNREADABLE' };
  };

  /** The question the person was on before this turn, asked again after a refused save. */
  const reAsk = (state: ConversationState | undefined): Reply[] => {
    const q = state ? nextQuestion(deps.flow, state.profile, state.skipped) : undefined;
    return q ? [{ type: 'question', id: q.id, text: q.text, choices: q.choices }] : [];
  };

  const turn = (id: string, input: Input): { replies: Reply[]; forgot: boolean } => {
    const now = deps.clock();
    const loaded = load(id);
    if (loaded.kind === 'sealed') {
      log.error('state.sealed_unreadable', { code: 'SEAL_OPEN_FAILED' });
      return { replies: [notice(NOTICES.sealed)], forgot: false };
    }
    const before: Reply[] = [];
    if (loaded.kind === 'damaged') {
      store.setAside(id, loaded.code, now);
      log.warn('state.set_aside', { code: loaded.code });
      before.push(notice(NOTICES.setAside));
    }
    const previous = loaded.kind === 'ok' ? loaded.state : undefined;
    const result = step(previous, input, { flow: deps.flow, advice: deps.advice, now });
    if (result.effects.some((e) => e.type === 'forget')) {
      store.forget(id);
      log.info('conversation.forgotten');
      return { replies: [...before, ...result.replies], forgot: true };
    }
    try {
      store.save(id, result.state, now);
    } catch (error) {
      if (!(error instanceof StateInvalidError)) throw error;
      log.warn('state.refused', { code: error.code, paths: error.paths.join(',') });
      return { replies: [...before, notice(NOTICES.notStored), ...reAsk(previous)], forgot: false };
    }
    const replies = result.replies.map((r) => (r.type === 'export' ? { ...r, data: { exportedAt: now.toISOString(), ...store.exportRecord(id) } } : r));
    return { replies: [...before, ...replies], forgot: false };
  };

  /** After a forget (or while one is unfinished), truncates the log; says so when a reader keeps it from finishing. */
  const scrubAfter = (replies: Reply[], forgot: boolean): Reply[] => {
    if (!forgot && !scrubPending) return replies;
    // a forget waits up to a second for other readers; later turns only look briefly, so they never stall on a long reader
    scrubPending = !store.scrub(forgot ? 1000 : 50);
    if (!scrubPending) return replies;
    log.warn('forget.scrub_pending', { code: 'WAL_BUSY' });
    return forgot ? [...replies, notice(NOTICES.scrubPending)] : replies;
  };

  return {
    handle(conversationId, input) {
      return lock.run(conversationId, () => {
        for (let attempt = 1; ; attempt += 1) {
          try {
            const { replies, forgot } = store.transaction(() => turn(conversationId, input));
            return scrubAfter(replies, forgot);
          } catch (error) {
            if (isBusy(error) && attempt < 3) continue;
            log.error('turn.failed', { code: codeOf(error) });
            return [notice(isBusy(error) ? NOTICES.busy : NOTICES.apology)];
          }
        }
      });
    },
    profileOf(conversationId) {
      return lock.run(conversationId, () => {
        const loaded = load(conversationId);
        return loaded.kind === 'ok' ? loaded.state.profile : undefined;
      });
    },
    planOf(conversationId) {
      return lock.run(conversationId, () => {
        const loaded = load(conversationId);
        const profile = loaded.kind === 'ok' ? loaded.state.profile : undefined;
        return profile?.specialty ? deps.advice.plan(profile, deps.clock()) : undefined;
      });
    },
    firstDelivery(key) {
      return store.firstDelivery(key, deps.clock());
    },
  };
}
