// A stand-in for Discord's gateway on a WebSocket: HELLO, IDENTIFY -> READY, RESUME -> replay + RESUMED, heartbeat ACKs, injected dispatches.
import type { Server } from 'node:http';
import type { APIUser } from 'discord.js';
import { WebSocketServer, type WebSocket } from 'ws';

/** Intents that need approval in the Developer Portal: GuildMembers, GuildPresences, MessageContent. */
export const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

/** How the stand-in gateway behaves. */
export interface GatewayOptions {
  token: string;
  appId: string;
  botUser: APIUser;
  heartbeatInterval: number;
  /** Close with this code instead of READY after IDENTIFY (e.g. 4004 bad token, 4014 disallowed intents). */
  closeOnIdentify?: number;
}

/** What the gateway saw: connection query strings, IDENTIFY and RESUME payloads, heartbeats, close codes sent. */
export interface GatewayRecord { connections: URLSearchParams[]; identifies: any[]; resumes: any[]; heartbeats: number; closes: number[] }

/** A gateway on `server` at path /gateway; `dispatch` sends an event to every identified connection. */
export function createFakeGateway(server: Server, opts: GatewayOptions, url: () => string) {
  const wss = new WebSocketServer({ server, path: '/gateway' });
  const record: GatewayRecord = { connections: [], identifies: [], resumes: [], heartbeats: 0, closes: [] };
  const ready = new Set<WebSocket>();
  const sessions = new Set<string>();
  /** Every dispatch injected so far, with its sequence number, so a RESUME can replay what a session missed. */
  const history: { s: number; t: string; d: unknown }[] = [];
  let seq = 0;
  const send = (ws: WebSocket, op: number, d: unknown, t: string | null = null, s: number | null = op === 0 ? ++seq : null) =>
    ws.send(JSON.stringify({ op, d, s, t }));
  const close = (ws: WebSocket, code: number, reason: string) => { record.closes.push(code); ready.delete(ws); ws.close(code, reason); };

  wss.on('connection', (ws, req) => {
    record.connections.push(new URL(req.url ?? '/', 'http://x').searchParams);
    send(ws, 10, { heartbeat_interval: opts.heartbeatInterval });
    ws.on('message', (raw) => {
      let msg: { op: number; d: any };
      try { msg = JSON.parse(String(raw)); } catch { close(ws, 4002, 'Decode error'); return; }
      switch (msg.op) {
        case 1: record.heartbeats += 1; send(ws, 11, null); break;
        case 2:
          record.identifies.push(msg.d);
          if (opts.closeOnIdentify) close(ws, opts.closeOnIdentify, 'Refused by the stand-in');
          else if (msg.d?.token !== opts.token) close(ws, 4004, 'Authentication failed.');
          else if ((msg.d?.intents ?? 0) & PRIVILEGED_INTENTS) close(ws, 4014, 'Disallowed intent(s).');
          else {
            sessions.add(`session-${record.identifies.length}`);
            send(ws, 0, {
              v: 10, user: opts.botUser, guilds: [], session_id: `session-${record.identifies.length}`, resume_gateway_url: url(),
              shard: msg.d?.shard ?? [0, 1], application: { id: opts.appId, flags: 0 },
            }, 'READY');
            ready.add(ws);
            send(ws, 1, seq); // ask for a heartbeat now, so the ACK path is exercised without waiting an interval
          }
          break;
        case 6: // as Discord: a known session gets the dispatches it missed, then RESUMED; an unknown one op 9 (not resumable)
          record.resumes.push(msg.d);
          if (msg.d?.token !== opts.token) { close(ws, 4004, 'Authentication failed.'); break; }
          if (!sessions.has(msg.d?.session_id)) { send(ws, 9, false); break; }
          for (const e of history.filter((h) => h.s > Number(msg.d?.seq ?? 0))) send(ws, 0, e.d, e.t, e.s);
          ready.add(ws);
          send(ws, 0, {}, 'RESUMED');
          break;
        default: break;
      }
    });
    ws.on('close', () => ready.delete(ws));
  });

  return {
    record,
    /** Sends a dispatch event (op 0) with the next sequence number to every identified connection (kept for replay on RESUME). */
    dispatch(t: string, d: unknown) {
      const e = { s: ++seq, t, d };
      history.push(e);
      for (const ws of ready) send(ws, 0, d, t, e.s);
    },
    /** Closes every connection with `code`, as Discord does when it ends a session. */
    disconnect(code: number) { for (const ws of wss.clients) close(ws, code, 'Closed by the stand-in'); },
    /** Number of identified connections. */
    get readyCount() { return ready.size; },
    close: () => new Promise<void>((resolve) => { for (const ws of wss.clients) ws.terminate(); wss.close(() => resolve()); }),
  };
}
