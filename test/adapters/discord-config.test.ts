// Proves the Discord settings are checked once, every problem reported by variable name, the token never echoed.
import { describe, expect, it } from 'vitest';
import { readDiscordConfig } from '../../adapters/discord/index.js';

const TOKEN = 'MTQ0NDQ0NDQ0NDQ0NDQ0NDQ0.GStand.in-token-for-tests-only-not-a-real-one';
const APP_ID = '1444444444444444444';

describe('readDiscordConfig', () => {
  it('accepts a token and an application id; the API URL is optional and loses its trailing slash', () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID })).toEqual({ ok: true, config: { token: TOKEN, appId: APP_ID } });
    expect(readDiscordConfig({ DISCORD_TOKEN: ` Bot ${TOKEN} `, DISCORD_APP_ID: APP_ID, DISCORD_API_URL: 'http://127.0.0.1:9999/api/' }))
      .toEqual({ ok: true, config: { token: TOKEN, appId: APP_ID, apiUrl: 'http://127.0.0.1:9999/api' } });
  });

  it('reads the optional list of servers where program administration works', () => {
    const read = readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_ADMIN_GUILD_IDS: '1300000000000000001, 1300000000000000002' });
    expect(read).toEqual({ ok: true, config: { token: TOKEN, appId: APP_ID, adminGuildIds: ['1300000000000000001', '1300000000000000002'] } });
    expect(readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_ADMIN_GUILD_IDS: 'my-server' })).toEqual({ ok: false, problems: [expect.stringMatching(/^DISCORD_ADMIN_GUILD_IDS /)] });
  });

  it('reports every missing variable together, by name', () => {
    const read = readDiscordConfig({ DISCORD_TOKEN: '  ' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(2);
    expect(read.problems[0]).toMatch(/^DISCORD_TOKEN is not set/);
    expect(read.problems[1]).toMatch(/^DISCORD_APP_ID is not set/);
  });

  it('reports malformed values without printing them', () => {
    const secretish = 'abc.def-this-is-someones-secret-value';
    const read = readDiscordConfig({ DISCORD_TOKEN: secretish, DISCORD_APP_ID: 'my-app', DISCORD_API_URL: 'discord.com/api' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.split(' ')[0])).toEqual(['DISCORD_TOKEN', 'DISCORD_APP_ID', 'DISCORD_API_URL']);
    expect(read.problems.join('\n')).not.toContain('someones-secret');
    expect(read.problems.join('\n')).not.toContain('my-app');
  });
});
