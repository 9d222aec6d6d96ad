// Issue 19: the delivery key is claimed inside the turn, so a turn that fails on the store leaves it for the
// platform's retry: the person gets an apology, then the retry is answered once, and a third copy is dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFlow } from '../../src/knowledge/load-flow.js';
import { createAdvisor } from '../../src/runtime/advisor.js';
import { createLogger } from '../../src/runtime/logger.js';
import { createSqliteStore } from '../../src/store/conversation-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { asTurnStore } from '../../src/store/sqlite/sqlite-turn-store.js';
import { StoreError, type TurnStore } from '../../src/store/turn-store.js';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { startSlackHarness, type SlackHarness } from './slack/harness.js';
import { dmMessage, slashCommand } from './slack/payloads.js';

/** A real SQLite turn store whose next turn fails (nothing written) whenever `failNext` is set. */
function flakyStore(): TurnStore & { failNext: boolean } {
  const inner = asTurnStore(createSqliteStore(openDatabase(':memory:')));
  const store = Object.create(inner) as TurnStore & { failNext: boolean };
  store.failNext = false;
  store.turn = (id, o, decide) => {
    if (!store.failNext) return inner.turn(id, o, decide);
    store.failNext = false;
    return Promise.reject(new StoreError('UNAVAILABLE', 'the test store is down for one turn'));
  };
  return store;
}

describe('Slack: a turn that fails on the store leaves the delivery for the retry', () => {
  let h: SlackHarness;
  const store = flakyStore();
  beforeAll(async () => {
    const advisor = createAdvisor({ store, flow: loadFlow(new URL('../../knowledge', import.meta.url).pathname), advice: fakeAdvice(), clock: () => new Date('2026-11-26T12:00:00Z'), log: createLogger('silent') });
    h = await startSlackHarness({ advisor });
  });
  afterAll(async () => { await h.close(); });

  const posted = (mark: number) => h.since(mark).filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral').map((c) => JSON.stringify(c.params));

  it('a DM: apology first, the retry of the same event answered once, a third copy dropped', async () => {
    const message = dmMessage('hi', { eventId: 'Ev0RETRY1' });
    store.failNext = true;
    let mark = h.mark();
    await h.event(message);
    await h.idle();
    expect(posted(mark).join('\n')).not.toMatch(/specialty/i);
    expect(posted(mark)).toHaveLength(1); // the apology, in plain words
    mark = h.mark();
    await h.event(message, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await h.idle();
    expect(posted(mark).join('\n')).toMatch(/specialty/i);
    mark = h.mark();
    await h.event(message, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    await h.idle();
    expect(posted(mark)).toEqual([]);
  });

  it('a slash command: the same trigger after a failed turn is answered once', async () => {
    const command = slashCommand('profile');
    store.failNext = true;
    let mark = h.mark();
    await h.command(command);
    await h.idle();
    expect(posted(mark)).toHaveLength(1);
    mark = h.mark();
    await h.command(command);
    await h.idle();
    expect(posted(mark)).toHaveLength(1);
    expect(posted(mark).join('\n')).not.toMatch(/went wrong|try again/i);
    mark = h.mark();
    await h.command(command);
    await h.idle();
    expect(posted(mark)).toEqual([]);
  });
});
