// Run by the memory scenario in a process of its own (compiled like the product, without tsx): opens the app,
// fills the store with `stored` conversations, then runs `active` users' whole interviews round-robin, and
// prints one JSON line with peak RSS and where memory stood at each stage.
import { BUNDLED_KNOWLEDGE } from '../src/runtime/config.js';
import { createLogger } from '../src/runtime/logger.js';
import { openApp } from '../src/runtime/open-app.js';
import { createSqliteStore } from '../src/store/conversation-store.js';
import { readState } from '../src/engine/state.js';
import { makeInterviews, messagesOf } from './lib/interviews.js';

const { db, stored, active } = JSON.parse(process.argv[2] ?? '{}') as { db: string; stored: number; active: number };
const mb = () => process.memoryUsage().rss / 1048576;
// with --expose-gc (a diagnostic run, not the bench's), also what the heap really retains at each stage
const gc = (globalThis as { gc?: () => void }).gc;
const retained: Record<string, number> = {};
const stage = (name: string) => { stages[name] = mb(); if (gc) { gc(); retained[name] = process.memoryUsage().heapUsed / 1048576; } };
const stages: Record<string, number> = {};
stage('modulesLoaded');
const app = openApp({ databasePath: db, knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 3650 }, createLogger('silent'));
stage('appOpen');

// stored conversations: real finished interviews, copied under new ids
const seeds = makeInterviews(40, 7);
for (const iv of seeds) for (const text of messagesOf(iv)) await app.advisor.handle(iv.user, { kind: 'text', text });
const store = createSqliteStore(app.db);
const states = seeds.map((iv) => readState(store.load(iv.user))).flatMap((r) => (r.ok ? [r.state] : []));
const now = new Date();
app.db.transaction(() => { for (let i = 0; i < stored; i++) store.save(`stored:${i}`, states[i % states.length]!, now); })();
stage('storedFilled');

// active users, interleaved one message at a time
const interviews = makeInterviews(active, 21);
const longest = Math.max(...interviews.map((iv) => messagesOf(iv).length));
let turns = 0;
let peakSampled = 0;
const activeStart = performance.now();
for (let k = 0; k < longest; k++) {
  for (const iv of interviews) {
    const msgs = messagesOf(iv);
    if (k < msgs.length) { await app.advisor.handle(iv.user, { kind: 'text', text: msgs[k]! }); turns++; }
    if (turns % 500 === 0) peakSampled = Math.max(peakSampled, mb());
  }
}
const activeMs = performance.now() - activeStart;
stage('afterActive');
const heap = process.memoryUsage();
app.close();
process.stdout.write(`${JSON.stringify({
  stored, active, turns, usPerTurn: (activeMs * 1000) / turns, ...(gc ? { retainedHeapMb: retained } : {}), peakRssMb: process.resourceUsage().maxRSS / 1024, peakSampledMb: peakSampled, stages,
  heapUsedMb: heap.heapUsed / 1048576, externalMb: heap.external / 1048576, arrayBuffersMb: heap.arrayBuffers / 1048576,
})}\n`);
