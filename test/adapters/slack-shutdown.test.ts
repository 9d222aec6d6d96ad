// Issue 20 item 12: a Slack Web API call that never answers cannot hold shutdown for long: SIGTERM ends the
// process within the drain grace (10 s) and a short margin, not after every timeout and retry (about 50 s).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { waitUntil as until } from '../helpers/wait-until.js';
import { BIN } from '../helpers/cli-process.js';
import { closedPort as freePort } from '../helpers/closed-port.js';
import { startFakeSlackApi } from './slack/fake-slack-api.js';
import { dmMessage } from './slack/payloads.js';
import { sendEvent, SIGNING_SECRET } from './slack/signed-request.js';

it('SIGTERM while chat.postMessage hangs: the process exits after the 10 s drain and a 1.5 s margin, code 0', async () => {
  const api = await startFakeSlackApi();
  const dir = mkdtempSync(join(tmpdir(), 'match-advisor-hung-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, SLACK_APP_TOKEN: '', SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: String(port), SLACK_API_URL: api.url, DATABASE_PATH: join(dir, 'advisor.db'), LOG_LEVEL: 'info' };
  const child = spawn(process.execPath, [BIN, 'slack'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  try {
    await until(() => stderr.includes('running on Slack'), 20_000);
    api.hang('chat.postMessage');
    expect((await sendEvent(`http://127.0.0.1:${port}/slack/events`, dmMessage('hi'))).status).toBe(200);
    await until(() => api.hung > 0, 10_000);
    expect(api.hung).toBeGreaterThan(0);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const started = Date.now();
  child.kill('SIGTERM');
  const code = await exited;
  const ms = Date.now() - started;
  await api.close();
  rmSync(dir, { recursive: true, force: true });
  expect(code).toBe(0);
  expect(ms).toBeLessThan(20_000); // 10 s drain + 1.5 s margin, with room for a loaded machine; it was about 50 s
  expect(stderr).toContain('slack.stopped');
}, 90_000);
