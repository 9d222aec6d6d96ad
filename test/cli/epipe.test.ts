// Issue 12: output piped into a command that closes early (`programs export | head`) ends the CLI quietly, not with EPIPE.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli-process.js';

const dir = mkdtempSync(join(tmpdir(), 'ma-epipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a reader that closes the pipe early', () => {
  it('programs export exits 0 without an unhandled EPIPE', async () => {
    const child = spawn(process.execPath, [BIN, 'programs', 'export', '--db', join(dir, 'e.db')], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // like `| head -0`: the reading end is gone before anything is written
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|Error:/);
    expect(code).toBe(0);
  });
});
