// Proves HTTP mode over real loopback requests: only correctly signed requests within ±300 s are served, and every
// kind of delivery is acknowledged long before Slack's 3 s even when the core is slow.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timestampProblem } from '../../adapters/slack/http-receiver.js';
import type { Advisor } from '../../src/runtime/advisor.js';
import { startSlackHarness, testAdvisor, type SlackHarness } from './slack/harness.js';
import { blockAction, dmMessage, DM, slashCommand } from './slack/payloads.js';
import { SIGNING_SECRET, signature } from './slack/signed-request.js';

const now = () => Math.floor(Date.now() / 1000);
/** Slack's signature over the raw header text (as an attacker holding a signed request could replay it). */
const signatureOf = (ts: string, body: string) => `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;

describe('Slack HTTP mode: request verification', () => {
  let h: SlackHarness;
  beforeAll(async () => { h = await startSlackHarness(); });
  afterAll(async () => { await h.close(); });

  it('answers url_verification with the challenge when signed', async () => {
    const res = await h.event({ token: 'x', challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P', type: 'url_verification' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
  });

  it('serves a correctly signed event and replies through the Web API', async () => {
    const mark = h.mark();
    const res = await h.event(dmMessage('hello'));
    expect(res.status).toBe(200);
    await h.idle();
    const posts = h.since(mark).filter((c) => c.method === 'chat.postMessage');
    expect(posts.length).toBeGreaterThan(0);
    expect(posts[0]!.params.channel).toBe(DM);
    expect(posts[0]!.token).toBe('xoxb-test-token');
  });

  it('refuses a wrong signature, a wrong secret, and a missing signature with 401 and does nothing', async () => {
    const mark = h.mark();
    const body = dmMessage('hello again');
    expect((await h.event(body, { signature: 'v0=0123456789abcdef' })).status).toBe(401);
    expect((await h.event(body, { secret: 'not-the-secret-at-all-000000000' })).status).toBe(401);
    const ts = now();
    const raw = JSON.stringify(body);
    const unsigned = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts) }, body: raw });
    expect(unsigned.status).toBe(401);
    // a signature made for another body is refused too
    expect((await h.event(body, { ts, signature: signature(SIGNING_SECRET, ts, '{}') })).status).toBe(401);
    await h.idle();
    expect(h.since(mark)).toEqual([]);
  });

  it('refuses a correctly signed request more than five minutes old', async () => {
    const mark = h.mark();
    expect((await h.event(dmMessage('old'), { ts: now() - 301 })).status).toBe(401);
    expect((await h.command(slashCommand('profile'), { ts: now() - 3600 })).status).toBe(401);
    await h.idle();
    expect(h.since(mark)).toEqual([]);
  });

  it('refuses a correctly signed request more than five minutes in the future (Bolt alone would accept it)', async () => {
    const mark = h.mark();
    expect((await h.event(dmMessage('future'), { ts: now() + 301 })).status).toBe(401);
    expect((await h.action(blockAction({ actionId: 'ma_choice_0', blockId: 'ma_q:visa:0', value: 'needs_j1' }), { ts: now() + 86_400 })).status).toBe(401);
    await h.idle();
    expect(h.since(mark)).toEqual([]);
  });

  it('refuses a correctly signed request whose timestamp is not canonical digits (+T, T.0, Te0, T.4, 0T, " T")', async () => {
    const mark = h.mark();
    const raw = JSON.stringify(dmMessage('non-canonical'));
    for (const base of [now(), now() + 86_400]) {
      for (const header of [`+${base}`, `${base}.0`, `${base}e0`, `${base}.4`, `0${base}`, ` ${base}`, `${base} `, `0x${base.toString(16)}`]) {
        const res = await fetch(h.url, { method: 'POST', body: raw, headers: {
          'content-type': 'application/json', 'x-slack-request-timestamp': header, 'x-slack-signature': signatureOf(header, raw),
        } });
        expect({ header, status: res.status }).toEqual({ header, status: 401 });
      }
    }
    await h.idle();
    expect(h.since(mark)).toEqual([]);
  });

  it('accepts small clock skew in both directions', async () => {
    expect((await h.event(dmMessage('skew ahead'), { ts: now() + 120 })).status).toBe(200);
    expect((await h.event(dmMessage('skew behind'), { ts: now() - 120 })).status).toBe(200);
    await h.idle();
  });

  it('answers /healthz for load balancers', async () => {
    const res = await fetch(`${h.origin}/healthz`);
    expect(res.status).toBe(200);
  });
});

describe('Slack HTTP mode: the timestamp rule on its own', () => {
  it('uses the injected clock and treats exactly 300 s as allowed', () => {
    const nowMs = 1_800_000_000_000;
    const s = nowMs / 1000;
    expect(timestampProblem(String(s + 300), nowMs)).toBeUndefined();
    expect(timestampProblem(String(s + 301), nowMs)).toBe('in_future');
    expect(timestampProblem(String(s - 300), nowMs)).toBeUndefined();
    expect(timestampProblem(String(s - 301), nowMs)).toBe('too_old');
    expect(timestampProblem(['1', '2'], nowMs)).toBe('too_old');
    expect(timestampProblem(undefined, nowMs)).toBeUndefined();
    expect(timestampProblem('abc', nowMs)).toBe('malformed');
  });

  it('refuses by the injected clock in a running app', async () => {
    const h = await startSlackHarness({ now: () => Date.now() + 3_600_000 });
    try {
      expect((await h.event(dmMessage('hi'))).status).toBe(401);
    } finally {
      await h.close();
    }
  });
});

describe('Slack HTTP mode: acknowledged before the work is done', () => {
  let h: SlackHarness;
  const slow = (inner: Advisor, ms: number): Advisor => ({
    ...inner,
    handle: async (id, input) => { await new Promise((r) => setTimeout(r, ms)); return inner.handle(id, input); },
    handleDelivery: async (id, input, key) => { await new Promise((r) => setTimeout(r, ms)); return inner.handleDelivery(id, input, key); },
  });
  beforeAll(async () => { h = await startSlackHarness({ advisor: slow(testAdvisor(), 1200) }); });
  afterAll(async () => { await h.close(); });

  it('acks an event, a command and a click within a few hundred ms while the core takes 1.2 s', async () => {
    const started = performance.now();
    const [e, c, a] = await Promise.all([
      h.event(dmMessage('hi')),
      h.command(slashCommand('profile', { user: 'U0BOB' })),
      h.action(blockAction({ actionId: 'ma_choice_0', blockId: 'ma_q:specialty:0', value: 'internal_medicine' }, { user: 'U0CAROL', channel: 'D0CAROL' })),
    ]);
    for (const r of [e, c, a]) {
      expect(r.status).toBe(200);
      expect(r.ms).toBeLessThan(800);
    }
    await h.idle();
    expect(performance.now() - started).toBeGreaterThan(1100);
    expect(h.api.callsTo('chat.postMessage').length).toBeGreaterThan(1);
    expect(h.api.callsTo('chat.postEphemeral').length).toBe(1);
  });
});
