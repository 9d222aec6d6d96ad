// Issue 20 item 2: on SIGTERM the Discord bot drains the turns it has already received, as Slack does: 20 people
// send 5 DMs each, the stop begins after the first reply, and every DM is still answered and stored before the
// client is destroyed and the database closed.
import { afterEach, expect, it } from 'vitest';
import { startDiscordBot } from '../../adapters/discord/index.js';
import { loadFlow } from '../../src/knowledge/load-flow.js';
import { createAdvisor } from '../../src/runtime/advisor.js';
import { createLogger } from '../../src/runtime/logger.js';
import { createSqliteStore } from '../../src/store/conversation-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { APP_ID, TOKEN, recordingAdmin } from './discord/harness.js';
import { startFakeDiscord, type FakeDiscord } from './discord/fake-discord.js';
import { dm, user } from './discord/payloads.js';

let fake: FakeDiscord | undefined;
afterEach(async () => { await fake?.close(); fake = undefined; });

it('stop() answers and stores every DM already received before closing (20 people x 5 DMs)', async () => {
  fake = await startFakeDiscord({ token: TOKEN, appId: APP_ID });
  const db = openDatabase(':memory:');
  const real = createAdvisor({
    store: createSqliteStore(db), flow: loadFlow(new URL('../../knowledge', import.meta.url).pathname),
    advice: fakeAdvice(), clock: () => new Date('2026-11-26T12:00:00Z'), log: createLogger('silent'),
  });
  // each turn takes a little while (as a loaded core does), so DMs are still queued when the stop begins
  const advisor = { ...real, handle: async (id: string, input: Parameters<typeof real.handle>[1]) => { await new Promise((r) => setTimeout(r, 40)); return real.handle(id, input); } };
  const lines: string[] = [];
  const bot = await startDiscordBot({ advisor, admin: recordingAdmin(), token: TOKEN, appId: APP_ID, apiUrl: fake.apiUrl, log: createLogger('info', (l) => lines.push(l)), onFatal: () => undefined });
  const people = Array.from({ length: 20 }, (_, i) => user(`person${i}`));
  const words = ['hi', 'internal medicine', 'I need a J-1', 'passed step 1', 'CK 231'];
  const posts = () => fake!.calls.filter((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path)).length;
  for (const word of words) for (const p of people) fake.message(dm(p, fake.dmChannel(p.id), word));
  await fake.until(() => posts() > 0, 10_000);
  // SIGTERM now: the run command stops the bot, then closes the database
  await bot.stop();
  db.close();
  const outcomes = lines.filter((l) => l.includes('discord.turn ')).map((l) => /outcome=(\w+)/.exec(l)?.[1]);
  expect(outcomes).toHaveLength(100);
  expect(outcomes.every((o) => o === 'ok')).toBe(true);
  expect(posts()).toBeGreaterThanOrEqual(100);
  expect(lines.some((l) => l.includes('discord.handler_failed'))).toBe(false);
}, 60_000);
