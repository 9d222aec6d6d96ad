// Proves /residency over signed HTTP requests: personal replies in channels are ephemeral (chat.postEphemeral), `start`
// moves the interview to the DM, `forget` deletes after a button confirmation, and only listed admins can import
// (a CSV uploaded in the DM, or a Slack file link; files.info + url_private) and export (files.uploadV2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationIdOf } from '../../adapters/slack/parse.js';
import type { RecordedCall } from './slack/fake-slack-api.js';
import { ADMIN, startSlackHarness, type SlackHarness } from './slack/harness.js';
import { blockAction, dmFileShare, dmMessage, slashCommand, TEAM } from './slack/payloads.js';

const textOf = (call: RecordedCall): string => JSON.stringify(call.params.blocks ?? []).replace(/\\n/g, '\n');
const ADMIN_DM = 'D0ADMIN';

describe('Slack: /residency for everyone', () => {
  let h: SlackHarness;
  beforeAll(async () => { h = await startSlackHarness(); });
  afterAll(async () => { await h.close(); });

  const run = async (text: string, opts: Parameters<typeof slashCommand>[1] = {}) => {
    const mark = h.mark();
    const res = await h.command(slashCommand(text, opts));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    await h.idle();
    return h.since(mark);
  };

  it('answers `profile` in a channel only to the person (ephemeral), never as a channel message', async () => {
    await h.event(dmMessage('hi', { user: 'U0DANA', channel: 'D0DANA' }));
    await h.event(dmMessage('IM', { user: 'U0DANA', channel: 'D0DANA' }));
    await h.idle();
    const calls = await run('profile', { user: 'U0DANA', channel: 'C0GENERAL' });
    expect(calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    const [eph] = calls.filter((c) => c.method === 'chat.postEphemeral');
    expect(eph!.params).toMatchObject({ channel: 'C0GENERAL', user: 'U0DANA' });
    expect(textOf(eph!)).toMatch(/Specialty: Internal Medicine/);
  });

  it('answers `plan` and `ask` ephemerally too', async () => {
    const plan = await run('plan', { user: 'U0DANA', channel: 'C0GENERAL' });
    expect(plan.every((c) => c.method !== 'chat.postMessage')).toBe(true);
    expect(plan.some((c) => c.method === 'chat.postEphemeral' && /Your residency plan/.test(textOf(c)))).toBe(true);
    const ask = await run('ask is an observership enough?', { user: 'U0DANA', channel: 'C0GENERAL' });
    expect(ask.some((c) => c.method === 'chat.postEphemeral' && /Hands-on beats observing/.test(textOf(c)))).toBe(true);
  });

  it('moves `start` from a channel to the DM and says so ephemerally', async () => {
    const calls = await run('start', { user: 'U0ERIN', channel: 'C0GENERAL' });
    expect(calls.find((c) => c.method === 'conversations.open')!.params.users).toBe('U0ERIN');
    const post = calls.find((c) => c.method === 'chat.postMessage')!;
    expect(post.params.channel).toBe('D0ERIN');
    expect(textOf(post)).toMatch(/Which specialty/);
    const eph = calls.find((c) => c.method === 'chat.postEphemeral')!;
    expect(textOf(eph)).toMatch(/direct message/);
  });

  it('replies in the DM itself when the command is used there', async () => {
    const calls = await run('profile', { user: 'U0ERIN', channel: 'D0ERIN', channelName: 'directmessage' });
    expect(calls.filter((c) => c.method === 'chat.postEphemeral')).toEqual([]);
    expect(calls.find((c) => c.method === 'chat.postMessage')!.params.channel).toBe('D0ERIN');
  });

  it('falls back to the DM when it cannot post in the channel (a DM between two people)', async () => {
    h.api.failNext('chat.postEphemeral', 'channel_not_found');
    const calls = await run('profile', { user: 'U0ERIN', channel: 'D0SOMEONEELSE' });
    expect(calls.find((c) => c.method === 'chat.postMessage')!.params.channel).toBe('D0ERIN');
  });

  it('deletes everything after `forget` and a click on the confirmation button', async () => {
    const calls = await run('forget', { user: 'U0ERIN', channel: 'D0ERIN' });
    const question = calls.find((c) => c.method === 'chat.postMessage')!;
    const actions = question.params.blocks.find((b: any) => b.type === 'actions');
    const yes = actions.elements.find((e: any) => e.value === 'yes');
    expect(yes.style).toBe('danger');
    const mark = h.mark();
    await h.action(blockAction({ actionId: yes.action_id, blockId: actions.block_id, value: 'yes' }, { user: 'U0ERIN', channel: 'D0ERIN' }));
    await h.idle();
    expect(textOf(h.since(mark).find((c) => c.method === 'chat.postMessage')!)).toMatch(/everything I stored about you is deleted/);
    expect(await h.advisor.profileOf(conversationIdOf(TEAM, 'U0ERIN'))).toBeUndefined();
  });

  it('starts the interview in the DM from the Home tab button', async () => {
    const mark = h.mark();
    const click = blockAction({ actionId: 'ma_home_start', blockId: 'home', value: 'start' }, { user: 'U0GUS' });
    (click as Record<string, unknown>).container = { type: 'view', view_id: 'V0HOME' };
    delete (click as Record<string, unknown>).channel;
    await h.action(click);
    await h.idle();
    const post = h.since(mark).find((c) => c.method === 'chat.postMessage')!;
    expect(post.params.channel).toBe('D0GUS');
    expect(textOf(post)).toMatch(/Which specialty/);
  });

  it('shows usage for an unknown subcommand', async () => {
    const calls = await run('dance');
    expect(textOf(calls.find((c) => c.method === 'chat.postEphemeral')!)).toMatch(/Use `\/residency` with one of/);
  });

  it('handles a redelivered command (same trigger_id) once', async () => {
    const form = slashCommand('profile', { user: 'U0FRAN' });
    const mark = h.mark();
    await h.command(form);
    await h.command(form);
    await h.idle();
    expect(h.since(mark).filter((c) => c.method === 'chat.postEphemeral')).toHaveLength(1);
  });

  it('refuses import and export to someone not listed as admin', async () => {
    for (const sub of ['import', 'export programs']) {
      const calls = await run(sub);
      expect(textOf(calls.find((c) => c.method === 'chat.postEphemeral')!)).toMatch(/Only the admins/);
      expect(calls.some((c) => c.method.startsWith('files.'))).toBe(false);
    }
    expect(h.admin.imports).toEqual([]);
  });
});

describe('Slack: program table import and export for admins', () => {
  let h: SlackHarness;
  beforeAll(async () => { h = await startSlackHarness(); });
  afterAll(async () => { await h.close(); });

  const good = 'id,name,city\r\nkaiser-la-im,Kaiser LA Internal Medicine,Los Angeles\r\nharbor-im,Harbor-UCLA Internal Medicine,Torrance\r\n';

  it('imports a CSV uploaded in the DM after `/residency import`, downloading it with the bot token', async () => {
    h.api.addFile({ id: 'F0PROGS01', name: 'programs.csv', content: good });
    await h.command(slashCommand('import', { user: ADMIN, channel: 'C0ADMINS' }));
    await h.idle();
    expect(textOf(h.api.callsTo('chat.postEphemeral').at(-1)!)).toMatch(/Upload the program CSV in our direct messages within 10 minutes/);
    const mark = h.mark();
    await h.event(dmFileShare({ id: 'F0PROGS01', name: 'programs.csv' }, { user: ADMIN, channel: ADMIN_DM }));
    await h.idle();
    const calls = h.since(mark);
    expect(calls.find((c) => c.method === 'files.info')!.params.file).toBe('F0PROGS01');
    expect(h.api.downloads.at(-1)!.authorization).toBe('Bearer xoxb-test-token');
    expect(h.admin.imports).toEqual([good]);
    const reply = calls.find((c) => c.method === 'chat.postMessage')!;
    expect(reply.params.channel).toBe(ADMIN_DM);
    expect(textOf(reply)).toMatch(/Imported 2 programs from programs.csv/);
  });

  it('does not import a file shared without `/residency import` first (the window is single-use)', async () => {
    const mark = h.mark();
    await h.event(dmFileShare({ id: 'F0PROGS01', name: 'programs.csv' }, { user: ADMIN, channel: ADMIN_DM }));
    await h.idle();
    expect(h.since(mark).some((c) => c.method === 'files.info')).toBe(false);
    expect(textOf(h.since(mark).find((c) => c.method === 'chat.postMessage')!)).toMatch(/run `\/residency import` first/);
  });

  it('imports from a Slack file link given to the command, and lists every refused line', async () => {
    h.api.addFile({ id: 'F0PROGS02', name: 'bad.csv', content: 'id,name,city\r\nonly-id\r\nok,Fine,LA\r\nalso-bad\r\n' });
    const mark = h.mark();
    await h.command(slashCommand('import https://example.slack.com/files/U0ADMIN/F0PROGS02/bad.csv', { user: ADMIN, channel: ADMIN_DM }));
    await h.idle();
    const reply = h.since(mark).find((c) => c.method === 'chat.postMessage')!;
    expect(textOf(reply)).toMatch(/Nothing was imported from bad.csv: 2 problems/);
    expect(textOf(reply)).toMatch(/line 2: id and name are required/);
    expect(textOf(reply)).toMatch(/line 4: id and name are required/);
  });

  it('never sends the bot token to a host other than Slack (or the configured API host)', async () => {
    h.api.addFile({ id: 'F0EVIL001', name: 'evil.csv', content: good, host: 'attacker.example' });
    const downloads = h.api.downloads.length;
    const mark = h.mark();
    await h.command(slashCommand('import F0EVIL001', { user: ADMIN, channel: ADMIN_DM }));
    await h.idle();
    expect(h.api.downloads.length).toBe(downloads);
    expect(textOf(h.since(mark).find((c) => c.method === 'chat.postMessage')!)).toMatch(/not hosted by Slack/);
  });

  it('explains a download that came back as a web page (missing files:read)', async () => {
    h.api.addFile({ id: 'F0HTML001', name: 'page.csv', content: '<html></html>', contentType: 'text/html' });
    const mark = h.mark();
    await h.command(slashCommand('import F0HTML001', { user: ADMIN, channel: ADMIN_DM }));
    await h.idle();
    expect(textOf(h.since(mark).find((c) => c.method === 'chat.postMessage')!)).toMatch(/files:read/);
  });

  it('exports the program table into the admin DM with files.uploadV2 (get URL, upload, complete)', async () => {
    const mark = h.mark();
    await h.command(slashCommand('export programs', { user: ADMIN, channel: 'C0ADMINS' }));
    await h.idle();
    const methods = h.since(mark).map((c) => c.method);
    const get = methods.indexOf('files.getUploadURLExternal');
    const complete = methods.indexOf('files.completeUploadExternal');
    expect(get).toBeGreaterThanOrEqual(0);
    expect(complete).toBeGreaterThan(get);
    const getCall = h.since(mark)[get]!;
    expect(getCall.params.filename).toBe('programs.csv');
    expect(Number(getCall.params.length)).toBe(Buffer.byteLength(good));
    expect(h.api.uploads.at(-1)!.body).toContain('Harbor-UCLA Internal Medicine');
    expect(h.since(mark)[complete]!.params.channel_id).toBe(ADMIN_DM);
    expect(textOf(h.api.callsTo('chat.postEphemeral').at(-1)!)).toMatch(/sent the program table to our direct messages/);
  });
});
