// A local stand-in for Discord on 127.0.0.1: REST under /api/v10, the gateway at /gateway, attachments under /attachments.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIUser } from 'discord.js';
import { createFakeGateway, type GatewayRecord } from './fake-gateway.js';
import { handleRest, type Fault, type FakeMessage, type RestCall, type RestState } from './fake-rest.js';
import { snowflake } from './snowflake.js';

/** Who the stand-in thinks the bot is, and how strict it is. */
export interface FakeDiscordOptions { token: string; appId: string; botUserId?: string; heartbeatInterval?: number; closeOnIdentify?: number }

/** A running stand-in: point the bot's `apiUrl` at `apiUrl`, inject events, then read `calls`. */
export interface FakeDiscord {
  apiUrl: string;
  botUser: APIUser;
  calls: RestCall[];
  gateway: GatewayRecord;
  messages: Map<string, FakeMessage>;
  /**
   * Dispatches INTERACTION_CREATE, registering its token so callbacks and webhooks are accepted. `expired`: the
   * token is unknown, as after the 3-second window (10062); `taken`: another process already acknowledged it (40060).
   */
  interaction(payload: Record<string, any>, how?: { expired?: boolean; taken?: boolean }): void;
  /** Dispatches MESSAGE_CREATE. */
  message(payload: Record<string, any>): void;
  /** Serves `text` as a CDN attachment and returns Discord's attachment object for it. */
  addAttachment(name: string, text: string): { id: string; filename: string; size: number; url: string; proxy_url: string; content_type: string };
  /** The message an interaction's @original refers to, if any. */
  original(token: string): FakeMessage | undefined;
  /** The modal an interaction answered with, if any. */
  modal(token: string): any;
  /** The DM channel id the stand-in uses for a user (fixed before the test starts talking). */
  dmChannel(userId: string): string;
  /** Closes the gateway connections with a close code. */
  disconnect(code: number): void;
  /** Answers matching REST requests with an error (or a 429) instead; returns a function that removes the fault. */
  fail(fault: Fault): () => void;
  /** Resolves when `predicate` holds, polling; rejects after `ms`. */
  until(predicate: () => boolean, ms?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the stand-in on an ephemeral port of 127.0.0.1. */
export async function startFakeDiscord(opts: FakeDiscordOptions): Promise<FakeDiscord> {
  const server = createServer();
  const botUser: APIUser = { id: opts.botUserId ?? snowflake(), username: 'Match Advisor', discriminator: '0000', global_name: null, avatar: null, bot: true };
  let base = '';
  const state: RestState = {
    token: opts.token, appId: opts.appId, botUser, calls: [], messages: new Map(), interactions: new Map(), attachments: new Map(), dmChannels: new Map(), faults: [],
    gatewayUrl: () => `${base.replace(/^http/, 'ws')}/gateway`,
    baseUrl: () => base,
  };
  const gateway = createFakeGateway(server, { token: opts.token, appId: opts.appId, botUser, heartbeatInterval: opts.heartbeatInterval ?? 45_000, ...(opts.closeOnIdentify ? { closeOnIdentify: opts.closeOnIdentify } : {}) }, state.gatewayUrl);
  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', base);
    const file = /^\/attachments\/(\d+)\/[^/]+$/.exec(url.pathname);
    if (file && state.attachments.has(file[1]!)) {
      const a = state.attachments.get(file[1]!)!;
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end(a.text);
      return;
    }
    if (!url.pathname.startsWith('/api/v10/')) { res.writeHead(404).end(); return; }
    handleRest(state, req, res, decodeURIComponent(url.pathname.slice('/api/v10'.length)), url.searchParams).catch(() => { res.writeHead(500).end(); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api`,
    botUser,
    calls: state.calls,
    gateway: gateway.record,
    messages: state.messages,
    interaction(payload, how = {}) {
      const acked = how.taken || (state.interactions.get(payload.token)?.acked ?? false);
      if (!how.expired) state.interactions.set(payload.token, { id: payload.id, type: payload.type, user: payload.user ?? payload.member?.user, channelId: payload.channel_id, ...(payload.message ? { message: payload.message } : {}), acked });
      gateway.dispatch('INTERACTION_CREATE', payload);
    },
    message(payload) { gateway.dispatch('MESSAGE_CREATE', payload); },
    disconnect: (code) => gateway.disconnect(code),
    fail(fault) {
      state.faults.push(fault);
      return () => { const n = state.faults.indexOf(fault); if (n >= 0) state.faults.splice(n, 1); };
    },
    addAttachment(name, text) {
      const id = snowflake();
      state.attachments.set(id, { name, text });
      const url = `${base}/attachments/${id}/${name}`;
      return { id, filename: name, size: Buffer.byteLength(text), url, proxy_url: url, content_type: 'text/csv; charset=utf-8' };
    },
    original: (token) => { const id = state.interactions.get(token)?.original; return id ? state.messages.get(id) : undefined; },
    modal: (token) => state.interactions.get(token)?.modal,
    dmChannel(userId) { if (!state.dmChannels.has(userId)) state.dmChannels.set(userId, snowflake()); return state.dmChannels.get(userId)!; },
    async until(predicate, ms = 5000) {
      const end = Date.now() + ms;
      while (!predicate()) {
        if (Date.now() > end) throw new Error('timed out waiting on the Discord stand-in');
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
