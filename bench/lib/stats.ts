// Small statistics for the bench: medians, percentiles, and timing helpers.
import { performance } from 'node:perf_hooks';

/** The median of `xs` (the upper middle for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The `p`-th percentile (0-100) of `xs`, nearest rank; NaN for none. */
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Milliseconds taken by `fn` (awaited). */
async function timed(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Runs `fn` `runs` times and returns the median time in ms, after `warm` untimed runs. */
export async function medianTime(fn: () => unknown, runs: number, warm = 1): Promise<number> {
  for (let i = 0; i < warm; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) xs.push(await timed(fn));
  return median(xs);
}
