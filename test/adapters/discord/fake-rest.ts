// A stand-in for Discord's REST API (/api/v10): answers the routes the bot uses, keeps messages, records every call.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIMessage, APIUser } from 'discord.js';
import { snowflake } from './snowflake.js';

/** A file sent with a message (multipart `files[n]`). */
export interface SentFile { field: string; name: string; type: string; text: string }

/** One recorded request. `path` is relative to /api/v10; `body` is the JSON body or the multipart payload_json; `at` is Date.now() on arrival. */
export interface RestCall { method: string; path: string; query: Record<string, string>; auth: string | null; body: any; files: SentFile[]; status: number; response: any; at: number }

/**
 * A provoked failure: requests matching `method` (any when omitted) and `path` (relative to /api/v10) get `status`,
 * `body` and `headers` instead of the normal answer, after `after` matching requests went through normally,
 * `times` times (every time when omitted).
 */
/** A canned failure; `applied`: the request still takes effect (as when Discord applies a deferral but answers 500). */
export interface Fault { method?: string; path: RegExp; status: number; body: unknown; headers?: Record<string, string>; after?: number; times?: number; applied?: boolean }

/** A message as the stand-in keeps it (Discord's message object, the fields the bot and tests read). */
export type FakeMessage = APIMessage & Record<string, any> & { flags: number; components: any[]; embeds: any[]; attachments: any[] };

/** What the REST stand-in knows: identities, open interactions, attachments to serve. */
export interface RestState {
  token: string;
  appId: string;
  botUser: APIUser;
  gatewayUrl: () => string;
  baseUrl: () => string;
  calls: RestCall[];
  messages: Map<string, FakeMessage>;
  /** Interactions the gateway dispatched, by token: id, channel, whether acknowledged, the @original message id. */
  interactions: Map<string, { id: string; type: number; user: unknown; channelId: string; message?: FakeMessage; acked: boolean; original?: string; modal?: any }>;
  attachments: Map<string, { name: string; text: string }>;
  /** DM channel id per user id. */
  dmChannels: Map<string, string>;
  /** Failures to answer instead of the normal reply (see `Fault`). */
  faults: Fault[];
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
const err = (status: number, code: number, message: string): Reply => ({ status, body: { code, message } });

async function readBody(req: IncomingMessage): Promise<{ body: any; files: SentFile[] }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (!raw.length) return { body: null, files: [] };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: SentFile[] = [];
    let body: any = null;
    for (const [field, value] of form) {
      if (typeof value === 'string') { if (field === 'payload_json') body = JSON.parse(value); }
      else files.push({ field, name: value.name, type: value.type, text: await value.text() });
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')), files: [] };
}

function newMessage(s: RestState, channelId: string, body: any, files: SentFile[], extra: Record<string, unknown> = {}): FakeMessage {
  const m = {
    id: snowflake(), type: 0, channel_id: channelId, author: s.botUser, content: body?.content ?? '', embeds: body?.embeds ?? [],
    components: body?.components ?? [], attachments: [], flags: body?.flags ?? 0, timestamp: new Date().toISOString(), edited_timestamp: null,
    tts: false, mention_everyone: false, mentions: [], mention_roles: [], pinned: false, ...extra,
  } as FakeMessage;
  attach(s, m, files);
  s.messages.set(m.id, m);
  return m;
}

function attach(s: RestState, m: FakeMessage, files: SentFile[]): void {
  for (const f of files) {
    const id = snowflake();
    s.attachments.set(id, { name: f.name, text: f.text });
    m.attachments.push({ id, filename: f.name, size: Buffer.byteLength(f.text), url: `${s.baseUrl()}/attachments/${id}/${f.name}`, proxy_url: `${s.baseUrl()}/attachments/${id}/${f.name}`, content_type: f.type });
  }
}

function edit(s: RestState, m: FakeMessage, body: any, files: SentFile[]): FakeMessage {
  for (const k of ['content', 'embeds', 'components']) if (body && k in body) m[k] = body[k];
  if (files.length) { m.attachments = []; attach(s, m, files); }
  m.edited_timestamp = new Date().toISOString();
  return m;
}

function callback(s: RestState, id: string, token: string, body: any): Reply {
  const it = s.interactions.get(token);
  if (!it || it.id !== id) return err(404, 10062, 'Unknown interaction');
  if (it.acked) return err(400, 40060, 'Interaction has already been acknowledged.');
  it.acked = true;
  const data = body?.data ?? {};
  switch (body?.type) {
    case 4: case 5: it.original = newMessage(s, it.channelId, { ...data, content: data.content ?? '' }, [], { interaction_metadata: { id, type: it.type, user: it.user, authorizing_integration_owners: {} }, webhook_id: s.appId, application_id: s.appId }).id; break;
    case 6: case 7:
      if (it.message) { s.messages.set(it.message.id, s.messages.get(it.message.id) ?? it.message); it.original = it.message.id; }
      if (body.type === 7 && it.original) edit(s, s.messages.get(it.original)!, data, []);
      break;
    case 9: it.modal = data; break;
    default: return err(400, 50035, 'Invalid Form Body');
  }
  return { status: 204 };
}

/** The reply of the first fault matching this request, if one applies now (counting it down). */
function takeFault(s: RestState, method: string, path: string): Reply | undefined {
  const f = s.faults.find((x) => (!x.method || x.method === method) && x.path.test(path));
  if (!f) return undefined;
  if (f.after) { f.after -= 1; return undefined; }
  if (f.times !== undefined && --f.times <= 0) s.faults.splice(s.faults.indexOf(f), 1);
  return { status: f.status, body: f.body, ...(f.headers ? { headers: f.headers } : {}), ...(f.applied ? { applied: true } : {}) };
}

/** Answers one /api/v10 request; unknown routes get Discord's 404 body; a configured fault answers first. */
export async function handleRest(s: RestState, req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
  const at = Date.now();
  const { body, files } = await readBody(req);
  const auth = (req.headers.authorization as string | undefined) ?? null;
  const authed = auth === `Bot ${s.token}`;
  const method = req.method ?? 'GET';
  const route = (re: RegExp) => re.exec(path);
  let reply: Reply = err(404, 0, '404: Not Found');
  let m: RegExpExecArray | null;
  const needAuth = (r: () => Reply): Reply => (authed ? r() : err(401, 0, '401: Unauthorized'));
  const fault = takeFault(s, method, path) as (Reply & { applied?: boolean }) | undefined;
  if (fault && !fault.applied) {
    reply = fault;
  } else if (method === 'GET' && path === '/gateway/bot') {
    reply = needAuth(() => ({ status: 200, body: { url: s.gatewayUrl(), shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } } }));
  } else if (method === 'GET' && path === '/users/@me') {
    reply = needAuth(() => ({ status: 200, body: s.botUser }));
  } else if (method === 'POST' && (m = route(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
    reply = callback(s, m[1]!, m[2]!, body);
  } else if ((m = route(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/))) {
    const it = s.interactions.get(m[2]!);
    const target = m[3] === '@original' ? it?.original : m[3];
    if (!it || m[1] !== s.appId || !it.acked) reply = err(404, 10015, 'Unknown Webhook');
    else if (method === 'POST' && !m[3]) reply = { status: 200, body: newMessage(s, it.channelId, body, files, { webhook_id: s.appId, application_id: s.appId }) };
    else if (method === 'PATCH' && target && s.messages.has(target)) reply = { status: 200, body: edit(s, s.messages.get(target)!, body, files) };
    else if (method === 'PATCH') reply = err(404, 10008, 'Unknown Message');
  } else if (method === 'POST' && (m = route(/^\/channels\/(\d+)\/messages$/))) {
    reply = needAuth(() => ({ status: 200, body: newMessage(s, m![1]!, body, files) }));
  } else if (method === 'POST' && (m = route(/^\/channels\/(\d+)\/typing$/))) {
    reply = needAuth(() => ({ status: 204 }));
  } else if (method === 'POST' && path === '/users/@me/channels') {
    reply = needAuth(() => {
      const uid = String(body?.recipient_id ?? '');
      if (!s.dmChannels.has(uid)) s.dmChannels.set(uid, snowflake());
      return { status: 200, body: { id: s.dmChannels.get(uid), type: 1, recipients: [{ id: uid, username: 'user', discriminator: '0', global_name: null, avatar: null }], last_message_id: null, flags: 0 } };
    });
  } else if (method === 'PUT' && route(/^\/applications\/(\d+)(?:\/guilds\/\d+)?\/commands$/)) {
    reply = needAuth(() => ({ status: 200, body: (body as any[]).map((c) => ({ ...c, id: snowflake(), application_id: s.appId, version: snowflake() })) }));
  }
  if (fault?.applied) reply = { status: fault.status, body: fault.body, ...(fault.headers ? { headers: fault.headers } : {}) };
  s.calls.push({ method, path, query: Object.fromEntries(query), auth, body, files, status: reply.status, response: reply.body, at });
  if (reply.status === 204) { res.writeHead(204, reply.headers); res.end(); return; }
  res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
  res.end(JSON.stringify(reply.body));
}
