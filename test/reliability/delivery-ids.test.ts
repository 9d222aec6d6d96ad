// Issue 20 item 8: delivery ids kept for de-duplication are gone once older than the README's 24 hours,
// whatever the number of deliveries since (they were pruned only every 500th delivery).
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/conversation-store.js';
import { openDatabase } from '../../src/store/open-database.js';

const HOUR = 3600_000;

describe('delivery ids are kept 24 hours, then pruned', () => {
  it('a delivery id older than 24 hours is gone after the next delivery; a recent one stays', () => {
    const db = openDatabase(':memory:');
    const store = createSqliteStore(db);
    const keys = () => (db.prepare('SELECT key FROM processed_events ORDER BY key').all() as { key: string }[]).map((r) => r.key);
    const t0 = Date.parse('2026-11-26T12:00:00Z');
    expect(store.firstDelivery('slack:Ev-old', new Date(t0))).toBe(true);
    expect(store.firstDelivery('slack:Ev-mid', new Date(t0 + 12 * HOUR))).toBe(true);
    // a retry within the day is still caught
    expect(store.firstDelivery('slack:Ev-old', new Date(t0 + 23 * HOUR))).toBe(false);
    expect(store.firstDelivery('slack:Ev-new', new Date(t0 + 25 * HOUR))).toBe(true);
    expect(keys()).toEqual(['slack:Ev-mid', 'slack:Ev-new']);
    expect(store.firstDelivery('slack:Ev-last', new Date(t0 + 37 * HOUR))).toBe(true);
    expect(keys()).toEqual(['slack:Ev-last', 'slack:Ev-new']);
    db.close();
  });
});
