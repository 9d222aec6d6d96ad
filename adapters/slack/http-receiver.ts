// HTTP mode: Bolt's HTTPReceiver (signature checked, stale requests refused) plus a refusal of future timestamps.
import type { IncomingMessage } from 'node:http';
import { HTTPReceiver, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/runtime/logger.js';

/** Slack's replay window: a request timestamp may differ from our clock by at most five minutes, either way. */
export const MAX_SKEW_SECONDS = 300;

/** Only canonical seconds: digits without sign, point, exponent, spaces or leading zeros (never "+T", "T.0", "Te0"). */
const CANONICAL_SECONDS = /^[1-9][0-9]{0,14}$/;

/**
 * Why a request's timestamp is refused before its signature is even checked, or undefined when it is acceptable.
 * A present but non-canonical value is refused here: Bolt reads it with Number() while the signature covers the
 * raw text, so "+T" or "T.4" would otherwise slip past the future check with a valid signature.
 */
export function timestampProblem(header: string | string[] | undefined, nowMs: number): 'in_future' | 'too_old' | 'malformed' | undefined {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined) return undefined; // Bolt refuses a missing one itself
  if (!CANONICAL_SECONDS.test(raw)) return 'malformed';
  const skew = Number(raw) - Math.floor(nowMs / 1000);
  if (skew > MAX_SKEW_SECONDS) return 'in_future';
  if (skew < -MAX_SKEW_SECONDS) return 'too_old';
  return undefined;
}

/** What the HTTP receiver needs. `now` is injectable so the skew check can be tested at any clock. */
export interface HttpReceiverOptions { signingSecret: string; log: Logger; boltLogger: BoltLogger; now?: () => number }

/**
 * Bolt's HTTPReceiver on `/slack/events` (events, commands and actions share it) with `/healthz` for probes.
 * Its request listener is wrapped so that a timestamp more than 300 s away in either direction gets 401
 * (Bolt itself refuses only old ones); the timestamp is signed, so checking the header is enough.
 */
export function createHttpReceiver(opts: HttpReceiverOptions): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: opts.signingSecret,
    endpoints: '/slack/events',
    logger: opts.boltLogger,
    processBeforeResponse: false,
    customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('ok'); } }],
  });
  const inner = receiver.requestListener;
  const now = opts.now ?? Date.now;
  receiver.requestListener = (req: IncomingMessage, res) => {
    const problem = req.method === 'POST' ? timestampProblem(req.headers['x-slack-request-timestamp'], now()) : undefined;
    if (problem) {
      opts.log.warn('slack.request.refused', { reason: `timestamp_${problem}` });
      res.writeHead(401);
      res.end();
      return;
    }
    return inner(req, res);
  };
  return receiver;
}
