// Who may administer the program table: server managers (Manage Server), in an allowed server.
import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { DiscordDeps } from '../deps.js';

/** Why this user may not run an admin command here, or undefined when they may. */
export function adminRefusal(i: ChatInputCommandInteraction, deps: DiscordDeps): string | undefined {
  if (!i.guildId) return 'This command works only in a server.';
  if (deps.adminGuildIds && !deps.adminGuildIds.has(i.guildId)) return 'Program administration is not enabled in this server.';
  if (!i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return 'Only members with the Manage Server permission can do this.';
  return undefined;
}
