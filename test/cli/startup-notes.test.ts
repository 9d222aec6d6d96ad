// Issue 12: the note about encryption at rest names the right platform's reason.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli-process.js';

const dir = mkdtempSync(join(tmpdir(), 'ma-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|DATA_ENCRYPTION_KEY)/.test(k)));

describe('the encryption note at start-up', () => {
  it('slack does not cite Discord\'s terms; discord does', () => {
    const slack = spawnSync(process.execPath, [BIN, 'slack', '--db', join(dir, 's.db')], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
    expect(slack.stderr).toMatch(/DATA_ENCRYPTION_KEY is not set/);
    expect(slack.stderr).not.toMatch(/Discord/);
    expect(slack.stderr).toMatch(/SLACK_BOT_TOKEN/);
    const discord = spawnSync(process.execPath, [BIN, 'discord', '--db', join(dir, 'd.db')], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
    expect(discord.stderr).toMatch(/Discord's Developer Terms ask for it/);
  });
});
