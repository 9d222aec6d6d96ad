// Whole interviews for N users, batch by batch: in each batch the advisor, the floor and the peers handle
// the same users' messages (round-robin, as concurrent users type), so machine noise hits all alike.
import { performance } from 'node:perf_hooks';
import { messagesOf, type Interview } from '../lib/interviews.js';
import { median, percentile } from '../lib/stats.js';
import type { BenchSystem } from '../lib/system.js';

/** Per-system figures of one turn scenario: medians over batches of the mean time per turn. */
export interface TurnFigures {
  users: number;
  batches: number;
  turns: number;
  /** Median per-turn time (µs) by system name, over the batches. */
  perTurnUs: Record<string, number>;
  /** Median per-turn time (µs) in the first and the last tenth of the batches (growth with stored conversations). */
  firstTenthUs: Record<string, number>;
  lastTenthUs: Record<string, number>;
  /** Median over batches of (other system's time ÷ the advisor's), i.e. how many times the advisor's turns/s. */
  advisorSpeedup: Record<string, number>;
  completed: Record<string, number>;
}

/** Runs every interview on every system, batch by batch, and returns medians and within-batch ratios. */
export async function runTurns(systems: BenchSystem[], interviews: Interview[], batchSize: number): Promise<TurnFigures> {
  const perBatch: Record<string, number[]> = Object.fromEntries(systems.map((s) => [s.name, []]));
  let turns = 0;
  for (let start = 0; start < interviews.length; start += batchSize) {
    const batch = interviews.slice(start, start + batchSize);
    const longest = Math.max(...batch.map((iv) => messagesOf(iv).length));
    const count = batch.reduce((n, iv) => n + messagesOf(iv).length, 0);
    turns += count;
    for (const system of systems) {
      const t0 = performance.now();
      for (let k = 0; k < longest; k++) {
        for (const iv of batch) if (k < messagesOf(iv).length) await system.turn(iv, k);
      }
      perBatch[system.name]!.push(((performance.now() - t0) / count) * 1000);
    }
  }
  const advisor = perBatch.advisor!;
  const tenth = Math.max(1, Math.floor(advisor.length / 10));
  const by = (f: (xs: number[]) => number) => Object.fromEntries(Object.entries(perBatch).map(([k, xs]) => [k, f(xs)]));
  return {
    users: interviews.length,
    batches: advisor.length,
    turns,
    perTurnUs: by(median),
    firstTenthUs: by((xs) => median(xs.slice(0, tenth))),
    lastTenthUs: by((xs) => median(xs.slice(-tenth))),
    advisorSpeedup: Object.fromEntries(Object.entries(perBatch).filter(([k]) => k !== 'advisor')
      .map(([k, xs]) => [k, median(xs.map((x, i) => x / advisor[i]!))])),
    completed: Object.fromEntries(systems.filter((s) => s.completed).map((s) => [s.name, s.completed!(interviews)])),
  };
}

/** p50/p99/max of individual turn times (µs). */
export function spread(timesMs: readonly number[]): { p50: number; p99: number; max: number } {
  return { p50: percentile(timesMs, 50) * 1000, p99: percentile(timesMs, 99) * 1000, max: timesMs.reduce((m, x) => Math.max(m, x), 0) * 1000 };
}
