// One advisor process for the several-instances test and the bench: deliveries in as JSON lines on stdin, acks out.
// Env: STORE_URL (postgres://… or a SQLite file path), STORE_KEY (64 hex). Each input line is
// {"n": number, "user": string, "key": string, "text": string}; each output line {"n", "outcome": "done"|"duplicate"|"failed", "replies"}.
import { createInterface } from 'node:readline';
import { createAdvisor } from '../../src/runtime/advisor.js';
import { createLogger } from '../../src/runtime/logger.js';
import { openPostgresStore } from '../../src/store/postgres/pg-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { checkDataKey } from '../../src/store/key-check.js';
import { createSealer, parseKey } from '../../src/store/seal.js';
import { createSqliteTurnStore } from '../../src/store/sqlite/sqlite-turn-store.js';
import type { TurnStore } from '../../src/store/turn-store.js';
import { FLOW } from './conversation.js';
import { fakeAdvice } from './fake-advice.js';

const url = process.env.STORE_URL ?? '';
const key = parseKey(process.env.STORE_KEY ?? '')!;
let store: TurnStore;
if (/^postgres/.test(url)) {
  store = await openPostgresStore({ url, masterKey: key, poolSize: Number(process.env.POOL_SIZE ?? 8) });
} else {
  const db = openDatabase(url);
  const sealer = createSealer(key);
  const check = checkDataKey(db, sealer);
  if (!check.ok) throw new Error(check.problem);
  store = createSqliteTurnStore(db, sealer);
}
const advisor = createAdvisor({ store, flow: FLOW, advice: fakeAdvice(), clock: () => new Date(), log: createLogger('silent') });
const write = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);
write({ ready: true });
const pending = new Set<Promise<unknown>>();
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const m = JSON.parse(line) as { n: number; user: string; key: string; text: string };
  const started = performance.now();
  const p = advisor.handleDelivery(m.user, { kind: 'text', text: m.text }, m.key).then(
    (replies) => {
      const failed = replies?.some((r) => r.type === 'text' && /went wrong|busy|could not save/i.test(r.text));
      write({ n: m.n, outcome: replies === undefined ? 'duplicate' : failed ? 'failed' : 'done', replies: replies?.length ?? 0, ms: performance.now() - started });
    },
    () => write({ n: m.n, outcome: 'failed', replies: 0 }),
  ).finally(() => pending.delete(p));
  pending.add(p);
});
lines.on('close', () => {
  void Promise.all(pending).then(() => store.close()).then(() => process.exit(0));
});
