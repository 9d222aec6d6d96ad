// `match-advisor discord http`: the interactions endpoint on PORT, until SIGTERM/SIGINT drains it.
import type { CoreConfig } from '../../../src/runtime/config.js';
import type { Logger } from '../../../src/runtime/logger.js';
import { createMetrics } from '../../../src/runtime/metrics.js';
import { startApp } from '../../../src/runtime/start-app.js';
import { sqliteReadiness, storeReadiness } from '../../../src/runtime/http/readiness.js';
import { readDiscordHttpConfig } from './config.js';
import { createDiscordHttp, INTERACTIONS_PATH } from './serve.js';

/** How long a drain waits for accepted turns before closing anyway (a platform gives 30 s between SIGTERM and SIGKILL). */
const DRAIN_GRACE_MS = 25_000;

/** Validates the settings, serves until a signal, then stops taking work, finishes accepted turns and closes. */
export async function runDiscordHttpCommand(opts: { config: CoreConfig; log: Logger; env: Record<string, string | undefined> }): Promise<void> {
  const read = readDiscordHttpConfig(opts.env);
  if (!read.ok) throw new Error(`Discord interactions endpoint configuration problems:\n${read.problems.map((p) => `  - ${p}`).join('\n')}`);
  const { discord, publicKey, port, host } = read.config;
  const metrics = createMetrics();
  const app = await startApp(opts.config, opts.log, { metrics });
  const server = createDiscordHttp({
    advisor: app.advisor, admin: app.admin, token: discord.token, publicKey, log: opts.log, metrics, readiness: opts.config.databaseUrl ? storeReadiness(app.store) : sqliteReadiness(app.db),
    ...(discord.apiUrl ? { apiUrl: discord.apiUrl } : {}), ...(discord.adminGuildIds ? { adminGuildIds: discord.adminGuildIds } : {}),
  });
  let bound: number;
  try {
    bound = await server.service.listen(port, host);
  } catch (error) {
    void app.close();
    throw new Error(`PORT ${port} could not be opened (${(error as { code?: string }).code ?? (error as Error).name}).`);
  }
  process.stderr.write(`Discord interactions endpoint on port ${bound} at ${INTERACTIONS_PATH} (health: /healthz /readyz /metrics); press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.stderr.write('Draining: no new interactions; finishing those accepted.\n');
      void server.stop(DRAIN_GRACE_MS).finally(() => { void app.close(); resolve(); });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
