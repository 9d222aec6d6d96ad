// Proves `match-advisor slack` with SLACK_CLIENT_ID refuses to start without a data key for the stored bot tokens,
// naming the variable and printing no secret.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BIN } from '../helpers/cli-process.js';

it('many-workspace mode without DATA_ENCRYPTION_KEY stops at start with a message naming it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'match-advisor-slack-oauth-'));
  const secret = 'c0ffee00c0ffee00c0ffee00c0ffee00';
  try {
    const run = spawnSync(process.execPath, [BIN, 'slack'], {
      env: { ...process.env, DATA_ENCRYPTION_KEY: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_CLIENT_ID: '1111.2222', SLACK_CLIENT_SECRET: secret, SLACK_STATE_SECRET: 'ab'.repeat(16), SLACK_SIGNING_SECRET: 'abcdefghijkl', PORT: '3999', DATABASE_PATH: join(dir, 'advisor.db') },
      encoding: 'utf8', timeout: 25_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/DATA_ENCRYPTION_KEY: is required with SLACK_CLIENT_ID/);
    expect(run.stderr).not.toContain(secret);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
