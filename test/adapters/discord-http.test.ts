// Discord's interactions endpoint over HTTP, as Discord would call it: signed requests (valid, tampered, stale,
// wrong key) answered or refused, a conversation served, a late handler deferred for, and a clean drain.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageFlags, type Interaction } from 'discord.js';
import { createAdvisor } from '../../src/runtime/advisor.js';
import { createLogger } from '../../src/runtime/logger.js';
import { loadFlow } from '../../src/knowledge/load-flow.js';
import { createMetrics } from '../../src/runtime/metrics.js';
import { sqliteReadiness } from '../../src/runtime/http/readiness.js';
import { createSqliteStore } from '../../src/store/conversation-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createDiscordHttp, type DiscordHttp } from '../../adapters/discord/http/serve.js';
import { createInteractionsEndpoint } from '../../adapters/discord/http/endpoint.js';
import { publicKeyFrom } from '../../adapters/discord/http/verify.js';
import { createService } from '../../src/runtime/http/service.js';
import { createOps } from '../../src/runtime/http/ops.js';
import { Client } from 'discord.js';
import { bigPlanAdvice } from './discord/big-plan.js';
import { startFakeDiscord, type FakeDiscord } from './discord/fake-discord.js';
import { recordingAdmin, APP_ID, TOKEN } from './discord/harness.js';
import { click, slash, user } from './discord/payloads.js';

/** A key pair as the Developer Portal would hold it: the public half as 64 hex characters. */
function keyPair(): { privateKey: KeyObject; hex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, hex: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex') };
}

const discordKeys = keyPair();
const strangerKeys = keyPair();
const alice = user('alice');
const GUILD = '1300000000000000001';
const CHANNEL = '1300000000000000002';
const inServer = { guildId: GUILD, channelId: CHANNEL, permissions: '0' };
const nowSeconds = () => Math.floor(Date.now() / 1000);

let fake: FakeDiscord;
let server: DiscordHttp;
let base: string;
let logLines: string[];

/** The stand-in learns of the answer as Discord would on receiving our HTTP response. */
const relay = async (i: { id: string; token: string }, body: unknown) => {
  await fetch(`${fake.apiUrl}/v10/interactions/${i.id}/${i.token}/callback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).catch(() => undefined);
};

/** Posts a payload the way Discord does: X-Signature-Ed25519 over timestamp + body. */
async function post(url: string, payload: unknown, how: { key?: KeyObject; timestamp?: number; tamper?: (body: string) => string; register?: boolean } = {}) {
  const body = JSON.stringify(payload);
  const timestamp = String(how.timestamp ?? nowSeconds());
  const signature = sign(null, Buffer.from(timestamp + body), how.key ?? discordKeys.privateKey).toString('hex');
  const p = payload as { token?: string };
  if (how.register !== false && p.token) fake.interaction(payload as Record<string, any>); // no gateway is connected: this only registers the token
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp }, body: how.tamper ? how.tamper(body) : body });
}

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN, appId: APP_ID });
  logLines = [];
  const db = openDatabase(':memory:');
  const advisor = createAdvisor({
    store: createSqliteStore(db), flow: loadFlow(new URL('../../knowledge', import.meta.url).pathname),
    advice: bigPlanAdvice(), clock: () => new Date('2026-11-26T12:00:00Z'), log: createLogger('silent'),
  });
  server = createDiscordHttp({
    advisor, admin: recordingAdmin(), token: TOKEN, publicKey: publicKeyFrom(discordKeys.hex)!, apiUrl: fake.apiUrl,
    log: createLogger('debug', (l) => logLines.push(l)), metrics: createMetrics({ processMetrics: false }), readiness: sqliteReadiness(db), answered: relay,
  });
  base = `http://127.0.0.1:${await server.service.listen(0, '127.0.0.1')}`;
});
afterAll(async () => { await server?.stop(1000); await fake?.close(); });

describe('Discord interactions endpoint: signatures', () => {
  const ping = () => ({ id: '1400000000000000001', application_id: APP_ID, type: 1, token: 'ping-token', version: 1 });

  it('answers a signed PING with PONG', async () => {
    const res = await post(`${base}/interactions`, ping(), { register: false });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('refuses with 401 a body changed after signing, a stale or future timestamp, a wrong key, and missing headers', async () => {
    const tampered = await post(`${base}/interactions`, ping(), { register: false, tamper: (b) => b.replace('"type":1', '"type":1 ') });
    const stale = await post(`${base}/interactions`, ping(), { register: false, timestamp: nowSeconds() - 600 });
    const future = await post(`${base}/interactions`, ping(), { register: false, timestamp: nowSeconds() + 600 });
    const stranger = await post(`${base}/interactions`, ping(), { register: false, key: strangerKeys.privateKey });
    const bare = await fetch(`${base}/interactions`, { method: 'POST', body: JSON.stringify(ping()) });
    expect([tampered.status, stale.status, future.status, stranger.status, bare.status]).toEqual([401, 401, 401, 401, 401]);
    expect(logLines.filter((l) => l.includes('discord.http.refused')).map((l) => /reason=(\w+)/.exec(l)![1])).toEqual(['bad_signature', 'stale', 'stale', 'bad_signature', 'missing_headers']);
  });

  it('refuses a malformed public key at configuration time', () => {
    expect(publicKeyFrom('abc')).toBeUndefined();
    expect(publicKeyFrom('zz'.repeat(32))).toBeUndefined();
    expect(publicKeyFrom(discordKeys.hex)).toBeDefined();
  });
});

describe('Discord interactions endpoint: a conversation over HTTP', () => {
  it('/advise in a server: the HTTP answer is an ephemeral deferral, and the question arrives through the webhook', async () => {
    const advise = slash(APP_ID, alice, inServer, 'advise');
    const res = await post(`${base}/interactions`, advise);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    await fake.until(() => /Which specialty/.test(fake.original(advise.token)?.content ?? ''));
    const question = fake.original(advise.token)!;
    expect(question.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);

    const pick = click(APP_ID, alice, inServer, question, 'ma:s:specialty', ['internal_medicine']);
    const clicked = await post(`${base}/interactions`, pick);
    expect(await clicked.json()).toEqual({ type: 6 });
    await fake.until(() => fake.calls.some((c) => c.method === 'POST' && c.path === `/webhooks/${APP_ID}/${pick.token}` && c.body?.content));
    const webhookAuth = fake.calls.filter((c) => c.path.startsWith('/webhooks/')).map((c) => c.auth);
    expect(webhookAuth.every((a) => a === null)).toBe(true); // webhooks carry no bot token
  });

  it('a second delivery of the same interaction gets 409 and no second turn', async () => {
    const again = slash(APP_ID, alice, inServer, 'profile');
    const first = await post(`${base}/interactions`, again);
    expect(first.status).toBe(200);
    const second = await post(`${base}/interactions`, again, { register: false });
    expect(second.status).toBe(409);
    await server.endpoint.idle();
    // refused on arrival (still running here) or by the store's delivery key (finished): either way one turn
    const outcomes = logLines.filter((l) => l.includes(`discord.turn id=${again.id} `)).map((l) => /outcome=(\w+)/.exec(l)![1]);
    expect(outcomes.filter((o) => o === 'ok')).toEqual(['ok']);
    expect(outcomes.filter((o) => o !== 'ok' && o !== 'duplicate')).toEqual([]);
  });

  it('the same interaction twice at once on one instance: one answer, one 409', async () => {
    const twice = slash(APP_ID, alice, inServer, 'profile');
    fake.interaction(twice);
    const answers = await Promise.all([post(`${base}/interactions`, twice, { register: false }), post(`${base}/interactions`, twice, { register: false })]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    await server.endpoint.idle();
  });

  it('serves /healthz, /readyz (database reachable, migrations current) and /metrics with the turns counted', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: { database: 'reachable', migrations: 'current' } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/match_advisor_turns_total\{platform="discord",outcome="ok"\} ([3-9]|\d\d+)$/m);
    expect(metrics).toMatch(/match_advisor_turn_seconds_count\{platform="discord"\} ([3-9]|\d\d+)$/m);
    expect(metrics).toMatch(/match_advisor_queue_depth\{platform="discord"\} 0/);
  });
});

describe('Discord interactions endpoint: late handlers and draining', () => {
  /** An endpoint whose handler waits `ms` before replying, on its own server, with a short ack deadline. */
  async function slowServer(ms: number, ackAfterMs: number, reply: (i: Interaction & { reply: (o: object) => Promise<unknown> }) => Promise<unknown> = (i) => i.reply({ content: 'late but here' })) {
    const client = new Client({ intents: [], rest: { api: fake.apiUrl } });
    const endpoint = createInteractionsEndpoint({
      client, publicKey: publicKeyFrom(discordKeys.hex)!, log: createLogger('silent'), ackAfterMs, answered: relay,
      handle: async (i: Interaction) => {
        await new Promise((r) => setTimeout(r, ms));
        if (i.isRepliable()) await reply(i as never);
      },
    });
    const ops = createOps(async () => ({ ready: true, checks: {} }), createMetrics({ processMetrics: false }));
    const service = createService({ routes: { '/interactions': endpoint.handle }, ops, log: createLogger('silent'), idle: endpoint.idle });
    const url = `http://127.0.0.1:${await service.listen(0, '127.0.0.1')}`;
    return { service, url, endpoint, client };
  }

  it('a handler slower than the deadline: we defer ourselves in time, and its reply becomes the deferred message', async () => {
    const s = await slowServer(150, 30);
    const advise = slash(APP_ID, alice, inServer, 'advise');
    const res = await post(`${s.url}/interactions`, advise);
    expect(await res.json()).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    await s.endpoint.idle();
    expect(fake.original(advise.token)?.content).toBe('late but here');
    await s.service.drain(1000);
    await s.client.destroy();
  });

  it('a first answer carrying a file goes out as a deferral, and the file through the webhook', async () => {
    const s = await slowServer(0, 1000, (i) => i.reply({ content: 'your table', files: [{ attachment: Buffer.from('id,name\r\n'), name: 'programs.csv' }] }));
    const advise = slash(APP_ID, alice, inServer, 'programs-export');
    const res = await post(`${s.url}/interactions`, advise);
    expect(await res.json()).toEqual({ type: 5 });
    await s.endpoint.idle();
    const edit = fake.calls.find((c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/${advise.token}/messages/@original`);
    expect(edit?.body?.content).toBe('your table');
    expect(edit?.files.map((f) => [f.name, f.text])).toEqual([['programs.csv', 'id,name\r\n']]);
    await s.service.drain(1000);
    await s.client.destroy();
  });

  it('on drain: /readyz turns 503, new interactions get 503, the accepted one finishes, then the server closes', async () => {
    const s = await slowServer(300, 1000);
    const advise = slash(APP_ID, alice, inServer, 'advise');
    const answer = post(`${s.url}/interactions`, advise);
    await new Promise((r) => setTimeout(r, 50));
    expect(s.endpoint.inflight()).toBe(1);
    const drained = s.service.drain(5000);
    expect((await fetch(`${s.url}/readyz`)).status).toBe(503);
    expect((await post(`${s.url}/interactions`, slash(APP_ID, alice, inServer, 'plan'))).status).toBe(503);
    expect(await (await answer).json()).toMatchObject({ type: 4, data: { content: 'late but here' } });
    expect(await drained).toBe(true);
    expect(s.endpoint.inflight()).toBe(0);
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
    await s.client.destroy();
  });
});

describe('Discord interactions endpoint: two instances on one database', () => {
  it('the same interaction delivered to both instances at once is answered by exactly one', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'ma-discord-http-'));
    const servers: { server: DiscordHttp; url: string; close(): void }[] = [];
    for (let n = 0; n < 2; n += 1) {
      const db = openDatabase(join(dir, 'advisor.db'));
      const advisor = createAdvisor({ store: createSqliteStore(db), flow: loadFlow(new URL('../../knowledge', import.meta.url).pathname), advice: bigPlanAdvice(), clock: () => new Date('2026-11-26T12:00:00Z'), log: createLogger('silent') });
      const s = createDiscordHttp({ advisor, admin: recordingAdmin(), token: TOKEN, publicKey: publicKeyFrom(discordKeys.hex)!, apiUrl: fake.apiUrl, log: createLogger('silent'), metrics: createMetrics({ processMetrics: false }), readiness: sqliteReadiness(db), answered: relay });
      servers.push({ server: s, url: `http://127.0.0.1:${await s.service.listen(0, '127.0.0.1')}`, close: () => db.close() });
    }
    try {
      for (let round = 0; round < 5; round += 1) {
        const advise = slash(APP_ID, user(`u${round}`), inServer, 'advise');
        fake.interaction(advise);
        const answers = await Promise.all(servers.map((s) => post(`${s.url}/interactions`, advise, { register: false })));
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
        await Promise.all(servers.map((s) => s.server.endpoint.idle()));
        expect(fake.original(advise.token)?.content).toMatch(/Which specialty/);
      }
    } finally {
      for (const s of servers) { await s.server.stop(1000); s.close(); }
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
