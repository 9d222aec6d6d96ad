// Benchmark: what a turn costs next to one bare SQLite write, plus start-up, retrieval, plan and memory.
// Run with `npm run bench`. Prints medians of batches measured in this one run, and their ratios.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUNDLED_KNOWLEDGE } from '../src/runtime/config.js';
import { createLogger } from '../src/runtime/logger.js';
import { openApp } from '../src/runtime/open-app.js';
import type { Input } from '../src/domain/io.js';

const BATCHES = 15;
const PER_BATCH = 400;
const dir = mkdtempSync(join(tmpdir(), 'ma-bench-'));
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

async function batches(fn: (i: number) => unknown | Promise<unknown>): Promise<number> {
  const perOp: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const t0 = performance.now();
    for (let i = 0; i < PER_BATCH; i++) await fn(b * PER_BATCH + i);
    perOp.push((performance.now() - t0) / PER_BATCH);
  }
  return median(perOp);
}

const rssStart = process.memoryUsage().rss;
const t0 = performance.now();
const app = openApp({ databasePath: join(dir, 'bench.db'), knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 365 }, createLogger('silent'), { rebuild: true });
const coldStart = performance.now() - t0;
app.close();
const t1 = performance.now();
const warm = openApp({ databasePath: join(dir, 'bench.db'), knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 365 }, createLogger('silent'));
const warmStart = performance.now() - t1;
const rssLoaded = process.memoryUsage().rss;

// Baseline: one bare single-row upsert of a state-sized JSON document into the same database file, autocommit.
const doc = JSON.stringify({ version: 1, profile: { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 221, attempts: 1 } }, skipped: [], history: ['specialty', 'visa', 'step1', 'step2ck'], attempts: 0, confirmingForget: false, greeted: true, planShown: false });
const upsert = warm.db.prepare(`INSERT INTO conversations (id, state, state_version, turns, updated_at) VALUES (?, ?, 1, 1, ?)
  ON CONFLICT(id) DO UPDATE SET state = excluded.state, turns = turns + 1, updated_at = excluded.updated_at`);
const rawWrite = await batches((i) => upsert.run(`raw${i % 50}`, doc, new Date().toISOString()));

// A turn: lock, load, parse a free-text correction, step, save. 50 users round-robin.
for (let u = 0; u < 50; u++) {
  for (const text of ['start', 'IM', 'need a J-1', 'failed once then passed']) await warm.advisor.handle(`u${u}`, { kind: 'text', text });
}
const corrections: Input[] = [{ kind: 'text', text: 'my step 2 is actually 221' }, { kind: 'text', text: 'change visa to J-1' }];
const turn = await batches((i) => warm.advisor.handle(`u${i % 50}`, corrections[i % 2]!));
const answerTurn = await batches(async (i) => {
  await warm.advisor.handle(`u${i % 50}`, { kind: 'text', text: '221' });
  return warm.advisor.handle(`u${i % 50}`, { kind: 'command', name: 'back' });
}) / 2;

// Off the turn path: a retrieval question and a full plan.
const questions = ['how do I explain a step 1 fail?', 'is an observership enough?', 'do i need step 3 for h1b', 'what is the weather in paris'];
const ask = await batches(async (i) => (await warm.advisor.handle(`q${i % 10}`, { kind: 'command', name: 'ask', arg: questions[i % 4]! })));
let planSize = 0;
const plan = await batches((i) => warm.advisor.handle(`u${i % 50}`, { kind: 'command', name: 'plan' }));
const sample = await warm.advisor.handle('u1', { kind: 'command', name: 'plan' });
for (const r of sample) if (r.type === 'plan') planSize = r.plan.tiers.reach.length + r.plan.tiers.target.length + r.plan.tiers.safety.length + r.plan.excluded.length;
const rssEnd = process.memoryUsage().rss;

console.log('Match Advisor benchmark (one run; medians of %d batches of %d operations)', BATCHES, PER_BATCH);
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
console.log('');
console.log(`start-up, knowledge base rebuilt:     ${coldStart.toFixed(0)} ms`);
console.log(`start-up, knowledge base up to date:  ${warmStart.toFixed(0)} ms`);
console.log(`bare SQLite upsert (baseline):        ${us(rawWrite)}`);
console.log(`turn: free-text correction + save:    ${us(turn)}   = ${(turn / rawWrite).toFixed(2)} x baseline`);
console.log(`turn: answer or back + save:          ${us(answerTurn)}   = ${(answerTurn / rawWrite).toFixed(2)} x baseline`);
console.log(`side question (retrieval) + save:     ${us(ask)}   = ${(ask / rawWrite).toFixed(2)} x baseline`);
console.log(`plan command (${planSize} programs judged) + save: ${us(plan)}   = ${(plan / rawWrite).toFixed(2)} x baseline`);
console.log(`memory: RSS ${mb(rssStart)} at start, ${mb(rssLoaded)} with the knowledge base loaded, ${mb(rssEnd)} after ${BATCHES * PER_BATCH * 5} turns`);
warm.close();
rmSync(dir, { recursive: true, force: true });
