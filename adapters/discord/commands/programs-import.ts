// /programs-import <file>: server managers replace the program table from a CSV attachment (all rows or none).
import { ApplicationIntegrationType, InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { acknowledge, editOptions } from '../deliver.js';
import type { DiscordDeps } from '../deps.js';
import { importSummary } from '../render-admin.js';
import { adminRefusal } from './admin-access.js';

/** Largest CSV accepted, in bytes. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

/** The /programs-import definition: hidden from members without Manage Server, servers only. */
export const data = new SlashCommandBuilder()
  .setName('programs-import')
  .setDescription('Replace the program table with a CSV file (server managers)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addAttachmentOption((o) => o.setName('file').setDescription('programs.csv in the format /programs-export gives').setRequired(true));

const say = (i: ChatInputCommandInteraction, content: string) => i.editReply(editOptions({ content }));

/** Checks permission, downloads the attachment from Discord's CDN, imports it, and reports the result privately. */
export async function execute(i: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void> {
  if ((await acknowledge(() => i.deferReply({ flags: MessageFlags.Ephemeral }), deps.log)) !== 'ok') return;
  const refusal = adminRefusal(i, deps);
  if (refusal) { await say(i, refusal); return; }
  const file = i.options.getAttachment('file', true);
  if (!/\.csv$/i.test(file.name)) { await say(i, 'Please attach a .csv file (the format /programs-export gives).'); return; }
  if (file.size > MAX_CSV_BYTES) { await say(i, 'That file is larger than 2 MB; the program table is much smaller than that.'); return; }
  const got = await deps.download(file.url, MAX_CSV_BYTES);
  if (!got.ok) {
    deps.log.warn('discord.download_failed', { reason: got.reason });
    await say(i, 'I could not download that file from Discord. Please try again.');
    return;
  }
  const result = deps.admin.importCsv(got.text);
  deps.log.info('discord.programs_import', result.ok ? { ok: true, rows: result.imported } : { ok: false, problems: result.errors.length });
  await i.editReply(editOptions(importSummary(result)));
}
