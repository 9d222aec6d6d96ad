// The one outer function around the pure engine: lock -> load -> step -> save -> return replies.
import type { Advice } from '../domain/advice.js';
import type { Input, Reply } from '../domain/io.js';
import type { Plan } from '../domain/plan.js';
import type { Profile } from '../domain/profile.js';
import type { Flow } from '../engine/flow.js';
import { readState } from '../engine/state.js';
import { step } from '../engine/step.js';
import type { ConversationStore } from '../store/conversation-store.js';
import { createKeyedLock } from './keyed-lock.js';
import type { Logger } from './logger.js';

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
  /** Handles one input of one conversation; the new state is saved before the replies are returned. */
  handle(conversationId: string, input: Input): Promise<Reply[]>;
  /** The stored profile of a conversation (for App Home and exports), or undefined. */
  profileOf(conversationId: string): Promise<Profile | undefined>;
  /** The plan for the stored profile, recomputed now (read-only), or undefined without a specialty. */
  planOf(conversationId: string): Promise<Plan | undefined>;
  /** True the first time a platform delivery key is seen; false for retries and double clicks. */
  firstDelivery(key: string): boolean;
}

const APOLOGY: Reply = { type: 'text', text: 'Sorry, something went wrong on my side. Your answers so far are safe; please try again.' };

/** Builds the advisor; turns of one conversation are serialised, different conversations interleave. */
export function createAdvisor(deps: AdvisorDeps): Advisor {
  const lock = createKeyedLock();
  const load = (id: string) => {
    const raw = deps.store.load(id);
    if (raw === undefined) return undefined;
    const read = readState(raw);
    if (!read.ok) {
      deps.log.warn('state.unreadable', { reason: read.error });
      return undefined;
    }
    return read.state;
  };
  return {
    handle(conversationId, input) {
      return lock.run(conversationId, () => {
        try {
          const now = deps.clock();
          const result = step(load(conversationId), input, { flow: deps.flow, advice: deps.advice, now });
          if (result.effects.some((e) => e.type === 'forget')) {
            deps.store.forget(conversationId);
            deps.log.info('conversation.forgotten');
          } else {
            deps.store.save(conversationId, result.state, now);
          }
          return result.replies;
        } catch (error) {
          deps.log.error('turn.failed', { code: (error as { code?: string }).code ?? (error as Error).name });
          return [APOLOGY];
        }
      });
    },
    profileOf(conversationId) {
      return lock.run(conversationId, () => load(conversationId)?.profile);
    },
    planOf(conversationId) {
      return lock.run(conversationId, () => {
        const profile = load(conversationId)?.profile;
        return profile?.specialty ? deps.advice.plan(profile, deps.clock()) : undefined;
      });
    },
    firstDelivery(key) {
      return deps.store.firstDelivery(key, deps.clock());
    },
  };
}
