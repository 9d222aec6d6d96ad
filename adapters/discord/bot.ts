// Starts the bot: a discord.js client with the fewest intents, event handlers that never throw, and a clear exit on fatal closes.
import { Client, Events, GatewayCloseCodes, GatewayIntentBits, Partials } from 'discord.js';
import type { ProgramAdmin } from '../../src/domain/admin.js';
import type { Advisor } from '../../src/runtime/advisor.js';
import { createKeyedLock } from '../../src/runtime/keyed-lock.js';
import { createInflight } from '../common/inflight.js';
import type { Logger } from '../../src/runtime/logger.js';
import type { DiscordDeps } from './deps.js';
import { createDownload, DISCORD_CDN_HOSTS, type Download } from './download.js';
import { describeStartupFailure } from './errors.js';
import { onInteraction } from './on-interaction.js';
import { onMessage } from './on-message.js';

/** What the bot needs; `apiUrl` points REST (and so the gateway URL lookup) at another base such as a stand-in. */
export interface DiscordBotOptions {
  advisor: Advisor;
  admin: ProgramAdmin;
  token: string;
  appId: string;
  apiUrl?: string;
  log: Logger;
  /** Called once with a clear message when Discord refuses the bot for good; by default prints it and exits with 1. */
  onFatal?: (message: string) => void;
  /** Servers where the program admin commands work; all servers when omitted. */
  adminGuildIds?: string[];
  download?: Download;
}

/** A running bot. */
export interface DiscordBot {
  client: Client;
  /**
   * Stops: waits (up to `graceMs`, 10 s by default) for every event already received to be answered and
   * stored, then closes the gateway and the client. Close the database only after this resolves.
   */
  stop(graceMs?: number): Promise<void>;
}

/** Guilds for slash commands and buttons in servers, DirectMessages for the DM interview; neither is privileged. */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages];

const TOKEN_REFUSED = 'Discord refused the bot token (gateway close 4004, authentication failed). Set DISCORD_TOKEN to the token under Developer Portal > your application > Bot > Reset Token. Not retrying.';
const INTENTS_REFUSED = 'Discord refused the gateway intents (close 4014, disallowed intents). Match Advisor needs only Guilds and Direct Messages, which are not privileged; if the intents were changed, enable them under Developer Portal > Bot > Privileged Gateway Intents. Not retrying.';

/** The message for a gateway close code after which reconnecting cannot help, or undefined. */
export function fatalCloseMessage(code: number): string | undefined {
  if (code === GatewayCloseCodes.AuthenticationFailed) return TOKEN_REFUSED;
  if (code === GatewayCloseCodes.DisallowedIntents) return INTENTS_REFUSED;
  const name = GatewayCloseCodes[code];
  return [4010, 4011, 4012, 4013].includes(code) ? `Discord closed the gateway for good (close ${code}, ${name}). Not retrying.` : undefined;
}

const defaultFatal = (message: string) => {
  process.stderr.write(`match-advisor discord: ${message}\n`);
  process.exit(1);
};

const errorCode = (e: unknown) => String((e as { code?: unknown }).code ?? (e as Error).name ?? 'unknown');

/** Logs in through the gateway, wires the handlers, and resolves once the client is ready. */
export async function startDiscordBot(opts: DiscordBotOptions): Promise<DiscordBot> {
  const { log } = opts;
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel], // DM channels are not cached: without this partial DM messages are dropped
    rest: opts.apiUrl ? { api: opts.apiUrl } : {},
    allowedMentions: { parse: [] },
  });
  const uncertainAcks = new Set<string>();
  // a 5xx on an interaction callback may still have been applied by Discord: remember it for a minute
  client.rest.on('response', (request, response) => {
    const id = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(request.path)?.[1];
    if (!id || response.status < 500) return;
    uncertainAcks.add(id);
    setTimeout(() => uncertainAcks.delete(id), 60_000).unref();
  });
  const hosts = [...DISCORD_CDN_HOSTS, ...(opts.apiUrl ? [new URL(opts.apiUrl).host] : [])];
  const deps: DiscordDeps = {
    advisor: opts.advisor, admin: opts.admin, log,
    download: opts.download ?? createDownload(hosts),
    dmOrder: createKeyedLock(),
    uncertainAcks,
    ...(opts.adminGuildIds ? { adminGuildIds: new Set(opts.adminGuildIds) } : {}),
  };
  let fatal: string | undefined;
  let stopping = false;
  const die = (message: string) => {
    if (fatal || stopping) return;
    fatal = message;
    log.error('discord.fatal');
    (opts.onFatal ?? defaultFatal)(message);
  };

  client.on(Events.Error, (e) => log.error('discord.client_error', { code: errorCode(e) })); // without it an error kills the process
  client.on(Events.ShardError, (e) => log.warn('discord.shard_error', { code: errorCode(e) }));
  client.on(Events.Warn, () => log.warn('discord.warning'));
  client.on(Events.ShardDisconnect, (event) => {
    const message = fatalCloseMessage(event.code);
    if (message) die(message);
    else log.warn('discord.disconnected', { code: event.code });
  });
  client.on(Events.ShardReconnecting, () => log.info('discord.reconnecting'));
  // every handler is counted until it settles, so stop() can drain queued turns before the client goes away
  const inflight = createInflight();
  client.on(Events.InteractionCreate, (i) => void inflight.track(onInteraction(i, deps)));
  client.on(Events.MessageCreate, (m) => { if (client.user) void inflight.track(onMessage(m, client.user.id, deps)); });

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(opts.token);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    const code = errorCode(error);
    // discord.js reports the REST 401 of GET /gateway/bot as TokenInvalid (the token's shape was checked before)
    const message = fatal ?? describeStartupFailure(code === 'TokenInvalid' ? { status: 401 } : error, 'login', opts.apiUrl);
    if (message) { die(message); throw new Error(message); }
    throw new Error(`Could not connect to Discord (${code}).`);
  }
  await ready;
  log.info('discord.ready', { guilds: client.guilds.cache.size });
  return {
    client,
    stop: async (graceMs = 10_000) => {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const drained = await Promise.race([
        inflight.idle().then(() => true),
        new Promise<boolean>((r) => { timer = setTimeout(() => r(false), graceMs); }),
      ]);
      clearTimeout(timer);
      if (!drained) log.warn('discord.stop.unfinished', { turns: inflight.running });
      await client.destroy();
      log.info('discord.stopped');
    },
  };
}
