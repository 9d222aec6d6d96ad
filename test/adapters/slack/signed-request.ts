// Real Slack-style signed requests to a receiver on 127.0.0.1: HMAC-SHA256 of `v0:ts:body` with the signing secret.
import { createHmac } from 'node:crypto';

/** The signing secret every test app uses. */
export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

/** Slack's signature header value for a body sent at `ts` (seconds). */
export function signature(secret: string, ts: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
}

/** How to send: the timestamp (default now), a signature override, the secret, and extra headers such as retries. */
export interface SendOptions { ts?: number; signature?: string; secret?: string; headers?: Record<string, string> }

/** The receiver's answer and how long it took. */
export interface SendResult { status: number; text: string; ms: number }

/** POSTs a body with Slack's headers; the signature is correct unless overridden. */
export async function postSigned(url: string, body: string, contentType: string, opts: SendOptions = {}): Promise<SendResult> {
  const ts = opts.ts ?? Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': opts.signature ?? signature(opts.secret ?? SIGNING_SECRET, ts, body),
    ...opts.headers,
  };
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

/** An Events API envelope, as JSON. */
export function sendEvent(url: string, envelope: object, opts?: SendOptions): Promise<SendResult> {
  return postSigned(url, JSON.stringify(envelope), 'application/json', opts);
}

/** A slash command, form-encoded as Slack sends it. */
export function sendCommand(url: string, form: Record<string, string>, opts?: SendOptions): Promise<SendResult> {
  return postSigned(url, new URLSearchParams(form).toString(), 'application/x-www-form-urlencoded', opts);
}

/** An interactivity payload (block_actions), form-encoded in a `payload` field as Slack sends it. */
export function sendAction(url: string, payload: object, opts?: SendOptions): Promise<SendResult> {
  return postSigned(url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', opts);
}
