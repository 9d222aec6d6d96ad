// With several instances, a plan's CSV button may be clicked on an instance that never made the plan: the person
// gets the CSV of the plan for their own saved answers, told so, instead of a dead end.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from './slack/harness.js';
import { blockAction, dmMessage } from './slack/payloads.js';

let h: SlackHarness;
beforeAll(async () => { h = await startSlackHarness(); });
afterAll(async () => { await h?.close(); });

it('a CSV click for a plan this instance does not know sends the saved profile\'s plan, saying so', async () => {
  await h.event(dmMessage('hello'));
  await h.idle();
  await h.event(dmMessage('internal medicine'));
  await h.idle();
  const uploads = h.api.uploads.length;
  const mark = h.mark();
  await h.action(blockAction({ actionId: 'ma_plan_csv', blockId: 'ma_plan_actions', value: 'key-made-on-another-instance' }));
  await h.idle();
  const said = h.since(mark).filter((c) => c.method === 'chat.postMessage').map((c) => JSON.stringify(c.params.blocks ?? c.params.text));
  expect(said.join(' ')).toMatch(/no longer have that exact plan/);
  expect(h.api.uploads.length).toBe(uploads + 1);
  expect(h.api.uploads.at(-1)!.body).toMatch(/,/); // a CSV went out
});
