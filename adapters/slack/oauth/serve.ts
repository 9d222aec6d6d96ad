// Slack in many workspaces: Bolt's HTTP receiver with the OAuth installer (installs kept in our store, state signed
// with one shared secret) beside the ops routes; any number of instances can serve one app behind a load balancer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type App } from '@slack/bolt';
import type { ProgramAdmin } from '../../../src/domain/admin.js';
import type { Advisor } from '../../../src/runtime/advisor.js';
import type { InstallationStore } from '../../../src/store/installation-store.js';
import type { Logger } from '../../../src/runtime/logger.js';
import { countingLogger, instrumentAdvisor, type Metrics } from '../../../src/runtime/metrics.js';
import { createOps, type Handler, type Ops } from '../../../src/runtime/http/ops.js';
import type { ReadinessCheck } from '../../../src/runtime/http/readiness.js';
import { createSlackApp, whenSlackIdle } from '../app.js';
import { createBoltLogger } from '../bolt-logger.js';
import { timestampProblem } from '../http-receiver.js';
import { errorCode } from '../turn.js';
import { BOT_SCOPES, listenerConfig, type SlackOAuthConfig } from './config.js';
import { boltInstallationStore } from './installations.js';

/** The paths: events, commands and actions share one; the install page and Slack's redirect back. */
export const PATHS = { events: '/slack/events', install: '/slack/install', redirect: '/slack/oauth_redirect' } as const;

/** What one instance is built from. */
export interface SlackOAuthOptions {
  advisor: Advisor;
  admin: ProgramAdmin;
  config: SlackOAuthConfig;
  installations: InstallationStore;
  log: Logger;
  metrics: Metrics;
  readiness: ReadinessCheck;
  /** Clock for the request-timestamp check (milliseconds). */
  now?: () => number;
}

/** A built instance. */
export interface SlackOAuthServer {
  app: App;
  ops: Ops;
  /** Listens on `port` (0 for any) and resolves with the port taken. */
  start(port: number, host?: string): Promise<number>;
  /** SIGTERM: /readyz and new events answer 503 (Slack retries them elsewhere), accepted turns finish, then the server closes. */
  stop(graceMs?: number): Promise<boolean>;
}

const send = (res: ServerResponse, status: number, html: string) => { res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(html); };
const page = (title: string, text: string) => `<!doctype html><meta charset="utf-8"><title>${title}</title><h1>${title}</h1><p>${text}</p>`;

/** Builds the receiver, the app with every listener, and the ops routes. */
export function createSlackOAuthServer(opts: SlackOAuthOptions): SlackOAuthServer {
  const { config, metrics } = opts;
  const log = countingLogger(opts.log, metrics);
  const ops = createOps(opts.readiness, metrics);
  const route = (path: string, handler: Handler) => ({ path, method: ['GET'], handler: (req: IncomingMessage, res: ServerResponse) => { void Promise.resolve(handler(req, res)).catch(() => { if (!res.headersSent) res.writeHead(500).end(); }); } });
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: PATHS.events,
    logger: createBoltLogger(log),
    processBeforeResponse: false,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    stateSecret: config.stateSecret,
    scopes: BOT_SCOPES,
    installationStore: boltInstallationStore(opts.installations, log),
    ...(config.redirectUri ? { redirectUri: config.redirectUri } : {}),
    installerOptions: {
      installPath: PATHS.install,
      redirectUriPath: PATHS.redirect,
      directInstall: true,
      stateVerification: true, // the state travels signed and in a cookie: no instance needs to remember it
      ...(config.apiUrl ? { clientOptions: { slackApiUrl: config.apiUrl } } : {}),
      ...(config.authorizeUrl ? { authorizationUrl: config.authorizeUrl } : {}),
      callbackOptions: {
        success: (_installation, _options, _req, res) => { log.info('slack.install.completed'); send(res, 200, page('Match Advisor is installed', 'Open Slack and write to Match Advisor in its Messages tab, or use /residency.')); },
        failure: (error, _options, _req, res) => { log.warn('slack.install.failed', { code: errorCode(error) }); send(res, 400, page('The install did not finish', 'Slack did not confirm the install (the link may have expired). Start again from the install page.')); },
      },
    },
    customRoutes: [route('/healthz', ops.healthz), route('/readyz', ops.readyz), route('/metrics', ops.metrics)],
  });
  const inner = receiver.requestListener;
  const now = opts.now ?? Date.now;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST' && ops.draining) { res.writeHead(503, { 'retry-after': '1', connection: 'close' }).end(); return; }
    const problem = req.method === 'POST' ? timestampProblem(req.headers['x-slack-request-timestamp'], now()) : undefined;
    if (problem) {
      log.warn('slack.request.refused', { reason: `timestamp_${problem}` });
      res.writeHead(401).end();
      return;
    }
    return inner(req, res);
  };
  const app = createSlackApp({ advisor: instrumentAdvisor(opts.advisor, metrics, 'slack'), admin: opts.admin, config: listenerConfig(config), log, receiver, ...(opts.now ? { now: opts.now } : {}) });
  // an uninstall or revoked token removes the stored installation (Bolt delivers these without authorizing them)
  const forgetInstall = async ({ context }: { context: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean } }) => {
    try {
      await opts.installations.remove({ teamId: context.teamId, enterpriseId: context.enterpriseId, isEnterpriseInstall: Boolean(context.isEnterpriseInstall) });
      log.info('slack.uninstalled');
    } catch (error) {
      log.error('slack.uninstall_failed', { code: errorCode(error) });
    }
  };
  app.event('app_uninstalled', forgetInstall);
  app.event('tokens_revoked', forgetInstall);

  return {
    app, ops,
    async start(port, host) {
      await app.init();
      const server = (await app.start({ port, ...(host ? { host } : {}) })) as { address(): { port: number } | string | null };
      const address = server.address();
      log.info('slack.started', { mode: 'oauth' });
      return typeof address === 'object' && address ? address.port : port;
    },
    async stop(graceMs = 25_000) {
      ops.startDraining();
      let timer: NodeJS.Timeout | undefined;
      const complete = await Promise.race([whenSlackIdle(app).then(() => true), new Promise<boolean>((r) => { timer = setTimeout(() => r(false), graceMs); })]);
      clearTimeout(timer);
      await app.stop();
      log.info('slack.stopped', { mode: 'oauth', complete });
      return complete;
    },
  };
}
