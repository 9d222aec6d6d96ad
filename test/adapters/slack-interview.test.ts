// Proves a whole interview in a DM, over signed HTTP requests and the Web API stand-in: questions arrive as buttons or
// a select, a retried event and a repeated click are handled once, a real double click gets one short notice, the plan
// arrives with a CSV download (files.uploadV2), and the App Home tab shows the profile and plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationIdOf } from '../../adapters/slack/parse.js';
import type { RecordedCall } from './slack/fake-slack-api.js';
import { blockProblems } from './slack/block-limits.js';
import { startSlackHarness, type SlackHarness } from './slack/harness.js';
import { blockAction, dmMessage, DM, homeOpened, TEAM, USER } from './slack/payloads.js';

/** All text of a message's blocks, for matching. */
const textOf = (call: RecordedCall): string => JSON.stringify(call.params.blocks ?? []).replace(/\\n/g, '\n');

/** The element of the last question posted whose value (or option value) is `value`, as a click. */
function clickFor(posts: RecordedCall[], value: string) {
  for (const post of [...posts].reverse()) {
    for (const block of post.params.blocks ?? []) {
      if (block.type !== 'actions') continue;
      for (const el of block.elements) {
        if (el.type === 'button' && el.value === value) return { actionId: el.action_id, blockId: block.block_id, value, label: el.text.text };
        if (el.type === 'static_select' && el.options.some((o: any) => o.value === value)) return { actionId: el.action_id, blockId: block.block_id, selected: value };
      }
    }
  }
  throw new Error(`no element with value ${value}`);
}

describe('Slack: a whole interview in the DM', () => {
  let h: SlackHarness;
  beforeAll(async () => { h = await startSlackHarness(); });
  afterAll(async () => { await h.close(); });

  const say = async (text: string, opts: Parameters<typeof dmMessage>[1] = {}) => {
    const mark = h.mark();
    const res = await h.event(dmMessage(text, opts));
    expect(res.status).toBe(200);
    await h.idle();
    return h.since(mark);
  };
  const posts = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'chat.postMessage');

  it('greets and asks the first question with a select (more than five choices)', async () => {
    const first = dmMessage('hi', { eventId: 'Ev0FIRST' });
    const mark = h.mark();
    await h.event(first);
    await h.idle();
    const out = posts(h.since(mark));
    expect(out).toHaveLength(1);
    expect(out[0]!.params.channel).toBe(DM);
    expect(textOf(out[0]!)).toMatch(/I am Match Advisor/);
    const actions = out[0]!.params.blocks.find((b: any) => b.type === 'actions');
    expect(actions.block_id).toMatch(/^ma_q:specialty:/);
    expect(actions.elements[0].type).toBe('static_select');

    // Slack retries the same event (same event_id) with x-slack-retry-num: 1 -> handled once
    const again = h.mark();
    const retry = await h.event(first, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await h.idle();
    expect(h.since(again)).toEqual([]);
  });

  it('takes a select click, then a typed answer, and shows buttons for five or fewer choices', async () => {
    let mark = h.mark();
    await h.action(blockAction(clickFor(h.api.callsTo('chat.postMessage'), 'internal_medicine')));
    await h.idle();
    let out = posts(h.since(mark));
    expect(out).toHaveLength(1);
    expect(textOf(out[0]!)).toMatch(/Got it: Specialty = Internal Medicine/);
    expect(textOf(out[0]!)).toMatch(/visa situation/);

    out = posts(await say('J-1'));
    expect(textOf(out[0]!)).toMatch(/Visa = needs a J-1/);
    const actions = out[0]!.params.blocks.find((b: any) => b.type === 'actions');
    expect(actions.block_id).toMatch(/^ma_q:step1:/);
    expect(actions.elements.every((e: any) => e.type === 'button')).toBe(true);
    mark = h.mark();
    expect(mark).toBeGreaterThan(0);
  });

  it('answers a repeated delivery of one click once, and a real double click with one short notice', async () => {
    const click = clickFor(h.api.callsTo('chat.postMessage'), 'passed:1');
    const payload = blockAction(click, { actionTs: '1790009999.000001', triggerId: '111.222.333' });
    let mark = h.mark();
    await Promise.all([h.action(payload), h.action(payload)]);
    await h.idle();
    let out = posts(h.since(mark));
    expect(out).toHaveLength(1);
    expect(textOf(out[0]!)).toMatch(/Step 1 = passed on the first attempt/);
    expect(textOf(out[0]!)).toMatch(/Step 2 CK/);

    // the same button clicked again (a new action_ts): the question has moved on
    mark = h.mark();
    await h.action(blockAction(click));
    await h.idle();
    out = posts(h.since(mark));
    expect(out).toHaveLength(1);
    expect(textOf(out[0]!)).toMatch(/earlier question/);
    const profile = await h.advisor.profileOf(conversationIdOf(TEAM, USER));
    expect(profile?.step1).toEqual({ result: 'passed', attempts: 1 });
    expect(profile?.step2ck).toBeUndefined();
  });

  it('reaches the plan with typed answers, posts it with a CSV button, and refreshes the Home tab', async () => {
    const answers = ['226', 'not taken', '2019', '4 months hands-on in LA', '3, 2 in IM, 1 from California', 'English and Spanish', 'LA and Orange County', 'family in LA', 'none'];
    for (const a of answers) {
      const out = posts(await say(a));
      expect(textOf(out[0]!)).toMatch(/Got it/);
    }
    expect(textOf(posts(await say('applying'))[0]!)).toMatch(/Got it/);
    for (const answer of ['certified', 'no', 'not yet']) await say(answer);
    const last = await say('yes');
    const out = posts(last);
    const planPost = out.find((p) => p.params.blocks.some((b: any) => b.type === 'header' && /Your residency plan: Internal Medicine/.test(b.text.text)));
    expect(planPost).toBeDefined();
    expect(textOf(out[0]!)).toMatch(/That is everything I need/);
    const csvButton = planPost!.params.blocks.find((b: any) => b.block_id === 'ma_plan_actions').elements[0];
    expect(csvButton.action_id).toBe('ma_plan_csv');
    const home = last.filter((c) => c.method === 'views.publish');
    expect(home).toHaveLength(1);
    expect(home[0]!.params.user_id).toBe(USER);
    expect(JSON.stringify(home[0]!.params.view)).toMatch(/Your residency plan/);
    const profile = await h.advisor.profileOf(conversationIdOf(TEAM, USER));
    expect(profile?.stage).toBe('applying');
  });

  it('uploads the plan as CSV into the DM through files.uploadV2', async () => {
    const planPost = h.api.callsTo('chat.postMessage').find((p) => p.params.blocks.some((b: any) => b.block_id === 'ma_plan_actions'))!;
    const key = planPost.params.blocks.find((b: any) => b.block_id === 'ma_plan_actions').elements[0].value;
    const mark = h.mark();
    await h.action(blockAction({ actionId: 'ma_plan_csv', blockId: 'ma_plan_actions', value: key }));
    await h.idle();
    const calls = h.since(mark).map((c) => c.method);
    expect(calls).toEqual(expect.arrayContaining(['files.getUploadURLExternal', 'files.completeUploadExternal']));
    const complete = h.api.callsTo('files.completeUploadExternal').at(-1)!;
    expect(complete.params.channel_id).toBe(DM);
    expect(h.api.uploads.at(-1)!.body).toContain('tier,id,name');
  });

  it('a detail button shows the program list without touching the Home tab, and the chart arrives as a PNG in the DM', async () => {
    const planPost = h.api.callsTo('chat.postMessage').find((p) => p.params.blocks.some((b: any) => b.block_id === 'ma_plan_details'))!;
    const details = planPost.params.blocks.find((b: any) => b.block_id === 'ma_plan_details').elements;
    const programs = details.find((e: any) => e.action_id === 'ma_plan_cmd_programs');
    let mark = h.mark();
    await h.action(blockAction({ actionId: programs.action_id, blockId: 'ma_plan_details', value: programs.value }));
    await h.idle();
    const shown = posts(h.since(mark));
    expect(shown.some((p) => p.params.blocks.some((b: any) => b.type === 'header' && /^All programs: \d+ listed/.test(b.text.text)))).toBe(true);
    expect(h.since(mark).some((c) => c.method === 'views.publish')).toBe(false);
    const chart = details.find((e: any) => e.action_id === 'ma_plan_cmd_chart');
    mark = h.mark();
    await h.action(blockAction({ actionId: chart.action_id, blockId: 'ma_plan_details', value: chart.value }));
    await h.idle();
    expect(h.since(mark).map((c) => c.method)).toEqual(expect.arrayContaining(['files.getUploadURLExternal', 'files.completeUploadExternal']));
    expect(h.api.callsTo('files.completeUploadExternal').at(-1)!.params.channel_id).toBe(DM);
    const png = h.api.uploads.at(-1)!.body; // the multipart body around the PNG bytes
    expect(png).toMatch(/PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR/);
  }, 20_000);

  it('refuses to hand a plan key to another person', async () => {
    const planPost = h.api.callsTo('chat.postMessage').find((p) => p.params.blocks.some((b: any) => b.block_id === 'ma_plan_actions'))!;
    const key = planPost.params.blocks.find((b: any) => b.block_id === 'ma_plan_actions').elements[0].value;
    const uploads = h.api.uploads.length;
    const mark = h.mark();
    await h.action(blockAction({ actionId: 'ma_plan_csv', blockId: 'ma_plan_actions', value: key }, { user: 'U0MALLORY', channel: 'D0MALLORY' }));
    await h.idle();
    expect(h.api.uploads.length).toBe(uploads);
    expect(textOf(posts(h.since(mark))[0]!)).toMatch(/no longer in my memory/);
  });

  it('shows the profile and the latest plan on the App Home tab', async () => {
    const mark = h.mark();
    await h.event(homeOpened());
    await h.idle();
    const [publish] = h.since(mark).filter((c) => c.method === 'views.publish');
    expect(publish!.params.view.type).toBe('home');
    const view = JSON.stringify(publish!.params.view);
    expect(view).toMatch(/Visa: needs a J-1/);
    expect(view).toMatch(/Your residency plan/);
    expect(blockProblems(publish!.params.view.blocks, 100)).toEqual([]);
  });

  it('kept every message within Block Kit limits', () => {
    for (const call of [...h.api.callsTo('chat.postMessage'), ...h.api.callsTo('chat.postEphemeral')]) {
      expect(blockProblems(call.params.blocks)).toEqual([]);
      expect(call.params.text.length).toBeGreaterThan(0);
    }
  });

  it('keeps replies in order when Slack is slow to accept the first one', async () => {
    h.api.delayNext('chat.postMessage', 300);
    const mark = h.mark();
    await h.event(dmMessage('hi', { user: 'U0ORDER', channel: 'D0ORDER' }));
    await new Promise((r) => setTimeout(r, 50));
    await h.event(dmMessage('IM', { user: 'U0ORDER', channel: 'D0ORDER' }));
    await h.idle();
    const texts = posts(h.since(mark)).map(textOf);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/I am Match Advisor/);
    expect(texts[1]).toMatch(/Specialty = Internal Medicine/);
  });

  it('ignores edits, bot messages and its own messages', async () => {
    const mark = h.mark();
    const edited = dmMessage('edited');
    (edited.event as Record<string, unknown>).subtype = 'message_changed';
    const bot = dmMessage('from a bot');
    Object.assign(bot.event as Record<string, unknown>, { subtype: 'bot_message', bot_id: 'B0OTHER' });
    const own = dmMessage('my own reply', { user: 'UBOT' });
    Object.assign(own.event as Record<string, unknown>, { bot_id: 'BBOT' });
    const ownNoBotId = dmMessage('my own reply again', { user: 'UBOT' });
    for (const e of [edited, bot, own, ownNoBotId]) expect((await h.event(e)).status).toBe(200);
    await h.idle();
    expect(h.since(mark)).toEqual([]);
  });
});
