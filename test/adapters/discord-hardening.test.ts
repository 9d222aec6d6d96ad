// Issue 12 (Discord): start-up failures name the variable, an image-only DM gets an answer, a deferral Discord applied
// but answered 500 is not left at "thinking…", and /export sends the person's data as a file in their DM only.
import { closedPort } from '../helpers/closed-port.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordRest, registerCommands, runDiscordCommand, startDiscordBot } from '../../adapters/discord/index.js';
import { TYPED_ONLY } from '../../adapters/discord/on-message.js';
import type { CoreConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { APP_ID, TOKEN, recordingAdmin, startHarness, type Harness } from './discord/harness.js';
import { startFakeDiscord } from './discord/fake-discord.js';
import type { RestCall } from './discord/fake-rest.js';
import { messageBody } from './discord/limits-check.js';
import { dm, slash, user, type Place } from './discord/payloads.js';
import { testAdvisor } from './slack/harness.js';

const WRONG_TOKEN = 'MTQ0NDQ0NDQ0NDQ0NDQ0NDQ0.GWrong.not-the-token-the-stand-in-knows';
const log = createLogger('silent');

describe('Discord start-up failures name what to fix', () => {
  it('register with a refused token names DISCORD_TOKEN and HTTP 401, not a bare "401: Unauthorized"', async () => {
    const fake = await startFakeDiscord({ token: TOKEN, appId: APP_ID });
    const run = runDiscordCommand({ register: true, config: {} as CoreConfig, log, env: { DISCORD_TOKEN: WRONG_TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_URL: fake.apiUrl } });
    await expect(run).rejects.toThrow(/Discord refused DISCORD_TOKEN \(HTTP 401 Unauthorized\) while registering the slash commands/);
    await fake.close();
  });

  it('an unreachable DISCORD_API_URL is named, for register and for the bot', async () => {
    const apiUrl = `http://127.0.0.1:${await closedPort()}/api`;
    const run = runDiscordCommand({ register: true, config: {} as CoreConfig, log, env: { DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_URL: apiUrl } });
    await expect(run).rejects.toThrow(/Could not reach Discord at DISCORD_API_URL \(http:\/\/127\.0\.0\.1:\d+\/api\) while registering the slash commands: ECONNREFUSED/);
    const fatal: string[] = [];
    const bot = startDiscordBot({ advisor: testAdvisor(), admin: recordingAdmin(), token: TOKEN, appId: APP_ID, apiUrl, log, onFatal: (m) => fatal.push(m) });
    await expect(bot).rejects.toThrow(/Could not reach Discord at DISCORD_API_URL .* while logging the bot in/);
    expect(fatal.join('')).not.toMatch(/4004/);
  }, 60_000);

  it('an HTTP 401 at login is reported as HTTP 401, not as gateway close 4004', async () => {
    const fake = await startFakeDiscord({ token: TOKEN, appId: APP_ID });
    const fatal: string[] = [];
    const bot = startDiscordBot({ advisor: testAdvisor(), admin: recordingAdmin(), token: WRONG_TOKEN, appId: APP_ID, apiUrl: fake.apiUrl, log, onFatal: (m) => fatal.push(m) });
    await expect(bot).rejects.toThrow(/DISCORD_TOKEN \(HTTP 401 Unauthorized\)/);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).not.toMatch(/4004|gateway close/);
    expect(fatal[0]).not.toContain(WRONG_TOKEN);
    await fake.close();
  });

  it('direct registration errors carry the status for the CLI to name', async () => {
    const fake = await startFakeDiscord({ token: TOKEN, appId: APP_ID });
    await expect(registerCommands({ rest: createDiscordRest({ token: WRONG_TOKEN, apiUrl: fake.apiUrl }), applicationId: APP_ID })).rejects.toMatchObject({ status: 401 });
    await fake.close();
  });
});

describe('Discord conversations under faults', () => {
  let h: Harness;
  const hana = user('hana');
  const GUILD = '1300000000000000001';
  const inServer: Place = { guildId: GUILD, channelId: '1300000000000000002', permissions: '0' };
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });
  const contents = (calls: RestCall[]) => calls.map(messageBody).filter((b) => b !== undefined).map((b) => b.content ?? '').join('\n');

  it('an image-only DM gets a reply asking for typed words, and changes nothing', async () => {
    const payload = { ...dm(hana, h.fake.dmChannel(hana.id), ''), attachments: [{ id: '1400000000000000001', filename: 'scan.png', size: 1200, url: 'https://cdn.discordapp.com/a/scan.png', proxy_url: 'https://media.discordapp.net/a/scan.png', content_type: 'image/png' }] };
    const { outcome, calls } = await h.dm(payload);
    expect(outcome).toBe('no_text');
    expect(contents(calls)).toBe(TYPED_ONLY);
    expect(await h.advisor.profileOf(`discord:${hana.id}`)).toBeUndefined();
  });

  it('a deferral Discord applied but answered 500: the retry\'s 40060 is recognised, and the answer still arrives', async () => {
    const heal = h.fake.fail({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 500, body: { message: '500: Internal Server Error', code: 0 }, times: 1, applied: true });
    const payload = slash(APP_ID, hana, inServer, 'advise');
    const { outcome, calls } = await h.interact(payload);
    heal();
    expect(outcome).toBe('ok');
    expect(calls.filter((c) => c.path.endsWith('/callback')).map((c) => c.status)).toEqual([500, 400]);
    expect(h.fake.original(payload.token)?.content).toMatch(/specialty/i); // the deferred "thinking…" was edited into the question
    expect(h.logLines.some((l) => l.includes('discord.ack_landed_after_5xx'))).toBe(true);
  });

  it('another process\'s acknowledgement (40060 without a 5xx first) is still left alone', async () => {
    const bob = user('bob');
    const { calls } = await h.interact(slash(APP_ID, bob, inServer, 'advise'), { taken: true });
    expect(calls.map((c) => c.response?.code)).toEqual([40060]);
    expect(await h.advisor.profileOf(`discord:${bob.id}`)).toBeUndefined();
  });

  it('/export in a server: the JSON file goes to the DM, the server only sees a private note', async () => {
    await h.interact(slash(APP_ID, hana, inServer, 'advise'));
    const from = h.fake.calls.length;
    const payload = slash(APP_ID, hana, inServer, 'export');
    await h.interact(payload);
    const all = h.fake.calls.slice(from);
    const dmPosts = all.filter((c) => c.method === 'POST' && c.path === `/channels/${h.fake.dmChannel(hana.id)}/messages`);
    const file = dmPosts.flatMap((c) => c.files).find((f) => f.name === 'match-advisor-my-data.json');
    expect(file).toBeDefined();
    const data = JSON.parse(file!.text) as { conversationId: string; state: { profile: unknown }; exportedAt: string };
    expect(data.conversationId).toBe(`discord:${hana.id}`);
    expect(data.state).toHaveProperty('profile');
    const inServerCalls = all.filter((c) => c.path.includes(payload.token));
    expect(inServerCalls.flatMap((c) => c.files)).toEqual([]);
    expect(contents(inServerCalls)).toMatch(/sent the file to our direct messages/);
  });
});
