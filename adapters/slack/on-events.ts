// Events API listeners: DM messages (the interview, and the admin's CSV upload) and the App Home tab.
import type { App } from '@slack/bolt';
import { describeImport, downloadSlackFile } from './admin-files.js';
import { acceptDelivery, claimDelivery, isAdmin, type SlackContext } from './context.js';
import { deliver, type SlackClient } from './deliver.js';
import { parseHomeOpened, parseMessageEvent, type SharedFile, type SlackWhere } from './parse.js';
import { apologyMessage, dmOf, note, publishHome, runTurn, safely, type Delivery } from './turn.js';

/** Registers the `message` (message.im) and `app_home_opened` listeners. */
export function registerEventListeners(app: App, ctx: SlackContext): void {
  app.event('message', async ({ body, client, context }) => {
    const parsed = parseMessageEvent(body, context.botUserId);
    if (!acceptDelivery(ctx, parsed, 'message')) return;
    const dest = { kind: 'channel' as const, channel: parsed.where.channelId };
    const dm = dmOf(ctx, client, parsed.where);
    const delivery = { key: parsed.deliveryKey, kind: 'message' };
    await safely(ctx, 'message', async () => {
      if (parsed.kind === 'text') { await runTurn(ctx, client, parsed.where, parsed.input, dest, delivery); return; }
      await onFiles(ctx, client, parsed.where, parsed.files, parsed.text, delivery);
    }, () => deliver(client, dest, [apologyMessage()], dm));
  });

  app.event('app_home_opened', async ({ body, client }) => {
    const parsed = parseHomeOpened(body);
    if (!acceptDelivery(ctx, parsed, 'home') || !(await claimDelivery(ctx, parsed.deliveryKey, 'home').catch(() => false))) return;
    await publishHome(ctx, client, parsed.where);
  });
}

/** A DM with files: an admin's pending import, a hint for an admin who did not ask to import, else the text alone. */
async function onFiles(ctx: SlackContext, client: SlackClient, where: SlackWhere, files: SharedFile[], text: string, delivery: Delivery): Promise<void> {
  const dest = { kind: 'channel' as const, channel: where.channelId };
  const dm = dmOf(ctx, client, where);
  const importing = isAdmin(ctx, where.userId) && ctx.imports.take(`${where.teamId}:${where.userId}`);
  if (!importing && text) {
    await runTurn(ctx, client, where, { kind: 'text', text }, dest, delivery);
    return;
  }
  if (!(await claimDelivery(ctx, delivery.key, delivery.kind))) return;
  if (importing) {
    const file = files.find((f) => /\.csv$/i.test(f.name)) ?? files[0]!;
    await deliver(client, dest, [note(await importFile(ctx, client, file.id))], dm);
    return;
  }
  const hint = isAdmin(ctx, where.userId)
    ? 'To import a program table, run `/residency import` first, then upload the CSV here.'
    : 'I can only read typed messages. Please type your answer.';
  await deliver(client, dest, [note(hint)], dm);
}

/** Downloads a Slack file and imports it into the program table; returns the sentence for the admin. */
export async function importFile(ctx: SlackContext, client: SlackClient, fileId: string): Promise<string> {
  // one workspace: the configured token; many workspaces: the token this request was authorized with
  const file = await downloadSlackFile(client, fileId, { token: ctx.config.botToken || client.token || '', allowedHosts: ctx.fileHosts });
  if (!file.ok) return `Nothing was imported: ${file.problem}`;
  const result = ctx.admin.importCsv(file.text);
  ctx.log.info('slack.admin.import', { ok: result.ok, rows: result.ok ? result.imported : result.errors.length });
  return describeImport(file.name, result);
}
