// Runs the real bot (discord.js Client) against the local stand-in, with a real advisor on an in-memory database.
import type { ProgramAdmin } from '../../../src/domain/admin.js';
import type { Advisor } from '../../../src/runtime/advisor.js';
import { createAdvisor } from '../../../src/runtime/advisor.js';
import { createLogger } from '../../../src/runtime/logger.js';
import { loadFlow } from '../../../src/knowledge/load-flow.js';
import { createSqliteStore } from '../../../src/store/conversation-store.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { startDiscordBot, type DiscordBot } from '../../../adapters/discord/index.js';
import { bigPlanAdvice } from './big-plan.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.js';
import type { RestCall } from './fake-rest.js';

/** A token with a bot token's shape; the stand-in accepts only this one. */
export const TOKEN = 'MTQ0NDQ0NDQ0NDQ0NDQ0NDQ0.GStand.in-token-for-tests-only-not-a-real-one';
/** The application id the bot runs as. */
export const APP_ID = '1444444444444444444';

/** An admin that records imports and exports a fixed table. */
export function recordingAdmin(): ProgramAdmin & { imports: string[] } {
  const imports: string[] = [];
  return {
    imports,
    importCsv(input) {
      const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
      imports.push(text);
      const rows = text.trim().split(/\r?\n/).length - 1;
      return /,BAD,/.test(text) ? { ok: false, errors: [{ line: 3, message: 'specialty: unknown value "BAD"' }] } : { ok: true, imported: rows };
    },
    exportCsv: () => 'id,name,city\r\np1,\'=SUM(A1),Los Angeles\r\n',
  };
}

/** An advisor that fails (rejects) on the text "crash", to prove a handler failure is contained. */
function crashing(advisor: Advisor): Advisor {
  const crashes = (input: Parameters<Advisor['handle']>[1]) => input.kind === 'text' && input.text === 'crash';
  return {
    ...advisor,
    handle: (id, input) => (crashes(input) ? Promise.reject(new Error('boom')) : advisor.handle(id, input)),
    handleDelivery: (id, input, key) => (crashes(input) ? Promise.reject(new Error('boom')) : advisor.handleDelivery(id, input, key)),
  };
}

/** The stand-in, the running bot, and helpers that inject one event and wait until the bot has finished with it. */
export interface Harness {
  fake: FakeDiscord;
  bot: DiscordBot;
  advisor: Advisor;
  admin: ReturnType<typeof recordingAdmin>;
  logLines: string[];
  fatal: string[];
  /** Every interaction payload dispatched so far. */
  sent: Record<string, any>[];
  /** Dispatches an interaction; resolves with the turn's outcome and the REST calls made with its token. */
  interact(payload: Record<string, any>, how?: { expired?: boolean; taken?: boolean }): Promise<{ outcome: string; calls: RestCall[] }>;
  /** Dispatches a DM; resolves with the outcome and the REST calls made while it was handled. */
  dm(payload: Record<string, any>): Promise<{ outcome: string; calls: RestCall[] }>;
  close(): Promise<void>;
}

/** Starts the stand-in and the bot; `heartbeatInterval` is the gateway's HELLO interval. */
export async function startHarness(heartbeatInterval = 45_000): Promise<Harness> {
  const fake = await startFakeDiscord({ token: TOKEN, appId: APP_ID, heartbeatInterval });
  const logLines: string[] = [];
  const fatal: string[] = [];
  const advisor = createAdvisor({
    store: createSqliteStore(openDatabase(':memory:')),
    flow: loadFlow(new URL('../../../knowledge', import.meta.url).pathname),
    advice: bigPlanAdvice(), clock: () => new Date('2026-11-26T12:00:00Z'), log: createLogger('silent'),
  });
  const admin = recordingAdmin();
  const log = createLogger('debug', (line) => logLines.push(line));
  const bot = await startDiscordBot({ advisor: crashing(advisor), admin, token: TOKEN, appId: APP_ID, apiUrl: fake.apiUrl, log, onFatal: (m) => fatal.push(m) });
  /** Waits for the next "discord.turn" log line of this delivery id (a redelivery logs a second one). */
  const outcomeOf = async (id: string, seen: number) => {
    const pattern = new RegExp(`discord\\.turn id=${id} .*outcome=(\\w+)`);
    const lines = () => logLines.filter((l) => pattern.test(l));
    await fake.until(() => lines().length > seen);
    return pattern.exec(lines()[seen]!)![1]!;
  };
  const seenOf = (id: string) => logLines.filter((l) => l.includes(`discord.turn id=${id} `)).length;
  const sent: Record<string, any>[] = [];
  return {
    fake, bot, advisor, admin, logLines, fatal, sent,
    async interact(payload, how) {
      sent.push(payload);
      const seen = seenOf(payload.id);
      const from = fake.calls.length;
      fake.interaction(payload, how);
      const outcome = await outcomeOf(payload.id, seen);
      return { outcome, calls: how?.expired ? fake.calls.slice(from) : fake.calls.filter((c) => c.path.includes(`/${payload.token}`)) };
    },
    async dm(payload) {
      const from = fake.calls.length;
      const seen = seenOf(payload.id);
      fake.message(payload);
      const outcome = await outcomeOf(payload.id, seen);
      return { outcome, calls: fake.calls.slice(from) };
    },
    async close() { await bot.stop(); await fake.close(); },
  };
}
