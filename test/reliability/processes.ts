// Spawns child processes of the reliability suite and follows their acknowledgements.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUN_TS = fileURLToPath(new URL('../../bin/run-ts.mjs', import.meta.url));
const CHILD = fileURLToPath(new URL('./child-turns.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A running child: its last acknowledged turn, whether it said "ready", and how it ended. */
export interface Child { proc: ChildProcess; acked: () => number; failed: () => number[]; ready: Promise<void>; exited: Promise<number | null>; stderr: () => string }

/** Starts `child-turns.ts` with a role and a turn count on the database at `db`. */
export function startChild(db: string, role: string, count: number, user = 'shared', env: Record<string, string> = {}): Child {
  const proc = spawn(process.execPath, [RUN_TS, CHILD, role, String(count), user], {
    cwd: ROOT, env: { ...process.env, DATABASE_PATH: db, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let acked = 0;
  const failed: number[] = [];
  let buffer = '';
  let stderr = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => { onReady = resolve; });
  proc.stdout!.setEncoding('utf8');
  proc.stdout!.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (line === 'ready') onReady();
      const m = /^(ack|fail) (\d+)$/.exec(line);
      if (m?.[1] === 'ack') acked = Number(m[2]);
      if (m?.[1] === 'fail') failed.push(Number(m[2]));
    }
  });
  proc.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => { onReady(); resolve(code); }));
  return { proc, acked: () => acked, failed: () => failed, ready, exited, stderr: () => stderr };
}
