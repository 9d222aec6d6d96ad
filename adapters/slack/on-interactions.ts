// Interactive listeners: the /residency slash command and clicks on our buttons and selects; each acks first.
import type { App } from '@slack/bolt';
import { fileIdFrom, uploadCsv } from './admin-files.js';
import { ACTION_PATTERN } from './action-ids.js';
import { acceptDelivery, claimDelivery, isAdmin, type SlackContext } from './context.js';
import { deliver, type Destination, type SlackClient } from './deliver.js';
import { importFile } from './on-events.js';
import { conversationIdOf, parseBlockAction, parseSlashCommand, type ParsedCommand, type SlackWhere } from './parse.js';
import { renderPlanCsv } from '../../src/render/plan-text.js';
import { apologyMessage, dmOf, note, runTurn, safely } from './turn.js';

/** The slash command this adapter answers (must match the app manifest). */
export const SLASH_COMMAND = '/residency';

const USAGE = [
  'Use `/residency` with one of:',
  '`start`: begin or continue the interview (in our direct messages)',
  '`profile`: what I have saved about you',
  '`plan`: your plan with what I have so far',
  '`programs [reach|target|safety|core LA|SoCal|…]`, `program <name>`, `why <program>`, `steps`, `chart`: the details of your plan',
  '`ask <question>`: a question about the match, e.g. `/residency ask is an observership enough?`',
  '`export`: a copy of everything I stored about you, as a JSON file in our direct messages',
  '`forget`: delete everything I stored about you',
].join('\n');

/** Where a reply to an interaction goes: the DM itself when it happened there, else only to the person. */
async function hereFor(ctx: SlackContext, client: SlackClient, where: SlackWhere): Promise<{ dest: Destination; inDm: boolean }> {
  const inDm = where.channelId.startsWith('D') && (await dmOf(ctx, client, where)()) === where.channelId;
  return inDm ? { dest: { kind: 'channel', channel: where.channelId }, inDm } : { dest: { kind: 'ephemeral', channel: where.channelId, user: where.userId }, inDm };
}

/** Registers the `/residency` command and the block-action listener. */
export function registerInteractionListeners(app: App, ctx: SlackContext): void {
  app.command(SLASH_COMMAND, async ({ ack, body, client }) => {
    await ack();
    const parsed = parseSlashCommand(body);
    if (!acceptDelivery(ctx, parsed, 'command')) return;
    let dest: Destination = { kind: 'ephemeral', channel: parsed.where.channelId, user: parsed.where.userId };
    const dm = dmOf(ctx, client, parsed.where);
    await safely(ctx, 'command', async () => {
      const here = await hereFor(ctx, client, parsed.where);
      dest = here.dest;
      await onCommand(ctx, client, parsed, here.dest, here.inDm);
    }, () => deliver(client, dest, [apologyMessage()], dm));
  });

  app.action(ACTION_PATTERN, async ({ ack, body, client }) => {
    await ack();
    const parsed = parseBlockAction(body);
    if (!acceptDelivery(ctx, parsed, 'action')) return;
    const delivery = { key: parsed.deliveryKey, kind: 'action' };
    const dm = dmOf(ctx, client, parsed.where);
    const targetOf = async (): Promise<Destination> => {
      if (parsed.kind === 'home_start' || !parsed.container.channelId) return { kind: 'channel', channel: await dm() };
      const { channelId, ephemeral } = parsed.container;
      return ephemeral ? { kind: 'ephemeral', channel: channelId, user: parsed.where.userId } : { kind: 'channel', channel: channelId };
    };
    await safely(ctx, 'action', async () => {
      const target = await targetOf();
      if (parsed.kind === 'choice') { await runTurn(ctx, client, parsed.where, parsed.input, target, delivery); return; }
      if (parsed.kind === 'home_start') { await runTurn(ctx, client, parsed.where, { kind: 'command', name: 'start' }, target, delivery); return; }
      if (!(await claimDelivery(ctx, delivery.key, delivery.kind))) return;
      const conversationId = conversationIdOf(parsed.where.teamId, parsed.where.userId);
      // plans are kept in this instance's memory; with several instances (or after a restart) the click may land where
      // the plan is unknown: the plan of the person's own saved answers is recomputed instead, and said to be so
      const cached = ctx.plans.get(parsed.planKey, conversationId);
      const plan = cached ?? await ctx.advisor.planOf(conversationId);
      if (!plan) return deliver(client, target, [note('That plan is no longer in my memory. Type "plan" for a fresh one, then download it.')], dm);
      if (!cached) await deliver(client, target, [note('I no longer have that exact plan, so this CSV is for the plan of your saved answers.')], dm);
      const dmChannel = await dm();
      await uploadCsv(client, dmChannel, 'residency-plan.csv', renderPlanCsv(plan), 'Your program list as CSV (only you and I can see this conversation).');
      if (target.kind === 'ephemeral') await deliver(client, target, [note('I sent the CSV to our direct messages.')], dm);
    }, async () => deliver(client, await targetOf(), [apologyMessage()], dm));
  });
}

/** Carries out one parsed /residency command; replies go to `here` (ephemeral outside the DM). */
async function onCommand(ctx: SlackContext, client: SlackClient, parsed: Exclude<ParsedCommand, { kind: 'ignore' }>, here: Destination, inDm: boolean): Promise<void> {
  const { where } = parsed;
  const dm = dmOf(ctx, client, where);
  const say = (text: string) => deliver(client, here, [note(text)], dm);
  const delivery = { key: parsed.deliveryKey, kind: 'command' };
  // a turn claims the delivery key inside its own transaction; the answers without a turn claim it first
  if (parsed.kind !== 'input' && !(await claimDelivery(ctx, delivery.key, delivery.kind))) return;
  switch (parsed.kind) {
    case 'usage':
      return say(USAGE);
    case 'input': {
      const input = parsed.input;
      if (input.kind === 'command' && input.name === 'start' && !inDm) {
        if (await runTurn(ctx, client, where, input, { kind: 'channel', channel: await dm() }, delivery)) await say('I sent you a direct message: the interview continues there.');
        return;
      }
      await runTurn(ctx, client, where, input, here, delivery);
      return;
    }
    case 'import': {
      if (!isAdmin(ctx, where.userId)) return say('Only the admins listed in SLACK_ADMIN_USER_IDS can import programs.');
      if (!parsed.fileRef) {
        ctx.imports.open(`${where.teamId}:${where.userId}`);
        return say(`Upload the program CSV in our direct messages within ${ctx.imports.minutes} minutes and I will import it. All rows are checked first; nothing changes if any row is wrong.`);
      }
      const fileId = fileIdFrom(parsed.fileRef);
      if (!fileId) return say('That does not look like a Slack file link. Share the CSV in our DM, or paste its Slack link.');
      return say(await importFile(ctx, client, fileId));
    }
    case 'export': {
      if (!isAdmin(ctx, where.userId)) return say('Only the admins listed in SLACK_ADMIN_USER_IDS can export programs.');
      const csv = ctx.admin.exportCsv();
      await uploadCsv(client, await dm(), 'programs.csv', csv, 'The program table as CSV.');
      ctx.log.info('slack.admin.export', { bytes: csv.length });
      if (!inDm) return say('I sent the program table to our direct messages.');
      return;
    }
  }
}
