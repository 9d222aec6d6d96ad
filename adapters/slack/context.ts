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
 * True when a parsed delivery is ours and new. An ignored payload is logged at debug level, and a retried
 * delivery or a double click (a delivery key seen before) is logged once and dropped.
 */
export async function acceptDelivery<P extends { kind: string; deliveryKey: string }>(ctx: SlackContext, parsed: P | Ignored, kind: string): Promise<boolean> {
  if (parsed.kind === 'ignore') {
    ctx.log.debug(`slack.${kind}.ignored`, { reason: (parsed as Ignored).reason });
    return false;
  }
  if (!(await ctx.advisor.firstDelivery((parsed as P).deliveryKey))) {
    ctx.log.info('slack.delivery.duplicate', { kind });
    return false;
  }
  return true;
}
