// What every Slack listener shares: the core, the configuration, and the adapter's small in-memory helpers.
import type { ProgramAdmin } from '../../src/domain/admin.js';
import type { Advisor } from '../../src/runtime/advisor.js';
import { createKeyedLock } from '../../src/runtime/keyed-lock.js';
import type { Logger } from '../../src/runtime/logger.js';
import { createImportWindow, type ImportWindow } from './admin-files.js';
import type { SlackConfig } from './config.js';
import { createDmDirectory, type DmDirectory } from './deliver.js';
import { createPlanCache, type PlanCache } from './plan-cache.js';

/** The listeners' shared state; built once per app. */
export interface SlackContext {
  advisor: Advisor;
  admin: ProgramAdmin;
  config: SlackConfig;
  log: Logger;
  plans: PlanCache;
  dms: DmDirectory;
  imports: ImportWindow;
  /** One turn at a time per conversation, from the core's answer to the last message posted, so replies keep their order. */
  turns: ReturnType<typeof createKeyedLock>;
  /** Hosts the bot token may be sent to when downloading a shared file. */
  fileHosts: string[];
  /** How long one turn may hold its person's queue (milliseconds); TURN_DEADLINE_MS when unset. */
  turnDeadlineMs?: number;
}

/** Builds the shared state; files are fetched from files.slack.com, or from the SLACK_API_URL host when set. */
export function createSlackContext(deps: { advisor: Advisor; admin: ProgramAdmin; config: SlackConfig; log: Logger; turnDeadlineMs?: number }): SlackContext {
  const fileHosts = ['files.slack.com'];
  if (deps.config.apiUrl) fileHosts.push(new URL(deps.config.apiUrl).host);
  return { ...deps, plans: createPlanCache(), dms: createDmDirectory(), imports: createImportWindow(), turns: createKeyedLock(), fileHosts };
}

/** True when the Slack user may import and export the program table. */
export function isAdmin(ctx: SlackContext, userId: string): boolean {
  return ctx.config.adminUserIds.includes(userId);
}

/** A parsed payload this adapter does not handle, with the reason (for a debug line). */
type Ignored = { kind: 'ignore'; reason: string };

/**
 * True when a parsed delivery is ours; an ignored payload is logged at debug level. The delivery key is not
 * claimed here: a turn claims it inside its own transaction (runTurn), so a failed turn leaves it for Slack's
 * retry, and work without a turn claims it with `claimDelivery` just before it starts.
 */
export function acceptDelivery<P extends { kind: string; deliveryKey: string }>(ctx: SlackContext, parsed: P | Ignored, kind: string): parsed is P {
  if (parsed.kind !== 'ignore') return true;
  ctx.log.debug(`slack.${kind}.ignored`, { reason: (parsed as Ignored).reason });
  return false;
}

/** Claims the key of a delivery that runs no turn (an import, a download, the Home tab); false, logged once, for a repeat. */
export async function claimDelivery(ctx: SlackContext, deliveryKey: string, kind: string): Promise<boolean> {
  if (await ctx.advisor.firstDelivery(deliveryKey)) return true;
  duplicateDelivery(ctx, kind);
  return false;
}

/** Logs a retried delivery or a double click that was dropped. */
export function duplicateDelivery(ctx: SlackContext, kind: string): void {
  ctx.log.info('slack.delivery.duplicate', { kind });
}
