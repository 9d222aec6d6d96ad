// Drives the real `match-advisor` binary as a child process, one JSON line at a time.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/match-advisor.mjs', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A running `match-advisor chat --json`; `untilQuestion` waits for the next question line. */
export function startChat(args: string[], env: Record<string, string> = {}) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [BIN, 'chat', '--json', ...args], {
    cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: unknown[] = [];
  const raw: string[] = [];
  let buffer = '';
  let stderr = '';
  const waiters: (() => void)[] = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      raw.push(line);
      lines.push(JSON.parse(line));
      waiters.splice(0).forEach((w) => w());
    }
  });
  child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child, lines, raw, exited,
    get stderr() { return stderr; },
    send(text: string) { child.stdin.write(`${text}\n`); },
    /** Resolves with the first question line at or after index `from`. */
    async untilQuestion(from: number, timeoutMs = 20_000): Promise<{ id: string; index: number }> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        for (let i = from; i < lines.length; i++) {
          const l = lines[i] as { type: string; id?: string };
          if (l.type === 'question') return { id: l.id!, index: i };
        }
        if (Date.now() > deadline) throw new Error(`no question after line ${from}; stderr: ${stderr}`);
        await new Promise<void>((resolve) => { waiters.push(resolve); setTimeout(resolve, 200); });
      }
    },
  };
}
