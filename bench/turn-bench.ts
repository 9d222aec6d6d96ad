// `npm run bench`: what users do, measured in one run. Whole interviews of 1,000 and 10,000 users through the
// advisor's turn handler, interleaved batch by batch with the floor and the peers; side questions; the plan
// over growing tables; start-up to the first question; peak memory. Prints medians and ratios computed within
// the run and writes bench/results.json. `--quick` runs every scenario small (for the test suite).
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Profile } from '../src/domain/profile.js';
import { loadKb } from '../src/knowledge/kb-build.js';
import { loadFlow } from '../src/knowledge/load-flow.js';
import { BUNDLED_KNOWLEDGE } from '../src/runtime/config.js';
import { createLogger } from '../src/runtime/logger.js';
import { openApp, type App } from '../src/runtime/open-app.js';
import { advisorSystem, floorSystem } from './lib/advisor-system.js';
import { makeInterviews, SIDE_QUESTIONS, type Interview } from './lib/interviews.js';
import { isMissing, loadPeers } from './lib/peers.js';
import { median, percentile } from './lib/stats.js';
import type { BenchSystem } from './lib/system.js';
import { printReport, type BenchResults } from './report.js';
import { compileChild, runMemory, type MemoryFigure } from './scenarios/memory.js';
import { generatedPrograms, runPlans } from './scenarios/plan.js';
import { runStartups, type StartCommand } from './scenarios/startup.js';
import { runTurns, spread, type TurnFigures } from './scenarios/turns.js';

const { values: flags } = parseArgs({ options: { quick: { type: 'boolean', default: false }, out: { type: 'string' }, users: { type: 'string' } } });
const quick = flags.quick;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = quick
  ? { users: [20], batch: 5, planRuns: 3, startRuns: 1, stored: 200, active: 20, sideRuns: 24 }
  : { users: [1000, 10000], batch: 50, planRuns: 21, startRuns: 5, stored: 10000, active: 1000, sideRuns: 1200 };
// `--users 1000` (or `1000,10000`): other interview sizes, e.g. a shorter full run on a busy machine
if (flags.users) SIZES.users = flags.users.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const NOW = new Date();
const loadAtStart = loadavg()[0]!;
const dir = mkdtempSync(join(tmpdir(), 'ma-bench-'));
const log = createLogger('silent');
const open = (path: string, rebuild = false) =>
  openApp({ databasePath: path, knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 3650 }, log, { rebuild });
const note = (what: string) => process.stderr.write(`bench: ${what} (${new Date().toISOString().slice(11, 19)})\n`);
const say = (app: App, user: string, text: string) => app.advisor.handle(user, { kind: 'text', text });

// a database with the knowledge base built, copied for each scenario so none sees another's conversations
const baseDb = join(dir, 'base.db');
open(baseDb, true).close();
const freshDb = (name: string) => { const path = join(dir, `${name}.db`); copyFileSync(baseDb, path); return path; };

note('start-up');
// 1. start-up to the first question, before anything else warms the machine's caches
const marker = loadFlow(BUNDLED_KNOWLEDGE).questions[0]!.text.slice(0, 40);
const startDb = freshDb('startup');
const bin = join(ROOT, 'bin/match-advisor.mjs');
const startCommands: StartCommand[] = [
  // the yardstick: Node itself starting and printing the same words, on this machine at this moment
  { name: 'bare node printing the question (reference)', command: process.execPath, args: ['-e', `console.log(${JSON.stringify(marker)})`] },
  { name: 'node bin/match-advisor.mjs chat', command: process.execPath, args: [bin, 'chat', '--db', startDb] },
  { name: 'same, sources through tsx', command: process.execPath, args: [bin, 'chat', '--db', startDb], env: { MATCH_ADVISOR_SOURCES: '1' } },
  ...(quick ? [] : [
    { name: 'npm start', command: 'npm', args: ['start', '--silent', '--', '--db', startDb] },
    { name: 'npx match-advisor', command: 'npx', args: ['match-advisor', 'chat', '--db', startDb] },
  ]),
];
const startup = await runStartups(startCommands, ROOT, marker, SIZES.startRuns);
const usesBuild = (await import('../bin/fresh-build.mjs')).freshBuild() !== undefined;

// 2. whole interviews, 1,000 and 10,000 users, interleaved with the floor and the peers
const turnRuns: (TurnFigures & { p50Us: number; p99Us: number; maxUs: number; reasked: number })[] = [];
const peersNotRun: Record<string, string> = {};
let sideApp: App | undefined;
let sideUsers: Interview[] = [];
for (const users of SIZES.users) {
  note(`interviews of ${users} users`);
  const app = open(freshDb(`turns-${users}`));
  const times: number[] = [];
  const advisor = advisorSystem(app, times);
  const peers = await loadPeers(dir, String(users));
  for (const p of peers) if (isMissing(p)) peersNotRun[p.name] = p.notRun;
  const systems: BenchSystem[] = [advisor, floorSystem(app.db), ...peers.filter((p): p is BenchSystem => !isMissing(p))];
  const interviews = makeInterviews(users, users);
  const figures = await runTurns(systems, interviews, SIZES.batch);
  turnRuns.push({ ...figures, ...(() => { const s = spread(times); return { p50Us: s.p50, p99Us: s.p99, maxUs: s.max }; })(), reasked: advisor.reasked() });
  for (const s of systems) if (s !== advisor) s.close();
  if (!sideApp) { sideApp = app; sideUsers = interviews; } else app.close();
}

note('side questions and plans');
// 3. side questions from people in the middle of (or done with) their interview, typed and as `ask`
const sideTimes: number[] = [];
for (let i = 0; i < SIZES.sideRuns; i++) {
  const user = sideUsers[i % sideUsers.length]!.user;
  const q = SIDE_QUESTIONS[i % SIDE_QUESTIONS.length]!;
  const t0 = performance.now();
  await sideApp!.advisor.handle(user, i % 2 ? { kind: 'command', name: 'ask', arg: q } : { kind: 'text', text: q });
  sideTimes.push(performance.now() - t0);
}
const side = { questions: sideTimes.length, p50Us: median(sideTimes) * 1000, p99Us: percentile(sideTimes, 99) * 1000 };

// 4. the plan over the shipped table and generated national-size and 12,000-program tables
const profileOf = async (user: string, answers: string[]): Promise<Profile> => {
  for (const text of ['start', ...answers, 'yes']) await say(sideApp!, user, text);
  return (await sideApp!.advisor.profileOf(user))!;
};
const broad = await profileOf('plan:broad', ['IM, backup FM', 'need a J-1', 'failed once then passed', 'I got 221 on CK', 'not yet', '2017',
  '3 months observership in LA', '2 letters', 'English and Spanish', 'LA or OC, or anywhere in the US', 'none', 'none', "didn't match last year"]);
const narrow = await profileOf('plan:narrow', ['psych', 'green card', 'passed first attempt', '238', 'passed with 225', '2022',
  '6 months hands-on in San Diego', '3', 'English', 'San Diego', 'my family lives in Chula Vista', '2 publications', 'applying this cycle']);
const kb = loadKb(sideApp!.db);
const tables = [
  { name: 'shipped California table', programs: kb.programs, national: [] },
  { name: 'national (California table + shipped national roster)', programs: kb.programs, national: kb.national },
  { name: '12,000 (generated from the California rows)', programs: generatedPrograms(kb.programs, 12000), national: [] },
];
const plan = await runPlans(kb, tables, { 'broad (IM + FM backup, reapplying)': broad, 'narrow (psychiatry)': narrow }, SIZES.planRuns, NOW);
const planCommandTimes: number[] = [];
for (let i = 0; i < (quick ? 5 : 200); i++) {
  const t0 = performance.now();
  await sideApp!.advisor.handle('plan:broad', { kind: 'command', name: 'plan' });
  planCommandTimes.push(performance.now() - t0);
}
sideApp!.close();

note('memory');
// 5. peak memory: active users over stored conversations, in a process of its own
// and once more with a smaller young generation, the V8 setting that trades least speed for memory here
const TUNED = ['--max-semi-space-size=4'];
let memory: MemoryFigure | { notRun: string };
let memoryTuned: MemoryFigure | { notRun: string };
try {
  const child = await compileChild();
  try {
    memory = runMemory(child.file, freshDb('memory'), SIZES.stored, SIZES.active);
    memoryTuned = runMemory(child.file, freshDb('memory-tuned'), SIZES.stored, SIZES.active, TUNED);
  } finally { child.dispose(); }
} catch (e) {
  memory = memoryTuned = { notRun: (e as Error).message.split('\n')[0]! };
}

const results: BenchResults = {
  date: NOW.toISOString(),
  quick,
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 1e9), platform: `${process.platform}/${process.arch}`, loadAverage: [loadAtStart, loadavg()[0]!] },
  node: process.version,
  startup: { ms: startup, usesBuild },
  turns: turnRuns,
  peersNotRun,
  side,
  plan,
  planCommandUs: median(planCommandTimes) * 1000,
  memory,
  memoryTuned: { flags: TUNED, figure: memoryTuned },
};
writeFileSync(flags.out ?? join(ROOT, 'bench', quick ? 'results.quick.json' : 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
printReport(results);
rmSync(dir, { recursive: true, force: true });
