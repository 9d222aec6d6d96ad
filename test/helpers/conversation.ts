// A conversation harness over the pure engine: say(text) and read back the replies, like a chat log.
import type { Advice } from '../../src/domain/advice.js';
import type { Input, Reply } from '../../src/domain/io.js';
import { loadFlow } from '../../src/knowledge/load-flow.js';
import type { ConversationState } from '../../src/engine/state.js';
import { step, type Effect } from '../../src/engine/step.js';
import { fakeAdvice } from './fake-advice.js';

export const FLOW = loadFlow(new URL('../../knowledge', import.meta.url).pathname);

/** A scripted conversation with the engine; `now` is fixed so answers about years are deterministic. */
export function conversation(advice: Advice = fakeAdvice(), now = new Date('2026-11-26T12:00:00Z')) {
  let state: ConversationState | undefined;
  let lastReplies: Reply[] = [];
  let lastEffects: Effect[] = [];
  const send = (input: Input) => {
    const result = step(state, input, { flow: FLOW, advice, now });
    state = result.state;
    lastReplies = result.replies;
    lastEffects = result.effects;
    return result.replies;
  };
  return {
    say: (text: string) => send({ kind: 'text', text }),
    click: (questionId: string, value: string) => send({ kind: 'choice', questionId, value }),
    command: (name: Extract<Input, { kind: 'command' }>['name'], arg?: string) => send({ kind: 'command', name, ...(arg ? { arg } : {}) }),
    get state() { return state!; },
    get profile() { return state!.profile; },
    get replies() { return lastReplies; },
    get effects() { return lastEffects; },
    /** The id of the question the last replies ended on, if any. */
    get asking() { return [...lastReplies].reverse().find((r) => r.type === 'question')?.id; },
    /** The message keys of the last turn's replies, in order (a plan or export reply gives its type, free text '-'). */
    get keys() { return lastReplies.map((r) => (r.type === 'plan' || r.type === 'export' ? r.type : r.key ?? (r.type === 'question' ? `question:${r.id}` : '-'))); },
    /** All reply texts of the last turn joined, for `toMatch`. */
    get text() { return lastReplies.map((r) => (r.type === 'plan' ? '[plan]' : r.type === 'export' ? '[export]' : r.text)).join('\n'); },
  };
}
