// Issue 20, a new user's first ten minutes: `npm run try:slack` and `npm run try:discord` show the real adapters
// against the local stand-ins in a terminal, without creating an app.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function tryOut(which: 'slack' | 'discord', lines: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/run-ts.mjs', 'scripts/try-local.ts', which], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    child.stdin.end(lines);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('local try-out', () => {
  it.concurrent.each(['slack', 'discord'] as const)('%s: greets, asks with its choices, and takes a typed answer', async (which) => {
    const { code, out } = await tryOut(which, 'hi\nInternal medicine\nquit\n');
    expect(code).toBe(0);
    expect(out).toMatch(/nothing leaves this machine/);
    expect(out).toMatch(/Which specialty are you aiming for/);
    expect(out).toMatch(/\[menu: Internal Medicine \|/);
    expect(out).toMatch(/Got it: Specialty = Internal Medicine/);
  }, 60_000);
});
