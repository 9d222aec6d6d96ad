// Start-up as a user sees it: from spawning the command to the first question on its output.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median } from '../lib/stats.js';

/** One way of starting the chat: a command line, with extra environment. */
export interface StartCommand { name: string; command: string; args: string[]; env?: Record<string, string> }

/** Milliseconds from spawn until `marker` appears on stdout (the process is then ended), or NaN on failure. */
function timeToOutput(cmd: StartCommand, cwd: string, marker: string, timeoutMs = 30_000): Promise<number> {
  return new Promise((resolvePromise) => {
    const t0 = performance.now();
    const child = spawn(cmd.command, cmd.args, { cwd, env: { ...process.env, LOG_LEVEL: 'silent', ...cmd.env }, stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    let done = false;
    const finish = (ms: number) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.stdin.end();
      child.kill();
      resolvePromise(ms);
    };
    const timer = setTimeout(() => finish(Number.NaN), timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => { out += chunk; if (out.includes(marker)) finish(performance.now() - t0); });
    child.on('exit', () => finish(out.includes(marker) ? performance.now() - t0 : Number.NaN));
    child.on('error', () => finish(Number.NaN));
  });
}

/** Median start-up of each command over `runs` runs (after one untimed warm-up run each). */
export async function runStartups(cmds: StartCommand[], cwd: string, marker: string, runs: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const cmd of cmds) {
    await timeToOutput(cmd, cwd, marker);
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) xs.push(await timeToOutput(cmd, cwd, marker));
    out[cmd.name] = median(xs);
  }
  return out;
}
