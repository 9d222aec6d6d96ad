// The advisor through the turn handler the adapters use, and the floor: the least a durable turn does.
import type Database from 'better-sqlite3';
import type { Reply } from '../../src/domain/io.js';
import type { App } from '../../src/runtime/open-app.js';
import { messagesOf, READ_BACK_OK, type Interview, type QuestionId } from './interviews.js';
import type { BenchSystem } from './system.js';

/**
 * The advisor answering whole interviews through `advisor.handle`. Each message answers the question the
 * advisor last asked (so a re-asked or reordered question still gets its user's own words; a confirmation gets
 * "yes"); per-turn times are kept for percentiles.
 */
export function advisorSystem(app: App, turnTimes: number[]): BenchSystem & { reasked: () => number } {
  const asked = new Map<string, string | undefined>();
  const finished = new Set<string>();
  let reasked = 0;
  return {
    name: 'advisor',
    async turn(iv, k) {
      const last = asked.get(iv.user);
      let text: string;
      if (k === 0) text = 'start';
      else if (last && last in iv.answers) text = iv.answers[last as QuestionId];
      else if (last === 'confirmProfile') text = READ_BACK_OK;
      else text = iv.correction ?? 'profile';
      const t0 = performance.now();
      const replies: Reply[] = await app.advisor.handle(iv.user, { kind: 'text', text });
      turnTimes.push(performance.now() - t0);
      const q = [...replies].reverse().find((r) => r.type === 'question');
      const next = q?.type === 'question' ? q.id : undefined;
      if (next !== undefined && next === last) reasked++;
      if (replies.some((r) => r.type === 'plan')) finished.add(iv.user);
      asked.set(iv.user, next);
      if (k === messagesOf(iv).length - 1) asked.delete(iv.user);
    },
    completed: (ivs) => ivs.filter((iv) => finished.has(iv.user)).length,
    reasked: () => reasked,
    close() {},
  };
}

/** The floor: read the user's stored row, parse it, stringify it, upsert it back, on the advisor's own file. */
export function floorSystem(db: Database.Database): BenchSystem {
  const select = db.prepare<[string], { state: string }>('SELECT state FROM conversations WHERE id = ?');
  const upsert = db.prepare(`INSERT INTO conversations (id, state, state_version, turns, updated_at) VALUES (?, ?, 1, 1, ?)
    ON CONFLICT(id) DO UPDATE SET state = excluded.state, turns = turns + 1, updated_at = excluded.updated_at`);
  return {
    name: 'floor',
    turn(iv) {
      const row = select.get(iv.user);
      // never overwrite the advisor's row with something else: a user it has not seen gets a row of its own
      const state = row ? JSON.parse(row.state) as unknown : { version: 1 };
      upsert.run(row ? iv.user : `floor:${iv.user}`, JSON.stringify(state), new Date().toISOString());
    },
    close() {},
  };
}
