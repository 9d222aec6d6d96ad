// One turn as Slack sees it: input -> core -> rendered replies delivered, with the plan cache and Home tab kept in step.
import type { Input } from '../../src/domain/io.js';
import type { Plan } from '../../src/domain/plan.js';
import type { Profile } from '../../src/domain/profile.js';
import { describeProfile } from '../../src/engine/describe-profile.js';
import type { SlackMessage } from './blocks.js';
import { duplicateDelivery, type SlackContext } from './context.js';
import { deliver, type Destination, type SlackClient } from './deliver.js';
import { conversationIdOf, type SlackWhere } from './parse.js';
import { sharePlanFiles } from './plan-files.js';
import { renderHome } from './render-home.js';
import { renderReplies } from './render.js';
import { textSections } from './blocks.js';
import { uploadFile } from './admin-files.js';
import { escapeMrkdwn, truncate } from './slack-text.js';

/** A plain sentence as one message. */
export function note(text: string): SlackMessage {
  return { text: truncate(escapeMrkdwn(text), 3000), blocks: textSections(text) };
}

/** The person's DM with the app, as a function for fallbacks. */
export function dmOf(ctx: SlackContext, client: SlackClient, where: SlackWhere): () => Promise<string> {
  return () => ctx.dms.open(client, where.teamId, where.userId);
}

const sameProfile = (a: Profile, b: Profile | undefined) => b !== undefined && JSON.stringify(a) === JSON.stringify(b);

/** The platform delivery a turn answers: its key is claimed inside the turn, `kind` names it in the log. */
export interface Delivery { key: string; kind: string }

/**
 * Hands the input to the core and delivers its replies to `dest`; with a delivery, its key is claimed in the turn's
 * own transaction and false is returned (nothing sent) when another delivery of it already ran. Plans are cached under a key for their CSV
 * button; a plan for the saved profile (not a what-if) becomes the Home tab's plan. After "forget me" the cache
 * entry is dropped and the Home tab cleared.
 */
export async function runTurn(ctx: SlackContext, client: SlackClient, where: SlackWhere, input: Input, dest: Destination, delivery?: Delivery): Promise<boolean> {
  const conversationId = conversationIdOf(where.teamId, where.userId);
  return ctx.turns.run(conversationId, () => withDeadline(ctx, turn(ctx, client, where, conversationId, input, dest, delivery)));
}

/** Longest a turn holds its person's queue: after it, the next message goes ahead while the slow delivery finishes. */
export const TURN_DEADLINE_MS = 30_000;

/** Resolves with `work`'s result when it settles, or true when the deadline passes first; a late failure is still logged. */
async function withDeadline(ctx: SlackContext, work: Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), ctx.turnDeadlineMs ?? TURN_DEADLINE_MS); });
  try {
    const outcome = await Promise.race([work, late]);
    if (outcome !== 'late') return outcome;
    ctx.log.warn('slack.turn.deadline', { ms: ctx.turnDeadlineMs ?? TURN_DEADLINE_MS });
    work.catch((error: unknown) => ctx.log.error('slack.turn.late_failure', { code: errorCode(error) }));
    return true;
  } finally {
    clearTimeout(timer);
  }
}

async function turn(ctx: SlackContext, client: SlackClient, where: SlackWhere, conversationId: string, input: Input, dest: Destination, delivery?: Delivery): Promise<boolean> {
  const hadPlan = ctx.plans.latest(conversationId) !== undefined;
  const replies = delivery ? await ctx.advisor.handleDelivery(conversationId, input, delivery.key) : await ctx.advisor.handle(conversationId, input);
  if (!replies) { duplicateDelivery(ctx, delivery?.kind ?? 'turn'); return false; }
  const profile = await ctx.advisor.profileOf(conversationId);
  const keys = new Map<Plan, string>();
  let newCurrentPlan = false;
  for (const r of replies) {
    if (r.type !== 'plan') continue;
    // a detail view (programs, steps...) of the saved profile's plan is not a new plan for the Home tab
    const current = sameProfile(r.plan.profile, profile) && (r.view?.kind ?? 'summary') === 'summary';
    keys.set(r.plan, ctx.plans.put(conversationId, r.plan, current));
    newCurrentPlan ||= current;
  }
  if (profile === undefined) ctx.plans.drop(conversationId);
  ctx.log.debug('slack.turn', { input: input.kind, replies: replies.length, plan: keys.size > 0 });
  await deliver(client, dest, renderReplies(replies, { planKey: (plan) => keys.get(plan) }), dmOf(ctx, client, where));
  await sharePlanFiles(ctx, client, replies, dest, dmOf(ctx, client, where));
  for (const r of replies) if (r.type === 'export') await sendExport(ctx, client, where, r.data, dest);
  if (newCurrentPlan || (hadPlan && profile === undefined)) await publishHome(ctx, client, where);
  return true;
}

/** Uploads the person's data as a JSON file into their DM with the app (never a channel); says so when asked elsewhere. */
async function sendExport(ctx: SlackContext, client: SlackClient, where: SlackWhere, data: Record<string, unknown>, dest: Destination): Promise<void> {
  const dm = await dmOf(ctx, client, where)();
  await uploadFile(client, dm, 'match-advisor-my-data.json', `${JSON.stringify(data, null, 2)}\n`, 'Your data, as stored by Match Advisor (only you and I can see this conversation).');
  ctx.log.info('slack.export.sent');
  if (dest.kind !== 'channel' || dest.channel !== dm) await deliver(client, dest, [note('I sent the file to our direct messages.')], dmOf(ctx, client, where));
}

/** Publishes the Home tab: the saved profile and latest plan. Failures are logged, never thrown. */
export async function publishHome(ctx: SlackContext, client: SlackClient, where: SlackWhere): Promise<void> {
  try {
    const conversationId = conversationIdOf(where.teamId, where.userId);
    const profile = await ctx.advisor.profileOf(conversationId);
    if (profile === undefined) ctx.plans.drop(conversationId);
    let latest = profile ? ctx.plans.latest(conversationId) : undefined;
    if (profile && !latest) {
      // after a restart the cache is empty: recompute the plan from the stored profile
      const plan = await ctx.advisor.planOf(conversationId);
      if (plan) latest = { key: ctx.plans.put(conversationId, plan, true), plan };
    }
    const view = renderHome({ profileLines: profile ? describeProfile(profile, []) : [], ...(latest ? { plan: latest.plan, planKey: latest.key } : {}) });
    await client.views.publish({ user_id: where.userId, view });
  } catch (error) {
    ctx.log.warn('slack.home.failed', { code: errorCode(error) });
  }
}

/** A short, non-personal code for logging an error. */
export function errorCode(error: unknown): string {
  const e = error as { data?: { error?: unknown }; code?: unknown; name?: unknown } | undefined;
  if (typeof e?.data?.error === 'string') return e.data.error;
  if (typeof e?.code === 'string') return e.code;
  return typeof e?.name === 'string' ? e.name : 'unknown';
}

const APOLOGY = 'Sorry, something went wrong on my side. Your answers so far are safe; please try again in a moment.';

/** Runs a listener's work; an unexpected failure is logged and answered with a short apology, never rethrown. */
export async function safely(ctx: SlackContext, what: string, work: () => Promise<void>, apologize?: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    ctx.log.error('slack.listener.failed', { listener: what, code: errorCode(error) });
    if (!apologize) return;
    try {
      await apologize();
    } catch (again) {
      ctx.log.error('slack.apology.failed', { listener: what, code: errorCode(again) });
    }
  }
}

/** The apology as one message, for `safely`. */
export function apologyMessage(): SlackMessage {
  return note(APOLOGY);
}
