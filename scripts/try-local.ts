// `npm run try:slack` / `npm run try:discord`: the real Slack or Discord adapter against the tests' local stand-ins
// on 127.0.0.1, with a terminal in place of the chat app. No app, token or network needed; nothing is kept.
import { createInterface } from 'node:readline';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProgramAdmin } from '../src/domain/admin.js';
import type { Advisor } from '../src/runtime/advisor.js';
import { readCoreConfig } from '../src/runtime/config.js';
import { createLogger } from '../src/runtime/logger.js';
import { openApp } from '../src/runtime/open-app.js';

type Show = (line: string) => void;

/** A Block Kit block as terminal lines: sections and headers as text, buttons as [label], menus with their options. */
function slackBlockLines(block: any): string[] {
  const text = (t: any) => String(t?.text ?? '');
  switch (block?.type) {
    case 'header': return [`== ${text(block.text)} ==`];
    case 'section': return [text(block.text), ...(block.fields ?? []).map(text)];
    case 'context': return (block.elements ?? []).map((e: any) => `  (${text(e)})`);
    case 'actions': return [(block.elements ?? []).map((e: any) => e.type === 'button' ? `[${text(e.text)}]` : `[menu: ${(e.options ?? []).map((o: any) => text(o.text)).join(' | ')}]`).join(' ')];
    case 'divider': return ['---'];
    default: return [];
  }
}

/** Slack: the app in HTTP mode, each typed line a signed DM event, every Web API call it makes shown as Slack would. */
async function trySlack(advisor: Advisor, show: Show): Promise<{ say(text: string): Promise<void>; close(): Promise<void> }> {
  const { startSlackHarness } = await import('../test/adapters/slack/harness.js');
  const { dmMessage } = await import('../test/adapters/slack/payloads.js');
  const h = await startSlackHarness({ advisor, admins: [] });
  return {
    async say(text) {
      const mark = h.mark();
      await h.event(dmMessage(text));
      await h.idle();
      for (const call of h.since(mark)) {
        if (call.method === 'chat.postMessage' || call.method === 'chat.postEphemeral') {
          const blocks = Array.isArray(call.params.blocks) ? call.params.blocks : [];
          for (const line of blocks.length ? blocks.flatMap(slackBlockLines) : [String(call.params.text ?? '')]) show(line);
        } else if (call.method === 'files.completeUploadExternal') {
          show(`[file sent to the DM: ${(call.params.files ?? []).map((f: any) => f.title ?? f.id).join(', ')}]`);
        } else if (call.method === 'views.publish') {
          show('(the Home tab was updated)');
        }
      }
    },
    close: () => h.close(),
  };
}

/** Discord: the real discord.js client on the gateway stand-in, each typed line a DM, every message it sends shown. */
async function tryDiscord(advisor: Advisor, admin: ProgramAdmin, show: Show): Promise<{ say(text: string): Promise<void>; close(): Promise<void> }> {
  const { startDiscordBot } = await import('../adapters/discord/index.js');
  const { startFakeDiscord } = await import('../test/adapters/discord/fake-discord.js');
  const { APP_ID, TOKEN } = await import('../test/adapters/discord/harness.js');
  const { dm, user } = await import('../test/adapters/discord/payloads.js');
  const fake = await startFakeDiscord({ token: TOKEN, appId: APP_ID });
  const turns: string[] = [];
  const bot = await startDiscordBot({ advisor, admin, token: TOKEN, appId: APP_ID, apiUrl: fake.apiUrl, log: createLogger('info', (l) => { if (l.includes('discord.turn ')) turns.push(l); }), onFatal: (m) => show(m) });
  const me = user('you');
  return {
    async say(text) {
      const from = fake.calls.length;
      const seen = turns.length;
      fake.message(dm(me, fake.dmChannel(me.id), text));
      await fake.until(() => turns.length > seen, 60_000);
      for (const call of fake.calls.slice(from)) {
        if (call.method !== 'POST' || !/\/messages$/.test(call.path)) continue;
        const body = call.body ?? {};
        if (body.content) show(String(body.content));
        for (const e of body.embeds ?? []) show([e.title ? `== ${e.title} ==` : '', e.description ?? '', ...(e.fields ?? []).map((f: any) => `${f.name}: ${f.value}`)].filter(Boolean).join('\n'));
        for (const row of body.components ?? []) show(row.components.map((c: any) => c.type === 2 ? `[${c.label}]` : `[menu: ${(c.options ?? []).map((o: any) => o.label).join(' | ')}]`).join(' '));
        for (const f of call.files ?? []) show(`[file: ${f.name}]`);
      }
    },
    async close() { await bot.stop(); await fake.close(); },
  };
}

async function main(): Promise<void> {
  const which = process.argv[2];
  if (which !== 'slack' && which !== 'discord') {
    process.stderr.write('usage: npm run try:slack | npm run try:discord\n');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'match-advisor-try-'));
  const read = readCoreConfig({ ...process.env, DATABASE_PATH: join(dir, 'try.db'), DATA_ENCRYPTION_KEY: '' });
  if (!read.ok) throw new Error(read.problems.join('; '));
  const core = openApp(read.config, createLogger('error'));
  const show: Show = (line) => process.stdout.write(`${line}\n`);
  const session = which === 'slack' ? await trySlack(core.advisor, show) : await tryDiscord(core.advisor, core.admin, show);
  process.stdout.write(`Local ${which} try-out: the real ${which} adapter talks to a stand-in on 127.0.0.1 (nothing leaves this machine).\n`);
  process.stdout.write('Type as you would in a direct message with the app (buttons are shown as [labels]: type the words instead). "quit" ends.\n\n');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
  rl.setPrompt('you> ');
  rl.prompt();
  for await (const line of rl) {
    if (/^(quit|exit)$/i.test(line.trim())) break;
    if (line.trim()) {
      process.stdout.write('\n');
      await session.say(line.trim());
      process.stdout.write('\n');
    }
    rl.prompt();
  }
  rl.close();
  await session.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

await main();
