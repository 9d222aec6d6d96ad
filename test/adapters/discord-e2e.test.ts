// Proves the real discord.js bot, against a local Discord stand-in, runs a whole interview to the plan within Discord's rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, APP_ID, type Harness } from './discord/harness.js';
import { limitProblems, messageBody } from './discord/limits-check.js';
import type { FakeMessage, RestCall } from './discord/fake-rest.js';
import { click, dm, modalSubmit, slash, user, type Place } from './discord/payloads.js';

const EPHEMERAL = 64;
const GUILD = '1300000000000000001';
const CHANNEL = '1300000000000000002';
const alice = user('alice');
const bob = user('bob');
const carol = user('carol');
const inServer = (permissions = '0'): Place => ({ guildId: GUILD, channelId: CHANNEL, permissions });

let h: Harness;
let dmAlice: Place;
beforeAll(async () => { h = await startHarness(); dmAlice = { dmChannelId: h.fake.dmChannel(alice.id) }; });
afterAll(async () => { await h?.close(); });

const messages = (calls: RestCall[]) => calls.map(messageBody).filter((b) => b !== undefined);
const text = (calls: RestCall[]) => messages(calls).map((b) => b.content ?? '').join('\n');
const callback = (calls: RestCall[]) => calls.find((c) => c.path.endsWith('/callback'))!.body;
const followUps = (calls: RestCall[]) => calls.filter((c) => c.method === 'POST' && c.path.startsWith('/webhooks/'));
const customIds = (m: { components?: any[] } | undefined) => (m?.components ?? []).flatMap((r: any) => r.components.map((c: any) => c.custom_id));
/** The stored message the last call of a turn created or edited, as the user would see and click it. */
const shown = (calls: RestCall[]): FakeMessage => h.fake.messages.get([...calls].reverse().find((c) => c.response?.components?.length)!.response.id)!;

describe('Discord bot against the local stand-in', () => {
  let question: FakeMessage;
  let step1Question: FakeMessage; // as the user saw it, before its buttons were retired

  it('logs in with json encoding, no compression, only the Guilds and DirectMessages intents, and heartbeats', async () => {
    expect(h.fake.calls[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', auth: expect.stringMatching(/^Bot /) });
    expect(h.bot.client.options.rest?.api).toBe(h.fake.apiUrl); // REST goes to the stand-in...
    expect(h.bot.client.ws.gateway).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/gateway/); // ...and so does the gateway it named
    const query = h.fake.gateway.connections[0]!;
    expect([query.get('v'), query.get('encoding'), query.has('compress')]).toEqual(['10', 'json', false]);
    expect(h.fake.gateway.identifies[0]).toMatchObject({ intents: 1 | 4096, compress: false, shard: [0, 1] });
    await h.fake.until(() => h.fake.gateway.heartbeats >= 1 && h.bot.client.ws.ping >= 0); // a heartbeat sent and its ACK (op 11) seen
    expect(h.bot.client.listenerCount('error')).toBeGreaterThan(0);
  });

  it('/advise in a server defers ephemerally and asks the first question with a select menu and a typed-answer button', async () => {
    const { outcome, calls } = await h.interact(slash(APP_ID, alice, inServer(), 'advise'));
    expect(outcome).toBe('ok');
    expect(callback(calls)).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    question = h.fake.original(calls[0]!.path.split('/')[3]!)!;
    expect(question.content).toMatch(/Hi! I am Match Advisor[\s\S]*Which specialty/);
    expect(question.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(customIds(question)).toEqual(['ma:s:specialty', 'ma:t:specialty']);
    expect(question.components[0].components[0].options).toHaveLength(10);
  });

  it('a select answers the question: update-deferred, its components retired, the next question follows up ephemerally', async () => {
    // a double click: two interactions on the same select at once; one answer, one short notice, no error
    const pick = click(APP_ID, alice, inServer(), question, 'ma:s:specialty', ['internal_medicine']);
    const twice = click(APP_ID, alice, inServer(), question, 'ma:s:specialty', ['internal_medicine']);
    const turns = await Promise.all([h.interact(pick), h.interact(twice)]);
    expect(turns.map((t) => t.outcome)).toEqual(['ok', 'ok']);
    const answered = turns.find((t) => /Got it/.test(text(t.calls)))!;
    const noticed = turns.find((t) => t !== answered)!;
    expect(followUps(noticed.calls).map((c) => c.body.content)).toEqual([expect.stringMatching(/^That button belongs to an earlier question/)]);
    expect(text(noticed.calls)).not.toMatch(/Got it/);

    const { calls } = answered;
    expect(callback(calls)).toEqual({ type: 6 });
    expect(calls.find((c) => c.method === 'PATCH')!.body.components).toEqual([]);
    const [next] = followUps(calls);
    expect(next!.body.content).toMatch(/Got it: Specialty = Internal Medicine[\s\S]*visa/);
    expect(customIds(next!.body)).toEqual(['ma:s:visa', 'ma:t:visa']);
    expect([...followUps(calls), ...followUps(noticed.calls)].every((c) => c.body.flags === EPHEMERAL)).toBe(true);

    // the same interaction delivered again (a gateway replay): Discord refuses the second acknowledgement, no answer follows
    const before = h.fake.calls.length;
    expect((await h.interact(pick)).outcome).toBe('duplicate');
    expect(h.fake.calls.slice(before).map((c) => `${c.method} ${c.path.replace(/\/\d+\/[^/]+\/callback/, '/<id>/<token>/callback')}`)).toEqual(['POST /interactions/<id>/<token>/callback']);
    question = shown(calls);
  });

  it('buttons answer a question with up to five choices', async () => {
    const visa = await h.interact(click(APP_ID, alice, inServer(), question, 'ma:s:visa', ['needs_j1']));
    question = shown(visa.calls);
    step1Question = structuredClone(question);
    expect(customIds(question)).toEqual(['ma:q:step1:passed:1', 'ma:q:step1:passed:2', 'ma:q:step1:passed:3', 'ma:q:step1:failed:1', 'ma:t:step1']);
    const step1 = await h.interact(click(APP_ID, alice, inServer(), question, 'ma:q:step1:passed:1'));
    expect(text(step1.calls)).toMatch(/Step 1 = passed on the first attempt[\s\S]*Step 2 CK/);
    question = shown(step1.calls);
  });

  it('"Type an answer" opens a modal whose text answers the question it was opened on', async () => {
    const open = await h.interact(click(APP_ID, alice, inServer(), question, 'ma:t:step2ck'));
    expect(callback(open.calls).type).toBe(9);
    const modal = callback(open.calls).data;
    expect(modal.custom_id).toBe('ma:m:step2ck');
    const typed = await h.interact(modalSubmit(APP_ID, alice, inServer(), question, modal.custom_id, modal.components[0].components[0].custom_id, '226'));
    expect(callback(typed.calls)).toEqual({ type: 6 });
    expect(text(typed.calls)).toMatch(/Step 2 CK = 226[\s\S]*Step 3/);
  });

  it('/profile in a server is ephemeral and shows what was saved', async () => {
    const { calls } = await h.interact(slash(APP_ID, alice, inServer(), 'profile'));
    expect(callback(calls).data.flags).toBe(EPHEMERAL);
    expect(text(calls)).toMatch(/Step 2 CK: 226/);
  });

  it('the same conversation continues by plain DMs, to a plan split within limits with the CSV attached', async () => {
    const answers = ['not taken', '2019', '4 months hands-on in LA', '3, 2 in IM, 1 from California', 'English and Spanish', 'LA and Orange County', 'family in LA', 'none'];
    for (const answer of answers) {
      const { outcome, calls } = await h.dm(dm(alice, h.fake.dmChannel(alice.id), answer));
      expect(outcome).toBe('ok');
      expect(text(calls)).toMatch(/Got it/);
      expect(calls.every((c) => c.path === `/channels/${h.fake.dmChannel(alice.id)}/messages` && !(c.body.flags & EPHEMERAL))).toBe(true);
    }
    for (const answer of ['applying', 'certified', 'no']) await h.dm(dm(alice, h.fake.dmChannel(alice.id), answer));
    const readBack = await h.dm(dm(alice, h.fake.dmChannel(alice.id), 'not yet'));
    expect(text(readBack.calls)).toMatch(/here is what I understood/);
    const { calls } = await h.dm(dm(alice, h.fake.dmChannel(alice.id), 'yes'));
    const withEmbeds = messages(calls).filter((b) => b.embeds?.length);
    expect(withEmbeds).toHaveLength(1); // the first screen; everything else is one command away
    expect(customIds(withEmbeds[0])).toEqual(['ma:p:programs', 'ma:p:steps', 'ma:p:chart', 'ma:p:csv', 'ma:ps:programs', 'ma:ps:program']);
    const list = await h.dm(dm(alice, h.fake.dmChannel(alice.id), 'programs'));
    expect(messages(list.calls).filter((b) => b.embeds?.length).length).toBeGreaterThan(1); // 105 programs do not fit one message
    expect(limitProblems(list.calls)).toEqual([]);
    const csv = calls.flatMap((c) => c.files).find((f) => f.name === 'match-plan.csv')!;
    expect(csv.text.split('\n').length).toBeGreaterThan(113);
    expect(csv.text).toContain('\'=HYPERLINK');
    expect(csv.text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(limitProblems(calls)).toEqual([]);
  });

  it('/plan in the DM is not ephemeral; it edits the deferred reply with the CSV, and its buttons bring the details as follow-ups', async () => {
    const { calls } = await h.interact(slash(APP_ID, alice, dmAlice, 'plan'));
    expect(callback(calls)).toEqual({ type: 5, data: { flags: 0 } });
    const edit = calls.find((c) => c.method === 'PATCH')!;
    expect(edit.files.map((f) => f.name)).toEqual(['match-plan.csv']);
    expect(edit.body.embeds[0].title).toMatch(/plan/);
    const planMessage = h.fake.messages.get(edit.response.id)!;
    const steps = await h.interact(click(APP_ID, alice, dmAlice, planMessage, 'ma:p:steps'));
    expect(steps.outcome).toBe('ok');
    expect(callback(steps.calls)).toEqual({ type: 6 });
    expect(steps.calls.some((c) => c.method === 'PATCH')).toBe(false); // the plan keeps its buttons for the next click
    expect(followUps(steps.calls).length).toBeGreaterThan(0);
    expect(followUps(steps.calls).every((c) => !c.body.flags)).toBe(true);
    expect(followUps(steps.calls)[0]!.body.embeds[0].title).toMatch(/next steps/i);
    const chart = await h.interact(click(APP_ID, alice, dmAlice, planMessage, 'ma:p:chart'));
    const png = chart.calls.flatMap((c) => c.files).find((f) => f.name === 'match-plan.png');
    expect(png).toBeDefined();
    expect(limitProblems([...steps.calls, ...chart.calls])).toEqual([]);
  }, 20_000);

  it('a button of an earlier question gets the short "earlier question" notice', async () => {
    const { outcome, calls } = await h.interact(click(APP_ID, alice, inServer(), step1Question, 'ma:q:step1:passed:2'));
    expect(outcome).toBe('ok');
    expect(text(calls)).toMatch(/earlier question/);
    expect((await h.advisor.profileOf(`discord:${alice.id}`))?.step1).toEqual({ result: 'passed', attempts: 1 });
  });

  it('a failing handler answers with a short apology and the bot keeps working', async () => {
    const crash = await h.dm(dm(alice, h.fake.dmChannel(alice.id), 'crash'));
    expect(crash.outcome).toBe('failed');
    expect(text(crash.calls)).toMatch(/^Sorry, something went wrong/);
    const ask = await h.interact(slash(APP_ID, alice, inServer(), 'ask', [{ name: 'question', type: 3, value: 'is an observership enough?' }]));
    expect(callback(ask.calls).data.flags).toBe(EPHEMERAL);
    expect(text(ask.calls)).toMatch(/From our guide "Hands-on US clinical experience"/);
  });

  it('/forget asks with a danger button, and yes deletes everything', async () => {
    const ask = await h.interact(slash(APP_ID, alice, inServer(), 'forget'));
    const confirm = shown(ask.calls);
    expect(confirm.components[0].components.map((b: any) => [b.custom_id, b.style])).toEqual([['ma:q:confirmForget:yes', 4], ['ma:q:confirmForget:no', 2]]);
    const yes = await h.interact(click(APP_ID, alice, inServer(), confirm, 'ma:q:confirmForget:yes'));
    expect(text(yes.calls)).toMatch(/everything I stored about you is deleted/);
    expect(await h.advisor.profileOf(`discord:${alice.id}`)).toBeUndefined();
  });

  it('program admin: refused without Manage Server; a manager imports a CSV attachment and exports the table', async () => {
    const file = h.fake.addAttachment('programs.csv', 'id,name,city\r\np1,Alpha,LA\r\np2,Beta,Irvine\r\n');
    const options = [{ name: 'file', type: 11 as const, value: file.id }];
    const refused = await h.interact(slash(APP_ID, bob, inServer('1024'), 'programs-import', options, { [file.id]: file }));
    expect(callback(refused.calls).data.flags).toBe(EPHEMERAL);
    expect(text(refused.calls)).toMatch(/Manage Server/);
    expect(h.admin.imports).toHaveLength(0);

    const done = await h.interact(slash(APP_ID, carol, inServer('32'), 'programs-import', options, { [file.id]: file }));
    expect(h.admin.imports).toEqual(['id,name,city\r\np1,Alpha,LA\r\np2,Beta,Irvine\r\n']);
    expect(text(done.calls)).toMatch(/Imported 2 programs/);

    const out = await h.interact(slash(APP_ID, carol, inServer('32'), 'programs-export'));
    expect(callback(out.calls).data.flags).toBe(EPHEMERAL);
    expect(out.calls.flatMap((c) => c.files)).toMatchObject([{ name: 'programs.csv', text: 'id,name,city\r\np1,\'=SUM(A1),Los Angeles\r\n' }]);
  });

  it('an interaction acknowledged too late is answered by DM; one another process took is left alone', async () => {
    const late = await h.interact(slash(APP_ID, carol, inServer(), 'advise'), { expired: true });
    expect(late.calls.map((c) => [c.method, c.path.replace(/\d{17,}/g, 'ID'), c.response?.code ?? c.status])).toEqual([
      ['POST', '/interactions/ID/tok-ID/callback', 10062],
      ['POST', '/users/@me/channels', 200],
      ['POST', '/channels/ID/messages', 200],
    ]);
    expect(text(late.calls)).toMatch(/Which specialty/);

    const taken = await h.interact(slash(APP_ID, bob, inServer(), 'advise'), { taken: true });
    expect(taken.calls.map((c) => c.response?.code)).toEqual([40060]);
    expect(await h.advisor.profileOf(`discord:${bob.id}`)).toBeUndefined(); // the input was not handled twice
  });

  it('every payload the bot sent was within Discord limits, every server reply ephemeral, and no route was unknown', () => {
    expect(limitProblems(h.fake.calls)).toEqual([]);
    const expected = new Set([10062, 40060]); // the two provoked above
    expect(h.fake.calls.filter((c) => c.status >= 400 && !expected.has(c.response?.code))).toEqual([]);
    const serverTokens = new Set(h.sent.filter((p) => p.guild_id).map((p) => p.token as string));
    const inServerCalls = h.fake.calls.filter((c) => serverTokens.has(c.path.split('/')[3]!));
    const deferrals = inServerCalls.filter((c) => c.path.endsWith('/callback') && c.body.type === 5);
    const posts = inServerCalls.filter((c) => c.method === 'POST' && c.path.startsWith('/webhooks/'));
    expect(deferrals.length).toBeGreaterThan(5);
    expect(posts.length).toBeGreaterThan(5);
    for (const c of [...deferrals.map((d) => d.body.data), ...posts.map((p) => p.body)]) expect(c.flags).toBe(EPHEMERAL);
    expect(h.fatal).toEqual([]);
  });
});
