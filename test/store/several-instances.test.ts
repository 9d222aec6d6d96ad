// Three advisor processes on one PostgreSQL: 200 people interleaved, platform retries and duplicates mixed in, one
// instance SIGKILLed mid-burst. Every acknowledged turn is stored once and answered once; no one is answered twice.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveKeys, keyedHash } from '../../src/store/postgres/pg-crypto.js';
import { parseKey } from '../../src/store/seal.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KEY_HEX = '7'.repeat(64);
const USERS = 200;
const MESSAGES = ['start', 'Internal medicine', 'I need a J-1 visa'];

type Ack = { n: number; outcome: 'done' | 'duplicate' | 'failed'; replies: number };
interface Instance { child: ChildProcessWithoutNullStreams; alive: boolean; send(m: object): boolean; waiting: Map<number, (a: Ack | undefined) => void> }

let server: TestPostgres;
const instances: Instance[] = [];
beforeAll(async () => { server = await startPostgres(); }, 90_000);
afterAll(async () => {
  for (const i of instances) if (i.alive) i.child.kill('SIGKILL');
  await server?.stop();
}, 30_000);

function startInstance(url: string): Promise<Instance> {
  const child = spawn(process.execPath, ['bin/run-ts.mjs', 'test/helpers/advisor-instance.ts'], {
    cwd: ROOT, env: { ...process.env, STORE_URL: url, STORE_KEY: KEY_HEX, POOL_SIZE: '6' }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  const inst: Instance = {
    child, alive: true, waiting: new Map(),
    send: (m) => inst.alive && child.stdin.write(`${JSON.stringify(m)}\n`),
  };
  child.stdin.on('error', () => undefined);
  child.stderr.on('data', () => undefined);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('instance did not start')), 30_000);
    child.once('exit', () => {
      inst.alive = false;
      // a killed instance never answers what it held: the platform sees a timeout and retries elsewhere
      for (const settle of inst.waiting.values()) settle(undefined);
      inst.waiting.clear();
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const msg = JSON.parse(line) as Ack & { ready?: boolean };
      if (msg.ready) { clearTimeout(timer); resolve(inst); return; }
      const settle = inst.waiting.get(msg.n);
      inst.waiting.delete(msg.n);
      settle?.(msg);
    });
  });
}

const deliver = (inst: Instance, m: { n: number; user: string; key: string; text: string }) => new Promise<Ack | undefined>((resolve) => {
  if (!inst.alive) { resolve(undefined); return; }
  inst.waiting.set(m.n, resolve);
  inst.send(m);
});

describe('several instances on one PostgreSQL', () => {
  it('every acknowledged turn is stored once and answered once, through duplicates, retries and a SIGKILL', async () => {
    const url = server.url;
    instances.push(...(await Promise.all([startInstance(url), startInstance(url), startInstance(url)])));
    const answered = new Map<string, number>(); // delivery key -> 'done' count
    let sent = 0;
    let seq = 0;
    let killed = false;
    let inFlightAtKill = 0;
    const live = () => instances.filter((i) => i.alive);
    const pick = (k: number) => { const l = live(); return l[k % l.length]!; };

    const person = async (u: number) => {
      const user = `slack:T1:U${u}`;
      for (const [t, text] of MESSAGES.entries()) {
        const key = `slack:Ev${u}-${t}`;
        // the platform retries (another instance) until it gets an answer or a duplicate after an answer
        for (let attempt = 0; attempt < 6; attempt++) {
          sent += 1;
          if (!killed && sent > USERS * MESSAGES.length * 0.4 && instances[0]!.waiting.size > 0) {
            killed = true;
            inFlightAtKill = instances[0]!.waiting.size;
            instances[0]!.child.kill('SIGKILL');
          }
          const copies = (u + t + attempt) % 5 === 0 ? 2 : 1; // a duplicate delivery, at the same time, to another instance
          const acks = await Promise.all(Array.from({ length: copies }, (_, c) => deliver(pick(u + t + attempt + c), { n: ++seq, user, key, text })));
          for (const a of acks) if (a?.outcome === 'done') answered.set(key, (answered.get(key) ?? 0) + 1);
          if (acks.some((a) => a?.outcome === 'done' || a?.outcome === 'duplicate')) break;
        }
      }
    };
    await Promise.all(Array.from({ length: USERS }, (_, u) => person(u)));
    expect(killed).toBe(true);

    // no delivery was answered twice
    expect([...answered.values()].filter((n) => n > 1)).toEqual([]);
    // every acknowledged turn is stored exactly once: the stored turn count equals the person's claimed delivery keys,
    // and every answered key is among them
    const keys = deriveKeys(parseKey(KEY_HEX)!);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      let storedNotAnswered = 0;
      let lost = 0;
      for (let u = 0; u < USERS; u++) {
        const idHash = keyedHash(keys, 'conversation', `slack:T1:U${u}`);
        const hashes = MESSAGES.map((_, t) => keyedHash(keys, 'delivery', `slack:Ev${u}-${t}`));
        const claimed = (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM deliveries WHERE key_hash = ANY($1)', [hashes])).rows[0]!.n;
        const turns = (await c.query<{ turns: number }>('SELECT turns FROM conversations WHERE id_hash = $1', [idHash])).rows[0]?.turns ?? 0;
        expect(turns).toBe(claimed);
        for (const t of MESSAGES.keys()) {
          const key = `slack:Ev${u}-${t}`;
          const isClaimed = (await c.query('SELECT 1 FROM deliveries WHERE key_hash = $1', [hashes[t]])).rowCount === 1;
          if (answered.has(key)) expect(isClaimed).toBe(true);
          else if (isClaimed) storedNotAnswered += 1; // stored by the killed instance just before it died: its answer died with it
          else lost += 1;
        }
      }
      // the kill happened mid-burst, with turns in flight on the killed instance
      expect(inFlightAtKill).toBeGreaterThan(0);
      // only turns the killed instance held at the moment of the kill can be stored but unanswered
      expect(storedNotAnswered).toBeLessThanOrEqual(inFlightAtKill);
      // and every delivery was in the end either answered or stored: nothing lost
      expect(lost).toBe(0);
    } finally {
      await c.end();
    }
    for (const i of live()) i.child.stdin.end();
  }, 90_000);
});
