// Drives the real discord.js bot against the local Discord stand-in: typing in the DM, clicks on its components.
import type { APIUser } from 'discord.js';
import { startDiscordBot, type DiscordBot } from '../../../adapters/discord/index.js';
import { conversationId } from '../../../adapters/discord/parse.js';
import { createLogger } from '../../../src/runtime/logger.js';
import { startFakeDiscord, type FakeDiscord } from '../discord/fake-discord.js';
import type { FakeMessage, RestCall } from '../discord/fake-rest.js';
import { APP_ID, TOKEN } from '../discord/harness.js';
import { click, dm, slash, user } from '../discord/payloads.js';
import { until, type Driver, type DriverDeps } from './driver.js';
import { normalise, planFromText, questionIdInText, type Observed, type ObservedPlan, type ObservedQuestion } from './observed.js';

const EPHEMERAL = 64;
const GUILD = '1300000000000000001';
const CHANNEL = '1300000000000000002';

/** A message the bot created or edited with something to show (not the edit that only retires components). */
function shownMessages(calls: RestCall[]): { body: any; message: FakeMessage | undefined }[] {
  return calls
    .filter((c) => c.status < 300 && c.body && (c.body.content || c.body.embeds?.length))
    .filter((c) => c.path.startsWith('/webhooks/') || /^\/channels\/\d+\/messages$/.test(c.path))
    .map((c) => ({ body: c.body, message: c.response as FakeMessage | undefined }));
}

/** The question a message's components answer: buttons `ma:q:<id>:<value>` or a select `ma:s:<id>` with its options. */
function componentQuestion(components: any[] | undefined): ObservedQuestion | undefined {
  let id: string | undefined;
  const choices: string[] = [];
  for (const item of (components ?? []).flatMap((row: any) => row.components ?? [])) {
    const button = /^ma:q:([A-Za-z0-9_]+):(.+)$/.exec(item.custom_id ?? '');
    const select = /^ma:s:([A-Za-z0-9_]+)$/.exec(item.custom_id ?? '');
    if (button) { id = button[1]; choices.push(button[2]!); }
    if (select) { id = select[1]; choices.push(...item.options.map((o: any) => o.value as string)); }
  }
  return id ? { id, choices } : undefined;
}

/** Undoes discord.js `escapeMarkdown` (a backslash before punctuation). */
const unescape = (s: string) => s.replace(/\\([^\w\s])/g, '$1');

/** The plan's first screen as its embed shows it, markdown removed. */
function embedPlan(embeds: any[]): ObservedPlan | undefined {
  const first = embeds.find((e) => /^Your residency plan/.test(e.title ?? ''));
  if (!first) return undefined;
  return planFromText(unescape(String(first.description ?? '').replace(/(?<!\\)[*_]{2}/g, '')).split('\n'));
}

/** A Discord driver: one person, their DM channel with the bot, and a server channel for slash commands. */
export function discordDriver(deps: DriverDeps): Driver {
  let fake: FakeDiscord;
  let bot: DiscordBot;
  let person: APIUser;
  let dmChannel = '';
  const logLines: string[] = [];
  const fatal: string[] = [];

  /** Waits for the bot's "discord.turn" log line of this event id and fails unless the turn went well. */
  const finished = async (eventId: string) => {
    const pattern = new RegExp(`discord\\.turn id=${eventId} .*outcome=(\\w+)`);
    await until(() => logLines.some((l) => pattern.test(l)), `Discord turn ${eventId}`);
    const outcome = pattern.exec(logLines.find((l) => pattern.test(l))!)![1];
    if (outcome !== 'ok') throw new Error(`Discord turn ${eventId} ended with outcome=${outcome}`);
  };

  /** Everything the bot showed since `from`, normalised; failed REST calls are a driver error, not an observation. */
  const observe = (from: number): Observed => {
    const calls = fake.calls.slice(from);
    const failed = calls.filter((c) => c.status >= 400);
    if (failed.length) throw new Error(`Discord REST calls failed: ${failed.map((c) => `${c.method} ${c.path} ${c.status}`).join(', ')}`);
    const shown = shownMessages(calls);
    const questions = shown.flatMap(({ body }): ObservedQuestion[] => {
      const fromComponents = componentQuestion(body.components);
      if (fromComponents) return [fromComponents];
      const id = questionIdInText(body.content ?? ''); // a typed-answer question carries no component, so no id
      return id ? [{ id, choices: [] }] : [];
    });
    const embeds = shown.flatMap(({ body }) => body.embeds ?? []);
    return {
      text: normalise(shown.map(({ body }) => body.content ?? '').join('\n')),
      questions,
      plan: embedPlan(embeds),
      private: shown.every(({ message }) => message !== undefined && (message.channel_id === dmChannel || (message.flags & EPHEMERAL) === EPHEMERAL)),
    };
  };

  /** Dispatches an interaction and returns what the person saw. */
  const interact = async (payload: Record<string, any>): Promise<Observed> => {
    const from = fake.calls.length;
    fake.interaction(payload);
    await finished(payload.id);
    return observe(from);
  };

  /** The person types in their DM with the bot. */
  const say = async (text: string): Promise<Observed> => {
    const from = fake.calls.length;
    const message = dm(person, dmChannel, text);
    fake.message(message);
    await finished(message.id);
    return observe(from);
  };

  return {
    name: 'Discord',
    get conversationId() { return conversationId(person.id); },
    async start() {
      fake = await startFakeDiscord({ token: TOKEN, appId: APP_ID });
      bot = await startDiscordBot({
        advisor: deps.advisor, admin: deps.admin, token: TOKEN, appId: APP_ID, apiUrl: fake.apiUrl,
        log: createLogger('debug', (line) => logLines.push(line)), onFatal: (m) => fatal.push(m),
      });
      person = user('contract');
      dmChannel = fake.dmChannel(person.id);
    },
    open: () => say('hi'),
    say,
    sayMentioning: (text) => say(`<@${fake.botUser.id}> ${text}`),
    click(questionId, value) {
      const messages = [...fake.messages.values()].reverse().filter((m) => m.channel_id === dmChannel);
      for (const m of messages) {
        for (const item of m.components.flatMap((row: any) => row.components ?? [])) {
          if (item.custom_id === `ma:q:${questionId}:${value}`) return interact(click(APP_ID, person, { dmChannelId: dmChannel }, m, item.custom_id));
          if (item.custom_id === `ma:s:${questionId}` && item.options.some((o: any) => o.value === value)) {
            return interact(click(APP_ID, person, { dmChannelId: dmChannel }, m, item.custom_id, [value]));
          }
        }
      }
      throw new Error(`no message in the DM offers ${questionId}=${value}`);
    },
    commandInChannel(name) {
      return interact(slash(APP_ID, person, { guildId: GUILD, channelId: CHANNEL, permissions: '0' }, name));
    },
    async stop() {
      await bot?.stop();
      await fake?.close();
      if (fatal.length) throw new Error(`the bot died: ${fatal.join('; ')}`);
    },
  };
}
