// The Discord interactions server: a discord.js client that never opens the gateway, the endpoint, and the ops routes.
import { Client } from 'discord.js';
import type { KeyObject } from 'node:crypto';
import type { ProgramAdmin } from '../../../src/domain/admin.js';
import type { Advisor } from '../../../src/runtime/advisor.js';
import { createKeyedLock } from '../../../src/runtime/keyed-lock.js';
import type { Logger } from '../../../src/runtime/logger.js';
import { countingLogger, instrumentAdvisor, type Metrics } from '../../../src/runtime/metrics.js';
import { createOps } from '../../../src/runtime/http/ops.js';
import type { ReadinessCheck } from '../../../src/runtime/http/readiness.js';
import { createService, type Service } from '../../../src/runtime/http/service.js';
import type { DiscordDeps } from '../deps.js';
import { createDownload, DISCORD_CDN_HOSTS, type Download } from '../download.js';
import { onInteraction } from '../on-interaction.js';
import { createInteractionsEndpoint, type EndpointOptions, type InteractionsEndpoint } from './endpoint.js';

/** The path Discord posts interactions to (set it as the Interactions Endpoint URL in the Developer Portal). */
export const INTERACTIONS_PATH = '/interactions';

/** What the server is built from; every instance behind a load balancer is built the same way. */
export interface DiscordHttpOptions {
  advisor: Advisor;
  admin: ProgramAdmin;
  token: string;
  publicKey: KeyObject;
  apiUrl?: string;
  adminGuildIds?: string[];
  log: Logger;
  metrics: Metrics;
  readiness: ReadinessCheck;
  download?: Download;
  now?: () => number;
  ackAfterMs?: number;
  answered?: EndpointOptions['answered'];
}

/** A built (not yet listening) interactions server. */
export interface DiscordHttp { service: Service; endpoint: InteractionsEndpoint; client: Client; stop(graceMs?: number): Promise<boolean> }

/** Builds the server: POST /interactions, GET /healthz, /readyz, /metrics. */
export function createDiscordHttp(opts: DiscordHttpOptions): DiscordHttp {
  const log = countingLogger(opts.log, opts.metrics);
  const client = new Client({ intents: [], rest: opts.apiUrl ? { api: opts.apiUrl } : {}, allowedMentions: { parse: [] } });
  client.rest.setToken(opts.token); // DMs (exports, late replies) need the bot token; webhooks send none
  client.on('error', (e) => log.error('discord.client_error', { code: e.name }));
  const hosts = [...DISCORD_CDN_HOSTS, ...(opts.apiUrl ? [new URL(opts.apiUrl).host] : [])];
  const deps: DiscordDeps = {
    advisor: instrumentAdvisor(opts.advisor, opts.metrics, 'discord'),
    admin: opts.admin, log,
    download: opts.download ?? createDownload(hosts),
    dmOrder: createKeyedLock(),
    uncertainAcks: new Set(),
    turnBeforeAck: true,
    ...(opts.adminGuildIds ? { adminGuildIds: new Set(opts.adminGuildIds) } : {}),
  };
  const endpoint = createInteractionsEndpoint({
    client, publicKey: opts.publicKey, log, handle: (i) => onInteraction(i, deps),
    ...(opts.now ? { now: opts.now } : {}), ...(opts.ackAfterMs ? { ackAfterMs: opts.ackAfterMs } : {}), ...(opts.answered ? { answered: opts.answered } : {}),
  });
  const ops = createOps(opts.readiness, opts.metrics);
  const service = createService({ routes: { [INTERACTIONS_PATH]: endpoint.handle }, ops, log, idle: endpoint.idle });
  return {
    service, endpoint, client,
    async stop(graceMs) {
      const complete = await service.drain(graceMs);
      await client.destroy();
      return complete;
    },
  };
}
