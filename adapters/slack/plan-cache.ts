// Recent plans kept in memory, so the Home tab can show the latest one and a CSV button can find its plan.
import { randomUUID } from 'node:crypto';
import type { Plan } from '../../src/domain/plan.js';

interface Entry { conversationId: string; plan: Plan; bytes: number }

/** Plans by key (for download buttons) and the latest current plan per conversation (for App Home). */
export interface PlanCache {
  /** Stores a plan and returns its key; `current` marks it as the conversation's latest real (not what-if) plan. */
  put(conversationId: string, plan: Plan, current: boolean): string;
  /** The plan behind a key, only for the conversation that owns it. */
  get(key: string, conversationId: string): Plan | undefined;
  /** The conversation's latest current plan and its key. */
  latest(conversationId: string): { key: string; plan: Plan } | undefined;
  /** Drops everything kept for a conversation (after "forget me"). */
  drop(conversationId: string): void;
  /** What is held now: plans, their approximate size in bytes, and people. */
  readonly usage: { plans: number; bytes: number; people: number };
}

/** The cache's bounds: total approximate bytes, and plans and bytes per person. */
export interface PlanCacheLimits { maxBytes: number; perPerson: number; perPersonBytes: number }

/**
 * 48 MB in all, and per person 4 plans or 3 MB: a typical plan is about 150 kB (a strong file's about 500 kB),
 * so one person can hold only a sixteenth of the cache, however many plans they ask for.
 */
export const PLAN_CACHE_LIMITS: PlanCacheLimits = { maxBytes: 48 * 1024 * 1024, perPerson: 4, perPersonBytes: 3 * 1024 * 1024 };

/** A plan's approximate size in memory: the length of its JSON (measured close to its heap size). */
const sizeOf = (plan: Plan) => JSON.stringify(plan).length;

/**
 * An in-memory cache bounded by size and per person. A person over their share loses their own oldest plans
 * first (their Home tab plan last); over the total, the oldest plans of anyone go. Lost on restart, by design.
 */
export function createPlanCache(limits: PlanCacheLimits = PLAN_CACHE_LIMITS): PlanCache {
  const byKey = new Map<string, Entry>(); // insertion order = age
  const keysOf = new Map<string, string[]>(); // per conversation, oldest first
  const latestKey = new Map<string, string>();
  let total = 0;
  const evict = (key: string) => {
    const entry = byKey.get(key);
    if (!entry) return;
    byKey.delete(key);
    total -= entry.bytes;
    const own = (keysOf.get(entry.conversationId) ?? []).filter((k) => k !== key);
    if (own.length > 0) keysOf.set(entry.conversationId, own);
    else keysOf.delete(entry.conversationId);
    if (latestKey.get(entry.conversationId) === key) latestKey.delete(entry.conversationId);
  };
  const bytesOf = (keys: string[]) => keys.reduce((sum, k) => sum + (byKey.get(k)?.bytes ?? 0), 0);
  const trimPerson = (conversationId: string, keep: string) => {
    for (;;) {
      const own = keysOf.get(conversationId) ?? [];
      if (own.length <= limits.perPerson && (own.length <= 1 || bytesOf(own) <= limits.perPersonBytes)) return;
      const home = latestKey.get(conversationId);
      const victim = own.find((k) => k !== keep && k !== home) ?? own.find((k) => k !== keep);
      if (!victim) return;
      evict(victim);
    }
  };
  return {
    put(conversationId, plan, current) {
      const key = randomUUID().replace(/-/g, '').slice(0, 20);
      const bytes = sizeOf(plan);
      byKey.set(key, { conversationId, plan, bytes });
      total += bytes;
      keysOf.set(conversationId, [...(keysOf.get(conversationId) ?? []), key]);
      if (current) latestKey.set(conversationId, key);
      trimPerson(conversationId, key);
      for (const oldest of byKey.keys()) {
        if (total <= limits.maxBytes) break;
        if (oldest !== key) evict(oldest);
      }
      return key;
    },
    get(key, conversationId) {
      const entry = byKey.get(key);
      return entry && entry.conversationId === conversationId ? entry.plan : undefined;
    },
    latest(conversationId) {
      const key = latestKey.get(conversationId);
      const entry = key ? byKey.get(key) : undefined;
      return key && entry ? { key, plan: entry.plan } : undefined;
    },
    drop(conversationId) {
      for (const key of [...(keysOf.get(conversationId) ?? [])]) evict(key);
      latestKey.delete(conversationId);
    },
    get usage() {
      return { plans: byKey.size, bytes: total, people: keysOf.size };
    },
  };
}
