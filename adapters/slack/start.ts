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

/**
 * Builds the app, checks the bot token (auth.test), and connects: Socket Mode, or an HTTP server on PORT.
 * Rejects with a message naming the variable to fix; never includes a token.
 */
export async function startSlack(deps: SlackAppDeps & SlackStartOptions): Promise<SlackHandle> {
  const app = createSlackApp(deps);
  try {
    await app.init();
  } catch (error) {
    throw new Error(`Slack did not accept SLACK_BOT_TOKEN (${errorCode(error)}). Check the token and that the app is installed in the workspace.`);
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
