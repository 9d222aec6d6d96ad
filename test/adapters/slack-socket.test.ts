// Proves Socket Mode end to end on loopback: startSlack checks the bot token (auth.test), opens a connection with the
// app token (apps.connections.open -> a local WebSocket), acknowledges every envelope by id, serves events, commands and
// clicks, and handles a redelivered envelope (same event_id, retry_attempt 1) once.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { startSlack, whenSlackIdle, type SlackHandle } from '../../adapters/slack/index.js';
import { createLogger } from '../../src/runtime/logger.js';
import { startFakeSlackApi, type FakeSlackApi } from './slack/fake-slack-api.js';
import { fakeAdmin, testAdvisor } from './slack/harness.js';
import { blockAction, dmMessage, DM, slashCommand } from './slack/payloads.js';

describe('Slack Socket Mode', () => {
  let api: FakeSlackApi;
  let wss: WebSocketServer;
  let slack: SlackHandle;
  let socket: WebSocket;
  const acks: string[] = [];
  let envelope = 0;

  beforeAll(async () => {
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((r) => wss.once('listening', () => r()));
    api = await startFakeSlackApi();
    api.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link/?ticket=test`;
    const connected = new Promise<WebSocket>((resolve) => {
      wss.once('connection', (ws) => {
        ws.on('message', (data) => {
          const msg = JSON.parse(String(data)) as { envelope_id?: string };
          if (msg.envelope_id) acks.push(msg.envelope_id);
        });
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'applink-test' }, connection_info: { app_id: 'A0MATCH' } }));
        resolve(ws);
      });
    });
    slack = await startSlack({
      advisor: testAdvisor(), admin: fakeAdmin(), log: createLogger('silent'),
      config: { botToken: 'xoxb-test-token', mode: { kind: 'socket', appToken: 'xapp-test-token' }, adminUserIds: [], apiUrl: api.url },
      clientOptions: { retryConfig: { retries: 0 } },
    });
    socket = await connected;
  });

  afterAll(async () => {
    await slack.stop(1000);
    wss.close();
    await api.close();
  });

  /** Sends one envelope and waits until the app has acknowledged it and finished the work it started. */
  async function deliver(type: 'events_api' | 'slash_commands' | 'interactive', payload: object, retry = 0, id = `env-${++envelope}`) {
    const mark = api.calls.length;
    socket.send(JSON.stringify({ envelope_id: id, payload, type, accepts_response_payload: type !== 'events_api', retry_attempt: retry, retry_reason: retry ? 'timeout' : '' }));
    const deadline = Date.now() + 5000;
    while (!acks.includes(id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(acks).toContain(id);
    await whenSlackIdle(slack.app);
    return api.calls.slice(mark);
  }

  it('checked the bot token and opened the connection with the app token', () => {
    expect(api.callsTo('auth.test')[0]!.token).toBe('xoxb-test-token');
    expect(api.callsTo('apps.connections.open')[0]!.token).toBe('xapp-test-token');
  });

  it('acknowledges a DM event and answers it; a redelivered envelope is acknowledged but handled once', async () => {
    const event = dmMessage('hi', { eventId: 'Ev0SOCKET1' });
    const calls = await deliver('events_api', event);
    const post = calls.find((c) => c.method === 'chat.postMessage')!;
    expect(post.params.channel).toBe(DM);
    expect(post.token).toBe('xoxb-test-token');
    expect(await deliver('events_api', event, 1)).toEqual([]);
  });

  it('serves a slash command and a click over the socket', async () => {
    const cmd = await deliver('slash_commands', slashCommand('profile'));
    expect(cmd.some((c) => c.method === 'chat.postEphemeral')).toBe(true);
    const click = await deliver('interactive', blockAction({ actionId: 'ma_select', blockId: 'ma_q:specialty:0', selected: 'psychiatry' }));
    expect(JSON.stringify(click.find((c) => c.method === 'chat.postMessage')!.params.blocks)).toContain('Specialty = Psychiatry');
  });
});
