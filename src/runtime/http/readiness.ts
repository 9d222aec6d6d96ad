// Readiness: is the database reachable and its schema at the version this program expects.
import type Database from 'better-sqlite3';
import { MIGRATIONS } from '../../store/migrations.js';

/** One readiness answer: ready or not, with a short reason per check (no secrets, no personal data). */
export interface Readiness { ready: boolean; checks: Record<string, string> }

/** A readiness check a store provides (the PostgreSQL store can give its own with the same shape). */
export type ReadinessCheck = () => Promise<Readiness>;

/** Readiness of the SQLite store: a query answers, and user_version equals the newest migration. */
export function sqliteReadiness(db: Database.Database, migrations = MIGRATIONS): ReadinessCheck {
  const expected = migrations[migrations.length - 1]?.version ?? 0;
  return async (): Promise<Readiness> => {
    try {
      db.prepare('SELECT 1').get();
    } catch (error) {
      return { ready: false, checks: { database: `unreachable (${(error as { code?: string }).code ?? (error as Error).name})` } };
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    const migrationsCheck = version === expected ? 'current' : `at version ${version}, expected ${expected}`;
    return { ready: version === expected, checks: { database: 'reachable', migrations: migrationsCheck } };
  };
}

/** Readiness of any turn store through its own health check (SQLite or PostgreSQL: reachable, migrations current). */
export function storeReadiness(store: { health(): Promise<{ ok: boolean; detail: string }> }): ReadinessCheck {
  return async (): Promise<Readiness> => {
    try {
      const h = await store.health();
      return { ready: h.ok, checks: { database: h.detail } };
    } catch (error) {
      return { ready: false, checks: { database: `unreachable (${(error as { code?: string }).code ?? (error as Error).name})` } };
    }
  };
}
