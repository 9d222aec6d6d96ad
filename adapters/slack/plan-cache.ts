// Recent plans kept in memory, so the Home tab can show the latest one and a CSV button can find its plan.
import { randomUUID } from 'node:crypto';
import type { Plan } from '../../src/domain/plan.js';

interface Entry { conversationId: string; plan: Plan }

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
}

/** An in-memory cache holding at most `max` plans, oldest evicted first. Lost on restart, by design. */
export function createPlanCache(max = 2000): PlanCache {
  const byKey = new Map<string, Entry>();
  const latestKey = new Map<string, string>();
  return {
    put(conversationId, plan, current) {
      const key = randomUUID().replace(/-/g, '').slice(0, 20);
      byKey.set(key, { conversationId, plan });
      if (current) latestKey.set(conversationId, key);
      while (byKey.size > max) {
        const [oldest, entry] = byKey.entries().next().value as [string, Entry];
        byKey.delete(oldest);
        if (latestKey.get(entry.conversationId) === oldest) latestKey.delete(entry.conversationId);
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
      latestKey.delete(conversationId);
      for (const [key, entry] of byKey) if (entry.conversationId === conversationId) byKey.delete(key);
    },
  };
}
