// Opens the app on the store the configuration names: the SQLite file by default, PostgreSQL when DATABASE_URL is set.
import type { CoreConfig } from './config.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { openApp, type App } from './open-app.js';
import { openPostgresStore } from '../store/postgres/pg-store.js';
import { describeUrl } from '../store/postgres/pg-errors.js';
import type { TurnStore } from '../store/turn-store.js';

/**
 * Every command's way in. With DATABASE_URL the conversations live in PostgreSQL (the knowledge base stays in
 * the local file); a database that cannot be reached or used rejects with a message naming DATABASE_URL and the
 * host, never the password and never falling back to SQLite.
 */
export async function startApp(config: CoreConfig, log: Logger, opts: { rebuild?: boolean; resetPrograms?: boolean; clock?: () => Date; metrics?: Metrics } = {}): Promise<App> {
  if (!config.databaseUrl) return openApp(config, log, opts);
  if (!config.dataKey) {
    throw new Error(`DATABASE_URL points at PostgreSQL (${describeUrl(config.databaseUrl)}), which needs DATA_ENCRYPTION_KEY: every conversation is sealed with its own key wrapped by it, so "forget me" holds on the server's disk. Set it (e.g. \`openssl rand -hex 32\`) and keep it outside the database.`);
  }
  let store: TurnStore;
  try {
    store = await openPostgresStore({ url: config.databaseUrl, masterKey: config.dataKey });
  } catch (error) {
    throw new Error(`Cannot use the PostgreSQL database in DATABASE_URL (${describeUrl(config.databaseUrl)}): ${(error as Error).message}`);
  }
  try {
    return openApp(config, log, { ...opts, store });
  } catch (error) {
    await store.close();
    throw error;
  }
}
