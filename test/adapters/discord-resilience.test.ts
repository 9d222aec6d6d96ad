// Proves the Discord bot survives what goes wrong in production: expired interaction tokens, closed DMs, DM bursts, REST 429s and gateway resumes.
import { Status } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, APP_ID, TOKEN, type Harness } from './discord/harness.js';
import type { RestCall } from './discord/fake-rest.js';
import { click, dm, slash, user, type Place } from './discord/payloads.js';

const GUILD = '1300000000000000001';
const CHANNEL = '1300000000000000002';
const inServer: Place = { guildId: GUILD, channelId: CHANNEL, permissions: '0' };

// Discord's error bodies, as documented (JSON error codes).
const INVALID_WEBHOOK_TOKEN = { code: 50027, message: 'Invalid Webhook Token' }; // 401, an interaction token past its 15 minutes
const UNKNOWN_WEBHOOK = { code: 10015, message: 'Unknown Webhook' }; // 404, the same seen as an unknown webhook
const CANNOT_DM = { code: 50007, message: 'Cannot send messages to this user' }; // 403, the user does not accept DMs
const RATE_LIMITED = { message: 'You are being rate limited.', retry_after: 0.05, global: false };

let h: Harness;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => { unhandled.push(reason); };
beforeAll(async () => { process.on('unhandledRejection', onUnhandled); h = await startHarness(); });
afterAll(async () => { process.off('unhandledRejection', onUnhandled); await h?.close(); });

/** Calls as [method, path with ids and tokens generalised, Discord error code or HTTP status]. */
const shape = (calls: RestCall[]) => calls.map((c) => [c.method, c.path.replace(/\d{17,}/g, 'ID'), c.response?.code ?? c.status]);
/** Every webhook route of one interaction token (edit @original, follow-ups). */
const webhookOf = (token: string) => new RegExp(`^/webhooks/${APP_ID}/${token}(/|$)`);
const dmPath = (userId: string) => `/channels/${h.fake.dmChannel(userId)}/messages`;
const dmMessages = (userId: string) => new RegExp(`^${dmPath(userId)}$`);
/** What the user reads in a message: text, embeds, components, attached file names (not flags, which differ by channel). */
const seen = (c: RestCall) => ({ content: c.body?.content, embeds: c.body?.embeds ?? [], components: c.body?.components ?? [], files: c.files.map((f) => f.name) });
/** Runs `turn` and returns its outcome with every REST call made meanwhile (DMs included). */
async function during<T extends { outcome: string }>(turn: () => Promise<T>): Promise<{ outcome: string; calls: RestCall[] }> {
  const from = h.fake.calls.length;
  const { outcome } = await turn();
  return { outcome, calls: h.fake.calls.slice(from) };
}
const logSince = (from: number) => h.logLines.slice(from);

describe('an interaction token that expired before the reply (15 minutes) falls back to a DM', () => {
  it('the deferred reply refused with 401/50027: the same message goes by DM, with the bot token still in use', async () => {
    const erin = user('erin');
    const payload = slash(APP_ID, erin, inServer, 'advise');
    const heal = h.fake.fail({ path: webhookOf(payload.token), status: 401, body: INVALID_WEBHOOK_TOKEN });
    const { outcome, calls } = await during(() => h.interact(payload));
    heal();
    expect(outcome).toBe('ok');
    expect(shape(calls)).toEqual([
      ['POST', '/interactions/ID/tok-ID/callback', 204],
      ['PATCH', '/webhooks/ID/tok-ID/messages/@original', 50027],
      ['POST', '/users/@me/channels', 200],
      ['POST', '/channels/ID/messages', 200],
    ]);
    const [, edit, open, sent] = calls as [RestCall, RestCall, RestCall, RestCall];
    expect(open.body).toEqual({ recipient_id: erin.id });
    expect(sent.path).toBe(dmPath(erin.id));
    expect(seen(sent)).toEqual(seen(edit));
    expect(sent.body.content).toMatch(/Which specialty/);
    expect(sent.auth).toBe(`Bot ${TOKEN}`); // a 401 on the token-less webhook route did not make discord.js drop the bot token
    expect(h.logLines).toContain('warn discord.interaction_gone code=50027');
  });

  it('a follow-up refused mid-way with 404/10015: the messages already delivered stay, the rest go by DM in order', async () => {
    const frank = user('frank');
    for (const text of ['internal medicine', 'needs J-1', 'passed first attempt']) await h.advisor.handle(`discord:${frank.id}`, { kind: 'text', text });
    const payload = slash(APP_ID, frank, inServer, 'plan');
    const heal = h.fake.fail({ method: 'POST', path: webhookOf(payload.token), after: 0, status: 404, body: UNKNOWN_WEBHOOK });
    const { outcome, calls } = await during(() => h.interact(payload));
    heal();
    expect(outcome).toBe('ok');
    const viaToken = calls.filter((c) => c.path.startsWith('/webhooks/'));
    expect(viaToken.map((c) => [c.method, c.status])).toEqual([['PATCH', 200], ['POST', 404]]);
    const refused = viaToken[1]!;
    const byDm = calls.filter((c) => c.path === dmPath(frank.id));
    expect(calls.indexOf(byDm[0]!)).toBeGreaterThan(calls.indexOf(refused)); // nothing went to the dead token after the 404
    expect(byDm.length).toBeGreaterThan(1);
    expect(byDm.map((c) => c.status)).toEqual(byDm.map(() => 200));
    expect(seen(byDm[0]!)).toEqual(seen(refused)); // the refused message is the first one sent by DM, unchanged...
    expect(byDm.at(-1)!.body.content).toMatch(/Step 2 CK score/); // ...and the rest follow in order, ending with the open question
    expect(viaToken[0]!.body.content).toMatch(/This plan uses what I have so far/); // delivered before the token expired: not sent again
    expect(byDm.some((c) => /This plan uses what I have so far/.test(c.body.content ?? ''))).toBe(false);
    expect(byDm.every((c) => !c.body.flags)).toBe(true);
    expect(h.logLines).toContain('warn discord.interaction_gone code=10015');
  });

  it('a click whose token expired: the question it was on cannot be retired (logged), the answer comes by DM and counts', async () => {
    const gus = user('gus');
    const first = await during(() => h.interact(slash(APP_ID, gus, { dmChannelId: h.fake.dmChannel(gus.id) }, 'advise')));
    const question = h.fake.messages.get(first.calls.find((c) => c.method === 'PATCH')!.response.id)!;
    const payload = click(APP_ID, gus, { dmChannelId: h.fake.dmChannel(gus.id) }, question, 'ma:s:specialty', ['internal_medicine']);
    const heal = h.fake.fail({ path: webhookOf(payload.token), status: 401, body: INVALID_WEBHOOK_TOKEN });
    const log = h.logLines.length;
    const { outcome, calls } = await during(() => h.interact(payload));
    heal();
    expect(outcome).toBe('ok');
    expect(shape(calls.filter((c) => c.path !== '/users/@me/channels'))).toEqual([
      ['POST', '/interactions/ID/tok-ID/callback', 204],
      ['PATCH', '/webhooks/ID/tok-ID/messages/@original', 50027],
      ['POST', '/webhooks/ID/tok-ID', 50027],
      ['POST', '/channels/ID/messages', 200],
    ]);
    expect(seen(calls.at(-1)!)).toEqual(seen(calls.at(-2)!));
    expect(calls.at(-1)!.body.content).toMatch(/Got it: Specialty = Internal Medicine/);
    expect(logSince(log)).toEqual(expect.arrayContaining(['warn discord.retire_failed', 'warn discord.interaction_gone code=50027']));
    expect((await h.advisor.profileOf(`discord:${gus.id}`))?.specialty).toEqual({ primary: 'internal_medicine' });
  });
});

describe('a user who does not accept DMs (50007)', () => {
  it('an interaction acknowledged too late, whose DM fallback is refused: logged, nothing thrown, no retry', async () => {
    const hana = user('hana');
    const heal = h.fake.fail({ method: 'POST', path: dmMessages(hana.id), status: 403, body: CANNOT_DM });
    const log = h.logLines.length;
    const { outcome, calls } = await h.interact(slash(APP_ID, hana, inServer, 'advise'), { expired: true });
    heal();
    expect(outcome).toBe('ok');
    expect(shape(calls)).toEqual([
      ['POST', '/interactions/ID/tok-ID/callback', 10062],
      ['POST', '/users/@me/channels', 200],
      ['POST', '/channels/ID/messages', 50007],
    ]);
    expect(logSince(log)).toEqual(expect.arrayContaining(['warn discord.ack_too_late code=10062', 'warn discord.dm_refused code=50007']));
    expect(logSince(log).filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('an expired follow-up whose DM channel cannot even be opened: logged, and nothing more is tried on the dead token', async () => {
    const ivan = user('ivan');
    const payload = slash(APP_ID, ivan, inServer, 'advise');
    const heals = [
      h.fake.fail({ path: webhookOf(payload.token), status: 401, body: INVALID_WEBHOOK_TOKEN }),
      h.fake.fail({ method: 'POST', path: /^\/users\/@me\/channels$/, times: 1, status: 403, body: CANNOT_DM }),
    ];
    const log = h.logLines.length;
    const { outcome, calls } = await during(() => h.interact(payload));
    heals.forEach((heal) => heal());
    expect(outcome).toBe('ok');
    expect(shape(calls)).toEqual([
      ['POST', '/interactions/ID/tok-ID/callback', 204],
      ['PATCH', '/webhooks/ID/tok-ID/messages/@original', 50027],
      ['POST', '/users/@me/channels', 50007],
    ]);
    expect(logSince(log)).toEqual(expect.arrayContaining(['warn discord.interaction_gone code=50027', 'warn discord.dm_refused code=50007']));
  });

  it('a DM whose reply is refused: logged by code, no apology is attempted, the answer still counts, and the next DM is answered', async () => {
    const jo = user('jo');
    const heal = h.fake.fail({ method: 'POST', path: dmMessages(jo.id), status: 403, body: CANNOT_DM });
    const log = h.logLines.length;
    const refused = await h.dm(dm(jo, h.fake.dmChannel(jo.id), 'internal medicine'));
    heal();
    expect(refused.outcome).toBe('failed');
    expect(logSince(log)).toContain('warn discord.dm_refused kind=dm code=50007');
    // one refused post and no apology into the same closed DM (each refusal counts toward Discord's invalid-request limit)
    expect(refused.calls).toHaveLength(1);
    expect(refused.calls.every((c) => c.path === dmPath(jo.id) && c.response?.code === 50007)).toBe(true);
    const next = await h.dm(dm(jo, h.fake.dmChannel(jo.id), 'needs J-1'));
    expect(next.outcome).toBe('ok');
    expect(next.calls.map((c) => c.body.content)).toEqual([expect.stringMatching(/^Got it: Visa = needs a J-1/)]);
    expect(await h.advisor.profileOf(`discord:${jo.id}`)).toMatchObject({ specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' });
  });
});

describe('DM bursts and rate limits', () => {
  const answers = ['internal medicine', 'needs J-1', 'passed first attempt'];
  const confirmations = [/^Got it: Specialty = Internal Medicine/m, /^Got it: Visa = needs a J-1/, /^Got it: Step 1 = passed on the first attempt/];
  const threeAnswers = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 } };

  it('three DMs dispatched back to back are answered in arrival order, and all three count', async () => {
    const kai = user('kai');
    const from = h.fake.calls.length;
    const turns = await Promise.all(answers.map((text) => h.dm(dm(kai, h.fake.dmChannel(kai.id), text)))); // three frames in one tick
    expect(turns.map((t) => t.outcome)).toEqual(['ok', 'ok', 'ok']);
    const posted = h.fake.calls.slice(from).filter((c) => c.path === dmPath(kai.id));
    expect(posted.map((c) => c.body.content)).toEqual(confirmations.map((re) => expect.stringMatching(re)));
    expect(await h.advisor.profileOf(`discord:${kai.id}`)).toEqual(threeAnswers);
  });

  it('a burst whose first reply takes several messages (the plan): the next replies never land in between', async () => {
    const lia = user('lia');
    for (const text of answers.slice(0, 2)) await h.advisor.handle(`discord:${lia.id}`, { kind: 'text', text });
    const from = h.fake.calls.length;
    const turns = await Promise.all(['plan', 'passed first attempt', '226'].map((text) => h.dm(dm(lia, h.fake.dmChannel(lia.id), text))));
    expect(turns.map((t) => t.outcome)).toEqual(['ok', 'ok', 'ok']);
    const posted = h.fake.calls.slice(from).filter((c) => c.path === dmPath(lia.id)).map((c) => c.body.content ?? `[${c.body.embeds.length} embeds]`);
    expect(posted.length).toBeGreaterThan(4);
    expect(posted[0]).toMatch(/^This plan uses what I have so far/);
    expect(posted.slice(1, -3)).toEqual(posted.slice(1, -3).map(() => expect.stringMatching(/^\[\d+ embeds\]$/)));
    expect(posted.slice(-3)).toEqual([expect.stringMatching(/^How did Step 1 go/), expect.stringMatching(confirmations[2]!), expect.stringMatching(/^Got it: Step 2 CK = 226/)]);
    expect((await h.advisor.profileOf(`discord:${lia.id}`))?.step2ck).toBeDefined();
  });

  it('a 429 with retry_after on a message POST is retried after the delay and the message arrives once', async () => {
    const lee = user('lee');
    h.fake.fail({
      method: 'POST', path: dmMessages(lee.id), times: 1, status: 429, body: RATE_LIMITED,
      headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' }, // discord.js 14 reads the header, Discord sends both
    });
    const { outcome, calls } = await h.dm(dm(lee, h.fake.dmChannel(lee.id), 'internal medicine'));
    expect(outcome).toBe('ok');
    const posts = calls.filter((c) => c.path === dmPath(lee.id));
    expect(posts.map((c) => c.status)).toEqual([429, 200]);
    expect(posts[1]!.body).toEqual(posts[0]!.body);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(50);
    expect(posts[1]!.body.content).toMatch(confirmations[0]!);
  });

  it('a 429 on the first reply of a burst: retried, and the burst still arrives in arrival order', async () => {
    const max = user('max');
    h.fake.fail({ method: 'POST', path: dmMessages(max.id), times: 1, status: 429, body: RATE_LIMITED, headers: { 'retry-after': '0.05' } });
    const from = h.fake.calls.length;
    const turns = await Promise.all(answers.map((text) => h.dm(dm(max, h.fake.dmChannel(max.id), text))));
    expect(turns.map((t) => t.outcome)).toEqual(['ok', 'ok', 'ok']);
    const posted = h.fake.calls.slice(from).filter((c) => c.path === dmPath(max.id));
    expect(posted.map((c) => c.status)).toEqual([429, 200, 200, 200]);
    expect(posted.slice(1).map((c) => c.body.content)).toEqual(confirmations.map((re) => expect.stringMatching(re)));
    expect(await h.advisor.profileOf(`discord:${max.id}`)).toEqual(threeAnswers);
  });
});

describe('the gateway closing with a resumable code', () => {
  it('close 4000: the client resumes its session, gets the event it missed, and keeps handling events', async () => {
    const identifies = h.fake.gateway.identifies.length;
    const connections = h.fake.gateway.connections.length;
    const nia = user('nia');
    h.fake.disconnect(4000);
    const missed = h.dm(dm(nia, h.fake.dmChannel(nia.id), 'internal medicine')); // sent while the bot is away: replayed on RESUME
    await h.fake.until(() => h.fake.gateway.resumes.length === 1);
    expect(h.fake.gateway.resumes[0]).toMatchObject({ token: TOKEN, session_id: 'session-1', seq: expect.any(Number) });
    const replayed = await missed;
    expect(replayed.outcome).toBe('ok');
    expect(replayed.calls.find((c) => c.path === dmPath(nia.id))!.body.content).toMatch(/Got it: Specialty/);

    const after = await h.dm(dm(nia, h.fake.dmChannel(nia.id), 'needs J-1'));
    expect(after.calls.map((c) => c.body.content)).toEqual([expect.stringMatching(/^Got it: Visa/)]);
    const profile = await h.interact(slash(APP_ID, nia, inServer, 'profile'));
    expect(profile.outcome).toBe('ok');
    expect(profile.calls.find((c) => c.method === 'PATCH')!.body.content).toMatch(/Visa/);

    expect(h.fake.gateway.closes).toContain(4000);
    expect(h.fake.gateway.identifies).toHaveLength(identifies); // resumed, not a new session
    expect(h.fake.gateway.connections).toHaveLength(connections + 1);
    expect(h.bot.client.ws.status).toBe(Status.Ready);
    expect(h.logLines).toContain('info discord.reconnecting'); // @discordjs/ws waits a fixed 500 ms before reconnecting
    expect(h.logLines.some((l) => l.includes('discord.disconnected') || l.includes('discord.fatal'))).toBe(false);
  });
});

describe('after all of the above', () => {
  it('the process lives on: no fatal exit, no unhandled rejection, only the provoked errors on the wire', async () => {
    const ok = await h.interact(slash(APP_ID, user('ola'), inServer, 'advise'));
    expect(ok.outcome).toBe('ok');
    expect(h.fatal).toEqual([]);
    expect(unhandled).toEqual([]);
    const provoked = new Set([10062, 10015, 50007, 50027]);
    expect(h.fake.calls.filter((c) => c.status >= 400 && c.status !== 429 && !provoked.has(c.response?.code))).toEqual([]);
  });
});
