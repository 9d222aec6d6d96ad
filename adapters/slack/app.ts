// Builds the Bolt App: the receiver for the configured mode, a Web API client aimed at SLACK_API_URL, and our listeners.
import { App, type Receiver, type webApi } from '@slack/bolt';
import type { ProgramAdmin } from '../../src/domain/admin.js';
import type { Advisor } from '../../src/runtime/advisor.js';
import type { Logger } from '../../src/runtime/logger.js';
import { createBoltLogger } from './bolt-logger.js';
import type { SlackConfig } from './config.js';
import { createSlackContext } from './context.js';
import { createHttpReceiver } from './http-receiver.js';
import { createInflight, type Inflight } from './inflight.js';
import { registerEventListeners } from './on-events.js';
import { registerInteractionListeners } from './on-interactions.js';
import { errorCode } from './turn.js';

/** What the Slack app is built from; `receiver` and `clientOptions` let tests (or hosts) supply their own. */
export interface SlackAppDeps {
  advisor: Advisor;
  admin: ProgramAdmin;
  config: SlackConfig;
  log: Logger;
  receiver?: Receiver;
  clientOptions?: webApi.WebClientOptions;
  /** Clock for the request-timestamp check in HTTP mode (milliseconds). */
  now?: () => number;
  /** How long one turn may hold its person's queue (milliseconds). */
  turnDeadlineMs?: number;
}

const inflights = new WeakMap<App, Inflight>();

/**
 * Web API calls end: each request times out, and failures are retried a few times over seconds, not the SDK's
 * default of about 30 minutes. Rate limits (429) are still honoured by the SDK within those retries.
 */
export const WEB_API_DEFAULTS: webApi.WebClientOptions = {
  timeout: 8000,
  retryConfig: { retries: 2, factor: 2, minTimeout: 300, maxTimeout: 1500, randomize: true },
};

/**
 * The Bolt App wired with every listener. Socket Mode unless the config is in HTTP mode (or a receiver is given).
 * Initialisation is deferred: call `await app.init()` (auth.test) before `app.start()`; startSlack does both.
 */
export function createSlackApp(deps: SlackAppDeps): App {
  const { config, log } = deps;
  const boltLogger = createBoltLogger(log);
  const clientOptions: webApi.WebClientOptions = { ...WEB_API_DEFAULTS, ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), ...deps.clientOptions };
  const mode = config.mode;
  const receiver = deps.receiver
    ?? (mode.kind === 'http' ? createHttpReceiver({ signingSecret: mode.signingSecret, log, boltLogger, ...(deps.now ? { now: deps.now } : {}) }) : undefined);
  const app = new App({
    // many-workspace mode has no single token: the receiver's installer authorizes each request
    ...(config.botToken ? { token: config.botToken } : {}),
    logger: boltLogger,
    clientOptions,
    deferInitialization: true,
    convoStore: false,
    ignoreSelf: true,
    ...(receiver ? { receiver } : mode.kind === 'socket' ? { socketMode: true, appToken: mode.appToken } : {}),
  });
  app.error(async (error) => {
    log.error('slack.unhandled', { code: errorCode(error) });
  });
  const inflight = createInflight();
  const processEvent = app.processEvent.bind(app);
  // Counted from dispatch (before the ack is sent); a rejection still reaches the receiver, which answers or acks it.
  app.processEvent = (event) => inflight.track(processEvent(event));
  inflights.set(app, inflight);
  const ctx = createSlackContext({ advisor: deps.advisor, admin: deps.admin, config, log, ...(deps.turnDeadlineMs ? { turnDeadlineMs: deps.turnDeadlineMs } : {}) });
  registerEventListeners(app, ctx);
  registerInteractionListeners(app, ctx);
  return app;
}

/** Resolves once the app has no delivery in progress (for graceful shutdown and tests). */
export function whenSlackIdle(app: App): Promise<void> {
  return inflights.get(app)?.idle() ?? Promise.resolve();
}
