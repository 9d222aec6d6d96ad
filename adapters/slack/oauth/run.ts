// `match-advisor slack` with SLACK_CLIENT_ID set: the many-workspace app on PORT, until SIGTERM/SIGINT drains it.
import type { CoreConfig } from '../../../src/runtime/config.js';
import type { Logger } from '../../../src/runtime/logger.js';
import { createMetrics } from '../../../src/runtime/metrics.js';
import { startApp } from '../../../src/runtime/start-app.js';
import { sqliteReadiness, storeReadiness } from '../../../src/runtime/http/readiness.js';
import { createSealer } from '../../../src/store/seal.js';
import { createSqliteInstallationStore } from '../../../src/store/sqlite-installations.js';
import { errorCode } from '../turn.js';
import { readSlackOAuthConfig } from './config.js';
import { createSlackOAuthServer, PATHS } from './serve.js';

/** How long a drain waits for accepted turns (platforms commonly allow 30 s between SIGTERM and SIGKILL). */
const DRAIN_GRACE_MS = 25_000;

/** Validates the settings, serves until a signal, then stops taking events, finishes accepted turns and closes. */
export async function runSlackOAuthCommand(opts: { config: CoreConfig; log: Logger; env: Record<string, string | undefined> }): Promise<void> {
  const read = readSlackOAuthConfig(opts.env);
  if (!read.ok) throw new Error(`Slack (many workspaces) configuration problems:\n${read.problems.map((p) => `  - ${p}`).join('\n')}`);
  // each installed workspace's bot token is a secret kept in the database: never store them in plain text
  if (!opts.config.dataKey) throw new Error('DATA_ENCRYPTION_KEY: is required with SLACK_CLIENT_ID, to encrypt the stored bot tokens of installed workspaces (e.g. `openssl rand -hex 32`, the same on every instance).');
  const metrics = createMetrics();
  const core = await startApp(opts.config, opts.log, { metrics });
  const onRejection = (reason: unknown) => opts.log.error('slack.unhandled_rejection', { code: errorCode(reason) });
  process.on('unhandledRejection', onRejection);
  const server = createSlackOAuthServer({
    advisor: core.advisor, admin: core.admin, config: read.config, log: opts.log, metrics, readiness: opts.config.databaseUrl ? storeReadiness(core.store) : sqliteReadiness(core.db),
    installations: createSqliteInstallationStore(core.db, createSealer(opts.config.dataKey)),
  });
  let port: number;
  try {
    port = await server.start(read.config.port, opts.env.HOST?.trim() || undefined);
  } catch (error) {
    process.off('unhandledRejection', onRejection);
    void core.close();
    throw new Error(`PORT ${read.config.port} could not be opened (${errorCode(error)}).`);
  }
  process.stderr.write(`Match Advisor for many Slack workspaces on port ${port}: events at ${PATHS.events}, installs at ${PATHS.install} (health: /healthz /readyz /metrics). Press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.stderr.write('Draining: no new events; finishing those accepted.\n');
      void server.stop(DRAIN_GRACE_MS).catch(() => undefined).finally(() => {
        process.off('unhandledRejection', onRejection);
        void core.close();
        resolve();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
