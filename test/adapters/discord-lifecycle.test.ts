// Proves start-up and shutdown paths: fatal gateway closes exit with a clear message, commands register, settings are checked.
import { afterEach, describe, expect, it } from 'vitest';
import { registerCommands, createDiscordRest, runDiscordCommand, startDiscordBot, commandDefinitions } from '../../adapters/discord/index.js';
import type { CoreConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { createAdvisor } from '../../src/runtime/advisor.js';
import { loadFlow } from '../../src/knowledge/load-flow.js';
import { createSqliteStore } from '../../src/store/conversation-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { APP_ID, TOKEN, recordingAdmin } from './discord/harness.js';
import { startFakeDiscord, type FakeDiscord } from './discord/fake-discord.js';

const log = createLogger('silent');
const advisor = () => createAdvisor({
  store: createSqliteStore(openDatabase(':memory:')), flow: loadFlow(new URL('../../knowledge', import.meta.url).pathname),
  advice: fakeAdvice(), clock: () => new Date('2026-11-26T12:00:00Z'), log,
});

let fake: FakeDiscord | undefined;
afterEach(async () => { await fake?.close(); fake = undefined; });

async function start(token: string, closeOnIdentify?: number) {
  fake = await startFakeDiscord({ token: TOKEN, appId: APP_ID, ...(closeOnIdentify ? { closeOnIdentify } : {}) });
  const fatal: string[] = [];
  const started = startDiscordBot({ advisor: advisor(), admin: recordingAdmin(), token, appId: APP_ID, apiUrl: fake.apiUrl, log, onFatal: (m) => fatal.push(m) });
  return { started, fatal };
}

describe('fatal gateway closes and refused tokens', () => {
  it('close 4004 (bad token) stops for good with a message naming DISCORD_TOKEN, without the token', async () => {
    const { started, fatal } = await start(TOKEN, 4004);
    await expect(started).rejects.toThrow(/DISCORD_TOKEN/);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatch(/4004/);
    expect(fatal[0]).not.toContain(TOKEN);
    expect(fake!.gateway.identifies).toHaveLength(1); // no retry
  });

  it('close 4014 (disallowed intents) stops for good with a message about intents', async () => {
    const { started, fatal } = await start(TOKEN, 4014);
    await expect(started).rejects.toThrow(/intents/);
    expect(fatal).toEqual([expect.stringMatching(/4014/)]);
    expect(fake!.gateway.identifies).toHaveLength(1);
  });

  it('a token the REST API refuses (401 on GET /gateway/bot) is reported as a bad DISCORD_TOKEN', async () => {
    const { started, fatal } = await start('MTQ0NDQ0NDQ0NDQ0NDQ0NDQ0.GWrong.not-the-token-the-stand-in-knows');
    await expect(started).rejects.toThrow(/DISCORD_TOKEN/);
    expect(fatal).toHaveLength(1);
    expect(fake!.gateway.connections).toHaveLength(0);
  });

  it('a 4004 close after the bot was ready also ends with the message, and a client error event does not crash', async () => {
    const { started, fatal } = await start(TOKEN);
    const bot = await started;
    expect(() => bot.client.emit('error', new Error('socket hang up'))).not.toThrow();
    fake!.disconnect(4004);
    await fake!.until(() => fatal.length === 1);
    expect(fatal[0]).toMatch(/DISCORD_TOKEN/);
    await bot.stop();
  });
});

describe('registering commands', () => {
  it('puts every command in one server, admin commands limited to Manage Server and servers', async () => {
    fake = await startFakeDiscord({ token: TOKEN, appId: APP_ID });
    const done = await registerCommands({ rest: createDiscordRest({ token: TOKEN, apiUrl: fake.apiUrl }), applicationId: APP_ID, guildId: '1300000000000000001' });
    expect(done).toEqual({ scope: 'guild', names: ['advise', 'profile', 'plan', 'ask', 'export', 'forget', 'programs-import', 'programs-export'] });
    const put = fake.calls.find((c) => c.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/1300000000000000001/commands`);
    const byName = Object.fromEntries((put.body as any[]).map((c) => [c.name, c]));
    expect(byName['programs-import']).toMatchObject({ default_member_permissions: '32', contexts: [0], options: [{ name: 'file', type: 11, required: true }] });
    expect(byName['programs-export']).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    expect(byName.advise).toMatchObject({ contexts: [0, 1] });
    expect(byName.advise.default_member_permissions ?? null).toBeNull();
    expect(byName.ask.options).toMatchObject([{ name: 'question', type: 3, required: true }]);
    expect(commandDefinitions().every((c) => c.description.length <= 100 && /^[a-z-]{1,32}$/.test(c.name))).toBe(true);
  });

  it('the CLI entry registers globally from the environment, and lists every bad variable together', async () => {
    fake = await startFakeDiscord({ token: TOKEN, appId: APP_ID });
    const opts = { register: true, config: {} as CoreConfig, log };
    await runDiscordCommand({ ...opts, env: { DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_URL: fake.apiUrl } });
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`PUT /applications/${APP_ID}/commands`]);
    const bad = runDiscordCommand({ ...opts, env: { DISCORD_TOKEN: 'oops', DISCORD_API_URL: 'ftp://x' } });
    await expect(bad).rejects.toThrow(/DISCORD_TOKEN[\s\S]*DISCORD_APP_ID[\s\S]*DISCORD_API_URL/);
  });
});
