// Peak memory in a process of its own, compiled like the product (so tsx's own memory is not counted).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the memory child reports. */
export interface MemoryFigure { usPerTurn: number; stored: number; active: number; turns: number; peakRssMb: number; peakSampledMb: number; stages: Record<string, number>; heapUsedMb: number; externalMb: number }

const CHILD = fileURLToPath(new URL('../memory-child.ts', import.meta.url));

/** Compiles the memory child once into a temporary folder; returns the file to run with plain node. */
export async function compileChild(): Promise<{ file: string; dispose(): void }> {
  const { bundle } = await import(new URL('../../scripts/build.mjs', import.meta.url).href) as { bundle(entry: string, outdir: string): Promise<string[]> };
  // inside the repository (.tmp/ is ignored by git), so the external packages resolve from its node_modules
  const scratch = fileURLToPath(new URL('../../.tmp/', import.meta.url));
  mkdirSync(scratch, { recursive: true });
  const outdir = mkdtempSync(join(scratch, 'bench-memory-'));
  await bundle(CHILD, outdir);
  return { file: join(outdir, 'memory-child.mjs'), dispose: () => rmSync(outdir, { recursive: true, force: true }) };
}

/** Runs the child with a fresh copy of the database at `dbPath` (knowledge base already built). */
export function runMemory(file: string, dbPath: string, stored: number, active: number, nodeFlags: string[] = []): MemoryFigure {
  const out = execFileSync(process.execPath, [...nodeFlags, file, JSON.stringify({ db: dbPath, stored, active })], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' }, maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as MemoryFigure;
}
