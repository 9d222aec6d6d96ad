// A local stand-in for Slack's Web API on 127.0.0.1: records every call and answers like Slack for the methods we use.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call as the stand-in received it; JSON-valued form fields (blocks, view, files) are parsed. */
export interface RecordedCall { method: string; params: Record<string, any>; token: string | undefined }

/** A file the stand-in serves through files.info and its url_private_download. */
export interface FakeFile { id: string; name: string; content: string; contentType?: string; host?: string }

/** The stand-in and what it saw. */
export interface FakeSlackApi {
  /** Base URL for the Web API client (`slackApiUrl`), ending with /api/. */
  url: string;
  origin: string;
  calls: RecordedCall[];
  /** Raw bodies posted to the upload URLs handed out by files.getUploadURLExternal. */
  uploads: { fileId: string; body: string }[];
  /** Authorization headers seen on file downloads. */
  downloads: { path: string; authorization: string | undefined }[];
  callsTo(method: string): RecordedCall[];
  addFile(file: FakeFile): void;
  /** Makes the next call of `method` answer `{ ok: false, error }`. */
  failNext(method: string, error: string): void;
  /** Makes the next call of `method` wait `ms` before it is recorded and answered (a slow Slack). */
  delayNext(method: string, ms: number): void;
  /** Makes every later call of `method` hang: counted in `hung`, never answered (until close). */
  hang(method: string): void;
  /** How many calls have hung so far. */
  readonly hung: number;
  /** The WebSocket URL apps.connections.open hands out (Socket Mode tests). */
  socketUrl?: string;
  close(): Promise<void>;
}

const JSON_FIELDS = new Set(['blocks', 'view', 'files', 'attachments']);

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseForm(text: string): Record<string, any> {
  const params: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    params[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return params;
}

/** Starts the stand-in on an ephemeral loopback port. */
export async function startFakeSlackApi(opts: { teamId?: string; botUserId?: string; botId?: string; token?: string } = {}): Promise<FakeSlackApi> {
  const teamId = opts.teamId ?? 'T0TEAM';
  const botUserId = opts.botUserId ?? 'UBOT';
  const calls: RecordedCall[] = [];
  const uploads: FakeSlackApi['uploads'] = [];
  const downloads: FakeSlackApi['downloads'] = [];
  const files = new Map<string, FakeFile>();
  const failures = new Map<string, string>();
  const delays = new Map<string, number>();
  const hanging = new Set<string>();
  let hung = 0;
  let ts = 1_790_000_000;
  let uploadId = 0;
  let origin = '';

  const answer = (method: string, p: Record<string, any>): Record<string, unknown> => {
    switch (method) {
      case 'auth.test': return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'match-advisor', team_id: teamId, user_id: botUserId, bot_id: opts.botId ?? 'BBOT' };
      case 'chat.postMessage': return { ok: true, channel: p.channel, ts: `${ts++}.000100`, message: { text: p.text, bot_id: 'BBOT' } };
      case 'chat.postEphemeral': return { ok: true, message_ts: `${ts++}.000200` };
      case 'chat.update': return { ok: true, channel: p.channel, ts: p.ts };
      case 'views.publish': return { ok: true, view: { id: 'V0HOME', type: 'home' } };
      case 'conversations.open': return { ok: true, channel: { id: `D${String(p.users).slice(1)}` } };
      case 'files.info': {
        const f = files.get(String(p.file));
        if (!f) return { ok: false, error: 'file_not_found' };
        const url = `${f.host ? `http://${f.host}` : origin}/files-pri/${teamId}-${f.id}/${encodeURIComponent(f.name)}`;
        return { ok: true, file: { id: f.id, name: f.name, size: Buffer.byteLength(f.content), filetype: 'csv', url_private: url, url_private_download: `${url}?download=1` } };
      }
      case 'files.getUploadURLExternal': {
        const id = `F0UP${++uploadId}`;
        return { ok: true, upload_url: `${origin}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': return { ok: true, files: (p.files as { id: string; title?: string }[]).map((f) => ({ id: f.id, title: f.title ?? '' })) };
      case 'apps.connections.open': return api.socketUrl ? { ok: true, url: api.socketUrl } : { ok: false, error: 'not_allowed_token_type' };
      default: return { ok: false, error: 'unknown_method' };
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    if (req.method === 'POST' && url.pathname.startsWith('/upload/')) {
      uploads.push({ fileId: url.pathname.slice('/upload/'.length), body: body.toString('utf8') });
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${body.length}`);
      return;
    }
    if (req.method === 'GET' && url.pathname.startsWith('/files-pri/')) {
      downloads.push({ path: url.pathname, authorization: req.headers.authorization });
      const id = url.pathname.split('/')[2]?.split('-')[1] ?? '';
      const f = files.get(id);
      if (!f || req.headers.authorization !== `Bearer ${opts.token ?? 'xoxb-test-token'}`) {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html>sign in</html>');
        return;
      }
      res.writeHead(200, { 'content-type': f.contentType ?? 'text/csv' }).end(f.content);
      return;
    }
    const method = url.pathname.replace(/^\/api\//, '');
    if (hanging.has(method)) { hung += 1; return; }
    const delay = delays.get(method);
    if (delay) {
      delays.delete(method);
      await new Promise((r) => setTimeout(r, delay));
    }
    const params = parseForm(body.toString('utf8'));
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : params.token;
    calls.push({ method, params, token });
    const failure = failures.get(method);
    let result: Record<string, unknown>;
    if (failure) {
      failures.delete(method);
      result = { ok: false, error: failure };
    } else {
      result = token ? answer(method, params) : { ok: false, error: 'not_authed' };
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api: FakeSlackApi = {
    url: `${origin}/api/`,
    origin,
    calls,
    uploads,
    downloads,
    callsTo: (method) => calls.filter((c) => c.method === method),
    addFile: (file) => { files.set(file.id, file); },
    failNext: (method, error) => { failures.set(method, error); },
    delayNext: (method, ms) => { delays.set(method, ms); },
    hang: (method) => { hanging.add(method); },
    get hung() { return hung; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
  return api;
}
