// Slack in many workspaces over HTTP: two instances on one database; an install begun on one finishes on the other,
// each workspace's messages are answered with its own token from the stored installation, and a drain is clean.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/runtime/advisor.js';
import { createLogger } from '../../src/runtime/logger.js';
import { loadFlow } from '../../src/knowledge/load-flow.js';
import { createMetrics } from '../../src/runtime/metrics.js';
import { sqliteReadiness } from '../../src/runtime/http/readiness.js';
import { createSqliteStore } from '../../src/store/conversation-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createSealer } from '../../src/store/seal.js';
import { createSqliteInstallationStore } from '../../src/store/sqlite-installations.js';
import { readSlackOAuthConfig, type SlackOAuthConfig } from '../../adapters/slack/oauth/config.js';
import { createSlackOAuthServer, type SlackOAuthServer } from '../../adapters/slack/oauth/serve.js';
import { whenSlackIdle } from '../../adapters/slack/app.js';
import { bigPlanAdvice } from './discord/big-plan.js';
import { startSlackOAuthStandIn, type SlackOAuthStandIn } from './slack/fake-slack-oauth.js';
import { dmMessage, envelope } from './slack/payloads.js';
import { SIGNING_SECRET, sendEvent } from './slack/signed-request.js';

const CLIENT_ID = '1111111111.2222222222';
const CLIENT_SECRET = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const STATE_SECRET = 'one-shared-state-secret-for-every-instance-0123456789';
const DATA_KEY = Buffer.alloc(32, 7);

let dir: string;
let slack: SlackOAuthStandIn;
const instances: { server: SlackOAuthServer; url: string; close(): void }[] = [];
let logLines: string[];

/** One instance on the shared database file, as a second process would be. */
async function startInstance(config: SlackOAuthConfig) {
  const db = openDatabase(join(dir, 'advisor.db'));
  const advisor = createAdvisor({ store: createSqliteStore(db), flow: loadFlow(new URL('../../knowledge', import.meta.url).pathname), advice: bigPlanAdvice(), clock: () => new Date('2026-11-26T12:00:00Z'), log: createLogger('silent') });
  const server = createSlackOAuthServer({
    advisor, admin: { importCsv: () => ({ ok: true, imported: 0 }), exportCsv: () => '' }, config,
    installations: createSqliteInstallationStore(db, createSealer(DATA_KEY)), log: createLogger('debug', (l) => logLines.push(l)),
    metrics: createMetrics({ processMetrics: false }), readiness: sqliteReadiness(db),
  });
  const port = await server.start(0, '127.0.0.1');
  const instance = { server, url: `http://127.0.0.1:${port}`, close: () => db.close() };
  instances.push(instance);
  return instance;
}

/** A message event from a person in `team` (the payload builders' workspace swapped for it). */
const dmFrom = (team: string, text: string) => JSON.parse(JSON.stringify(dmMessage(text)).replaceAll('T0TEAM', team)) as Record<string, unknown>;

/** Runs Slack's side of an install: our install page, Slack's consent (stand-in), and the redirect back. */
async function install(start: string, finish: string, team: string, tamper?: (state: string) => string, cookie = true) {
  const begun = await fetch(`${start}/slack/install`, { redirect: 'manual' });
  const location = new URL(begun.headers.get('location')!);
  const state = location.searchParams.get('state')!;
  const setCookie = begun.headers.get('set-cookie') ?? '';
  const back = await fetch(`${finish}/slack/oauth_redirect?code=code-${team}&state=${encodeURIComponent(tamper ? tamper(state) : state)}`, { headers: cookie ? { cookie: setCookie.split(';')[0]! } : {} });
  return { begun, location, back, text: await back.text() };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ma-slack-oauth-'));
  slack = await startSlackOAuthStandIn(CLIENT_ID, CLIENT_SECRET);
  logLines = [];
  const read = readSlackOAuthConfig({
    SLACK_CLIENT_ID: CLIENT_ID, SLACK_CLIENT_SECRET: CLIENT_SECRET, SLACK_STATE_SECRET: STATE_SECRET, SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: '3000', SLACK_API_URL: slack.url, SLACK_AUTHORIZE_URL: slack.authorizeUrl,
  });
  if (!read.ok) throw new Error(read.problems.join('; '));
  await startInstance(read.config);
  await startInstance(read.config);
});
afterAll(async () => {
  for (const i of instances) { await i.server.stop(1000).catch(() => undefined); i.close(); }
  await slack?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Slack settings for many workspaces', () => {
  it('names every missing or malformed variable, never its value', () => {
    const read = readSlackOAuthConfig({ SLACK_CLIENT_ID: 'abc', SLACK_STATE_SECRET: 'short-secret-value', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(read.ok).toBe(false);
    const problems = read.ok ? [] : read.problems;
    expect(problems.map((p) => p.split(':')[0])).toEqual(['SLACK_BOT_TOKEN', 'SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_SIGNING_SECRET']);
    expect(problems.join(' ')).not.toMatch(/short-secret-value|xoxb-1/);
  });
});

describe('Slack OAuth install across instances', () => {
  it('an install begun on one instance finishes on the other: the code is exchanged and the workspace stored', async () => {
    const [a, b] = instances;
    const done = await install(a!.url, b!.url, 'T1');
    expect(done.begun.status).toBe(302);
    expect(done.location.origin + done.location.pathname).toBe(slack.authorizeUrl);
    expect(done.location.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(done.location.searchParams.get('scope')).toContain('im:history');
    expect(done.back.status).toBe(200);
    expect(done.text).toContain('Match Advisor is installed');
    expect(slack.calls.filter((c) => c.method === 'oauth.v2.access').map((c) => c.params.code)).toEqual(['code-T1']);
    await install(b!.url, a!.url, 'T2');
  });

  it('refuses a changed state or a missing state cookie, exchanging no code', async () => {
    const [a, b] = instances;
    const before = slack.calls.filter((c) => c.method === 'oauth.v2.access').length;
    const forged = await install(a!.url, b!.url, 'T3', (s) => `${s.slice(0, -4)}AAAA`);
    const cookieless = await install(a!.url, b!.url, 'T3', undefined, false);
    expect([forged.back.status, cookieless.back.status]).toEqual([400, 400]);
    expect(slack.calls.filter((c) => c.method === 'oauth.v2.access')).toHaveLength(before);
  });

  it('keeps bot tokens sealed in the database', () => {
    const db = openDatabase(join(dir, 'advisor.db'));
    const rows = db.prepare('SELECT key, record FROM platform_installations ORDER BY key').all() as { key: string; record: string }[];
    db.close();
    expect(rows.map((r) => r.key)).toEqual(['T:T1', 'T:T2']);
    expect(rows.every((r) => !r.record.includes('xoxb-') && r.record.startsWith('aesgcm1:'))).toBe(true);
  });
});

describe('Slack events from many workspaces', () => {
  it('answers each workspace with its own token, whichever instance receives the event', async () => {
    const [a, b] = instances;
    const one = await sendEvent(`${a!.url}/slack/events`, dmFrom('T1', 'hello'));
    const two = await sendEvent(`${b!.url}/slack/events`, dmFrom('T2', 'hello'));
    expect([one.status, two.status]).toEqual([200, 200]);
    await Promise.all(instances.map((i) => whenSlackIdle(i.server.app)));
    const posts = slack.calls.filter((c) => c.method === 'chat.postMessage');
    expect(new Set(posts.map((p) => p.token))).toEqual(new Set([slack.tokenOf('T1'), slack.tokenOf('T2')]));
  });

  it('a workspace that never installed gets no answer and no token is guessed', async () => {
    const before = slack.calls.length;
    await sendEvent(`${instances[0]!.url}/slack/events`, dmFrom('T9', 'hello'));
    await whenSlackIdle(instances[0]!.server.app);
    expect(slack.calls.slice(before).filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });

  it('app_uninstalled removes the stored installation', async () => {
    const uninstall = JSON.parse(JSON.stringify(envelope({ type: 'app_uninstalled', event_ts: '1790000000.000100' })).replaceAll('T0TEAM', 'T2')) as Record<string, unknown>;
    expect((await sendEvent(`${instances[1]!.url}/slack/events`, uninstall)).status).toBe(200);
    await whenSlackIdle(instances[1]!.server.app);
    const db = openDatabase(join(dir, 'advisor.db'));
    const keys = (db.prepare('SELECT key FROM platform_installations').all() as { key: string }[]).map((r) => r.key);
    db.close();
    expect(keys).toEqual(['T:T1']);
  });

  it('serves /readyz and /metrics; on drain /readyz and new events answer 503', async () => {
    const b = instances[1]!;
    expect((await fetch(`${b.url}/readyz`)).status).toBe(200);
    expect(await (await fetch(`${b.url}/metrics`)).text()).toMatch(/match_advisor_turns_total\{platform="slack",outcome="ok"\} 1/);
    b.server.ops.startDraining();
    expect((await fetch(`${b.url}/readyz`)).status).toBe(503);
    expect((await sendEvent(`${b.url}/slack/events`, dmFrom('T1', 'hello'))).status).toBe(503);
    expect(await b.server.stop(1000)).toBe(true);
  });
});
