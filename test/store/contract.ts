// One contract every conversation store keeps, run against SQLite (file and memory) and PostgreSQL.
import { describe, expect, it } from 'vitest';
import type { Stored, TurnStore } from '../../src/store/turn-store.js';

/** What a backend's test file hands the suite: a fresh store, a way to damage one stored record, and cleanup. */
export interface StoreUnderTest {
  store: TurnStore;
  /** Replaces the stored record's bytes with something that cannot be read; returns the damaged bytes as stored. */
  damage(id: string): Promise<void>;
  /** A second store on the same data (another process's view), when the backend allows it. */
  another?(): Promise<TurnStore>;
  close(): Promise<void>;
}

const NOW = new Date('2026-12-01T12:00:00Z');
const count = (s: Stored) => (s.kind === 'found' ? (s.record as { n: number }).n : 0);
const bump = (s: Stored) => ({ write: { kind: 'save' as const, record: { n: count(s) + 1 }, stateVersion: 1 }, result: count(s) + 1 });

/** Registers the contract for one backend; `open` gives a fresh, empty store each time. */
export function describeConversationStore(name: string, open: () => Promise<StoreUnderTest>): void {
  const withStore = (fn: (t: StoreUnderTest) => Promise<void>) => async () => {
    const t = await open();
    try { await fn(t); } finally { await t.close(); }
  };

  describe(`conversation store contract: ${name}`, () => {
    it('a new conversation is none; a saved record comes back found, with a version that grows', withStore(async ({ store }) => {
      expect(await store.read('a')).toEqual({ kind: 'none' });
      const seen: Stored[] = [];
      await store.turn('a', { now: NOW }, (s) => { seen.push(s); return bump(s); });
      await store.turn('a', { now: NOW }, (s) => { seen.push(s); return bump(s); });
      expect(seen[0]).toEqual({ kind: 'none' });
      const first = seen[1]!;
      const read = await store.read('a');
      expect(read.kind).toBe('found');
      expect(read.kind === 'found' && first.kind === 'found' && read.version > first.version).toBe(true);
      expect(count(read)).toBe(2);
      expect(await store.read('b')).toEqual({ kind: 'none' });
    }));

    it('concurrent turns on one conversation, and first turns on a new one, are all counted', withStore(async (t) => {
      const stores = [t.store, ...(t.another ? [await t.another()] : [])];
      try {
        await Promise.all(Array.from({ length: 30 }, (_, i) => stores[i % stores.length]!.turn('new-one', { now: NOW }, bump)));
        expect(count(await t.store.read('new-one'))).toBe(30);
      } finally {
        for (const s of stores.slice(1)) await s.close();
      }
    }));

    it('a decision that throws writes nothing and leaves the delivery key for the retry', withStore(async ({ store }) => {
      await store.turn('c', { now: NOW }, bump);
      await expect(store.turn('c', { now: NOW, deliveryKey: 'k1' }, () => { throw new Error('step failed'); })).rejects.toThrow('step failed');
      expect(count(await store.read('c'))).toBe(1);
      const retry = await store.turn('c', { now: NOW, deliveryKey: 'k1' }, bump);
      expect(retry).toEqual({ kind: 'done', result: 2 });
    }));

    it('a repeated delivery key is a duplicate and decide is never called', withStore(async ({ store }) => {
      await store.turn('d', { now: NOW, deliveryKey: 'same' }, bump);
      let called = false;
      const again = await store.turn('d', { now: NOW, deliveryKey: 'same' }, (s) => { called = true; return bump(s); });
      expect(again).toEqual({ kind: 'duplicate' });
      expect(called).toBe(false);
      expect(count(await store.read('d'))).toBe(1);
    }));

    it('keep writes nothing', withStore(async ({ store }) => {
      await store.turn('e', { now: NOW }, bump);
      await store.turn('e', { now: NOW }, () => ({ write: { kind: 'keep' }, result: 0 }));
      expect(count(await store.read('e'))).toBe(1);
    }));

    it('an unreadable record is reported, set aside untouched before a save, and exported with its raw text', withStore(async ({ store, damage }) => {
      await store.turn('f', { now: NOW }, bump);
      await damage('f');
      const read = await store.read('f');
      expect(read.kind).toBe('unreadable');
      await store.turn('f', { now: NOW }, (s) => { expect(s.kind).toBe('unreadable'); return bump(s); });
      expect(count(await store.read('f'))).toBe(1);
      const exported = await store.exportRecord('f');
      expect(exported.setAside).toHaveLength(1);
      const aside = exported.setAside[0]!.state as { unreadable: string; rawText: string };
      expect(typeof aside.rawText).toBe('string');
      expect(aside.rawText.length).toBeGreaterThan(0);
    }));

    it('forget deletes the record and its set-aside copies; settleForget then reports no readable copy', withStore(async ({ store, damage }) => {
      await store.turn('g', { now: NOW }, bump);
      await damage('g');
      await store.turn('g', { now: NOW }, bump);
      await store.turn('g', { now: NOW }, () => ({ write: { kind: 'forget' }, result: 0 }));
      expect(await store.read('g')).toEqual({ kind: 'none' });
      expect((await store.exportRecord('g')).setAside).toEqual([]);
      expect(await store.settleForget(1000)).toBe(true);
    }));

    it('claimDelivery is true once per key', withStore(async ({ store }) => {
      expect(await store.claimDelivery('slack:Ev1', NOW)).toBe(true);
      expect(await store.claimDelivery('slack:Ev1', NOW)).toBe(false);
      expect(await store.claimDelivery('slack:Ev2', NOW)).toBe(true);
    }));

    it('purgeIdle deletes only conversations idle since the cut-off', withStore(async ({ store }) => {
      await store.turn('old', { now: new Date('2025-01-01T00:00:00Z') }, bump);
      await store.turn('recent', { now: NOW }, bump);
      expect(await store.purgeIdle(new Date('2026-01-01T00:00:00Z'))).toBe(1);
      expect(await store.read('old')).toEqual({ kind: 'none' });
      expect(count(await store.read('recent'))).toBe(1);
    }));

    it('reports itself healthy while open; a closed store refuses with a typed UNAVAILABLE error', withStore(async ({ store }) => {
      expect((await store.health()).ok).toBe(true);
      await store.close();
      expect((await store.health()).ok).toBe(false);
      await expect(store.read('x')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    }));
  });
}
