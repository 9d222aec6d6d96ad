// Proves what the Slack adapter logs: event names and codes only — no message text, no profile values, no token —
// even through failures (a Web API error, a refused signature), and Bolt's own debug output is never forwarded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoltLogger, redactDetail } from '../../adapters/slack/bolt-logger.js';
import { createLogger } from '../../src/runtime/logger.js';
import { startSlackHarness, type SlackHarness } from './slack/harness.js';
import { dmMessage, slashCommand } from './slack/payloads.js';

describe('Slack adapter logging', () => {
  const lines: string[] = [];
  let h: SlackHarness;
  beforeAll(async () => { h = await startSlackHarness({ log: createLogger('debug', (l) => lines.push(l)) }); });
  afterAll(async () => { await h.close(); });

  it('never writes what people typed, their answers, or the bot token', async () => {
    await h.event(dmMessage('hi'));
    await h.event(dmMessage('Internal medicine please, my secret diagnosis zebra'));
    await h.command(slashCommand('ask is an observership enough for zebra?'));
    h.api.failNext('chat.postMessage', 'ratelimited');
    await h.event(dmMessage('J-1 zebra'));
    await h.event(dmMessage('zebra'), { signature: 'v0=bad' });
    await h.idle();
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.some((l) => l.includes('slack.listener.failed') && l.includes('ratelimited'))).toBe(true);
    expect(lines.some((l) => l.includes('slack.bolt'))).toBe(true);
    const all = lines.join('\n');
    expect(all).not.toMatch(/zebra|Internal medicine|needs_j1|observership/i);
    expect(all).not.toContain('xoxb-test-token');
  });

  it('redacts Slack tokens in Bolt messages and drops Bolt debug output', () => {
    expect(redactDetail(['auth failed for xoxb-123-456-abc and xapp-1-A2-xyz', new Error('boom xoxp-9-9')])).toBe('auth failed for [token] and [token] Error: boom [token]');
    const seen: string[] = [];
    const bolt = createBoltLogger(createLogger('debug', (l) => seen.push(l)));
    bolt.debug('Received a message on the WebSocket: {"text":"private"}');
    bolt.warn('careful');
    expect(seen).toEqual(['warn slack.bolt detail=careful']);
  });
});
