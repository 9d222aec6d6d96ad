// `match-advisor discord [register [--guild ID]]`: validates the settings, then registers commands or runs the bot.
import type { CoreConfig } from '../../src/runtime/config.js';
import type { Logger } from '../../src/runtime/logger.js';
import { startApp } from '../../src/runtime/start-app.js';
import { startDiscordBot } from './bot.js';
import { readDiscordConfig } from './config.js';
import { describeStartupFailure } from './errors.js';
import { createDiscordRest, registerCommands } from './register.js';

/**
 * What the CLI passes in. `exit`, when given (the CLI gives process.exit), ends the process if a hung REST call
 * still keeps it alive 1.5 s after the drain and the database close; without it nothing is forced.
 */
export interface RunDiscordOptions { register: boolean; guildId?: string | undefined; config: CoreConfig; log: Logger; env: Record<string, string | undefined>; exit?: (code: number) => void }

/** Registers the slash commands, or runs the bot until SIGINT/SIGTERM; bad settings reject with every problem listed. */
export async function runDiscordCommand(opts: RunDiscordOptions): Promise<void> {
  const read = readDiscordConfig(opts.env);
  if (!read.ok) throw new Error(`Discord configuration problems:\n${read.problems.map((p) => `  - ${p}`).join('\n')}`);
  const { token, appId, apiUrl, adminGuildIds } = read.config;
  if (opts.register) {
    const rest = createDiscordRest({ token, ...(apiUrl ? { apiUrl } : {}) });
    let done: Awaited<ReturnType<typeof registerCommands>>;
    try {
      done = await registerCommands({ rest, applicationId: appId, ...(opts.guildId ? { guildId: opts.guildId } : {}) });
    } catch (error) {
      throw new Error(describeStartupFailure(error, 'register', apiUrl) ?? `Registering the commands failed (${(error as Error).message}).`);
    }
    process.stderr.write(`registered ${done.names.length} commands ${done.scope === 'guild' ? `in server ${opts.guildId}` : 'globally (Discord clients may take a few minutes to show changes)'}: ${done.names.map((n) => `/${n}`).join(' ')}\n`);
    return;
  }
  const app = await startApp(opts.config, opts.log);
  let bot;
  try {
    bot = await startDiscordBot({ advisor: app.advisor, admin: app.admin, token, appId, ...(apiUrl ? { apiUrl } : {}), ...(adminGuildIds ? { adminGuildIds } : {}), log: opts.log });
  } catch (error) {
    await app.close();
    throw error;
  }
  process.stderr.write(`Discord bot running as ${bot.client.user?.tag ?? 'unknown'}; press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    // the bot drains the turns already received (up to 10 s) before the database is closed
    const stop = () => {
      void bot.stop().finally(() => Promise.resolve(app.close()).catch(() => undefined)).finally(() => {
        const exit = opts.exit;
        if (exit) setTimeout(() => { opts.log.warn('discord.shutdown.forced'); exit(typeof process.exitCode === 'number' ? process.exitCode : 0); }, 1500).unref();
        resolve();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
