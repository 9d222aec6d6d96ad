// `npm run bench -- --quick` runs every scenario end to end and reports a number for each (never a time limit).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchResults } from '../../bench/report.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PEERS_INSTALLED = existsSync(join(ROOT, 'bench/node_modules/botbuilder-dialogs')) && existsSync(join(ROOT, 'bench/node_modules/xstate'));
const positive = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x > 0;

describe('the bench in quick mode', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ma-bench-test-'));
  let results: BenchResults;
  let printed: string;
  beforeAll(() => {
    const out = join(dir, 'results.json');
    printed = execFileSync(process.execPath, ['bin/run-ts.mjs', 'bench/turn-bench.ts', '--quick', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
    results = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;
  }, 250_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('records when, where and on which Node it ran', () => {
    expect(results.quick).toBe(true);
    expect(results.node).toBe(process.version);
    expect(Number.isNaN(Date.parse(results.date))).toBe(false);
    expect(results.machine.cores).toBeGreaterThan(0);
  });

  it('timed start-up to the first question, from the build and from the sources', () => {
    expect(Object.keys(results.startup.ms)).toEqual(['bare node printing the question (reference)', 'node bin/match-advisor.mjs chat', 'same, sources through tsx']);
    for (const ms of Object.values(results.startup.ms)) expect(positive(ms)).toBe(true);
  });

  it('ran whole interviews to the plan on the advisor and the floor, with percentiles', () => {
    const [run] = results.turns;
    expect(run!.users).toBe(20);
    expect(run!.completed.advisor).toBe(20);
    expect(run!.reasked).toBe(0);
    expect(run!.turns).toBeGreaterThanOrEqual(20 * 14);
    for (const name of ['advisor', 'floor']) expect(positive(run!.perTurnUs[name])).toBe(true);
    expect(positive(run!.p99Us)).toBe(true);
    expect(run!.p99Us).toBeGreaterThanOrEqual(run!.p50Us);
  });

  it(PEERS_INSTALLED ? 'ran both peers through the same interviews' : 'says the peers were not run because their package is not installed', () => {
    const [run] = results.turns;
    for (const peer of ['Bot Framework WaterfallDialog', 'xstate machine']) {
      if (PEERS_INSTALLED) {
        expect(run!.completed[peer]).toBe(20);
        expect(positive(run!.advisorSpeedup[peer])).toBe(true);
      } else {
        expect(results.peersNotRun[peer]).toMatch(/not installed/);
        expect(printed).toContain(`${peer}: not run`);
      }
    }
  });

  it('timed side questions, and the plan over three table sizes for two profiles', () => {
    expect(results.side.questions).toBeGreaterThan(0);
    expect(positive(results.side.p99Us)).toBe(true);
    const sizes = results.plan.map((p) => p.programs);
    expect(sizes).toHaveLength(6);
    expect(sizes[2]).toBeGreaterThan(sizes[0]!); // the national roster adds programs
    expect(sizes.slice(4)).toEqual([12000, 12000]);
    for (const p of results.plan) {
      expect(positive(p.computeMs) && positive(p.stringifyMs) && p.judged > 0).toBe(true);
    }
    // a bigger table gives the broad profile more programs to judge
    const broad = results.plan.filter((p) => p.profile.startsWith('broad')).map((p) => p.judged);
    expect(broad[2]).toBeGreaterThan(broad[0]!);
    expect(positive(results.planCommandUs)).toBe(true);
  });

  it('measured peak memory in a process of its own', () => {
    expect('peakRssMb' in results.memory).toBe(true);
    if ('peakRssMb' in results.memory) {
      expect(positive(results.memory.peakRssMb)).toBe(true);
      expect(results.memory.stored).toBe(200);
      expect(results.memory.turns).toBeGreaterThanOrEqual(20 * 14);
    }
    const tuned = results.memoryTuned.figure;
    expect(results.memoryTuned.flags.length).toBeGreaterThan(0);
    expect('peakRssMb' in tuned && positive(tuned.peakRssMb) && positive(tuned.usPerTurn)).toBe(true);
  });

  it('prints the aims table with every row', () => {
    expect(printed).toContain('| aim | this run | aim | met |');
    for (const what of ['advisor ÷ the floor', 'WaterfallDialog', 'xstate', 'p99 per turn', 'first question', '12,000 programs', 'national table', 'peak RSS']) {
      expect(printed).toContain(what);
    }
  });
});
