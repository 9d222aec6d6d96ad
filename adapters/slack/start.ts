// Starts the Slack adapter in the configured mode, with start-up failures turned into clear messages.
import type { App } from '@slack/bolt';
import { createSlackApp, whenSlackIdle, type SlackAppDeps } from './app.js';
import { errorCode } from './turn.js';

/** A running Slack adapter. */
export interface SlackHandle {
  app: App;
  /** Stops receiving, then waits (up to `graceMs`) for turns in progress to finish. */
  stop(graceMs?: number): Promise<void>;
}

/** Extra start options: the interface to listen on in HTTP mode (all interfaces by default). */
export interface SlackStartOptions { host?: string }

/** A Web API failure that never got an answer from Slack (refused, unreachable, timed out), with its network code. */
function unreachable(error: unknown): string | undefined {
  const e = error as { code?: unknown; original?: { code?: unknown; name?: unknown; cause?: { code?: unknown } } } | undefined;
  if (e?.code !== 'slack_webapi_request_error' && e?.code !== 'ETIMEDOUT' && e?.code !== 'ECONNABORTED') return undefined;
  return String(e.original?.code ?? e.original?.cause?.code ?? e.original?.name ?? e.code);
}

/** The start-up failure as one sentence naming the variable to fix (never its value when it is a secret). */
export function startupProblem(error: unknown, apiUrl: string | undefined): string {
  const network = unreachable(error);
  if (network) {
    return apiUrl
      ? `Could not reach the Slack Web API at SLACK_API_URL (${apiUrl}): ${network}. Check SLACK_API_URL, or unset it to use https://slack.com/api/.`
      : `Could not reach the Slack Web API at https://slack.com/api/ (${network}). Check the network or proxy settings.`;
  }
  return `Slack did not accept SLACK_BOT_TOKEN (${errorCode(error)}). Check the token and that the app is installed in the workspace.`;
}

/**
 * Builds the app, checks the bot token (auth.test), and connects: Socket Mode, or an HTTP server on PORT.
 * Rejects with a message naming the variable to fix; never includes a token.
 */
export async function startSlack(deps: SlackAppDeps & SlackStartOptions): Promise<SlackHandle> {
  const app = createSlackApp(deps);
  try {
    await app.init();
  } catch (error) {
    throw new Error(startupProblem(error, deps.config.apiUrl));
  }
  const mode = deps.config.mode;
  try {
    if (mode.kind === 'http') await app.start({ port: mode.port, ...(deps.host ? { host: deps.host } : {}) });
    else await app.start();
  } catch (error) {
    const fix = mode.kind === 'http' ? `PORT ${mode.port} could not be opened` : 'Socket Mode could not connect; check SLACK_APP_TOKEN (connections:write) and that Socket Mode is enabled';
    throw new Error(`${fix} (${errorCode(error)}).`);
  }
  deps.log.info('slack.started', { mode: mode.kind });
  return {
    app,
    async stop(graceMs = 10_000) {
      await app.stop();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([whenSlackIdle(app), new Promise<void>((r) => { timer = setTimeout(r, graceMs); })]);
      clearTimeout(timer);
      deps.log.info('slack.stopped', { mode: mode.kind });
    },
  };
}
