// Registers the slash commands with Discord (globally, or in one server for instant updates while testing).
import { REST, Routes } from 'discord.js';
import { COMMAND_LIST } from './commands/index.js';

/** A REST client for the bot token, pointed at DISCORD_API_URL when given (e.g. a local stand-in). */
export function createDiscordRest(opts: { token: string; apiUrl?: string }): REST {
  return new REST(opts.apiUrl ? { api: opts.apiUrl } : {}).setToken(opts.token);
}

/** The JSON bodies of every command, as registered. */
export function commandDefinitions() {
  return COMMAND_LIST.map((c) => c.data.toJSON());
}

/**
 * Replaces the application's commands with ours (a bulk overwrite, so removed commands disappear).
 * With `guildId` they apply to that server at once; global changes can take a few minutes to reach clients.
 */
export async function registerCommands(opts: { rest: REST; applicationId: string; guildId?: string }): Promise<{ scope: 'global' | 'guild'; names: string[] }> {
  const body = commandDefinitions();
  const route = opts.guildId ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId) : Routes.applicationCommands(opts.applicationId);
  await opts.rest.put(route, { body });
  return { scope: opts.guildId ? 'guild' : 'global', names: body.map((c) => c.name) };
}
