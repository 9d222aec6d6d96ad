// `match-advisor slack`: opens the core, starts the Slack adapter, and stops cleanly on SIGINT/SIGTERM.
import type { CoreConfig } from '../../src/runtime/config.js';
import type { Logger } from '../../src/runtime/logger.js';
import { startApp } from '../../src/runtime/start-app.js';
import { readSlackConfig } from './config.js';
import { startSlack } from './start.js';
import { errorCode } from './turn.js';

/**
 * What the CLI passes in. `exit`, when given (the CLI gives process.exit), ends the process if a hung Web API call
 * still keeps it alive after shutdown; without it (a host or a test running this in-process) nothing is forced.
 */
export interface RunSlackOptions { config: CoreConfig; log: Logger; env: Record<string, string | undefined>; exit?: (code: number) => void }

/**
 * After the drain (up to 10 s) and closing the database, how long a Web API call still open (a hung Slack, with
 * its timeouts and retries, held shutdown for about 50 s) may keep the process alive before it exits anyway.
 */
const SHUTDOWN_MARGIN_MS = 1500;

/** Runs the Slack app until the process is asked to stop; rejects with every configuration problem listed by name. */
export async function runSlackCommand(opts: RunSlackOptions): Promise<void> {
  const read = readSlackConfig(opts.env);
  if (!read.ok) throw new Error(`Slack configuration problems:\n${read.problems.map((p) => `  - ${p}`).join('\n')}`);
  const core = await startApp(opts.config, opts.log);
  // Socket Mode reconnects run on timers inside the SDK (bolt-js #2225, node-slack-sdk #1787): log, never crash.
  const onRejection = (reason: unknown) => opts.log.error('slack.unhandled_rejection', { code: errorCode(reason) });
  process.on('unhandledRejection', onRejection);
  let handle: Awaited<ReturnType<typeof startSlack>>;
  try {
    handle = await startSlack({ advisor: core.advisor, admin: core.admin, config: read.config, log: opts.log });
  } catch (error) {
    process.off('unhandledRejection', onRejection);
    await core.close();
    throw error;
  }
  const mode = read.config.mode.kind === 'http' ? `HTTP on port ${read.config.mode.port}` : 'Socket Mode';
  process.stderr.write(`Match Advisor is running on Slack (${mode}). Press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      void handle.stop().catch(() => undefined).finally(() => {
        process.off('unhandledRejection', onRejection);
        void Promise.resolve(core.close()).catch(() => undefined).finally(() => {
          // nothing is left to save; only a hung Web API call could still hold the event loop: bound it
          const exit = opts.exit;
          if (exit) {
            setTimeout(() => {
              opts.log.warn('slack.shutdown.forced', { afterMs: SHUTDOWN_MARGIN_MS });
              exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
            }, SHUTDOWN_MARGIN_MS).unref();
          }
          resolve();
        });
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
