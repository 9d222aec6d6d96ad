// Peer 2: a hand-written xstate v5 machine, one state per question, regex parsers as guards; the actor's
// persisted snapshot is loaded from and saved to SQLite on every turn.
import Database from 'better-sqlite3';
import { assign, createActor, createMachine, type AnyMachineSnapshot } from 'xstate';
import { messagesOf, QUESTION_ORDER, type Interview } from '../lib/interviews.js';
import type { BenchSystem } from '../lib/system.js';
import { PARSERS, PROMPTS } from './regex-parsers.js';

type Ctx = { profile: Record<string, unknown>; retries: number };
type Ev = { type: 'TEXT'; text: string };

const states: Record<string, object> = {
  idle: { on: { TEXT: { guard: ({ event }: { event: Ev }) => event.text === 'start', target: QUESTION_ORDER[0] } } },
  done: { on: { TEXT: {} } },
};
QUESTION_ORDER.forEach((q, i) => {
  states[q] = {
    on: {
      TEXT: [
        {
          guard: ({ event }: { event: Ev }) => PARSERS[q](event.text) !== undefined,
          target: QUESTION_ORDER[i + 1] ?? 'done',
          actions: assign({ profile: ({ context, event }: { context: Ctx; event: Ev }) => ({ ...context.profile, [q]: PARSERS[q](event.text) }) }),
        },
        { actions: assign({ retries: ({ context }: { context: Ctx }) => context.retries + 1 }) },
      ],
    },
  };
});

/** The interview machine (built once). */
const machine = createMachine({ id: 'interview', initial: 'idle', context: { profile: {}, retries: 0 } as Ctx, states } as never);

/** Builds the peer on its own SQLite file (WAL, synchronous=NORMAL, as the advisor's). */
export function createPeer(path: string): BenchSystem {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS machine_state (id TEXT PRIMARY KEY, snapshot TEXT NOT NULL)');
  const select = db.prepare<[string], { snapshot: string }>('SELECT snapshot FROM machine_state WHERE id = ?');
  const upsert = db.prepare('INSERT INTO machine_state (id, snapshot) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET snapshot = excluded.snapshot');
  let replies = 0;
  return {
    name: 'xstate machine',
    turn(iv: Interview, k: number) {
      const row = select.get(iv.user);
      const actor = createActor(machine, row ? { snapshot: JSON.parse(row.snapshot) as AnyMachineSnapshot } : {}).start();
      actor.send({ type: 'TEXT', text: messagesOf(iv)[k]! });
      const snap = actor.getSnapshot();
      const value = String(snap.value);
      // the reply a bot would send: the next question, or the summary at the end
      const reply = value === 'done' ? `Thanks! ${JSON.stringify(snap.context)}` : PROMPTS[value as keyof typeof PROMPTS] ?? '';
      if (reply) replies++;
      upsert.run(iv.user, JSON.stringify(actor.getPersistedSnapshot()));
      actor.stop();
    },
    completed: (ivs) => ivs.filter((iv) => {
      const row = select.get(iv.user);
      return row !== undefined && (JSON.parse(row.snapshot) as { value: string }).value === 'done';
    }).length,
    close: () => db.close(),
  };
}
