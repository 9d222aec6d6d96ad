// The Slack adapter's public surface: configuration, the wired Bolt app, and start-up.
export { readSlackConfig, type SlackConfig, type SlackConfigResult, type SlackMode } from './config.js';
export { createSlackApp, whenSlackIdle, type SlackAppDeps } from './app.js';
export { startSlack, type SlackHandle, type SlackStartOptions } from './start.js';
export { createHttpReceiver, MAX_SKEW_SECONDS } from './http-receiver.js';
export { SLASH_COMMAND } from './on-interactions.js';
export { runSlackCommand, type RunSlackOptions } from './run.js';
