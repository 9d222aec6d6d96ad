// One HTTP server for a front end's work routes plus the operations endpoints, with a drain for SIGTERM.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.js';
import type { Handler, Ops } from './ops.js';

/** What the server serves: work routes by exact path, the ops handlers, and how to wait for accepted work. */
export interface ServiceOptions {
  routes: Record<string, Handler>;
  ops: Ops;
  log: Logger;
  /** Resolves when every accepted piece of work (turns still running after their HTTP answer) has finished. */
  idle: () => Promise<void>;
}

/** A running server. */
export interface Service {
  server: Server;
  /** Listens on `port` (0 for any) and resolves with the port taken. */
  listen(port: number, host?: string): Promise<number>;
  /**
   * Stops taking work: /readyz says not ready and work routes answer 503 at once; then waits (up to `graceMs`)
   * for every accepted turn to finish, and closes the server. Resolves true when nothing was cut short.
   */
  drain(graceMs?: number): Promise<boolean>;
}

/** Builds the server; a handler that throws is answered with 500 and logged by code, never crashing the process. */
export function createService(opts: ServiceOptions): Service {
  const { ops, log } = opts;
  const opsRoutes: Record<string, Handler> = { '/healthz': ops.healthz, '/readyz': ops.readyz, '/metrics': ops.metrics };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const opsRoute = opsRoutes[path];
    const work = opts.routes[path];
    const handler = opsRoute ?? work;
    if (!handler) { res.writeHead(404).end(); return; }
    if (!opsRoute && ops.draining) { res.writeHead(503, { 'retry-after': '1', connection: 'close' }).end(); return; }
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
        log.error('http.handler_failed', { path, code: (error as Error).name });
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  server.keepAliveTimeout = 5000;
  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => { server.off('error', reject); resolve((server.address() as AddressInfo).port); });
      });
    },
    async drain(graceMs = 25_000) {
      ops.startDraining();
      log.info('http.draining');
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([opts.idle().then(() => true), new Promise<boolean>((r) => { timer = setTimeout(() => r(false), graceMs); })]);
      clearTimeout(timer);
      if (!finished) log.warn('http.drain_timeout', { ms: graceMs });
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // a client that keeps a connection open past the drain is cut after a second
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      });
      log.info('http.drained', { complete: finished });
      return finished;
    },
  };
}
