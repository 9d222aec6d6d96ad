// /programs-export: server managers get the current program table as a CSV attachment (ephemeral).
import { ApplicationIntegrationType, InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { acknowledge, editOptions } from '../deliver.js';
import type { DiscordDeps } from '../deps.js';
import { exportMessage } from '../render-admin.js';
import { adminRefusal } from './admin-access.js';

/** The /programs-export definition: hidden from members without Manage Server, servers only. */
export const data = new SlashCommandBuilder()
  .setName('programs-export')
  .setDescription('Download the program table as CSV (server managers)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

/** Checks permission and replies privately with programs.csv. */
export async function execute(i: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void> {
  if ((await acknowledge(() => i.deferReply({ flags: MessageFlags.Ephemeral }), deps.log)) !== 'ok') return;
  const refusal = adminRefusal(i, deps);
  if (refusal) { await i.editReply(editOptions({ content: refusal })); return; }
  await i.editReply(editOptions(exportMessage(deps.admin.exportCsv())));
}
