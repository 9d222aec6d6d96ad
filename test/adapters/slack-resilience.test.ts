// Issue 12: Slack start-up fails fast naming SLACK_API_URL when it is unreachable, Web API calls end, and one slow
// delivery does not hold a person's later messages; "/residency export" hands the data over as a file in the DM.
import { closedPort } from '../helpers/closed-port.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../adapters/slack/index.js';
import { WEB_API_DEFAULTS } from '../../adapters/slack/app.js';
import { createLogger } from '../../src/runtime/logger.js';
import { fakeAdmin, startSlackHarness, testAdvisor, type SlackHarness } from './slack/harness.js';
import { dmMessage, DM } from './slack/payloads.js';
import { slashCommand } from './slack/payloads.js';

describe('Slack start-up with an unreachable SLACK_API_URL', () => {
  it('gives up within seconds and names SLACK_API_URL, never the token', async () => {
    const apiUrl = `http://127.0.0.1:${await closedPort()}/api/`;
    const started = Date.now();
    const failure = await startSlack({
      advisor: testAdvisor(), admin: fakeAdmin(), log: createLogger('silent'),
      config: { botToken: 'xoxb-secret-token-value', mode: { kind: 'socket', appToken: 'xapp-1-secret' }, adminUserIds: [], apiUrl },
    }).then(() => undefined, (e: Error) => e);
    expect(failure?.message).toMatch(/Could not reach the Slack Web API at SLACK_API_URL \(http:\/\/127\.0\.0\.1:\d+\/api\/\): ECONNREFUSED/);
    expect(failure?.message).not.toMatch(/secret/);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it('every Web API call has a timeout and a bounded number of retries', () => {
    expect(WEB_API_DEFAULTS.timeout).toBeGreaterThan(0);
    expect(WEB_API_DEFAULTS.timeout).toBeLessThanOrEqual(10_000);
    expect(WEB_API_DEFAULTS.retryConfig?.retries).toBeLessThanOrEqual(3);
  });
});

describe('Slack: a slow delivery and the person\'s next message', () => {
  let h: SlackHarness;
  beforeAll(async () => { h = await startSlackHarness({ turnDeadlineMs: 400 }); });
  afterAll(async () => { await h.close(); });

  it('a reply stuck in chat.postMessage does not hold the next message of the same person', async () => {
    await h.event(dmMessage('hi'));
    await h.idle();
    h.api.delayNext('chat.postMessage', 5000);
    const mark = h.mark();
    const started = Date.now();
    await h.event(dmMessage('IM'));
    await h.event(dmMessage('need a J-1'));
    for (let i = 0; i < 60 && !h.since(mark).some((c) => c.method === 'chat.postMessage' && JSON.stringify(c.params).includes('Step 1')); i += 1) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(h.since(mark).some((c) => c.method === 'chat.postMessage' && JSON.stringify(c.params).includes('Step 1'))).toBe(true);
    expect(Date.now() - started).toBeLessThan(4000);
    await h.idle();
  }, 20_000);

  it('/residency export uploads everything stored as a JSON file into the DM', async () => {
    const mark = h.mark();
    await h.command(slashCommand('export', { channel: 'C0PUBLIC' }));
    await h.idle();
    const upload = h.since(mark).find((c) => c.method === 'files.completeUploadExternal');
    expect(upload?.params.channel_id).toBe(DM);
    const file = h.api.uploads.at(-1)!;
    const data = JSON.parse(file.body.slice(file.body.indexOf('{'), file.body.lastIndexOf('}') + 1)) as { conversationId: string; state: { profile: Record<string, unknown> } };
    expect(data.conversationId).toMatch(/^slack:/);
    expect(data.state.profile).toMatchObject({ specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' });
    const inChannel = h.since(mark).filter((c) => c.method === 'chat.postEphemeral').map((c) => JSON.stringify(c.params));
    expect(inChannel.join('\n')).not.toMatch(/needs_j1|internal_medicine/);
    expect(inChannel.join('\n')).toMatch(/sent the file to our direct messages/);
  });
});
