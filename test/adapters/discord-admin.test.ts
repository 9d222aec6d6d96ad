// Proves program administration is limited to server managers (in allowed servers) and downloads only from Discord's CDN.
import { PermissionFlagsBits, PermissionsBitField, type ChatInputCommandInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { adminRefusal } from '../../adapters/discord/commands/admin-access.js';
import type { DiscordDeps } from '../../adapters/discord/deps.js';
import { createDownload } from '../../adapters/discord/download.js';

const asked = (guildId: string | null, perms: bigint) =>
  ({ guildId, memberPermissions: guildId ? new PermissionsBitField(perms) : null }) as unknown as ChatInputCommandInteraction;
const deps = (adminGuildIds?: string[]) => (adminGuildIds ? { adminGuildIds: new Set(adminGuildIds) } : {}) as DiscordDeps;

describe('who may administer programs', () => {
  it('needs Manage Server, in a server, and in an allowed server when a list is set', () => {
    expect(adminRefusal(asked('1', PermissionFlagsBits.ManageGuild), deps())).toBeUndefined();
    expect(adminRefusal(asked('1', PermissionFlagsBits.Administrator), deps())).toBeUndefined(); // admins hold every permission
    expect(adminRefusal(asked('1', PermissionFlagsBits.SendMessages), deps())).toMatch(/Manage Server/);
    expect(adminRefusal(asked(null, 0n), deps())).toMatch(/only in a server/);
    expect(adminRefusal(asked('2', PermissionFlagsBits.ManageGuild), deps(['1']))).toMatch(/not enabled in this server/);
    expect(adminRefusal(asked('1', PermissionFlagsBits.ManageGuild), deps(['1']))).toBeUndefined();
  });
});

describe('attachment download', () => {
  const served = (body: string, headers: Record<string, string> = {}) => (async () => new Response(body, { headers })) as unknown as typeof fetch;

  it('fetches from Discord CDN hosts over https only', async () => {
    const download = createDownload(['cdn.discordapp.com'], 1000, served('id,name\n'));
    expect(await download('https://cdn.discordapp.com/attachments/1/2/programs.csv', 100)).toEqual({ ok: true, text: 'id,name\n' });
    expect(await download('http://cdn.discordapp.com/attachments/1/2/programs.csv', 100)).toEqual({ ok: false, reason: 'host' });
    expect(await download('https://169.254.169.254/latest/meta-data', 100)).toEqual({ ok: false, reason: 'host' });
    expect(await download('not a url', 100)).toEqual({ ok: false, reason: 'host' });
  });

  it('refuses files over the cap and strips a byte-order mark', async () => {
    expect(await createDownload(['cdn.discordapp.com'], 1000, served('x'.repeat(200)))('https://cdn.discordapp.com/a.csv', 100)).toEqual({ ok: false, reason: 'size' });
    expect(await createDownload(['cdn.discordapp.com'], 1000, served('\uFEFFid\n'))('https://cdn.discordapp.com/a.csv', 100)).toEqual({ ok: true, text: 'id\n' });
  });
});
