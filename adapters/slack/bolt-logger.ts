// Bolt's logger interface on top of ours: Bolt's debug lines (which can hold whole payloads) are dropped, tokens redacted.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/runtime/logger.js';

const TOKEN = /xox[a-z]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+/g;

/** Renders Bolt's log arguments as one short line with any Slack token replaced. */
export function redactDetail(parts: unknown[]): string {
  return parts
    .map((p) => (p instanceof Error ? `${p.name}: ${p.message}` : typeof p === 'string' ? p : JSON.stringify(p) ?? String(p)))
    .join(' ')
    .replace(TOKEN, '[token]')
    .slice(0, 300);
}

/** A Bolt/Web API/Socket Mode logger writing to our logger as `slack.bolt` events; never forwards debug output. */
export function createBoltLogger(log: Logger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => log.info('slack.bolt', { detail: redactDetail(parts) }),
    warn: (...parts: unknown[]) => log.warn('slack.bolt', { detail: redactDetail(parts) }),
    error: (...parts: unknown[]) => log.error('slack.bolt', { detail: redactDetail(parts) }),
    setLevel: (next: LogLevel) => { level = next; },
    getLevel: () => level,
    setName: () => undefined,
  };
}
