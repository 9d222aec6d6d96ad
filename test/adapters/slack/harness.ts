// Starts the real Slack app in HTTP mode on 127.0.0.1, its Web API client aimed at the local stand-in.
import type { AddressInfo } from 'node:net';
import { createSlackApp, whenSlackIdle } from '../../../adapters/slack/index.js';
import type { SlackConfig } from '../../../adapters/slack/index.js';
import type { ImportResult, ProgramAdmin } from '../../../src/domain/admin.js';
import { loadFlow } from '../../../src/knowledge/load-flow.js';
import { createAdvisor, type Advisor } from '../../../src/runtime/advisor.js';
import { createLogger, type Logger } from '../../../src/runtime/logger.js';
import { createSqliteStore } from '../../../src/store/conversation-store.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { fakeAdvice } from '../../helpers/fake-advice.js';
import { startFakeSlackApi, type FakeSlackApi } from './fake-slack-api.js';
import { SIGNING_SECRET, sendAction, sendCommand, sendEvent, type SendOptions } from './signed-request.js';

/** The one user id configured as admin in the harness. */
export const ADMIN = 'U0ADMIN';
const KNOWLEDGE = new URL('../../../knowledge', import.meta.url).pathname;

/** A real advisor over an in-memory SQLite store with the stand-in knowledge base and a fixed clock. */
export function testAdvisor(): Advisor {
  return createAdvisor({
    store: createSqliteStore(openDatabase(':memory:')),
    flow: loadFlow(KNOWLEDGE),
    advice: fakeAdvice(),
    clock: () => new Date('2026-11-26T12:00:00Z'),
    log: createLogger('silent'),
  });
}

/** A program table kept as CSV text: rows need an id and a name; everything else is accepted. */
export function fakeAdmin(): ProgramAdmin & { imports: string[] } {
  let table = 'id,name,city\r\nucla-im,UCLA Internal Medicine,Los Angeles\r\n';
  const imports: string[] = [];
  return {
    imports,
    importCsv(input): ImportResult {
      const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
      const lines = text.trim().split(/\r?\n/);
      const errors = lines.slice(1).flatMap((line, i) => (/^[^,]+,[^,]+/.test(line) ? [] : [{ line: i + 2, message: 'id and name are required' }]));
      if (lines[0] !== 'id,name,city' || errors.length) return { ok: false, errors: errors.length ? errors : [{ line: 1, message: 'header must be id,name,city' }] };
      imports.push(text);
      table = text;
      return { ok: true, imported: lines.length - 1 };
    },
    exportCsv: () => table,
  };
}

/** A running app with helpers to send signed requests and to wait until every delivery is handled. */
export async function startSlackHarness(opts: { advisor?: Advisor; admins?: string[]; now?: () => number; log?: Logger; turnDeadlineMs?: number } = {}) {
  const api = await startFakeSlackApi();
  const advisor = opts.advisor ?? testAdvisor();
  const admin = fakeAdmin();
  const config: SlackConfig = {
    botToken: 'xoxb-test-token',
    mode: { kind: 'http', signingSecret: SIGNING_SECRET, port: 0 },
    adminUserIds: opts.admins ?? [ADMIN],
    apiUrl: api.url,
  };
  const app = createSlackApp({
    advisor, admin, config, log: opts.log ?? createLogger('silent'),
    clientOptions: { retryConfig: { retries: 0 } },
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.turnDeadlineMs ? { turnDeadlineMs: opts.turnDeadlineMs } : {}),
  });
  await app.init();
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${origin}/slack/events`;
  return {
    api: api as FakeSlackApi,
    app,
    advisor,
    admin,
    origin,
    url,
    event: (e: object, o?: SendOptions) => sendEvent(url, e, o),
    command: (form: Record<string, string>, o?: SendOptions) => sendCommand(url, form, o),
    action: (payload: object, o?: SendOptions) => sendAction(url, payload, o),
    /** Resolves once every delivery received so far has been fully handled. */
    idle: () => whenSlackIdle(app),
    /** Number of recorded calls, to look only at what came after a mark. */
    mark: () => api.calls.length,
    since: (mark: number) => api.calls.slice(mark),
    async close() {
      await app.stop();
      await api.close();
    },
  };
}

/** The harness type. */
export type SlackHarness = Awaited<ReturnType<typeof startSlackHarness>>;
