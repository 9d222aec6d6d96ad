// `npm run bench` (second part): turns per second and p99 latency for 1, 2 and 4 advisor processes on one store,
// PostgreSQL (a throw-away embedded server) beside a SQLite file. Each process is test/helpers/advisor-instance.ts;
// people talk concurrently, each waiting for the answer before the next message, as on a platform.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startPostgres } from '../test/helpers/postgres.js';

const { values: flags } = parseArgs({ options: { quick: { type: 'boolean', default: false }, out: { type: 'string' } } });
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USERS = flags.quick ? 40 : 200;
const LINES = ['start', 'Internal medicine', 'I need a J-1 visa', 'passed', '231'];
const PROCESSES = [1, 2, 4];
const KEY = '5'.repeat(64);

interface Instance { child: ChildProcessByStdio<Writable, Readable, null>; waiting: Map<number, (ms: number) => void> }

function startInstance(url: string): Promise<Instance> {
  const child = spawn(process.execPath, ['bin/run-ts.mjs', 'test/helpers/advisor-instance.ts'], {
    cwd: ROOT, env: { ...process.env, STORE_URL: url, STORE_KEY: KEY, POOL_SIZE: '8' }, stdio: ['pipe', 'pipe', 'inherit'],
  });
  const inst: Instance = { child, waiting: new Map() };
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`instance exited (${code})`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = JSON.parse(line) as { ready?: boolean; n: number; ms: number; outcome: string };
      if (m.ready) { resolve(inst); return; }
      if (m.outcome !== 'done') process.stderr.write(`store-bench: turn ${m.n} ${m.outcome}\n`);
      inst.waiting.get(m.n)?.(m.ms);
      inst.waiting.delete(m.n);
    });
  });
}

async function run(url: string, processes: number) {
  const instances = await Promise.all(Array.from({ length: processes }, () => startInstance(url)));
  let n = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: USERS }, async (_, u) => {
    for (const [t, text] of LINES.entries()) {
      const inst = instances[(u + t) % processes]!;
      const id = ++n;
      latencies.push(await new Promise<number>((resolve) => {
        inst.waiting.set(id, resolve);
        inst.child.stdin.write(`${JSON.stringify({ n: id, user: `bench:${u}`, key: `bench:${processes}:${u}:${t}`, text })}\n`);
      }));
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  for (const i of instances) { i.child.removeAllListeners('exit'); i.child.stdin.end(); }
  await Promise.all(instances.map((i) => new Promise((r) => i.child.once('exit', r))));
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { processes, turns: latencies.length, turnsPerSecond: Math.round(latencies.length / seconds), p50Ms: +p(0.5).toFixed(1), p99Ms: +p(0.99).toFixed(1) };
}

const dir = mkdtempSync(join(tmpdir(), 'ma-store-bench-'));
const pgServer = await startPostgres();
const results: Record<string, Awaited<ReturnType<typeof run>>[]> = { sqlite: [], postgres: [] };
try {
  for (const processes of PROCESSES) {
    process.stderr.write(`store-bench: ${processes} process(es)\n`);
    results.sqlite!.push(await run(join(dir, `bench-${processes}.db`), processes));
    results.postgres!.push(await run(pgServer.url.replace(/\/postgres$/, '/postgres'), processes));
  }
} finally {
  await pgServer.stop();
  rmSync(dir, { recursive: true, force: true });
}
const lines = [
  `Store: ${USERS} people x ${LINES.length} messages, each waiting for its answer; ${cpus().length} cores; PostgreSQL ${'17 (embedded, fsync off)'}; SQLite WAL file`,
  'store     processes  turns/s   p50 ms   p99 ms',
  ...(['sqlite', 'postgres'] as const).flatMap((s) => results[s]!.map((r) => `${s.padEnd(9)} ${String(r.processes).padStart(9)} ${String(r.turnsPerSecond).padStart(8)} ${String(r.p50Ms).padStart(8)} ${String(r.p99Ms).padStart(8)}`)),
];
process.stdout.write(`${lines.join('\n')}\n`);
if (flags.out) writeFileSync(flags.out, JSON.stringify({ measuredAt: new Date().toISOString(), users: USERS, messages: LINES.length, cores: cpus().length, results }, null, 2));
