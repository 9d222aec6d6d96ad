// Discord's interactions endpoint over HTTP: signature checked, PING answered, every other interaction run through
// the same handlers as the gateway, with the first answer (or a deferral after 2.5 s) sent as the HTTP response.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { DiscordAPIError, Events, InteractionResponseType, InteractionType, MessageFlags, Routes, type Client, type Interaction, type RawFile } from 'discord.js';
import type { Logger } from '../../../src/runtime/logger.js';
import { BodyTooLargeError, readBody } from '../../../src/runtime/http/read-body.js';
import { repliesArePrivate } from '../parse.js';
import { verifyRequest } from './verify.js';

/** Discord's limit for answering (or deferring) an interaction is 3 s; we defer ourselves a little before. */
const ACK_AFTER_MS = 2500;
const MAX_BODY = 1_048_576;
const CALLBACK = /^\/interactions\/(\d+)\/([^/]+)\/callback$/;

/** What the endpoint is built from; `answered` is awaited after each HTTP answer (tests relay it to a stand-in). */
export interface EndpointOptions {
  /** A discord.js client that never logs in; its REST token is set for DMs, webhooks need none. */
  client: Client;
  publicKey: KeyObject;
  /** Runs one interaction to the end and never throws (the gateway's onInteraction). */
  handle: (i: Interaction) => Promise<void>;
  log: Logger;
  now?: () => number;
  ackAfterMs?: number;
  answered?: (interaction: { id: string; token: string }, body: unknown) => Promise<void>;
}

/** The endpoint: a request handler, and a way to wait until every accepted interaction has finished. */
export interface InteractionsEndpoint {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** How many accepted interactions are still being worked on (their HTTP answer may already be sent). */
  inflight(): number;
  /** Resolves when nothing is in flight. */
  idle(): Promise<void>;
}

/** One interaction's HTTP answer: not yet sent, sent by the handler, or sent by our own deferral. */
interface Slot { id: string; token: string; appId: string; answered: boolean; autoDeferred: boolean; taken: boolean; respond(body: unknown): Promise<void> }

type Payload = { id?: unknown; token?: unknown; type?: unknown; application_id?: unknown; guild_id?: string | null; context?: number | null; message?: unknown };

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** Discord's own "already acknowledged" error, so the handlers' existing 40060 handling applies. */
const alreadyAcknowledged = (path: string) =>
  new DiscordAPIError({ code: 40060, message: 'Interaction has already been acknowledged.' }, 40060, 400, 'POST', path, { body: undefined, files: undefined });

/** The deferral we send ourselves when the handler has not answered in time: an update for clicks, a reply otherwise. */
function deferralFor(p: Payload): { type: number; data?: { flags: number } } {
  const onMessage = p.type === InteractionType.MessageComponent || (p.type === InteractionType.ModalSubmit && p.message !== undefined);
  if (onMessage) return { type: InteractionResponseType.DeferredMessageUpdate };
  return { type: InteractionResponseType.DeferredChannelMessageWithSource, ...(repliesArePrivate(p) ? { data: { flags: MessageFlags.Ephemeral } } : {}) };
}

/** Builds the endpoint around `client`, taking over its interaction-callback requests. */
export function createInteractionsEndpoint(opts: EndpointOptions): InteractionsEndpoint {
  const { client, log } = opts;
  const now = opts.now ?? Date.now;
  const slots = new Map<string, Slot>();
  const running = new Set<Promise<void>>();
  let idleWaiters: (() => void)[] = [];

  const editOriginal = (slot: Slot, data: unknown, files: RawFile[] | undefined) => {
    const { flags: _flags, ...rest } = (data ?? {}) as Record<string, unknown>;
    return client.rest.patch(Routes.webhookMessage(slot.appId, slot.token, '@original'), { body: rest, auth: false, ...(files?.length ? { files } : {}) });
  };

  /** A callback the handler sends: the HTTP answer when it is the first, an edit after our own deferral, else 40060. */
  const answerThrough = async (slot: Slot, path: string, body: { type: number; data?: unknown }, files: RawFile[] | undefined): Promise<undefined> => {
    if (!slot.answered) {
      slot.answered = true;
      if (!files?.length) { await slot.respond(body); return undefined; }
      // a first answer carrying files goes out as a deferral, then the files through the webhook
      await slot.respond(body.type === InteractionResponseType.UpdateMessage ? { type: InteractionResponseType.DeferredMessageUpdate } : { type: InteractionResponseType.DeferredChannelMessageWithSource, ...(body.data && (body.data as { flags?: number }).flags ? { data: { flags: (body.data as { flags: number }).flags } } : {}) });
      await editOriginal(slot, body.data, files);
      return undefined;
    }
    if (slot.autoDeferred && !slot.taken) {
      slot.taken = true;
      if (body.type === InteractionResponseType.DeferredChannelMessageWithSource || body.type === InteractionResponseType.DeferredMessageUpdate) return undefined;
      if (body.type === InteractionResponseType.ChannelMessageWithSource || body.type === InteractionResponseType.UpdateMessage) { await editOriginal(slot, body.data, files); return undefined; }
    }
    throw alreadyAcknowledged(path);
  };

  const post = client.rest.post.bind(client.rest);
  client.rest.post = (async (route: `/${string}`, options: { body?: unknown; files?: RawFile[] } = {}) => {
    const m = CALLBACK.exec(route);
    const slot = m ? slots.get(m[1]!) : undefined;
    if (!slot || slot.token !== m![2]) return post(route, options);
    return answerThrough(slot, route, options.body as { type: number; data?: unknown }, options.files);
  }) as typeof client.rest.post;

  let started: Promise<void> | undefined;
  client.on(Events.InteractionCreate, (i) => { started = opts.handle(i); });
  const dispatch = (client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }).actions.InteractionCreate;

  const track = (work: Promise<void>) => {
    running.add(work);
    void work.finally(() => {
      running.delete(work);
      if (running.size === 0) { const w = idleWaiters; idleWaiters = []; w.forEach((f) => f()); }
    });
  };

  /** Runs one verified interaction; the HTTP answer goes out when the handler first answers, or as our deferral. */
  const run = async (payload: Payload, res: ServerResponse): Promise<void> => {
    const id = String(payload.id);
    // the same interaction twice on this instance while the first is still running: only the first is answered
    if (slots.has(id)) { res.writeHead(409).end(); return; }
    let sent!: () => void;
    const answeredOnce = new Promise<void>((r) => { sent = r; });
    const slot: Slot = {
      id, token: String(payload.token), appId: String(payload.application_id), answered: false, autoDeferred: false, taken: false,
      async respond(body) {
        json(res, 200, body);
        sent();
        await opts.answered?.({ id, token: slot.token }, body).catch((e: unknown) => log.warn('discord.http.answered_hook_failed', { code: (e as Error).name }));
      },
    };
    slots.set(id, slot);
    const timer = setTimeout(() => {
      if (slot.answered) return;
      slot.answered = true;
      slot.autoDeferred = true;
      log.warn('discord.http.deferred_late', { ms: opts.ackAfterMs ?? ACK_AFTER_MS });
      void slot.respond(deferralFor(payload)).catch(() => undefined);
    }, opts.ackAfterMs ?? ACK_AFTER_MS);
    started = undefined;
    try {
      dispatch.handle(payload);
    } catch (error) {
      log.error('discord.http.dispatch_failed', { code: (error as Error).name });
    }
    const work = (started ?? Promise.resolve()).finally(() => {
      clearTimeout(timer);
      if (slots.get(id) === slot) slots.delete(id);
      // a repeated delivery (or an interaction we do not handle) gets no answer of ours: Discord keeps the first
      if (!slot.answered) { slot.answered = true; res.writeHead(409).end(); sent(); }
    });
    track(work);
    await answeredOnce;
  };

  return {
    async handle(req, res) {
      if (req.method !== 'POST') { res.writeHead(405, { allow: 'POST' }).end(); return; }
      let body: Buffer;
      try {
        body = await readBody(req, MAX_BODY);
      } catch (error) {
        res.writeHead(error instanceof BodyTooLargeError ? 413 : 400).end();
        return;
      }
      const header = (name: string) => { const v = req.headers[name]; return Array.isArray(v) ? v[0] : v; };
      const verdict = verifyRequest(opts.publicKey, header('x-signature-ed25519'), header('x-signature-timestamp'), body, now());
      if (verdict !== 'ok') {
        log.warn('discord.http.refused', { reason: verdict });
        res.writeHead(401, { 'content-type': 'text/plain' }).end('invalid request signature');
        return;
      }
      let payload: Payload;
      try {
        payload = JSON.parse(body.toString('utf8')) as Payload;
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (payload.type === InteractionType.Ping) { json(res, 200, { type: InteractionResponseType.Pong }); return; }
      if (payload.type === InteractionType.ApplicationCommandAutocomplete) { json(res, 200, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }); return; }
      const known = [InteractionType.ApplicationCommand, InteractionType.MessageComponent, InteractionType.ModalSubmit].includes(payload.type as number);
      if (!known || typeof payload.id !== 'string' || typeof payload.token !== 'string' || typeof payload.application_id !== 'string') { res.writeHead(400).end(); return; }
      await run(payload, res);
    },
    inflight: () => running.size,
    idle: () => (running.size === 0 ? Promise.resolve() : new Promise<void>((r) => idleWaiters.push(r))),
  };
}
