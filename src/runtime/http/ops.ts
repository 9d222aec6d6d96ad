// The operations endpoints (/healthz, /readyz, /metrics) and the drain flag, shared by every HTTP server we run.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from '../metrics.js';
import type { ReadinessCheck } from './readiness.js';

/** A request handler for one path. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** The three operations handlers and the drain switch: once draining, /readyz answers 503 so balancers stop sending work. */
export interface Ops {
  healthz: Handler;
  readyz: Handler;
  metrics: Handler;
  readonly draining: boolean;
  startDraining(): void;
}

/** Builds the handlers around a readiness check and a metrics registry. */
export function createOps(readiness: ReadinessCheck, metrics: Metrics): Ops {
  let draining = false;
  return {
    healthz: (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'); },
    async readyz(_req, res) {
      if (draining) { res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ ready: false, checks: { process: 'draining' } })); return; }
      let answer;
      try {
        answer = await readiness();
      } catch (error) {
        answer = { ready: false, checks: { database: `check failed (${(error as Error).name})` } };
      }
      res.writeHead(answer.ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    },
    async metrics(_req, res) {
      const text = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text);
    },
    get draining() { return draining; },
    startDraining() { draining = true; },
  };
}
