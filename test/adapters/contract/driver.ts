// The one interface every front end is driven through, and a recorder of what the core answered each turn.
import type { ProgramAdmin } from '../../../src/domain/admin.js';
import type { Input, Reply } from '../../../src/domain/io.js';
import type { Plan } from '../../../src/domain/plan.js';
import type { Advisor } from '../../../src/runtime/advisor.js';
import type { Observed } from './observed.js';

/** What a driver is built from: the real advisor (wrapped by the test), the program admin and the plan renderer. */
export interface DriverDeps { advisor: Advisor; admin: ProgramAdmin; planText: (plan: Plan) => string }

/** One front end, driven the way a person uses it; every action resolves once its replies have been delivered. */
export interface Driver {
  name: string;
  /** The conversation id this front end stores the person under (known after `start`). */
  readonly conversationId: string;
  /** Starts the front end (and its platform stand-in). */
  start(): Promise<void>;
  /** The person's first contact: launching the chat, or saying "hi" in the DM. */
  open(): Promise<Observed>;
  /** The person types a message (in Discord and Slack, in the DM with the bot). */
  say(text: string): Promise<Observed>;
  /** The person types a message that starts by @mentioning the bot, as chat clients let them; only where bots have a handle. */
  sayMentioning?(text: string): Promise<Observed>;
  /** The person clicks the choice `value` of the latest message asking `questionId`; only where there are buttons. */
  click?(questionId: string, value: string): Promise<Observed>;
  /** The person runs a conversation command in a shared channel, where others could read a public reply. */
  commandInChannel?(name: 'profile' | 'plan'): Promise<Observed>;
  stop(): Promise<void>;
}

/** One call of `advisor.handle`: what went in, and what the core answered. */
export interface CoreTurn { conversationId: string; input: Input; replies: Reply[] }

/** Wraps an advisor so every turn it handles is recorded; everything else passes through. */
export function recording(advisor: Advisor): { advisor: Advisor; turns: CoreTurn[] } {
  const turns: CoreTurn[] = [];
  return {
    turns,
    advisor: {
      ...advisor,
      async handle(conversationId, input) {
        const replies = await advisor.handle(conversationId, input);
        turns.push({ conversationId, input, replies });
        return replies;
      },
      async handleDelivery(conversationId, input, key) {
        const replies = await advisor.handleDelivery(conversationId, input, key);
        if (replies) turns.push({ conversationId, input, replies });
        return replies;
      },
    },
  };
}

/** Resolves when `predicate` holds, polling every few milliseconds; rejects after `ms` with `what`. */
export async function until(predicate: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}
