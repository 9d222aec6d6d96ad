// The operations pieces on their own: readiness says why it is not ready, metrics count errors and store calls.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/runtime/logger.js';
import { countingLogger, createMetrics, instrumentStore } from '../../src/runtime/metrics.js';
import { sqliteReadiness } from '../../src/runtime/http/readiness.js';
import { openDatabase } from '../../src/store/open-database.js';
import { MIGRATIONS } from '../../src/store/migrations.js';

describe('readiness of the SQLite store', () => {
  it('is ready on a migrated database', async () => {
    const db = openDatabase(':memory:');
    expect(await sqliteReadiness(db)()).toEqual({ ready: true, checks: { database: 'reachable', migrations: 'current' } });
    db.close();
  });

  it('is not ready when the schema is behind this build, and says which version it found', async () => {
    const db = openDatabase(':memory:');
    const newer = [...MIGRATIONS, { version: MIGRATIONS.length + 1, description: 'a later change', up: () => undefined }];
    expect(await sqliteReadiness(db, newer)()).toEqual({ ready: false, checks: { database: 'reachable', migrations: `at version ${MIGRATIONS.length}, expected ${MIGRATIONS.length + 1}` } });
    db.close();
  });

  it('is not ready when the database cannot be queried', async () => {
    const db = openDatabase(':memory:');
    db.close();
    const answer = await sqliteReadiness(db)();
    expect(answer.ready).toBe(false);
    expect(answer.checks.database).toMatch(/^unreachable/);
  });
});

describe('metrics', () => {
  it('counts error events by name and times every store call by method, sync or async', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const lines: string[] = [];
    const log = countingLogger(createLogger('debug', (l) => lines.push(l)), metrics);
    log.error('turn.failed', { code: 'X' });
    log.error('turn.failed');
    log.warn('not.counted');
    const store = instrumentStore({ load: (id: string) => id.length, save: async () => 'saved' }, metrics);
    expect(store.load('abc')).toBe(3);
    expect(await store.save()).toBe('saved');
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/match_advisor_errors_total\{kind="turn.failed"\} 2/);
    expect(text).not.toMatch(/kind="not.counted"/);
    expect(text).toMatch(/match_advisor_store_seconds_count\{op="load"\} 1/);
    expect(text).toMatch(/match_advisor_store_seconds_count\{op="save"\} 1/);
    expect(lines).toHaveLength(3);
  });
});
