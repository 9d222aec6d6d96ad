// Proves `match-advisor slack` as shipped: the real CLI process reads the environment, builds the knowledge base,
// serves a signed DM event in HTTP mode against the Web API stand-in, logs no token, and exits 0 on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { closedPort as freePort } from '../helpers/closed-port.js';
import { waitUntil as until } from '../helpers/wait-until.js';
import { BIN } from '../helpers/cli-process.js';
import { startFakeSlackApi } from './slack/fake-slack-api.js';
import { dmMessage, DM } from './slack/payloads.js';
import { sendEvent, SIGNING_SECRET } from './slack/signed-request.js';

it('runs the Slack app from the command line in HTTP mode and stops cleanly', async () => {
  const api = await startFakeSlackApi();
  const dir = mkdtempSync(join(tmpdir(), 'match-advisor-slack-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, SLACK_APP_TOKEN: '', SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: String(port), SLACK_API_URL: api.url, DATABASE_PATH: join(dir, 'advisor.db'), LOG_LEVEL: 'info' };
  const child = spawn(process.execPath, [BIN, 'slack'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  try {
    await until(() => stderr.includes('running on Slack'), 20_000);
    expect(stderr).toContain(`HTTP on port ${port}`);
    expect(api.callsTo('auth.test').length).toBeGreaterThan(0);
    const res = await sendEvent(`http://127.0.0.1:${port}/slack/events`, dmMessage('hi'));
    expect(res.status).toBe(200);
    await until(() => api.callsTo('chat.postMessage').length > 0, 5000);
    expect(api.callsTo('chat.postMessage')[0]!.params.channel).toBe(DM);
  } finally {
    child.kill('SIGTERM');
  }
  const code = child.exitCode ?? (await new Promise((r) => child.on('exit', r)));
  expect(code).toBe(0);
  expect(stderr).toContain('slack.stopped');
  expect(stderr).not.toContain('xoxb-test-token');
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});
