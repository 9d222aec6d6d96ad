// Prometheus metrics (prom-client): turns, turn latency, errors by kind, store latency, queue depth, on one registry.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Advisor } from './advisor.js';
import type { Logger } from './logger.js';

/** The metrics one process exposes on /metrics; each instance has its own registry (tests make several). */
export interface Metrics {
  registry: Registry;
  turns: Counter<'platform' | 'outcome'>;
  turnSeconds: Histogram<'platform'>;
  errors: Counter<'kind'>;
  storeSeconds: Histogram<'op'>;
  queueDepth: Gauge<'platform'>;
}

/** Creates the registry and its metrics; `processMetrics` adds Node's own (memory, event loop lag, handles). */
export function createMetrics(opts: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'match_advisor_' });
  const registers = [registry];
  return {
    registry,
    turns: new Counter({ name: 'match_advisor_turns_total', help: 'Conversation turns handled, by front end and outcome', labelNames: ['platform', 'outcome'], registers }),
    turnSeconds: new Histogram({ name: 'match_advisor_turn_seconds', help: 'Time from a turn reaching the advisor to its replies being ready', labelNames: ['platform'], buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers }),
    errors: new Counter({ name: 'match_advisor_errors_total', help: 'Error events logged, by event name (never personal data)', labelNames: ['kind'], registers }),
    storeSeconds: new Histogram({ name: 'match_advisor_store_seconds', help: 'Time of each conversation-store call, by operation', labelNames: ['op'], buckets: [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5], registers }),
    queueDepth: new Gauge({ name: 'match_advisor_queue_depth', help: 'Turns accepted and not yet finished (waiting or running)', labelNames: ['platform'], registers }),
  };
}

/** The advisor with every turn counted, timed and held in the queue-depth gauge while it runs (a repeated delivery counts as 'duplicate'). */
export function instrumentAdvisor(advisor: Advisor, metrics: Metrics, platform: string): Advisor {
  const counted = async <T>(turn: () => Promise<T>): Promise<T> => {
    const end = metrics.turnSeconds.startTimer({ platform });
    metrics.queueDepth.inc({ platform });
    try {
      const replies = await turn();
      metrics.turns.inc({ platform, outcome: replies === undefined ? 'duplicate' : 'ok' });
      return replies;
    } catch (error) {
      metrics.turns.inc({ platform, outcome: 'failed' });
      throw error;
    } finally {
      end();
      metrics.queueDepth.dec({ platform });
    }
  };
  return {
    ...advisor,
    handle: (conversationId, input) => counted(() => advisor.handle(conversationId, input)),
    handleDelivery: (conversationId, input, key) => counted(() => advisor.handleDelivery(conversationId, input, key)),
  };
}

/** A logger that also counts each error event by its name (names are fixed strings, never user data). */
export function countingLogger(log: Logger, metrics: Metrics): Logger {
  return { ...log, error: (event, fields) => { metrics.errors.inc({ kind: event }); log.error(event, fields); } };
}

/** The store with each method call timed by name; synchronous and asynchronous methods alike. */
export function instrumentStore<T extends object>(store: T, metrics: Metrics): T {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'transaction') return value;
      return (...args: unknown[]) => {
        const end = metrics.storeSeconds.startTimer({ op: prop });
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (error) {
          end();
          throw error;
        }
        if (result instanceof Promise) return result.finally(end);
        end();
        return result;
      };
    },
  });
}
