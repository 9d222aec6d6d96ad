// Issue 20, a new user's first ten minutes: settings in ./.env are read (the real environment wins over them),
import { startTerminalSession } from '../helpers/terminal-session.js';
// and typing "hi" under the first question greets once and asks once.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/engine/messages.js';

const BIN = new URL('../../bin/match-advisor.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'ma-first-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `match-advisor chat` in `cwd` with `env`, typing "quit"; resolves with the exit code and stderr. */
function chatIn(cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'chat'], { cwd, env, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdin.end('quit\n');
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('.env', () => {
  it('is read from the current folder, and a variable set in the environment wins over it', async () => {
    writeFileSync(join(dir, '.env'), `# settings for a try-out\nDATABASE_PATH=${join(dir, 'from-dotenv.db')}\nLOG_LEVEL=error\n`);
    const env = { ...process.env };
    delete env.DATABASE_PATH;
    delete env.LOG_LEVEL;
    const first = await chatIn(dir, env);
    expect(first.code).toBe(0);
    expect(existsSync(join(dir, 'from-dotenv.db'))).toBe(true);
    rmSync(join(dir, 'from-dotenv.db'), { force: true });
    const second = await chatIn(dir, { ...env, DATABASE_PATH: join(dir, 'from-env.db') });
    expect(second.code).toBe(0);
    expect(existsSync(join(dir, 'from-env.db'))).toBe(true);
    expect(existsSync(join(dir, 'from-dotenv.db'))).toBe(false);
  }, 60_000);
});

describe('"hi" first', () => {
  it('greets once and asks the first question once', async () => {
    const { app, input, out: printed, done } = startTerminalSession('cli:hi', dir);
    while (!/specialty/.test(printed())) await new Promise((r) => setTimeout(r, 20));
    input.end('hi\n');
    await done;
    app.close();
    const out = printed();
    const count = (re: RegExp) => out.split('\n').filter((l) => re.test(l)).length;
    expect(count(/^Hi! I am Match Advisor/)).toBe(1);
    expect(count(/^Which specialty are you aiming for/)).toBe(1);
    expect(out).toContain(MESSAGES.alreadyAsked);
  });
});
